package seo

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultPermalink is WordPress's "day and name" structure.
const DefaultPermalink = "/%year%/%monthnum%/%day%/%postname%/"

// Permalink is a parsed permalink structure. Supported tags: %year%,
// %monthnum%, %day%, %postname%, %post_id%; other segments are literal.
type Permalink struct {
	segments []string
}

// ParsePermalink checks a structure such as "/%year%/%postname%/". It must
// contain %postname% or %post_id% so that every post has its own URL.
func ParsePermalink(structure string) (Permalink, error) {
	s := strings.Trim(structure, "/")
	if s == "" {
		return Permalink{}, fmt.Errorf("seo: permalink structure is empty")
	}
	segs := strings.Split(s, "/")
	named := false
	for _, seg := range segs {
		switch seg {
		case "%postname%", "%post_id%":
			named = true
		case "%year%", "%monthnum%", "%day%":
		case "":
			return Permalink{}, fmt.Errorf("seo: permalink structure %q has an empty segment", structure)
		default:
			if strings.Contains(seg, "%") {
				return Permalink{}, fmt.Errorf("seo: permalink structure %q: unsupported tag %q", structure, seg)
			}
		}
	}
	if !named {
		return Permalink{}, fmt.Errorf("seo: permalink structure %q needs %%postname%% or %%post_id%%", structure)
	}
	return Permalink{segments: segs}, nil
}

// String gives the structure back in WordPress form.
func (p Permalink) String() string { return "/" + strings.Join(p.segments, "/") + "/" }

// Build returns the path of a post published at t (in the site's zone).
func (p Permalink) Build(id int64, slug string, t time.Time) string {
	var b strings.Builder
	for _, seg := range p.segments {
		b.WriteByte('/')
		switch seg {
		case "%year%":
			b.WriteString(strconv.Itoa(t.Year()))
		case "%monthnum%":
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case "%day%":
			fmt.Fprintf(&b, "%02d", t.Day())
		case "%postname%":
			b.WriteString(slug)
		case "%post_id%":
			b.WriteString(strconv.FormatInt(id, 10))
		default:
			b.WriteString(seg)
		}
	}
	b.WriteByte('/')
	return b.String()
}

// Match is what a request path says about the post it names. Zero fields
// were not in the structure. The caller must check the date fields
// against the post found, so that a wrong date does not serve the post.
type Match struct {
	ID               int64
	Slug             string
	Year, Month, Day int
}

// Match parses path against the structure. The trailing slash is optional.
func (p Permalink) Match(path string) (Match, bool) {
	s := strings.Trim(path, "/")
	segs := strings.Split(s, "/")
	if s == "" || len(segs) != len(p.segments) {
		return Match{}, false
	}
	var m Match
	for i, seg := range p.segments {
		v := segs[i]
		var ok bool
		switch seg {
		case "%year%":
			m.Year, ok = number(v, 4, 1, 9999)
		case "%monthnum%":
			m.Month, ok = number(v, 2, 1, 12)
		case "%day%":
			m.Day, ok = number(v, 2, 1, 31)
		case "%postname%":
			m.Slug, ok = v, v != ""
		case "%post_id%":
			var n int
			n, ok = number(v, 0, 1, 1<<62)
			m.ID = int64(n)
		default:
			ok = v == seg
		}
		if !ok {
			return Match{}, false
		}
	}
	return m, true
}

// Fits reports whether a post published at t agrees with the date parts
// of m.
func (m Match) Fits(t time.Time) bool {
	return (m.Year == 0 || m.Year == t.Year()) &&
		(m.Month == 0 || m.Month == int(t.Month())) &&
		(m.Day == 0 || m.Day == t.Day())
}

// number parses a decimal of exactly width digits (any width when 0)
// within [lo, hi].
func number(s string, width, lo, hi int) (int, bool) {
	if s == "" || (width > 0 && len(s) != width) || len(s) > 18 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n >= lo && n <= hi
}

// Absolute joins the site's base URL and a path.
func Absolute(baseURL, path string) string {
	return strings.TrimSuffix(baseURL, "/") + path
}
