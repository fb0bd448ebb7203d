// Autosave and the editing heartbeat: every 30 seconds the editor form is
// sent to its autosave URL (drafts are saved; other posts only renew the
// "being edited" notice). Slug follows the title until edited by hand.

const interval = 30000

export function setupAutosave() {
  const form = document.querySelector('form[data-autosave]')
  if (!form) return
  const status = document.getElementById('autosave-status')
  const csrf = form.elements.csrf_token ? form.elements.csrf_token.value : ''
  let dirty = false
  let stopped = false
  form.addEventListener('input', () => { dirty = true })
  form.addEventListener('submit', () => { stopped = true })

  const tick = () => {
    if (stopped) return
    const data = new FormData(form)
    const hasID = form.elements.id && form.elements.id.value
    if (!dirty && !hasID) return
    if (!dirty) data.set('heartbeat', '1')
    data.delete('action')
    const wasDirty = dirty
    dirty = false
    fetch(form.dataset.autosave, {
      method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CSRF-Token': csrf },
    }).then((r) => r.json().then((j) => ({ status: r.status, j }))).then(({ status: code, j }) => {
      if (j.id && form.elements.id && !form.elements.id.value) {
        form.elements.id.value = j.id
        form.action = j.edit_url
        history.replaceState(null, '', j.edit_url)
      }
      if (j.version && form.elements.version && j.saved) form.elements.version.value = j.version
      if (j.conflict) stopped = true
      if (code >= 400 && !j.conflict && wasDirty) dirty = true
      const lock = document.getElementById('lock-notice')
      if (lock && j.locked_by) { lock.hidden = false; lock.querySelector('[data-who]').textContent = j.locked_by }
      if (status) status.textContent = j.message || j.error || j.saved_at || ''
    }).catch(() => { if (wasDirty) dirty = true })
  }
  setInterval(tick, interval)
  form.addEventListener('wartaAutosaveNow', tick)
}

export function setupSlug() {
  const title = document.querySelector('input[name=title]')
  const slug = document.querySelector('input[name=slug][data-auto]')
  if (!title || !slug) return
  let auto = slug.value === ''
  slug.addEventListener('input', () => { auto = slug.value === '' })
  title.addEventListener('input', () => { if (auto) slug.value = slugify(title.value) })
}

export function slugify(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '')
}
