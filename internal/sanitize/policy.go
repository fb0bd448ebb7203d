package sanitize

import "strings"

// action says what the sanitiser does with an element.
type action int

const (
	// unwrap drops the tag and keeps what is inside it: unknown or
	// presentational elements whose text is still part of the article.
	unwrap action = iota
	// remove drops the element and everything inside it: active content,
	// form controls, and containers whose children are not visible text.
	remove
	// keep keeps the element with its allowed attributes.
	keep
)

// classify maps a parsed tag name to the tag written out and what to do
// with it. Renames keep the document outline sane (the page title is the
// only h1) and turn hiding containers such as <details> into plain blocks,
// so that nothing kept in a body is invisible to the editor reviewing it.
func classify(tag string) (string, action) {
	switch tag {
	case "p", "br", "h2", "h3", "h4",
		"strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small",
		"a", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q",
		"figure", "figcaption", "img", "hr", "pre", "code", "abbr", "cite", "time", "div",
		"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td":
		return tag, keep
	case "h1":
		return "h2", keep
	case "h5", "h6":
		return "h4", keep
	case "strike", "del":
		return "s", keep
	case "tt", "kbd", "samp":
		return "code", keep
	case "acronym":
		return "abbr", keep
	case "section", "article", "header", "footer", "aside", "main", "nav",
		"address", "center", "details", "summary", "hgroup", "search", "fieldset":
		return "div", keep
	case "script", "style", "template", "noscript", "noembed", "noframes",
		"iframe", "frame", "frameset", "object", "embed", "applet", "param",
		"portal", "fencedframe", "canvas", "audio", "video", "source", "track",
		"map", "area", "svg", "math", "form", "input", "button", "select",
		"option", "optgroup", "datalist", "textarea", "output", "progress",
		"meter", "keygen", "dialog", "marquee", "head", "title", "meta", "link",
		"base", "xmp", "plaintext":
		return tag, remove
	}
	return tag, unwrap
}

// isVoid reports whether a kept element never has children.
func isVoid(tag string) bool {
	return tag == "br" || tag == "hr" || tag == "img"
}

// emptiness says what happens to a kept element with no visible content.
type emptiness int

const (
	keepEmpty   emptiness = iota // void elements and table cells
	dropEmpty                    // blocks: an empty paragraph is noise
	unwrapEmpty                  // inline: keep the whitespace, lose the tag
)

func emptyRule(tag string) emptiness {
	switch tag {
	case "br", "hr", "img", "td", "th", "tr", "thead", "tbody", "tfoot":
		return keepEmpty
	case "a", "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark",
		"small", "q", "cite", "abbr", "code", "time":
		// An empty link is how injected spam links hide; it goes too.
		return unwrapEmpty
	}
	return dropEmpty
}

// attrValue returns the value to write for attribute key on tag, and false
// when the attribute is not allowed or its value is not acceptable. Only
// attributes listed here survive: no style, class, id, hidden, target or
// event handlers.
func attrValue(tag, key, val string) (string, bool) {
	switch key {
	case "lang":
		return val, isLangTag(val)
	case "title":
		return val, tag == "a" || tag == "abbr"
	case "href":
		if tag != "a" {
			return "", false
		}
		return cleanURL(val, true)
	case "cite":
		if tag != "blockquote" && tag != "q" {
			return "", false
		}
		return cleanURL(val, false)
	case "start":
		return val, tag == "ol" && isInt(val, 9, true)
	case "datetime":
		return val, tag == "time" && isDatetime(val)
	case "colspan", "rowspan":
		return val, (tag == "td" || tag == "th") && isInt(val, 4, false) && val != "0"
	case "scope":
		return val, tag == "th" && oneOf(val, "row", "col", "rowgroup", "colgroup")
	}
	if tag == "img" {
		return imgAttr(key, val)
	}
	return "", false
}

func imgAttr(key, val string) (string, bool) {
	switch key {
	case "src":
		return cleanURL(val, false)
	case "srcset":
		return cleanSrcset(val)
	case "alt":
		return val, true
	case "width", "height":
		return val, isInt(val, 5, false) && strings.Trim(val, "0") != ""
	case "loading":
		return val, oneOf(val, "lazy", "eager")
	case "sizes":
		return val, isSizes(val)
	}
	return "", false
}

func oneOf(v string, allowed ...string) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}

// isInt reports whether s is a decimal integer of at most max digits,
// optionally negative.
func isInt(s string, max int, signed bool) bool {
	if signed {
		s = strings.TrimPrefix(s, "-")
	}
	if s == "" || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isLangTag accepts BCP 47-shaped tags such as "en", "id-ID", "jv".
func isLangTag(s string) bool {
	if s == "" || len(s) > 35 {
		return false
	}
	for i, part := range strings.Split(s, "-") {
		if part == "" || len(part) > 8 {
			return false
		}
		for _, r := range part {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			digit := r >= '0' && r <= '9'
			if !letter && !(digit && i > 0) {
				return false
			}
		}
	}
	return true
}

// isDatetime accepts the characters of HTML date and time strings.
func isDatetime(s string) bool {
	return s != "" && len(s) <= 64 && onlyBytes(s, "0123456789TZWPHMSDY:+-. ")
}

// isSizes accepts media conditions and lengths; sizes carries no URLs.
func isSizes(s string) bool {
	return s != "" && len(s) <= 512 &&
		onlyBytes(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ().,%:-+*/")
}

func onlyBytes(s, allowed string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(allowed, s[i]) < 0 {
			return false
		}
	}
	return true
}
