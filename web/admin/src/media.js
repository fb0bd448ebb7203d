// The media picker (a <dialog> rendered by the page) and the upload drop
// zone of the media library.

let onPick = null

export function pickMedia(cb) {
  const dlg = document.getElementById('media-picker')
  if (!dlg) return
  onPick = cb
  load(dlg, '')
  dlg.showModal()
  const q = dlg.querySelector('input[type=search]')
  if (q) q.focus()
}

function load(dlg, q) {
  const list = dlg.querySelector('[data-media-list]')
  fetch(dlg.dataset.source + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((r) => r.json())
    .then((data) => {
      list.replaceChildren()
      const items = data.items || []
      if (!items.length) {
        const p = document.createElement('p')
        p.textContent = dlg.dataset.empty || ''
        list.append(p)
      }
      for (const it of items) {
        const b = document.createElement('button')
        b.type = 'button'
        b.className = 'media-choice'
        const img = document.createElement('img')
        img.src = it.thumb || it.url
        img.alt = ''
        img.width = 120
        img.height = 80
        const span = document.createElement('span')
        span.textContent = it.alt || it.name
        b.append(img, span)
        b.addEventListener('click', () => {
          dlg.close()
          if (onPick) onPick(it)
        })
        list.append(b)
      }
    })
    .catch(() => { list.textContent = dlg.dataset.failed || '' })
}

export function setupMedia() {
  const dlg = document.getElementById('media-picker')
  if (dlg) {
    const q = dlg.querySelector('input[type=search]')
    let t = 0
    if (q) q.addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => load(dlg, q.value), 250) })
    dlg.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => dlg.close()))
  }
  // Featured image: choose from the library into the form's fields.
  document.querySelectorAll('[data-pick-featured]').forEach((b) => {
    b.hidden = false
    b.addEventListener('click', (e) => {
      e.preventDefault()
      const form = b.form
      pickMedia((it) => {
        form.elements.image_url.value = it.url
        form.elements.image_alt.value = it.alt || form.elements.image_alt.value
        form.elements.image_caption.value = it.caption || form.elements.image_caption.value
        form.elements.image_width.value = it.width || ''
        form.elements.image_height.value = it.height || ''
        const prev = document.getElementById('featured-preview')
        if (prev) { prev.src = it.thumb || it.url; prev.hidden = false }
        form.dispatchEvent(new Event('input', { bubbles: true }))
      })
    })
  })
  // Drop zone: dropped files go into the form's file input, which is
  // then submitted like a normal upload.
  document.querySelectorAll('[data-dropzone]').forEach((zone) => {
    const input = zone.querySelector('input[type=file]')
    const form = zone.closest('form')
    ;['dragenter', 'dragover'].forEach((ev) => zone.addEventListener(ev, (e) => { e.preventDefault(); zone.classList.add('is-over') }))
    ;['dragleave', 'drop'].forEach((ev) => zone.addEventListener(ev, () => zone.classList.remove('is-over')))
    zone.addEventListener('drop', (e) => {
      e.preventDefault()
      if (!e.dataTransfer || !e.dataTransfer.files.length) return
      input.files = e.dataTransfer.files
      form.requestSubmit()
    })
  })
}
