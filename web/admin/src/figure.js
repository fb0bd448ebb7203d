// A figure node: an image with alt text and an editable caption, written
// out as <figure><img><figcaption>, the shape Warta's articles use.
import { Node, mergeAttributes } from '@tiptap/core'

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
    }
  },

  parseHTML() {
    return [{
      tag: 'figure',
      contentElement: 'figcaption',
      getAttrs: (el) => {
        const img = el.querySelector('img')
        if (!img) return false
        return {
          src: img.getAttribute('src'),
          alt: img.getAttribute('alt') || '',
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
        }
      },
    }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, width, height, ...rest } = HTMLAttributes
    const img = { src, alt }
    if (width) img.width = width
    if (height) img.height = height
    return ['figure', mergeAttributes(rest), ['img', img], ['figcaption', 0]]
  },

  addCommands() {
    return {
      // The figure comes with an empty paragraph after it, where the
      // cursor lands: writing goes on below the picture.
      insertFigure: (attrs) => ({ commands }) => commands.insertContent([{
        type: this.name,
        attrs: { src: attrs.src, alt: attrs.alt || '', width: attrs.width || null, height: attrs.height || null },
        content: attrs.caption ? [{ type: 'text', text: attrs.caption }] : [],
      }, { type: 'paragraph' }]),
    }
  },
})
