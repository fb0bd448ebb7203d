package wordpress

import (
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// shortcode is one [name attrs]content[/name] found in a post.
type shortcode struct {
	name    string
	attrs   map[string]string // named attributes, keys lower-cased
	content string
}

// The shortcodes that are converted; any other [name …] stays as text.
var knownShortcodes = map[string]bool{
	"caption": true, "wp_caption": true, "gallery": true, "embed": true, "video": true, "audio": true,
}

// doShortcodes replaces the known shortcodes of text with HTML, as
// WordPress's do_shortcode() matches them (get_shortcode_regex): an
// opening tag, then either "/]" or "]" with optional content up to the
// first matching closing tag; [[name]] is an escaped, literal [name].
func (c *Converter) doShortcodes(text string, post int64) string {
	if !strings.Contains(text, "[") {
		return text
	}
	var b strings.Builder
	i := 0
	for {
		j := strings.IndexByte(text[i:], '[')
		if j < 0 {
			break
		}
		start := i + j
		sc, end, escaped, ok := parseShortcode(text, start)
		if !ok {
			b.WriteString(text[i : start+1])
			i = start + 1
			continue
		}
		b.WriteString(text[i:start])
		if escaped {
			b.WriteString(text[start+1 : end-1])
		} else {
			b.WriteString(c.renderShortcode(sc, post))
		}
		i = end
	}
	b.WriteString(text[i:])
	return b.String()
}

// parseShortcode matches a known shortcode at text[start] == '['. It
// returns the shortcode, the end of the match, and whether it was
// escaped with doubled brackets.
func parseShortcode(text string, start int) (sc shortcode, end int, escaped, ok bool) {
	p := start + 1
	double := p < len(text) && text[p] == '['
	if double {
		p++
	}
	n := p
	for n < len(text) && isNameByte(text[n]) {
		n++
	}
	name := text[p:n]
	if !knownShortcodes[name] || (n < len(text) && text[n] == '-') {
		return sc, 0, false, false
	}
	// Inside the opening tag: anything but "]" and "/]".
	q := n
	for q < len(text) && text[q] != ']' && !(text[q] == '/' && q+1 < len(text) && text[q+1] == ']') {
		q++
	}
	if q >= len(text) {
		return sc, 0, false, false
	}
	sc = shortcode{name: name, attrs: parseAttrs(text[n:q])}
	if text[q] == '/' { // self-closing
		end = q + 2
	} else {
		end = q + 1
		closer := "[/" + name + "]"
		if k := strings.Index(text[end:], closer); k >= 0 {
			sc.content = text[end : end+k]
			end += k + len(closer)
		}
	}
	if double && end < len(text) && text[end] == ']' {
		return sc, end + 1, true, true
	}
	if double { // "[[name]" is a literal "[" followed by a shortcode
		return sc, 0, false, false
	}
	return sc, end, false, true
}

// isNameByte reports whether b may appear in a shortcode name as
// WordPress's \w (word characters) allows.
func isNameByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

var reAttr = regexp.MustCompile(`([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)`)

// parseAttrs is WordPress's shortcode_parse_atts for named attributes;
// positional ones are kept under "0", "1", ….
func parseAttrs(s string) map[string]string {
	s = strings.NewReplacer("\u00a0", " ", "\u200b", " ").Replace(s)
	attrs := map[string]string{}
	pos := 0
	for _, m := range reAttr.FindAllStringSubmatch(s, -1) {
		switch {
		case m[1] != "":
			attrs[strings.ToLower(m[1])] = m[2]
		case m[3] != "":
			attrs[strings.ToLower(m[3])] = m[4]
		case m[5] != "":
			attrs[strings.ToLower(m[5])] = m[6]
		default:
			v := m[7] + m[8] + m[9]
			attrs[strconv.Itoa(pos)] = v
			pos++
		}
	}
	return attrs
}

func (c *Converter) renderShortcode(sc shortcode, post int64) string {
	switch sc.name {
	case "caption", "wp_caption":
		return c.caption(sc, post)
	case "gallery":
		return c.gallery(sc, post)
	case "embed":
		return mediaAnchor(strings.TrimSpace(sc.content), "")
	case "video":
		return mediaAnchor(mediaSource(sc, "src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"), "")
	case "audio":
		return mediaAnchor(mediaSource(sc, "src", "mp3", "ogg", "flac", "m4a", "wav"), "")
	}
	return ""
}

var reCaptionContent = regexp.MustCompile(`(?is)^\s*((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)$`)

// caption is img_caption_shortcode: the image (with its link) in a figure
// and the caption, from the attribute or the text after the image, in a
// figcaption. Without a caption the content stays as it is.
func (c *Converter) caption(sc shortcode, post int64) string {
	content := sc.content
	text := sc.attrs["caption"]
	if text == "" {
		if m := reCaptionContent.FindStringSubmatch(content); m != nil {
			content, text = m[1], strings.TrimSpace(m[2])
		}
	}
	content = c.doShortcodes(strings.TrimSpace(content), post)
	if text == "" {
		return content
	}
	return "<figure>" + content + "<figcaption>" + text + "</figcaption></figure>"
}

// gallery lists the gallery's attachments as figures: those named by ids
// (or include), in that order, or else the attachments of the post, by
// menu order.
func (c *Converter) gallery(sc shortcode, post int64) string {
	var atts []Attachment
	ids := sc.attrs["ids"]
	if ids == "" {
		ids = sc.attrs["include"]
	}
	if ids != "" {
		for _, f := range strings.Split(ids, ",") {
			id, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
			if err != nil {
				continue
			}
			if a, ok := c.Attachments.ByID(id); ok {
				atts = append(atts, a)
			}
		}
	} else {
		parent := post
		if v, err := strconv.ParseInt(sc.attrs["id"], 10, 64); err == nil && v > 0 {
			parent = v
		}
		atts = c.Attachments.Children(parent)
		if ex := sc.attrs["exclude"]; ex != "" {
			atts = excludeIDs(atts, ex)
		}
		sort.SliceStable(atts, func(i, j int) bool { return atts[i].Position < atts[j].Position })
	}
	if len(atts) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("<ul>")
	for _, a := range atts {
		b.WriteString("<li>")
		b.WriteString(a.figure())
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

func excludeIDs(atts []Attachment, list string) []Attachment {
	drop := map[int64]bool{}
	for _, f := range strings.Split(list, ",") {
		if id, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64); err == nil {
			drop[id] = true
		}
	}
	out := atts[:0]
	for _, a := range atts {
		if !drop[a.WPID] {
			out = append(out, a)
		}
	}
	return out
}

// mediaSource is the first non-empty of the named attributes, or the
// shortcode's content.
func mediaSource(sc shortcode, names ...string) string {
	for _, n := range names {
		if v := strings.TrimSpace(sc.attrs[n]); v != "" {
			return v
		}
	}
	return strings.TrimSpace(sc.content)
}

// mediaAnchor is a link to u, with label as the text (u when empty).
// Embedded players, videos and audio become such links: Warta's pages
// carry no third-party frames and the sanitiser drops media elements.
func mediaAnchor(u, label string) string {
	if u == "" {
		return ""
	}
	if label == "" {
		label = u
	}
	return `<a href="` + html.EscapeString(html.UnescapeString(u)) + `">` + html.EscapeString(label) + `</a>`
}

var reAnyShortcode = regexp.MustCompile(`\[(\[?)([A-Za-z][\w-]*)((?:\s[^\[\]]*)?/?)\](\]?)`)

// unknownShortcodes lists the names of the shortcode-like tags left in
// text (outside HTML tags) once the known ones are converted; they stay
// as text and the import summary names them.
func unknownShortcodes(text string) []string {
	if !strings.Contains(text, "[") {
		return nil
	}
	seen := map[string]bool{}
	var names []string
	for _, m := range reAnyShortcode.FindAllStringSubmatch(stripTags(text), -1) {
		name := strings.ToLower(m[2])
		if (m[1] != "" && m[4] != "") || knownShortcodes[name] || seen[name] {
			continue
		}
		seen[name] = true
		names = append(names, name)
	}
	return names
}

// stripTags blanks out HTML tags and comments, so that attribute values
// are not mistaken for text.
func stripTags(s string) string {
	var b strings.Builder
	i := 0
	for i < len(s) {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		b.WriteString(s[i : i+lt])
		b.WriteByte(' ')
		i = tagEnd(s, i+lt)
	}
	b.WriteString(s[i:])
	return b.String()
}
