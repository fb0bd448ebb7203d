// The article body editor: TipTap over the form's <textarea>, which stays
// the field that is submitted (without JavaScript it is the editor).
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import Link from '@tiptap/extension-link'
import Image from '@tiptap/extension-image'
import { Figure } from './figure.js'
import { cleanPastedHTML } from './paste.js'
import { pickMedia } from './media.js'

export function setupEditors() {
  document.querySelectorAll('textarea[data-editor]').forEach(setupEditor)
}

function setupEditor(textarea) {
  const tpl = document.getElementById('editor-toolbar')
  if (!tpl) return
  const wrap = document.createElement('div')
  wrap.className = 'wysiwyg'
  const toolbar = tpl.content.firstElementChild.cloneNode(true)
  const surface = document.createElement('div')
  surface.className = 'wysiwyg-surface'
  wrap.append(toolbar, surface)
  textarea.after(wrap)
  textarea.hidden = true

  const label = document.querySelector('label[for="' + textarea.id + '"]')
  if (label && !label.id) label.id = textarea.id + '-label'
  const editor = new Editor({
    element: surface,
    // TipTap's base styles are in admin.css: injecting a <style> element
    // would break the Content-Security-Policy (style-src 'self').
    injectCSS: false,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: false }),
      Link.configure({ openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] }),
      Image.configure({ inline: false }),
      Figure,
    ],
    content: textarea.value,
    editorProps: {
      attributes: {
        class: 'wysiwyg-content entry-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': label ? label.id : '',
      },
      transformPastedHTML: cleanPastedHTML,
    },
    onUpdate: ({ editor }) => {
      textarea.value = editor.getHTML()
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    },
    onSelectionUpdate: () => refresh(),
    onTransaction: () => refresh(),
  })
  textarea.form && textarea.form.addEventListener('submit', () => { textarea.value = editor.getHTML() })

  const run = {
    h2: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    h3: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    bold: () => editor.chain().focus().toggleBold().run(),
    italic: () => editor.chain().focus().toggleItalic().run(),
    bullet: () => editor.chain().focus().toggleBulletList().run(),
    ordered: () => editor.chain().focus().toggleOrderedList().run(),
    quote: () => editor.chain().focus().toggleBlockquote().run(),
    link: () => {
      const prev = editor.getAttributes('link').href || ''
      const href = window.prompt(toolbar.dataset.linkPrompt || 'URL', prev)
      if (href === null) return
      if (href === '') { editor.chain().focus().extendMarkRange('link').unsetLink().run(); return }
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
    },
    image: () => pickMedia((item) => {
      editor.chain().focus().insertFigure({ src: item.url, alt: item.alt, width: item.width, height: item.height, caption: item.caption }).run()
    }),
    undo: () => editor.chain().focus().undo().run(),
    redo: () => editor.chain().focus().redo().run(),
  }
  const active = {
    h2: () => editor.isActive('heading', { level: 2 }),
    h3: () => editor.isActive('heading', { level: 3 }),
    bold: () => editor.isActive('bold'),
    italic: () => editor.isActive('italic'),
    bullet: () => editor.isActive('bulletList'),
    ordered: () => editor.isActive('orderedList'),
    quote: () => editor.isActive('blockquote'),
    link: () => editor.isActive('link'),
  }
  toolbar.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-cmd]')
    if (!b) return
    e.preventDefault()
    const f = run[b.dataset.cmd]
    if (f) f()
  })
  function refresh() {
    toolbar.querySelectorAll('button[data-cmd]').forEach((b) => {
      const f = active[b.dataset.cmd]
      if (f) b.setAttribute('aria-pressed', f() ? 'true' : 'false')
    })
  }
  // Keyboard: the toolbar is one tab stop; arrow keys move inside it.
  const buttons = Array.from(toolbar.querySelectorAll('button'))
  buttons.forEach((b, i) => { b.tabIndex = i === 0 ? 0 : -1 })
  toolbar.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement)
    if (i < 0) return
    let j = -1
    if (e.key === 'ArrowRight') j = (i + 1) % buttons.length
    if (e.key === 'ArrowLeft') j = (i - 1 + buttons.length) % buttons.length
    if (e.key === 'Home') j = 0
    if (e.key === 'End') j = buttons.length - 1
    if (j < 0) return
    e.preventDefault()
    buttons[i].tabIndex = -1
    buttons[j].tabIndex = 0
    buttons[j].focus()
  })
  refresh()
  window.wartaEditor = editor
}
