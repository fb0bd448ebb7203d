package feed

import (
	"bytes"
	"strconv"
)

// rssWriter writes RSS 2.0 with the content, Dublin Core, Atom (for the
// self link) and Media RSS extensions.
type rssWriter struct{}

func (rssWriter) contentType() string { return "application/rss+xml; charset=utf-8" }

func (rssWriter) head(b *bytes.Buffer, ch *channel) error {
	x := xmlWriter{b}
	x.header()
	x.block("rss", "version", "2.0",
		"xmlns:atom", "http://www.w3.org/2005/Atom",
		"xmlns:content", "http://purl.org/rss/1.0/modules/content/",
		"xmlns:dc", "http://purl.org/dc/elements/1.1/",
		"xmlns:media", "http://search.yahoo.com/mrss/")
	x.block("channel")
	x.elem("title", ch.Title)
	x.elem("link", ch.Link)
	x.elem("description", ch.Description)
	x.empty("atom:link", "href", ch.Self, "rel", "self", "type", "application/rss+xml")
	x.elem("language", ch.Lang)
	x.elem("lastBuildDate", rfc822(ch.Updated))
	x.elem("generator", "Warta")
	if ch.Logo != "" {
		x.block("image")
		x.elem("url", ch.Logo)
		x.elem("title", ch.Title)
		x.elem("link", ch.Link)
		x.end("image")
	}
	return nil
}

func (rssWriter) item(b *bytes.Buffer, it *item, _ bool) error {
	x := xmlWriter{b}
	x.block("item")
	x.elem("title", it.Title)
	x.elem("link", it.URL)
	x.elem("guid", it.ID, "isPermaLink", "false")
	x.elem("pubDate", rfc822(it.Published))
	if it.Author.Name != "" {
		x.elem("dc:creator", it.Author.Name)
	}
	for _, c := range it.Categories {
		x.elem("category", c)
	}
	x.elem("description", it.Summary)
	if it.Content != "" {
		x.elem("content:encoded", it.Content)
	}
	if img := it.Image; img != nil {
		// Length 0 is the RSS Best Practices Profile's value for a size
		// that is not known.
		x.empty("enclosure", "url", img.URL, "length", "0", "type", img.Type)
		x.empty("media:content", "url", img.URL, "medium", "image", "type", img.Type,
			"width", positive(img.Width), "height", positive(img.Height))
	}
	x.end("item")
	return nil
}

func (rssWriter) foot(b *bytes.Buffer, _ *channel) {
	x := xmlWriter{b}
	x.end("channel")
	x.end("rss")
}

// positive formats n, or "" (attribute left out) when it is not above 0.
func positive(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
