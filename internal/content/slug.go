package content

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

const maxSlugLen = 80

// Slugify makes a URL slug from a title: lower case, accents dropped,
// letters and digits of any script kept, everything else turned into single
// hyphens, cut at a hyphen to at most 80 bytes. It returns "" when nothing
// usable is left.
func Slugify(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent: "é" becomes "e"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "Jum'at" reads better as "jumat" than "jum-at".
		default:
			hyphen = true
		}
	}
	out := norm.NFC.String(b.String())
	if len(out) > maxSlugLen {
		cut := strings.LastIndexByte(out[:maxSlugLen+1], '-')
		if cut <= 0 {
			cut = maxSlugLen
			for cut > 0 && !utf8RuneStart(out[cut]) {
				cut--
			}
		}
		out = out[:cut]
	}
	return strings.Trim(out, "-")
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// validSlug reports whether s is already in the form Slugify produces.
func validSlug(s string) bool { return s != "" && Slugify(s) == s }
