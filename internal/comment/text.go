package comment

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
)

// Span is a run of comment text: plain text, a link (URL set) or a line
// break inside a paragraph.
type Span struct {
	Text  string
	URL   string
	Break bool
}

// Paragraph is one paragraph of a comment.
type Paragraph []Span

// linkPattern finds web addresses in plain text.
var linkPattern = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"'` + "`" + `]+`)

// Paragraphs splits comment text into paragraphs at blank lines, keeps
// single line breaks, and turns http(s) addresses into links. The text
// stays text: the caller escapes it (html/template does).
func Paragraphs(text string) []Paragraph {
	var out []Paragraph
	for _, block := range strings.Split(text, "\n\n") {
		block = strings.TrimSpace(block)
		if block == "" {
			continue
		}
		var p Paragraph
		for i, line := range strings.Split(block, "\n") {
			if i > 0 {
				p = append(p, Span{Break: true})
			}
			p = append(p, linkify(line)...)
		}
		out = append(out, p)
	}
	return out
}

// linkify splits one line into text and link spans.
func linkify(line string) []Span {
	var out []Span
	for line != "" {
		loc := linkPattern.FindStringIndex(line)
		if loc == nil {
			out = append(out, Span{Text: line})
			break
		}
		raw := trimLinkEnd(line[loc[0]:loc[1]])
		end := loc[0] + len(raw)
		if loc[0] > 0 {
			out = append(out, Span{Text: line[:loc[0]]})
		}
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			out = append(out, Span{Text: raw, URL: u.String()})
		} else {
			out = append(out, Span{Text: raw})
		}
		line = line[end:]
	}
	return out
}

// trimLinkEnd drops punctuation that ends the sentence rather than the
// address, and a closing bracket without its opening one.
func trimLinkEnd(s string) string {
	for s != "" {
		last := s[len(s)-1]
		switch {
		case strings.IndexByte(".,;:!?'\"", last) >= 0:
			s = s[:len(s)-1]
		case last == ')' && strings.Count(s, "(") < strings.Count(s, ")"):
			s = s[:len(s)-1]
		case last == ']' && strings.Count(s, "[") < strings.Count(s, "]"):
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// Initials are up to two letters standing for name in a locally drawn
// avatar: "Budi Santoso" → "BS".
func Initials(name string) string {
	var out []rune
	for _, w := range strings.Fields(name) {
		for _, r := range w {
			if isLetterOrDigit(r) {
				out = append(out, r)
				break
			}
		}
		if len(out) == 2 {
			break
		}
	}
	if len(out) == 0 {
		return "?"
	}
	return strings.ToUpper(string(out))
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Hue picks one of n avatar colours for name, the same every time.
func Hue(name string, n int) int {
	var h uint32 = 2166136261
	for _, b := range []byte(strings.ToLower(name)) {
		h = (h ^ uint32(b)) * 16777619
	}
	return int(h % uint32(n))
}
