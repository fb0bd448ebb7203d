// Entry point of the newsroom's script. Every page works without it; it
// adds the WYSIWYG editor, autosave, the media picker, drag-and-drop
// upload, confirmations and "select all".
import { setupEditors } from './editor.js'
import { setupAutosave, setupSlug } from './autosave.js'
import { setupMedia } from './media.js'

function setupConfirm() {
  document.addEventListener('click', (e) => {
    const b = e.target.closest('[data-confirm]')
    if (b && !window.confirm(b.dataset.confirm)) e.preventDefault()
  })
}

function setupSelectAll() {
  document.querySelectorAll('input[data-select-all]').forEach((all) => {
    all.hidden = false
    all.addEventListener('change', () => {
      all.form.querySelectorAll('input[name=id]').forEach((c) => { c.checked = all.checked })
    })
  })
}

function start() {
  document.documentElement.classList.add('js')
  setupEditors()
  setupAutosave()
  setupSlug()
  setupMedia()
  setupConfirm()
  setupSelectAll()
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
