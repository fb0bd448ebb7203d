package wordpress

import (
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
)

// rewrite walks the HTML of a converted post token by token: links to the
// old site become site paths (returned, to be resolved to Warta URLs),
// upload URLs become the imported media's URLs, images lose srcset and
// sizes (Warta has no copies at the old sizes), and frames, videos,
// audio and plugins become plain links. Everything else is copied as it
// was.
func (c *Converter) rewrite(s string) (string, []string) {
	if !strings.Contains(s, "<") {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var links []string
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			if z.Err() != io.EOF {
				b.Write(z.Raw())
			}
			break
		}
		if tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
			b.Write(z.Raw())
			continue
		}
		raw := string(z.Raw())
		tok := z.Token()
		switch tok.Data {
		case "a":
			if c.fixLink(&tok, &links) {
				raw = tok.String()
			}
		case "img":
			if c.fixImage(&tok) {
				raw = tok.String()
			}
		case "iframe", "video", "audio", "embed", "object":
			raw = c.mediaLink(z, tok, tt == xhtml.SelfClosingTagToken)
		}
		b.WriteString(raw)
	}
	return b.String(), links
}

// fixLink rewrites an <a href> that points at the old site.
func (c *Converter) fixLink(tok *xhtml.Token, links *[]string) bool {
	for i, a := range tok.Attr {
		if a.Key != "href" || a.Namespace != "" {
			continue
		}
		attr, lookup, ok := c.local(a.Val)
		if !ok {
			return false
		}
		if file, up := uploadFile(lookup); up {
			if att, found := c.Attachments.ByFile(file); found && att.imported() {
				tok.Attr[i].Val = att.URL
				return true
			}
			return false // keep the original URL of a file that was not imported
		}
		tok.Attr[i].Val = attr
		*links = append(*links, attr)
		return true
	}
	return false
}

var reWPImage = regexp.MustCompile(`\bwp-image-(\d+)\b`)

// fixImage points an <img> at the imported media file.
func (c *Converter) fixImage(tok *xhtml.Token) bool {
	changed := false
	src, class, sized := -1, "", false
	kept := tok.Attr[:0]
	for _, a := range tok.Attr {
		switch a.Key {
		case "srcset", "sizes":
			changed = true
			continue
		case "src":
			src = len(kept)
		case "class":
			class = a.Val
		case "width", "height":
			sized = true
		}
		kept = append(kept, a)
	}
	tok.Attr = kept
	if src < 0 {
		return changed
	}
	var att Attachment
	found := false
	if _, lookup, ok := c.local(tok.Attr[src].Val); ok {
		if file, up := uploadFile(lookup); up {
			att, found = c.Attachments.ByFile(file)
		}
	}
	if !found {
		if m := reWPImage.FindStringSubmatch(class); m != nil {
			id, _ := strconv.ParseInt(m[1], 10, 64)
			att, found = c.Attachments.ByID(id)
		}
	}
	found = found && att.imported()
	if found && att.URL != tok.Attr[src].Val {
		tok.Attr[src].Val = att.URL
		changed = true
	}
	if found && !sized && att.Width > 0 && att.Height > 0 {
		// The page reserves the image's room before it loads.
		tok.Attr = append(tok.Attr, xhtml.Attribute{Key: "width", Val: strconv.Itoa(att.Width)},
			xhtml.Attribute{Key: "height", Val: strconv.Itoa(att.Height)})
		changed = true
	}
	return changed
}

// mediaLink consumes an embedded frame, video, audio or plugin element
// and returns a link to what it showed, or nothing when it names no URL.
func (c *Converter) mediaLink(z *xhtml.Tokenizer, tok xhtml.Token, selfClosing bool) string {
	u := attr(tok, "src")
	if u == "" {
		u = attr(tok, "data")
	}
	if tok.Data != "embed" && !selfClosing {
		depth := 1
		for depth > 0 {
			tt := z.Next()
			if tt == xhtml.ErrorToken {
				break
			}
			t := z.Token()
			switch {
			case tt == xhtml.StartTagToken && t.Data == tok.Data:
				depth++
			case tt == xhtml.EndTagToken && t.Data == tok.Data:
				depth--
			case (tt == xhtml.StartTagToken || tt == xhtml.SelfClosingTagToken) && t.Data == "source" && u == "":
				u = attr(t, "src")
			}
		}
	}
	if u == "" {
		return ""
	}
	u = watchURL(u)
	if attrURL, lookup, ok := c.local(u); ok {
		if file, up := uploadFile(lookup); up {
			if att, found := c.Attachments.ByFile(file); found && att.imported() {
				u = att.URL
			}
		} else {
			u = attrURL
		}
	}
	return `<a href="` + html.EscapeString(u) + `">` + html.EscapeString(u) + `</a>`
}

func attr(t xhtml.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

var reYouTubeEmbed = regexp.MustCompile(`^(?:https?:)?//(?:www\.)?youtube(?:-nocookie)?\.com/embed/([\w-]+)`)

// watchURL turns a YouTube player address into the video's page.
func watchURL(u string) string {
	if m := reYouTubeEmbed.FindStringSubmatch(u); m != nil {
		return "https://www.youtube.com/watch?v=" + m[1]
	}
	if strings.HasPrefix(u, "//") {
		return "https:" + u
	}
	return u
}

// targets resolves links (site paths, perhaps with a fragment) to Warta
// URLs with resolve, keeping their fragments, and returns those that
// stayed unknown.
func targets(links []string, resolve func([]string) map[string]string) (map[string]string, []string) {
	if len(links) == 0 {
		return nil, nil
	}
	bare := make([]string, 0, len(links))
	for _, l := range links {
		p, _, _ := strings.Cut(l, "#")
		bare = append(bare, p)
	}
	found := resolve(bare)
	out := make(map[string]string, len(links))
	var unresolved []string
	for _, l := range links {
		p, frag, _ := strings.Cut(l, "#")
		t, ok := found[p]
		if !ok {
			unresolved = append(unresolved, l)
			continue
		}
		if frag != "" {
			t += "#" + frag
		}
		if t != l {
			out[l] = t
		}
	}
	return out, unresolved
}
