package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldStats counts the disguises fold took off a text. Legitimate
// comments in Indonesian or English have almost none; spam that wants to
// slip past word filters has many.
type foldStats struct {
	lookalike int // letters of other scripts posing as Latin (Cyrillic "а")
	styled    int // compatibility forms: fullwidth, mathematical, circled letters, strike-through
	invisible int // zero-width and soft-hyphen characters
}

func (s foldStats) total() int { return s.lookalike + s.styled + s.invisible }

// fold returns s with look-alike and styled letters turned into the ASCII
// letters they imitate, accents and invisible characters removed and every
// space character made a plain space. Case is kept (link detection needs
// it); callers lower-case afterwards.
func fold(s string) (string, foldStats) {
	var st foldStats
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		foldRune(&b, r, &st)
	}
	return b.String(), st
}

// foldRune writes the folded form of one non-ASCII rune.
func foldRune(b *strings.Builder, r rune, st *foldStats) {
	switch {
	case isInvisible(r):
		st.invisible++
		return
	case unicode.In(r, unicode.Mn, unicode.Me):
		if r >= 0x0334 && r <= 0x0338 { // overlays: s̶l̶o̶t̶
			st.styled++
		}
		return
	case unicode.In(r, unicode.Cf, unicode.Cc):
		return // joiners inside emoji, bidi marks
	case unicode.IsSpace(r):
		b.WriteByte(' ')
		return
	}
	if a := lookalike(r); a != 0 {
		if !isRegionalIndicator(r) { // 🇮🇩 is a flag, not a trick
			st.lookalike++
		}
		b.WriteRune(a)
		return
	}
	d := norm.NFKD.String(string(r))
	if d == string(r) {
		b.WriteRune(r)
		return
	}
	compat := norm.NFD.String(string(r)) != d
	counted := false
	for _, x := range d {
		if unicode.Is(unicode.Mn, x) {
			continue
		}
		if a := lookalike(x); a != 0 {
			x = a
		}
		if compat && !counted && isASCIIAlnum(x) && unicode.IsLetter(x) {
			st.styled++
			counted = true
		}
		b.WriteRune(x)
	}
}

// isInvisible reports whether r is an invisible character spammers put
// inside words to break them for filters but not for readers.
func isInvisible(r rune) bool {
	switch r {
	case 0x00ad, 0x180e, 0x200b, 0x200c, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff:
		return true
	}
	return false
}

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// lookalike returns the ASCII letter r imitates, keeping its case, or 0.
// Compatibility forms (fullwidth, mathematical alphanumerics, circled
// letters) are not listed: NFKD folds them.
func lookalike(r rune) rune {
	switch {
	case r >= 0x1f150 && r <= 0x1f169: // negative circled 🅐
		return 'A' + r - 0x1f150
	case r >= 0x1f170 && r <= 0x1f189: // negative squared 🅰
		return 'A' + r - 0x1f170
	case isRegionalIndicator(r):
		return 'A' + r - 0x1f1e6
	}
	switch r { // capitals whose lower case imitates another letter
	case 'Η':
		return 'H'
	case 'Ν':
		return 'N'
	case 'Υ':
		return 'Y'
	case 'Μ':
		return 'M'
	case 'Ζ':
		return 'Z'
	}
	l := unicode.ToLower(r)
	a := lowerLookalike(l)
	if a != 0 && l != r {
		return unicode.ToUpper(a)
	}
	return a
}

// lowerLookalike is the fold table: Cyrillic, Greek, Armenian, Lisu,
// small-capital and a few symbol letters that pass for Latin ones.
func lowerLookalike(r rune) rune {
	switch r {
	case 'а', 'α', 'ɑ', 'ᴀ', 'ꓮ':
		return 'a'
	case 'в', 'ь', 'ʙ', 'β', 'ꓐ', 'Ƅ':
		return 'b'
	case 'с', 'ϲ', 'ᴄ', '¢', 'ꓚ':
		return 'c'
	case 'ԁ', 'ᴅ', '∂', 'ꓓ', 'ɗ':
		return 'd'
	case 'е', 'є', 'ε', 'ᴇ', 'ꓰ', 'ҽ':
		return 'e'
	case 'ꜰ', 'ꓝ', 'ƒ':
		return 'f'
	case 'ɡ', 'ɢ', 'ꓖ', 'ց':
		return 'g'
	case 'һ', 'н', 'ʜ', 'ꓧ':
		return 'h'
	case 'і', 'ι', 'ɪ', 'ꓲ', 'ı':
		return 'i'
	case 'ј', 'ʝ', 'ᴊ', 'ꓙ':
		return 'j'
	case 'к', 'κ', 'ᴋ', 'ꓗ':
		return 'k'
	case 'ӏ', 'ʟ', 'ꓡ', 'ł', 'ǀ':
		return 'l'
	case 'м', 'ᴍ', 'ꓟ':
		return 'm'
	case 'ո', 'ɴ', 'η', 'ꓠ', 'п':
		return 'n'
	case 'о', 'ο', 'σ', 'ᴏ', 'ꓳ', 'օ', 'ø', 'ө':
		return 'o'
	case 'р', 'ρ', 'ᴘ', 'ꓑ':
		return 'p'
	case 'ԛ':
		return 'q'
	case 'г', 'я', 'ʀ', 'ꓣ':
		return 'r'
	case 'ѕ', 'ꜱ', 'ꓢ', 'ʂ':
		return 's'
	case 'т', 'τ', 'ᴛ', 'ꓔ':
		return 't'
	case 'υ', 'μ', 'ᴜ', 'ꓴ', 'ս':
		return 'u'
	case 'ѵ', 'ν', 'ᴠ', 'ꓦ':
		return 'v'
	case 'ԝ', 'ω', 'ᴡ', 'ꓪ':
		return 'w'
	case 'х', 'χ', 'ꓫ':
		return 'x'
	case 'у', 'γ', 'ʏ', 'ꓬ', 'ү':
		return 'y'
	case 'ᴢ', 'ꓜ', 'ƶ':
		return 'z'
	}
	return 0
}

// mapLeetSymbols replaces the symbols that stand for letters inside a
// word of lower-case text: g@cor, $lot, j!tu, s|ot.
func mapLeetSymbols(s string) string {
	if !strings.ContainsAny(s, "@$!|") {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		prev := i > 0 && isWordByte(b[i-1])
		next := i+1 < len(b) && isWordByte(b[i+1])
		nextLetter := i+1 < len(b) && 'a' <= b[i+1] && b[i+1] <= 'z'
		switch {
		case c == '@' && prev && next:
			b[i] = 'a'
		case c == '$' && nextLetter && (i == 0 || !isDigitByte(b[i-1])):
			b[i] = 's'
		case c == '!' && prev && nextLetter:
			b[i] = 'i'
		case c == '|' && nextLetter:
			b[i] = 'l'
		}
	}
	return string(b)
}

func isWordByte(c byte) bool  { return 'a' <= c && c <= 'z' || isDigitByte(c) }
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// deleet reads digits as the letters they imitate in a token that mixes
// at least two letters with digits (g4c0r, s1tus, m4xw1n). one is the
// letter for "1": 'i' or 'l', both common. Other tokens come back as
// they are.
func deleet(tok string, one byte) string {
	letters, digits := 0, 0
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case isDigitByte(c):
			digits++
		case c >= 'a' && c <= 'z':
			letters++
		}
	}
	if digits == 0 || letters < 2 {
		return tok
	}
	b := []byte(tok)
	for i, c := range b {
		switch c {
		case '0':
			b[i] = 'o'
		case '1':
			b[i] = one
		case '3':
			b[i] = 'e'
		case '4':
			b[i] = 'a'
		case '5':
			b[i] = 's'
		case '6', '9':
			b[i] = 'g'
		case '7':
			b[i] = 't'
		case '8':
			b[i] = 'b'
		}
	}
	return string(b)
}

// squeeze collapses runs of one repeated letter: "gacoooor" and "gacor"
// meet. Terms are squeezed the same way, so "scatter" is looked up as
// "scater".
func squeeze(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] && s[i] >= 'a' && s[i] <= 'z' {
			if b == nil {
				b = []byte(s[:i])
			}
			continue
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}
