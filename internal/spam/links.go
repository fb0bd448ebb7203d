package spam

import (
	"regexp"
	"strings"
)

// tlds are the top-level domains a bare domain ("situs-x.com") is
// recognised by: the common ones, Indonesia's, and the cheap ones
// spammers favour. A name ending in anything else is not counted as a
// link unless written with a scheme or "www.".
const tlds = "com|net|org|info|biz|id|co|io|me|ai|xyz|top|site|online|vip|club|live|fun|store|shop|pro|cc|ws|" +
	"link|click|win|bet|casino|games|asia|icu|lol|sbs|cfd|mom|us|uk|tv|app|dev|blog|news|in|ru|cn|tk|ml|" +
	"ga|cf|gq|ly|to|my|sg|au|ph|art|best|life|world|space|website|monster|homes|bond|agency|tech|" +
	"digital|email|cloud|host|fit|bio|wiki|today|pw|su|ink|buzz|rest|quest|cyou|skin|hair|beauty|one"

var (
	// linkPattern finds URLs with a scheme, "www." names and bare domain
	// names. A bare domain's top-level domain must be lower case or the
	// whole name upper case: "bagus.Info" is a sentence missing a space.
	linkPattern = regexp.MustCompile(`(?i:https?://[^\s<>"'()\[\]{}]+|www\.[^\s<>"'()\[\]{}]+)|` +
		`\b(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)+(?:` + tlds + `)\b(?:/[^\s<>"']*)?|` +
		`\b(?:[A-Z0-9_](?:[A-Z0-9_-]*[A-Z0-9_])?\.)+(?:` + strings.ToUpper(tlds) + `)\b(?:/[^\s<>"']*)?`)
	// spacedDot undoes the ways spam breaks a domain's dot to dodge link
	// filters: "naga88 . com", "naga88[.]com", "naga88 dot com".
	spacedDot = regexp.MustCompile(`(?i)([a-z0-9])(?: \. |\s*\[\.\]\s*|\s*\(\.\)\s*|\s*\[dot\]\s*|\s*\(dot\)\s*| dot )(` + tlds + `)\b`)
)

// link is one link found in a comment.
type link struct {
	raw  string // as written, trailing punctuation removed
	host string // lower case, without "www."
}

// findLinks returns the distinct links in s, a folded text with its case
// kept. E-mail addresses are not links.
func findLinks(s string) []link {
	if !strings.Contains(s, ".") && !strings.Contains(strings.ToLower(s), "dot") {
		return nil
	}
	if strings.Contains(s, " . ") || strings.Contains(s, "[") || strings.Contains(s, "(") || strings.Contains(strings.ToLower(s), "dot") {
		s = spacedDot.ReplaceAllString(s, "$1.$2")
	}
	var out []link
	seen := make(map[string]bool)
	for _, field := range strings.Fields(s) {
		if !mayBeLink(field) {
			continue
		}
		for _, loc := range linkPattern.FindAllStringIndex(field, -1) {
			if loc[0] > 0 && field[loc[0]-1] == '@' {
				continue
			}
			raw := strings.TrimRight(field[loc[0]:loc[1]], ".,;:!?)'\"")
			host := hostOf(raw)
			key := strings.ToLower(raw)
			if host == "" || seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, link{raw: raw, host: host})
		}
	}
	return out
}

// mayBeLink reports whether a whitespace-separated field can hold a link:
// a scheme, or a dot followed by a letter. The link pattern only runs on
// those, which spares it the prose around them.
func mayBeLink(field string) bool {
	if strings.Contains(field, "://") {
		return true
	}
	for i := 0; i+1 < len(field); i++ {
		if c := field[i+1]; field[i] == '.' && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// hostOf returns the lower-case host of a URL or bare domain, without
// "www." and port, or "" when there is none.
func hostOf(raw string) string {
	s := strings.ToLower(strings.TrimSpace(raw))
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimPrefix(strings.Trim(s, "."), "www.")
	if !strings.Contains(s, ".") {
		return ""
	}
	return s
}

// secondLevel lists the second-level names under country domains
// (co.id, go.id, ac.id, co.uk) so that a site is named by three labels.
func secondLevel(label string) bool {
	switch label {
	case "co", "go", "ac", "or", "web", "sch", "my", "net", "biz", "mil", "com", "org", "desa", "ponpes", "gov", "edu":
		return true
	}
	return false
}

// site returns the registrable part of host: "news.example.co.id" gives
// "example.co.id".
func site(host string) string {
	labels := strings.Split(host, ".")
	n := len(labels)
	switch {
	case n >= 3 && len(labels[n-1]) == 2 && secondLevel(labels[n-2]):
		return strings.Join(labels[n-3:], ".")
	case n >= 2:
		return strings.Join(labels[n-2:], ".")
	}
	return host
}

// tld returns the last label of host.
func tld(host string) string {
	return host[strings.LastIndexByte(host, '.')+1:]
}

// isPublicInstitution reports whether host belongs to a government,
// school or university domain. Links there are sources readers cite;
// gambling pages planted on such hacked sites are caught by their words.
func isPublicInstitution(host string) bool {
	for _, suffix := range []string{".go.id", ".ac.id", ".sch.id", ".mil.id", ".desa.id", ".gov", ".edu", ".int"} {
		if strings.HasSuffix(host, suffix) {
			return true
		}
	}
	return false
}

// hostMatches reports whether host is domain or one of its subdomains.
func hostMatches(host, domain string) bool {
	return host == domain || strings.HasSuffix(host, "."+domain)
}
