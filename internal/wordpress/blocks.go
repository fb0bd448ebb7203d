package wordpress

import (
	"encoding/json"
	"regexp"
	"strings"
)

// reBlock matches a Gutenberg block delimiter: <!-- wp:name {attrs} -->,
// <!-- /wp:name --> or the self-closing <!-- wp:name {attrs} /-->.
// Gutenberg escapes "--" inside attributes, so "-->" ends the comment.
var reBlock = regexp.MustCompile(`(?s)<!--\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)\s+(\{.*?\}\s+)?(/)?-->`)

// hasBlocks is WordPress's has_blocks().
func hasBlocks(content string) bool { return strings.Contains(content, "<!-- wp:") }

// Blocks whose whole content is written by PHP when the page is shown: in
// the export they are empty, and they are dropped (and listed).
var dynamicBlocks = map[string]bool{
	"latest-posts": true, "latest-comments": true, "archives": true, "categories": true,
	"calendar": true, "search": true, "tag-cloud": true, "rss": true, "block": true,
	"page-list": true, "navigation": true, "query": true, "post-template": true,
	"social-links": true, "loginout": true,
}

type blockDelim struct {
	start, end  int
	closing     bool
	selfClosing bool
	name        string // "core/embed" style: namespace "core/" is implied
	attrs       string
}

// convertBlocks removes Gutenberg's block comments and keeps the HTML the
// blocks saved (headings, lists, quotes, images, galleries, tables all
// keep their markup). Embed blocks become a figure with a link, and
// dynamic blocks, which saved nothing, are dropped and their names
// returned.
func convertBlocks(content string) (string, []string) {
	ms := reBlock.FindAllStringSubmatchIndex(content, -1)
	if len(ms) == 0 {
		return content, nil
	}
	var ds []blockDelim
	for _, m := range ms {
		d := blockDelim{start: m[0], end: m[1], closing: m[2] >= 0, selfClosing: m[10] >= 0}
		ns := "core/"
		if m[4] >= 0 {
			ns = content[m[4]:m[5]]
		}
		d.name = ns + content[m[6]:m[7]]
		if m[8] >= 0 {
			d.attrs = strings.TrimSpace(content[m[8]:m[9]])
		}
		ds = append(ds, d)
	}
	var b strings.Builder
	var dropped []string
	last := 0
	for i := 0; i < len(ds); i++ {
		d := ds[i]
		b.WriteString(content[last:d.start])
		last = d.end
		if d.closing {
			continue
		}
		short := strings.TrimPrefix(d.name, "core/")
		if d.selfClosing {
			if dynamicBlocks[short] || !strings.HasPrefix(d.name, "core/") {
				dropped = append(dropped, "wp:"+short)
			}
			continue
		}
		if isEmbed(d.name) {
			closeAt := matchingClose(ds, i)
			inner := ""
			if closeAt > i {
				inner = content[d.end:ds[closeAt].start]
				last = ds[closeAt].end
				i = closeAt
			}
			b.WriteString(embedFigure(d.attrs, inner))
		}
	}
	b.WriteString(content[last:])
	return squeezeBlankLines(b.String()), dropped
}

// squeezeBlankLines leaves at most one blank line in a row, where the
// removed block comments stood.
func squeezeBlankLines(s string) string {
	if !strings.Contains(s, "\n\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	blanks := 0
	for {
		line, rest, more := strings.Cut(s, "\n")
		if strings.TrimSpace(line) == "" {
			blanks++
		} else {
			blanks = 0
		}
		if blanks <= 1 {
			b.WriteString(line)
			if more {
				b.WriteByte('\n')
			}
		}
		if !more {
			return b.String()
		}
		s = rest
	}
}

func isEmbed(name string) bool {
	return name == "core/embed" || strings.HasPrefix(name, "core-embed/")
}

// matchingClose returns the index of the delimiter closing ds[i], or i.
func matchingClose(ds []blockDelim, i int) int {
	depth := 0
	for j := i + 1; j < len(ds); j++ {
		switch {
		case ds[j].name != ds[i].name || ds[j].selfClosing:
		case ds[j].closing && depth == 0:
			return j
		case ds[j].closing:
			depth--
		default:
			depth++
		}
	}
	return i
}

var reFigcaption = regexp.MustCompile(`(?is)<figcaption[^>]*>(.*?)</figcaption>`)
var reBareURL = regexp.MustCompile(`https?://[^\s<>"']+`)

// embedFigure is what an embed block becomes: a figure with a link to
// the embedded page and the block's caption.
func embedFigure(attrs, inner string) string {
	var a struct {
		URL string `json:"url"`
	}
	_ = json.Unmarshal([]byte(attrs), &a) // a broken attribute object leaves the URL in the inner HTML
	u := a.URL
	if u == "" {
		u = reBareURL.FindString(reFigcaption.ReplaceAllString(inner, ""))
	}
	if u == "" {
		return ""
	}
	caption := ""
	if m := reFigcaption.FindStringSubmatch(inner); m != nil && strings.TrimSpace(m[1]) != "" {
		caption = "<figcaption>" + strings.TrimSpace(m[1]) + "</figcaption>"
	}
	return "<figure>" + mediaAnchor(u, "") + caption + "</figure>"
}
