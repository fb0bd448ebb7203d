package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokenLen is the longest token kept, in bytes. Longer runs are hashes,
// encoded data or run-together junk that would only bloat an index.
const maxTokenLen = 64

// Tokens returns the normalised lower-case word tokens of text, which may
// be plain text or an HTML fragment, in order and with repeats. It removes
// no stopwords and stems nothing; the package documentation describes the
// rules.
func Tokens(text string) []string {
	var out []string
	eachToken(text, func(tok string) bool {
		out = append(out, tok)
		return true
	})
	return out
}

// eachToken calls fn with each token of text in order until fn returns
// false.
func eachToken(text string, fn func(string) bool) {
	s := fold(plainText(text))
	var buf [8]string
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !isWordRune(rune(c)) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		// Read a compound: word parts joined by single hyphens.
		parts := buf[:0]
		for {
			end := partEnd(s, i)
			parts = append(parts, s[i:end])
			i = end
			if i+1 < len(s) && s[i] == '-' {
				if next, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(next) {
					i++
					continue
				}
			}
			break
		}
		if !emitCompound(parts, fn) {
			return
		}
	}
}

// partEnd returns the end of the word part that starts at i: word runes,
// with an apostrophe allowed between letters and '.' or ',' between digits.
func partEnd(s string, i int) int {
	var prev rune
	for i < len(s) {
		if c := s[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' { // fold left ASCII lower-case
			prev = rune(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			prev = r
			i += n
			continue
		}
		if r == '\'' || r == '.' || r == ',' {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			apostrophe := r == '\'' && unicode.IsLetter(prev) && unicode.IsLetter(next)
			separator := r != '\'' && unicode.IsDigit(prev) && unicode.IsDigit(next)
			if apostrophe || separator {
				prev = r
				i += n
				continue
			}
		}
		break
	}
	return i
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// emitCompound applies the hyphenated-compound rules of the package
// documentation to parts and passes the resulting tokens to fn. It reports
// whether fn wants more.
func emitCompound(parts []string, fn func(string) bool) bool {
	if len(parts) > 1 && isHyphenPrefix(parts[0]) {
		parts = parts[1:]
	}
	if len(parts) > 1 && isHyphenSuffix(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 2 {
		if base, ok := reduplicationBase(parts[0], parts[1]); ok {
			return emitWord(base, fn)
		}
	}
	for _, p := range parts {
		if !emitWord(p, fn) {
			return false
		}
	}
	return true
}

// isHyphenPrefix reports whether p is a prefix Indonesian joins with a
// hyphen to a name or number: se-Indonesia, ke-2.
func isHyphenPrefix(p string) bool {
	return p == "se" || p == "ke"
}

// isHyphenSuffix reports whether p is a suffix or clitic Indonesian joins
// with a hyphen: 2000-an, PR-nya, Allah-lah.
func isHyphenSuffix(p string) bool {
	switch p {
	case "an", "nya", "ku", "mu", "lah", "kah", "pun":
		return true
	}
	return false
}

// reduplicationBase returns the base of a reduplicated pair: the shorter
// part, when the longer one starts or ends with it (negara-negara,
// anak-anaknya, bermain-main, berbagai-bagai). Parts with digits are
// ranges or codes (2019-2020), never reduplication.
func reduplicationBase(a, b string) (string, bool) {
	if hasDigit(a) || hasDigit(b) {
		return "", false
	}
	if a == b {
		return a, true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < 2 {
		return "", false // "a-ha" is no reduplication of "a"
	}
	if strings.HasPrefix(long, short) || strings.HasSuffix(long, short) {
		return short, true
	}
	return "", false
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// emitWord passes one token to fn, dropping over-long ones and splitting a
// rupiah amount written without a space ("rp10.000") into "rp" and the
// number, as Indonesian news writes prices.
func emitWord(w string, fn func(string) bool) bool {
	if len(w) > maxTokenLen {
		return true
	}
	if len(w) > 2 && w[0] == 'r' && w[1] == 'p' && '0' <= w[2] && w[2] <= '9' {
		return fn("rp") && fn(w[2:])
	}
	return fn(w)
}
