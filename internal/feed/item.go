package feed

import (
	"html/template"
	"mime"
	"path"
	"strconv"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/sanitize"
	"warta/internal/seo"
)

// channel is what a feed says about itself.
type channel struct {
	Title, Description string
	Link               string // the HTML page the feed follows, absolute
	Self               string // the feed's own URL, absolute
	Lang               string
	Logo               string    // absolute; may be empty
	Updated            time.Time // newest item change; set by build
}

// item is one entry of a feed, whatever its format.
type item struct {
	ID         string // GUID: stays the same when the post is edited or renamed
	Title      string
	URL        string // absolute
	Summary    string // plain text
	Content    string // HTML with absolute URLs; empty for summary feeds
	Published  time.Time
	Updated    time.Time
	Author     person
	Categories []string
	Image      *picture // featured image; nil for none
}

// person is an item's author.
type person struct{ Name, URL string }

// picture is a featured image with its MIME type.
type picture struct {
	URL, Type, Alt string
	Width, Height  int
}

// guid is the identifier of post id: WordPress's "?p=ID" URL, which no
// edit of title, slug or date changes.
func guid(base string, id int64) string {
	return base + "/?p=" + strconv.FormatInt(id, 10)
}

// absURL makes a site path absolute; other URLs are returned as they are.
func absURL(base, u string) string {
	if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") {
		return base + u
	}
	return u
}

// absolutize rewrites the site-relative href and src attributes of
// sanitised HTML to absolute URLs, because a feed is read away from the
// site. The sanitiser's output double-quotes every attribute and writes a
// quote in text as &#34;, so ` href="` only ever starts an attribute.
func absolutize(html, base string) string {
	for _, attr := range []string{` href="/`, ` src="/`} {
		if !strings.Contains(html, attr) {
			continue
		}
		var b strings.Builder
		rest := html
		for {
			i := strings.Index(rest, attr)
			if i < 0 {
				break
			}
			j := i + len(attr)
			b.WriteString(rest[:j-1])
			if !strings.HasPrefix(rest[j:], "/") { // "//host" stays
				b.WriteString(base)
			}
			b.WriteByte('/')
			rest = rest[j:]
		}
		b.WriteString(rest)
		html = b.String()
	}
	return html
}

// imageType guesses an image's MIME type from its URL's extension.
func imageType(u string) string {
	p := u
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	if t := mime.TypeByExtension(strings.ToLower(path.Ext(p))); strings.HasPrefix(t, "image/") {
		return t
	}
	return "application/octet-stream"
}

// postItem turns a post into an item for request rq.
func (rq *request) postItem(p *content.Post) *item {
	base := rq.base
	it := &item{
		ID:        guid(base, p.ID),
		Title:     p.Title,
		URL:       base + rq.urls.Post(p),
		Summary:   p.Summary(rq.settings.ExcerptWords),
		Published: p.Published.In(rq.loc),
		Updated:   p.Updated.In(rq.loc),
	}
	if it.Updated.Before(it.Published) {
		it.Updated = it.Published
	}
	if p.Author.ID != 0 {
		it.Author = person{Name: p.Author.Name, URL: base + seo.AuthorPath(&p.Author)}
	}
	for _, t := range p.Categories {
		it.Categories = append(it.Categories, t.Name)
	}
	for _, t := range p.Tags {
		it.Categories = append(it.Categories, t.Name)
	}
	if p.Sponsored {
		label := i18n.T(rq.lang, "Advertorial")
		it.Title = "[" + label + "] " + it.Title
		it.Categories = append(it.Categories, label)
	}
	if p.Retraction != "" {
		it.Summary = i18n.T(rq.lang, "Artikel ini telah dicabut") + ": " + p.Retraction
		it.Content = "<p>" + template.HTMLEscapeString(it.Summary) + "</p>"
	} else if !rq.settings.FeedExcerpt {
		body := string(sanitize.HTML(p.Body))
		if p.Lead != "" {
			body = "<p><strong>" + template.HTMLEscapeString(p.Lead) + "</strong></p>\n" + body
		}
		it.Content = absolutize(body, base)
	}
	if p.Image.URL != "" {
		u := absURL(base, p.Image.URL)
		it.Image = &picture{URL: u, Type: imageType(u), Alt: p.Image.Alt, Width: p.Image.Width, Height: p.Image.Height}
	}
	return it
}
