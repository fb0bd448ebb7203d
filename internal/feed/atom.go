package feed

import "bytes"

// atomWriter writes Atom 1.0 (RFC 4287) with Media RSS for images.
type atomWriter struct{}

func (atomWriter) contentType() string { return "application/atom+xml; charset=utf-8" }

func (atomWriter) head(b *bytes.Buffer, ch *channel) error {
	x := xmlWriter{b}
	x.header()
	x.block("feed", "xmlns", "http://www.w3.org/2005/Atom", "xmlns:media", "http://search.yahoo.com/mrss/", "xml:lang", ch.Lang)
	x.elem("id", ch.Self)
	x.elem("title", ch.Title, "type", "text")
	if ch.Description != "" {
		x.elem("subtitle", ch.Description, "type", "text")
	}
	x.elem("updated", rfc3339(ch.Updated))
	x.empty("link", "rel", "alternate", "type", "text/html", "href", ch.Link)
	x.empty("link", "rel", "self", "type", "application/atom+xml", "href", ch.Self)
	x.elem("generator", "Warta")
	if ch.Logo != "" {
		x.elem("logo", ch.Logo)
	}
	// Entries without an author of their own take the feed's.
	x.block("author")
	x.elem("name", ch.Title)
	x.end("author")
	return nil
}

func (atomWriter) item(b *bytes.Buffer, it *item, _ bool) error {
	x := xmlWriter{b}
	x.block("entry")
	x.elem("id", it.ID)
	x.elem("title", it.Title, "type", "text")
	x.empty("link", "rel", "alternate", "type", "text/html", "href", it.URL)
	x.elem("published", rfc3339(it.Published))
	x.elem("updated", rfc3339(it.Updated))
	if it.Author.Name != "" {
		x.block("author")
		x.elem("name", it.Author.Name)
		if it.Author.URL != "" {
			x.elem("uri", it.Author.URL)
		}
		x.end("author")
	}
	for _, c := range it.Categories {
		x.empty("category", "term", c)
	}
	if it.Summary != "" {
		x.elem("summary", it.Summary, "type", "text")
	}
	if it.Content != "" {
		x.elem("content", it.Content, "type", "html")
	}
	if img := it.Image; img != nil {
		x.empty("link", "rel", "enclosure", "type", img.Type, "href", img.URL)
		x.empty("media:content", "url", img.URL, "medium", "image", "type", img.Type,
			"width", positive(img.Width), "height", positive(img.Height))
	}
	x.end("entry")
	return nil
}

func (atomWriter) foot(b *bytes.Buffer, _ *channel) { xmlWriter{b}.end("feed") }
