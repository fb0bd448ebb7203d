package sanitize

import "strings"

// cleanURL returns raw normalised the way a browser reads it, and false
// unless it is relative or uses http, https, or (for links only) mailto.
//
// Browsers drop tabs and newlines anywhere in a URL and trim control
// characters and spaces at its ends, so "jav&#x09;ascript:" and
// " javascript:" both run script; the check is made on that normalised form
// and the normalised form is what gets written out.
func cleanURL(raw string, link bool) (string, bool) {
	s := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, raw)
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	if s == "" {
		return "", false
	}
	switch strings.ToLower(scheme(s)) {
	case "":
		// A browser reads "0javascript:x" as a relative path, but a colon
		// before the first slash is never a real link; refuse the ambiguity.
		first, _, _ := strings.Cut(s, "/")
		first, _, _ = strings.Cut(first, "?")
		first, _, _ = strings.Cut(first, "#")
		return s, !strings.Contains(first, ":")
	case "http", "https":
		return s, true
	case "mailto":
		return s, link
	}
	return "", false
}

// scheme returns the scheme of a normalised URL as a browser's URL parser
// finds it: an ASCII letter, then letters, digits, "+", "-" or ".", up to
// the first colon. Anything else before the colon means there is no scheme
// and the URL is relative, which is harmless.
func scheme(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return s[:i]
		default:
			return ""
		}
	}
	return ""
}

// cleanSrcset keeps the image candidates of a srcset whose URLs pass
// cleanURL and whose descriptors are well formed, and drops the rest.
func cleanSrcset(raw string) (string, bool) {
	var kept []string
	for _, cand := range strings.Split(raw, ",") {
		f := strings.Fields(cand)
		if len(f) == 0 || len(f) > 2 {
			continue
		}
		u, ok := cleanURL(f[0], false)
		if !ok || strings.ContainsAny(u, " \f\v") {
			continue
		}
		if len(f) == 2 {
			if !isDescriptor(f[1]) {
				continue
			}
			u += " " + f[1]
		}
		kept = append(kept, u)
	}
	return strings.Join(kept, ", "), len(kept) > 0
}

// isDescriptor accepts srcset descriptors such as "800w" or "1.5x".
func isDescriptor(d string) bool {
	if len(d) < 2 || (d[len(d)-1] != 'w' && d[len(d)-1] != 'x') {
		return false
	}
	num := d[:len(d)-1]
	whole, frac, hasFrac := strings.Cut(num, ".")
	if !isInt(whole, 6, false) {
		return false
	}
	return !hasFrac || isInt(frac, 3, false)
}
