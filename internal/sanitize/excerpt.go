package sanitize

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// DefaultExcerptWords is the length of an excerpt when none is given: about
// what fits under a related-post title or in a meta description.
const DefaultExcerptWords = 30

// excerptTrim is what may not stand just before the ellipsis: separators
// that promise more ("kata,…"), dashes, a sentence's full stop or a
// dotted ellipsis, and brackets or quotes that open but never close.
const excerptTrim = ",;:.-–—([{“‘«…" + " \t\n"

// Excerpt returns the first words words of Text(fragment) on one line,
// cut at a word boundary and followed by "…" only when something was cut.
// Punctuation left dangling at the cut is removed before the "…". A words
// value of zero or less means DefaultExcerptWords.
//
// It reads fragment token by token and stops after the words it needs, so
// a long article costs no more than its opening. On balanced HTML, such
// as every stored body, the words are exactly those of Text; on broken
// markup the parser behind Text may reorder text (a word inside a broken
// table), which Excerpt does not.
func Excerpt(fragment string, words int) string {
	if words <= 0 {
		words = DefaultExcerptWords
	}
	line, n := leadingLine(fragment, words+1)
	if n <= words {
		return line
	}
	cut := line[:strings.LastIndexByte(line, ' ')]
	if trimmed := strings.TrimRight(cut, excerptTrim); trimmed != "" {
		cut = trimmed
	}
	return cut + "…"
}

// Line returns the words of Text(fragment) on one line, separated by
// single spaces. Like Excerpt, it reads fragment token by token, where
// Text builds the document's tree, and it finds the same words on
// balanced HTML.
func Line(fragment string) string {
	line, _ := leadingLine(fragment, math.MaxInt)
	return line
}

// leadingLine returns the first n words of the text of fragment, as
// strings.Fields(Text(fragment)) would split it, joined by single spaces,
// and their number, without reading further.
func leadingLine(fragment string, n int) (string, int) {
	z := html.NewTokenizer(strings.NewReader(scrub(fragment, false)))
	var b []byte
	words := 0
	inWord := false // a word is being read: it may go on in the next text token
	end := func() {
		if inWord {
			inWord = false
			words++
		}
	}
	hidden := 0 // depth inside elements whose content is never text
	for words < n {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			end()
			return string(b), words
		case html.TextToken:
			if hidden > 0 {
				continue
			}
			for text := z.Text(); len(text) > 0 && words < n; {
				r, size := utf8.DecodeRune(text)
				text = text[size:]
				switch {
				case unicode.IsSpace(r):
					end()
				case inWord:
					b = utf8.AppendRune(b, r)
				default:
					if len(b) > 0 {
						b = append(b, ' ')
					}
					b, inWord = utf8.AppendRune(b, r), true
				}
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if textHidden(tag) || tag == "svg" || tag == "math" {
				switch {
				case tt == html.StartTagToken && tag != "meta" && tag != "link":
					hidden++
				case tt == html.EndTagToken && hidden > 0:
					hidden--
				}
				continue
			}
			if hidden == 0 && textBreak(tag) != breakNone {
				end()
			}
		}
	}
	return string(b), words
}
