package textproc

import (
	stdhtml "html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// plainText returns the text content of an HTML fragment with entities
// decoded. Text without '<' is only unescaped, so "a < b" and "AT&T" in
// plain text survive.
func plainText(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		if strings.IndexByte(s, '&') < 0 {
			return s
		}
		return stdhtml.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	inRaw := false // inside <script> or <style>, whose text is not prose
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if !inRaw {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if n := string(name); n == "script" || n == "style" {
				inRaw = tt == html.StartTagToken
			}
			if !isInlineTag(name) {
				b.WriteByte(' ')
			}
		}
	}
}

// isInlineTag reports whether a tag may sit inside a word ("<b>Ja</b>karta")
// and so must not split it.
func isInlineTag(name []byte) bool {
	switch string(name) {
	case "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn",
		"em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
		"strong", "sub", "sup", "time", "u", "var", "wbr":
		return true
	}
	return false
}

// fold lower-cases s and, when it is not plain ASCII, normalises it to
// NFKC with accents removed from letters.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	// NFKD splits compatibility forms and accents; dropping the combining
	// diacritics and recomposing gives NFKC without accents.
	d := norm.NFKD.String(s)
	buf := make([]byte, 0, len(d))
	recompose := false // whether a non-ASCII rune stays and NFC is needed
	for i := 0; i < len(d); {
		if c := d[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(d[i:])
		i += n
		switch {
		case r >= 0x0300 && r <= 0x036f:
			// Combining Diacritical Marks: accents on Latin, Greek and
			// Cyrillic letters. Marks of other scripts carry meaning and
			// stay.
		case isIgnorable(r):
		default:
			if sp := spelledOut(r); sp != "" {
				buf = append(buf, sp...)
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				recompose = true
			}
		}
	}
	if recompose {
		buf = norm.NFC.Bytes(buf)
	}
	return string(buf)
}

// isIgnorable reports whether r is an invisible character that may sit
// inside a word without splitting it.
func isIgnorable(r rune) bool {
	switch r {
	case 0x00ad, // soft hyphen
		0x200c, 0x200d, // zero-width non-joiner and joiner
		0x2060, 0xfeff: // word joiner, zero-width no-break space
		return true
	}
	return false
}

// spelledOut maps letters that have no Unicode decomposition, and the
// apostrophe and hyphen variants, to the ASCII the tokenizer works with.
// It returns "" for every other rune.
func spelledOut(r rune) string {
	switch r {
	case 'ß', 'ẞ':
		return "ss"
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	case 'ø', 'Ø':
		return "o"
	case 'đ', 'Đ':
		return "d"
	case 'ł', 'Ł':
		return "l"
	case 'ı':
		return "i"
	case '\u2019', '\u02bc': // right single quotation mark, modifier apostrophe
		return "'"
	case '\u2010', '\u2011': // hyphen, non-breaking hyphen
		return "-"
	}
	return ""
}
