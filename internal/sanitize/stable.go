package sanitize

import "golang.org/x/net/html"

// stable reports whether parsing the rendering of the cleaned nodes is
// sure to build the same tree again, so that HTML need not sanitise its
// output a second time to confirm the fixed point.
//
// The renderer writes every start and end tag, so the parser rebuilds the
// tree exactly unless one of its repair rules fires: an element that
// closes an open <p>, <li>, <dd>, <dt>, heading or <a> for it, or table
// parts and text out of their place in a table. stable walks the tree
// with the open elements each start tag would meet and says false where
// any such rule could fire, and for any element it does not know; false
// is always safe, since HTML then parses the output again. Dropping or
// renaming elements is what usually creates such nesting (a <section>
// that became a <div> between two <li>), and what a parser builds from
// well-formed markup rarely does. Fuzz and table tests hold it to its
// promise: whenever it says true, a second pass changes nothing.
func stable(nodes []*html.Node) bool {
	open := make([]string, 0, 16)
	for _, n := range nodes {
		if !stableKids(n, open, false, false) {
			return false
		}
	}
	return true
}

// stableKids checks n and its following siblings, children of the
// element whose open ancestors (outermost first, the element last) are
// open; p and a say whether a <p> or an <a> is open where a new element
// would close it.
func stableKids(first *html.Node, open []string, p, a bool) bool {
	parent := ""
	if len(open) > 0 {
		parent = open[len(open)-1]
	}
	inTable := parent == "table" || parent == "thead" || parent == "tbody" || parent == "tfoot" || parent == "tr"
	for n := first; n != nil; n = n.NextSibling {
		switch n.Type {
		case html.TextNode:
			if inTable && !htmlSpace(n.Data) {
				return false // text in a table is moved before it
			}
			continue
		case html.ElementNode:
		default:
			return false
		}
		tag := n.Data
		if n.Namespace != "" || !stableChild(tag, parent, inTable, open, p, a) {
			return false
		}
		// Table cells and captions are scope boundaries: a <p> or an
		// <a> outside them is not closed by what is inside.
		cell := tag == "td" || tag == "th" || tag == "caption" || tag == "table"
		kp := tag == "p" || p && !cell
		ka := tag == "a" || a && !cell
		if n.FirstChild != nil && !stableKids(n.FirstChild, append(open, tag), kp, ka) {
			return false
		}
	}
	return true
}

// stableChild reports whether the parser puts a start tag tag where it
// is, under parent with the open elements open.
func stableChild(tag, parent string, inTable bool, open []string, p, a bool) bool {
	switch parent {
	case "table":
		return tag == "caption" || tag == "thead" || tag == "tbody" || tag == "tfoot"
	case "thead", "tbody", "tfoot":
		return tag == "tr"
	case "tr":
		return tag == "td" || tag == "th"
	}
	switch tag {
	case "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small", "q", "code", "abbr", "cite", "time", "img", "br":
		return true
	case "a":
		return !a
	case "div", "blockquote", "figure", "figcaption", "ul", "ol", "dl", "pre", "hr", "table", "p":
		return !p
	case "h2", "h3", "h4":
		return !p && parent != "h2" && parent != "h3" && parent != "h4"
	case "li":
		return !p && !openItem(open, "li", "")
	case "dd", "dt":
		return !p && !openItem(open, "dd", "dt")
	}
	// Table parts outside their place, and anything unknown.
	return false
}

// openItem reports whether a new list item would close an open one: the
// parser looks up the open elements for one, stopping at the first
// special element other than <div> and <p>.
func openItem(open []string, x, y string) bool {
	for i := len(open) - 1; i >= 0; i-- {
		switch tag := open[i]; tag {
		case x, y:
			return true
		case "div", "p", "a", "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small", "q", "code", "abbr", "cite", "time":
			// Not special: the parser looks further up.
		default:
			return false
		}
	}
	return false
}

// htmlSpace reports whether s is only HTML's whitespace.
func htmlSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			return false
		}
	}
	return true
}
