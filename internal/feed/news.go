package feed

import (
	"bytes"
	"net/http"
	"time"

	"warta/internal/content"
)

// News sitemap rules (Google): articles of the last two days, at most
// 1,000 of them.
const (
	newsWindow = 48 * time.Hour
	newsMax    = 1000
	newsNS     = "http://www.google.com/schemas/sitemap-news/0.9"
)

// newsSitemap lists the articles published in the last two days. It
// carries no surrogate key, so the page cache does not keep it: its
// content changes as time passes, with no write to purge it. It is a
// thousand rows at most, read through the listing index.
func (f *Feeds) newsSitemap(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	rq, err := f.begin(ctx)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	x := xmlWriter{&b}
	x.header()
	x.block("urlset", "xmlns", sitemapNS, "xmlns:news", newsNS)
	var newest time.Time
	q := content.StreamQuery{Since: f.Now().Add(-newsWindow), Limit: newsMax, Light: true}
	err = f.Content.EachPublished(ctx, q, func(p *content.Post) error {
		mod := postModified(p)
		newest = later(newest, mod)
		x.block("url")
		x.elem("loc", f.BaseURL+rq.urls.Post(p))
		x.elem("lastmod", rfc3339(mod.In(f.Location)))
		x.block("news:news")
		x.block("news:publication")
		x.elem("news:name", rq.settings.Title)
		x.elem("news:language", string(f.Lang))
		x.end("news:publication")
		x.elem("news:publication_date", rfc3339(p.Published.In(f.Location)))
		x.elem("news:title", p.Title)
		x.end("news:news")
		x.end("url")
		return nil
	})
	if err != nil {
		return err
	}
	x.end("urlset")
	return respond(w, r, sitemapCT, b.Bytes(), newest)
}
