package sanitize

import "strings"

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
func Excerpt(fragment string, words int) string {
	if words <= 0 {
		words = DefaultExcerptWords
	}
	f := strings.Fields(Text(fragment))
	if len(f) <= words {
		return strings.Join(f, " ")
	}
	cut := strings.Join(f[:words], " ")
	if trimmed := strings.TrimRight(cut, excerptTrim); trimmed != "" {
		cut = trimmed
	}
	return cut + "…"
}
