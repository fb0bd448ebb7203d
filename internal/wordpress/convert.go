package wordpress

import (
	"fmt"
	"html"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// Attachment is an imported WordPress attachment as content refers to it.
type Attachment struct {
	WPID     int64
	Parent   int64 // the WordPress post it was uploaded to
	Position int   // menu order among the parent's attachments
	File     string
	URL      string // Warta media URL, or the original URL if the file was missing
	Alt      string
	Caption  string
	Width    int
	Height   int
}

// imported reports whether the attachment's file is in Warta's media
// library (else its URL is the old site's).
func (a Attachment) imported() bool { return strings.HasPrefix(a.URL, "/media/") }

// figure is the attachment as a gallery entry.
func (a Attachment) figure() string {
	var b strings.Builder
	b.WriteString(`<figure><img src="` + html.EscapeString(a.URL) + `" alt="` + html.EscapeString(a.Alt) + `"`)
	if a.Width > 0 && a.Height > 0 {
		fmt.Fprintf(&b, ` width="%d" height="%d"`, a.Width, a.Height)
	}
	b.WriteString(">")
	if a.Caption != "" {
		b.WriteString("<figcaption>" + html.EscapeString(a.Caption) + "</figcaption>")
	}
	b.WriteString("</figure>")
	return b.String()
}

// Attachments finds imported attachments for galleries, images and
// featured images.
type Attachments interface {
	// ByID returns the attachment with WordPress id id.
	ByID(id int64) (Attachment, bool)
	// ByFile returns the attachment whose file under wp-content/uploads is
	// file, or whose resized copy it is ("foto-300x200.jpg" is "foto.jpg").
	ByFile(file string) (Attachment, bool)
	// Children lists the attachments uploaded to post parent.
	Children(parent int64) []Attachment
}

// Converter turns WordPress post content into HTML for Warta. It is safe
// for concurrent use if its Attachments are.
type Converter struct {
	// Hosts are the old site's host names; links to them are internal.
	Hosts       []string
	Attachments Attachments
}

// Converted is a post body ready for Warta's sanitiser.
type Converted struct {
	HTML       string
	Shortcodes []string // unknown shortcodes left as text
	Blocks     []string // dynamic blocks dropped
	Links      []string // internal links, made old site paths, to resolve
}

// Convert converts the content of WordPress post post: block comments
// removed (block content), or wpautop's paragraphs and line breaks made
// (classic content); shortcodes converted; old-site links made site
// paths and upload URLs media URLs; embedded frames and media made links.
func (c *Converter) Convert(content string, post int64) Converted {
	var out Converted
	text := strings.ReplaceAll(content, "\r\n", "\n")
	if hasBlocks(text) {
		text, out.Blocks = convertBlocks(text)
		text = c.doShortcodes(text, post)
	} else {
		if strings.Contains(text, "http") {
			text = autoEmbed(text)
		}
		text = c.doShortcodes(text, post)
		text = Autop(text)
	}
	out.Shortcodes = unknownShortcodes(text)
	out.HTML, out.Links = c.rewrite(text)
	return out
}

// autoEmbed is WordPress's autoembed for classic content: a URL alone on
// its line becomes an embedded player there; here it becomes a link.
func autoEmbed(text string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		k := strings.Index(text[i:], "http")
		if k < 0 {
			break
		}
		at := i + k
		start := strings.LastIndexByte(text[:at], '\n') + 1
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		i = end
		if end == len(text) {
			i = len(text)
		}
		line := strings.Trim(text[start:end], " \t\r")
		if (!strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://")) || strings.ContainsAny(line, " \t<>\"") || start < last {
			continue
		}
		b.WriteString(text[last:start])
		b.WriteString("<p>" + mediaAnchor(line, "") + "</p>")
		last = end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// local reports whether raw points at the old site, and returns it as a
// site path with query and fragment (escaped, for an attribute) and as
// the decoded path with query (for lookups).
func (c *Converter) local(raw string) (attr, lookup string, ok bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.HasPrefix(raw, "#") {
		return "", "", false
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return "", "", false
	}
	if u.Host == "" && !strings.HasPrefix(u.Path, "/") {
		return "", "", false // relative to the page: leave it
	}
	if u.Host != "" && !c.oldHost(u.Hostname()) {
		return "", "", false
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	attr = p
	lookup = u.Path
	if lookup == "" {
		lookup = "/"
	}
	if u.RawQuery != "" {
		attr += "?" + u.RawQuery
		lookup += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		attr += "#" + u.EscapedFragment()
	}
	return attr, lookup, true
}

func (c *Converter) oldHost(h string) bool {
	h = strings.TrimPrefix(strings.ToLower(h), "www.")
	for _, o := range c.Hosts {
		if strings.TrimPrefix(o, "www.") == h {
			return true
		}
	}
	return false
}

// uploadFile returns the path under wp-content/uploads of a decoded site
// path, if it is one.
func uploadFile(p string) (string, bool) {
	p, _, _ = strings.Cut(p, "?")
	const marker = "/wp-content/uploads/"
	i := strings.Index(p, marker)
	if i < 0 {
		return "", false
	}
	return path.Clean(p[i+len(marker):]), true
}

var reSizeSuffix = regexp.MustCompile(`-(?:\d+x\d+|scaled|rotated)(\.[A-Za-z0-9]+)$`)

// baseFile is the original upload of a resized copy: WordPress names
// them "name-300x200.jpg" (and "name-scaled.jpg" for big images).
func baseFile(file string) string {
	return reSizeSuffix.ReplaceAllString(file, "$1")
}
