package feed

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// keepRune reports whether r (decoded in size bytes) may appear in a feed:
// XML 1.0 characters minus the C1 controls and DEL, which no reader shows.
// An invalid UTF-8 byte decodes as RuneError of size 1 and is dropped.
func keepRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case r == '\t', r == '\n', r == '\r':
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return false
	case r >= 0xd800 && r <= 0xdfff, r == 0xfffe, r == 0xffff:
		return false
	}
	return true
}

// clean returns s without the characters keepRune refuses.
func clean(s string) string {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !keepRune(r, size) {
			return cleanFrom(s, i)
		}
		i += size
	}
	return s
}

// cleanFrom is clean for an s whose first refused character is at i.
func cleanFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if keepRune(r, size) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// xmlText writes s cleaned and escaped for element content and
// double-quoted attribute values.
func xmlText(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == '&':
			esc = "&amp;"
		case r == '<':
			esc = "&lt;"
		case r == '>':
			esc = "&gt;"
		case r == '"':
			esc = "&quot;"
		case r == '\r':
			esc = "&#13;"
		case !keepRune(r, size):
		default:
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		i += size
		last = i
	}
	b.WriteString(s[last:])
}

// xmlWriter writes XML elements to a buffer. Names are trusted constants;
// every value goes through xmlText.
type xmlWriter struct{ b *bytes.Buffer }

// start opens name with attributes given as name, value pairs; pairs with
// an empty value are left out.
func (x xmlWriter) start(name string, attrs ...string) {
	x.open(name, attrs)
	x.b.WriteByte('>')
}

// block opens a container element on a line of its own.
func (x xmlWriter) block(name string, attrs ...string) {
	x.start(name, attrs...)
	x.b.WriteByte('\n')
}

// empty writes a self-closing element.
func (x xmlWriter) empty(name string, attrs ...string) {
	x.open(name, attrs)
	x.b.WriteString("/>\n")
}

func (x xmlWriter) open(name string, attrs []string) {
	x.b.WriteByte('<')
	x.b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == "" {
			continue
		}
		x.b.WriteByte(' ')
		x.b.WriteString(attrs[i])
		x.b.WriteString(`="`)
		xmlText(x.b, attrs[i+1])
		x.b.WriteByte('"')
	}
}

// end closes name.
func (x xmlWriter) end(name string) {
	x.b.WriteString("</")
	x.b.WriteString(name)
	x.b.WriteString(">\n")
}

// elem writes <name attrs>text</name>.
func (x xmlWriter) elem(name, text string, attrs ...string) {
	x.start(name, attrs...)
	xmlText(x.b, text)
	x.end(name)
}

// header writes the XML declaration.
func (x xmlWriter) header() {
	x.b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
}
