package sanitize

import (
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML returns dirty reduced to the HTML an article body may contain, ready
// to be stored and later rendered as is.
//
// Kept: p, br, h2–h4, strong, b, em, i, u, s, sub, sup, mark, small, a
// (href, title), ul, ol (start), li, dl, dt, dd, blockquote (cite), q
// (cite), figure, figcaption, img (src, srcset, sizes, alt, width, height,
// loading), table, caption, thead, tbody, tfoot, tr, th (colspan, rowspan,
// scope), td (colspan, rowspan), hr, pre, code, abbr (title), cite, time
// (datetime) and div, plus lang on any of them. h1 becomes h2 (the page title
// is the only h1), h5 and h6 become h4. Links and images keep only relative,
// http and https URLs (links also mailto); a link without a usable href is
// reduced to its text and an image without one is dropped. Script, style,
// embedded content, forms, SVG and MathML are dropped with their content;
// other unknown tags are dropped and their text kept. Empty paragraphs and
// other empty blocks are removed.
//
// The result is balanced and is a fixed point: sanitising it again
// changes nothing, so re-saving a post never alters its body.
func HTML(dirty string) template.HTML {
	out, fixed, ok := sanitizeOnce(dirty)
	// Dropping or renaming elements can leave nesting that the parser would
	// build differently (an <li> in a former <section> in an <li>), so
	// unless stable vouches for the cleaned tree, the output is cleaned
	// again until parsing it reproduces it. The bound only guards against
	// a parser surprise.
	for i := 0; ok && !fixed && i < 4; i++ {
		next, nextFixed, nextOK := sanitizeOnce(out)
		if !nextOK || next == out {
			break
		}
		out, fixed = next, nextFixed
	}
	if !ok {
		// Nothing a browser would build from dirty can be kept, but its
		// words can: escaped text is always safe.
		return template.HTML(template.HTMLEscapeString(flatText(dirty)))
	}
	return template.HTML(out)
}

// sanitizeOnce parses, cleans and renders s once. It reports whether the
// result is sure to be a fixed point (see stable), and false when s
// cannot be parsed (see parseFragment) or, in theory, rendered.
func sanitizeOnce(s string) (out string, fixed, ok bool) {
	nodes, ok := parseFragment(s)
	if !ok {
		return "", false, false
	}
	var clean []*html.Node
	for _, n := range nodes {
		clean = append(clean, cleanNode(n)...)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range clean {
		if err := html.Render(&b, c); err != nil {
			return "", false, false
		}
	}
	return b.String(), stable(clean), true
}

// parseFragment parses s as the content of a <body>, the way a browser
// parses innerHTML. Invalid UTF-8 and control characters are removed first.
// It reports false when the parser gives up, which it does on elements
// nested more than 512 deep; callers then fall back to flatText.
func parseFragment(s string) ([]*html.Node, bool) {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(scrub(s, false)), body)
	return nodes, err == nil
}

// flatText is the text of s read token by token, for input too deeply
// nested to parse into a tree: no structure, but no lost words either.
func flatText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(scrub(s, false)))
	hidden := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			if !hidden {
				b.WriteString(scrub(string(z.Text()), false))
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			// The tokenizer returns the content of these as one text token.
			hidden = textHidden(string(name))
			b.WriteByte(' ')
		case html.EndTagToken, html.SelfClosingTagToken:
			hidden = false
			b.WriteByte(' ')
		}
	}
}

// cleanNode returns the sanitised copies of n, detached and ready to be
// appended: none when n is dropped, its children when n is unwrapped.
func cleanNode(n *html.Node) []*html.Node {
	switch n.Type {
	case html.TextNode:
		t := scrub(n.Data, false)
		if t == "" {
			return nil
		}
		return []*html.Node{{Type: html.TextNode, Data: t}}
	case html.ElementNode:
		return cleanElement(n)
	}
	return nil // comments, doctypes and anything else
}

func cleanElement(n *html.Node) []*html.Node {
	if n.Namespace != "" {
		return nil // SVG and MathML content
	}
	tag, act := classify(n.Data)
	if act == remove {
		return nil
	}
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		kids = append(kids, cleanNode(c)...)
	}
	if act == unwrap {
		return kids
	}
	attrs := cleanAttrs(tag, n.Attr)
	switch {
	case tag == "a" && !hasAttr(attrs, "href"):
		return kids
	case tag == "img" && !hasAttr(attrs, "src"):
		return nil
	case isVoid(tag):
		kids = nil
	case isBlank(kids):
		switch emptyRule(tag) {
		case dropEmpty:
			return nil
		case unwrapEmpty:
			return kids
		}
	}
	el := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag)), Attr: attrs}
	for _, k := range kids {
		el.AppendChild(k)
	}
	return []*html.Node{el}
}

// cleanAttrs keeps the allowed attributes of tag, first occurrence of each
// name only (as browsers do), in their original order.
func cleanAttrs(tag string, in []html.Attribute) []html.Attribute {
	var out []html.Attribute
	seen := make(map[string]bool, len(in))
	for _, a := range in {
		if a.Namespace != "" || seen[a.Key] {
			continue
		}
		seen[a.Key] = true
		if v, ok := attrValue(tag, a.Key, scrub(a.Val, false)); ok {
			out = append(out, html.Attribute{Key: a.Key, Val: v})
		}
	}
	return out
}

func hasAttr(attrs []html.Attribute, key string) bool {
	for _, a := range attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// isBlank reports whether nodes show nothing: only whitespace and <br>.
func isBlank(nodes []*html.Node) bool {
	for _, n := range nodes {
		switch {
		case n.Type == html.TextNode:
			if strings.TrimFunc(n.Data, isInvisible) != "" {
				return false
			}
		case n.Type == html.ElementNode && n.Data == "br":
		default:
			return false
		}
	}
	return true
}

// isInvisible reports whitespace, including no-break and zero-width spaces
// that editors leave behind in "empty" paragraphs.
func isInvisible(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// scrub removes invalid UTF-8, control characters other than whitespace,
// and Unicode noncharacters. With plain it also removes bidirectional
// override and isolate controls, which in a one-line field such as a
// commenter's name only serve to make text read differently than it is.
func scrub(s string, plain bool) string {
	if scrubbed(s, plain) {
		return s // the common case: nothing to copy
	}
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		if dropRune(r, plain) {
			return -1
		}
		return r
	}, s)
}

// scrubbed reports whether scrub would return s as it is; ASCII, most of
// any text, is checked a byte at a time.
func scrubbed(s string, plain bool) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || dropRune(r, plain) {
			return false
		}
		i += n
	}
	return true
}

func dropRune(r rune, plain bool) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	case r == '\ufeff' || r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe:
		return true
	case plain && (r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069):
		return true
	}
	return false
}
