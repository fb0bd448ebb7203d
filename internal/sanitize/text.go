package sanitize

import (
	"strings"

	"golang.org/x/net/html"
)

// Text returns the visible text of an HTML fragment: tags removed, entities
// decoded, whitespace collapsed. Block elements and <br> start a new line,
// table cells and images are separated by a space, and the contents of
// script, style and similar elements never appear. Lines are joined with
// "\n" and carry no leading, trailing or repeated spaces.
func Text(fragment string) string {
	nodes, ok := parseFragment(fragment)
	if !ok {
		return flatText(fragment)
	}
	var b strings.Builder
	for _, n := range nodes {
		writeText(&b, n, "\n")
	}
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n")
}

// Plain returns s as one line of plain text, for fields such as titles,
// names and leads: tags stripped, entities decoded exactly once ("&amp;lt;"
// becomes "&lt;"), invalid UTF-8, control characters and bidirectional
// overrides removed, whitespace collapsed to single spaces and trimmed.
// The result is text, to be escaped by html/template when rendered.
func Plain(s string) string {
	if !strings.ContainsAny(s, "<&") {
		// No markup and no entities: the parser would hand back the text
		// as it is, so only the cleaning below is left to do.
		return strings.Join(strings.Fields(scrub(s, true)), " ")
	}
	return plainParsed(s)
}

// plainParsed is Plain through the HTML parser.
func plainParsed(s string) string {
	nodes, ok := parseFragment(s)
	if !ok {
		return strings.Join(strings.Fields(scrub(flatText(s), true)), " ")
	}
	var b strings.Builder
	for _, n := range nodes {
		writeText(&b, n, " ")
	}
	return strings.Join(strings.Fields(scrub(b.String(), true)), " ")
}

// writeText appends the text under n to b, writing lineBreak around blocks.
// Newlines inside text are only whitespace in HTML, so they become spaces
// and lineBreak stays the only line separator.
func writeText(b *strings.Builder, n *html.Node, lineBreak string) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(strings.ReplaceAll(scrub(n.Data, false), "\n", " "))
		return
	case html.ElementNode:
	default:
		return
	}
	if n.Namespace != "" || textHidden(n.Data) {
		return
	}
	sep := ""
	switch textBreak(n.Data) {
	case breakLine:
		sep = lineBreak
	case breakSpace:
		sep = " "
	}
	b.WriteString(sep)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeText(b, c, lineBreak)
	}
	b.WriteString(sep)
}

// textHidden reports elements whose content is never shown as text.
func textHidden(tag string) bool {
	switch tag {
	case "script", "style", "template", "noscript", "noembed", "noframes",
		"iframe", "object", "head", "title", "meta", "link", "select", "textarea":
		return true
	}
	return false
}

type textBreakKind int

const (
	breakNone textBreakKind = iota
	breakSpace
	breakLine
)

func textBreak(tag string) textBreakKind {
	switch tag {
	case "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
		"dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre", "hr",
		"table", "caption", "thead", "tbody", "tfoot", "tr",
		"section", "article", "header", "footer", "aside", "main", "nav",
		"address", "center", "details", "summary", "hgroup", "search",
		"fieldset", "legend", "form", "dialog", "body", "html":
		return breakLine
	case "td", "th", "img", "input", "button", "label":
		return breakSpace
	}
	return breakNone
}
