// Paste cleanup for text copied from Word and Google Docs: keep headings,
// paragraphs, lists, bold, italic and links; drop styles, classes,
// comments, Office namespaces and the wrappers those editors add. The
// server's sanitiser removes anything unsafe whatever happens here.

const dropTags = ['style', 'script', 'meta', 'link', 'title', 'xml']

// styleFlags replaces every style attribute by the few facts paste cleanup
// needs, before the HTML is parsed: parsing style attributes, even in an
// inert document, is what the page's Content-Security-Policy forbids.
function styleFlags(html) {
  return html.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, (_, v) => {
    const flags = []
    if (/font-weight:\s*(bold|[6-9]00)/i.test(v)) flags.push('b')
    if (/font-style:\s*italic/i.test(v)) flags.push('i')
    if (/mso-list:\s*ignore/i.test(v)) flags.push('ignore')
    else if (/mso-list:/i.test(v)) flags.push('list')
    if (/font-weight:\s*normal/i.test(v)) flags.push('normal')
    return flags.length ? ' data-paste="' + flags.join(' ') + '"' : ''
  })
}

function has(el, flag) {
  return (' ' + (el.getAttribute('data-paste') || '') + ' ').includes(' ' + flag + ' ')
}

export function cleanPastedHTML(html) {
  // Office writes conditional comments and namespaced tags.
  html = styleFlags(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?o:p[^>]*>/gi, ''))
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const body = doc.body
  body.querySelectorAll(dropTags.join(',')).forEach((el) => el.remove())
  convertWordLists(doc)
  // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
  body.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrap)
  // Docs marks its wrapper as not bold; keep its content, lose the <b>.
  body.querySelectorAll('b').forEach((b) => { if (has(b, 'normal')) unwrap(b) })
  body.querySelectorAll('*').forEach((el) => {
    // Bold and italic set by style (Docs) become real elements.
    if (el.tagName === 'SPAN') {
      const bold = has(el, 'b')
      const italic = has(el, 'i')
      if (bold || italic) {
        let inner = doc.createDocumentFragment()
        while (el.firstChild) inner.appendChild(el.firstChild)
        if (italic) { const i = doc.createElement('em'); i.appendChild(inner); inner = i }
        if (bold) { const b = doc.createElement('strong'); b.appendChild(inner); inner = b }
        el.replaceWith(inner)
        return
      }
    }
    for (const attr of Array.from(el.attributes)) {
      if (!['href', 'src', 'alt', 'title'].includes(attr.name)) el.removeAttribute(attr.name)
    }
  })
  body.querySelectorAll('span, font').forEach(unwrap)
  // Empty paragraphs Word uses as spacing.
  body.querySelectorAll('p').forEach((p) => {
    if (!p.textContent.replace(/\u00a0/g, ' ').trim() && !p.querySelector('img')) p.remove()
  })
  return body.innerHTML
}

function unwrap(el) {
  const parent = el.parentNode
  if (!parent) return
  while (el.firstChild) parent.insertBefore(el.firstChild, el)
  parent.removeChild(el)
}

// convertWordLists turns Word's list paragraphs (class MsoListParagraph…,
// style mso-list) into <ul>/<ol> with <li>, dropping the typed bullet.
function convertWordLists(doc) {
  const isItem = (el) => el && el.tagName === 'P' && (/MsoListParagraph/i.test(el.className) || has(el, 'list'))
  const paras = Array.from(doc.body.querySelectorAll('p'))
  for (const p of paras) {
    if (!isItem(p) || !p.isConnected) continue
    const items = []
    let cur = p
    while (isItem(cur)) { items.push(cur); cur = cur.nextElementSibling }
    const marker = items[0].querySelector('span[data-paste~="ignore"]')
    const ordered = marker ? /^\s*[0-9a-z]+[.)]/i.test(marker.textContent) : false
    const list = doc.createElement(ordered ? 'ol' : 'ul')
    items[0].before(list)
    for (const it of items) {
      it.querySelectorAll('span[data-paste~="ignore"]').forEach((m) => m.remove())
      const li = doc.createElement('li')
      while (it.firstChild) li.appendChild(it.firstChild)
      li.innerHTML = li.innerHTML.replace(/^(\s|&nbsp;|\u00a0|·|•|o|§)+/, '')
      list.appendChild(li)
      it.remove()
    }
  }
}
