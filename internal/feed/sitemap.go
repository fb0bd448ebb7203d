package feed

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"time"

	"warta/internal/content"
	"warta/internal/seo"
)

// Sitemap limits: the protocol allows 50,000 URLs (and 50 MB) per file;
// smaller files render faster on a cache miss: SQLite reads each row's
// lastmod past its body, some 20 µs a post. 2,000 is WordPress's size.
const (
	maxSitemapURLs     = 50000
	defaultSitemapSize = 2000
	maxSitemapPage     = 1000000
)

const (
	sitemapNS  = "http://www.sitemaps.org/schemas/sitemap/0.9"
	sitemapCT  = "application/xml; charset=utf-8"
	sitemapURL = "/sitemap-"
)

// sitemapKind is one family of child sitemaps, split by id ranges.
type sitemapKind struct {
	name   string // in the URL: /sitemap-{name}.xml
	ranges func(f *Feeds, ctx context.Context, size int) ([]content.IDRange, error)
	// each yields the URLs of ids from..to with their last change.
	each func(f *Feeds, ctx context.Context, rq *request, from, to int64, yield func(path string, mod time.Time) error) error
}

func sitemapKinds() []sitemapKind {
	return []sitemapKind{
		{"posts", postRanges(content.TypePost), eachPost(content.TypePost)},
		{"pages", postRanges(content.TypePage), eachPost(content.TypePage)},
		{"categories", termRanges(content.Category), eachTerm(content.Category)},
		{"tags", termRanges(content.Tag), eachTerm(content.Tag)},
		{"authors", func(f *Feeds, ctx context.Context, size int) ([]content.IDRange, error) {
			return f.Content.AuthorRanges(ctx, size)
		}, eachAuthor},
	}
}

func postRanges(typ content.Type) func(*Feeds, context.Context, int) ([]content.IDRange, error) {
	return func(f *Feeds, ctx context.Context, size int) ([]content.IDRange, error) {
		return f.Content.PublishedRanges(ctx, typ, size)
	}
}

// termRanges lists every category, even one whose articles are all in its
// subcategories, but only tags that list an article.
func termRanges(taxonomy string) func(*Feeds, context.Context, int) ([]content.IDRange, error) {
	return func(f *Feeds, ctx context.Context, size int) ([]content.IDRange, error) {
		return f.Content.TermRanges(ctx, taxonomy, size, taxonomy == content.Category)
	}
}

func eachPost(typ content.Type) func(*Feeds, context.Context, *request, int64, int64, func(string, time.Time) error) error {
	return func(f *Feeds, ctx context.Context, rq *request, from, to int64, yield func(string, time.Time) error) error {
		q := content.StreamQuery{Type: typ, IDFrom: from, IDTo: to, Light: true}
		return f.Content.EachPublished(ctx, q, func(p *content.Post) error {
			return yield(rq.urls.Post(p), postModified(p))
		})
	}
}

func eachTerm(taxonomy string) func(*Feeds, context.Context, *request, int64, int64, func(string, time.Time) error) error {
	return func(f *Feeds, ctx context.Context, _ *request, from, to int64, yield func(string, time.Time) error) error {
		return f.Content.EachListedTerm(ctx, taxonomy, from, to, taxonomy == content.Category, func(t *content.Term, mod time.Time) error {
			return yield(seo.TermPath(t), mod)
		})
	}
}

func eachAuthor(f *Feeds, ctx context.Context, _ *request, from, to int64, yield func(string, time.Time) error) error {
	return f.Content.EachListedAuthor(ctx, from, to, func(a *content.Author, mod time.Time) error {
		return yield(seo.AuthorPath(a), mod)
	})
}

// postModified is the last change of a post: its last save, or its
// publication when that came later (a scheduled post).
func postModified(p *content.Post) time.Time {
	if p.Published.After(p.Updated) {
		return p.Published
	}
	return p.Updated
}

// sitemapPath is the URL path of child n of a kind; the first has no query.
func sitemapPath(kind string, n int) string {
	p := sitemapURL + kind + ".xml"
	if n > 1 {
		p += "?page=" + strconv.Itoa(n)
	}
	return p
}

// sitemapIndex lists every non-empty child sitemap and the news sitemap.
// Children of posts and pages carry no lastmod: the newest edit in an id
// range would mean reading every row of the archive, which SQLite stores
// after the long body; their URLs carry their own lastmod.
func (f *Feeds) sitemapIndex(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	var b bytes.Buffer
	x := xmlWriter{&b}
	x.header()
	x.block("sitemapindex", "xmlns", sitemapNS)
	var newest time.Time
	entry := func(path string, mod time.Time) {
		x.block("sitemap")
		x.elem("loc", f.BaseURL+path)
		if !mod.IsZero() {
			x.elem("lastmod", rfc3339(mod.In(f.Location)))
			newest = later(newest, mod)
		}
		x.end("sitemap")
	}
	for _, k := range sitemapKinds() {
		rs, err := k.ranges(f, ctx, f.SitemapSize)
		if err != nil {
			return err
		}
		if k.name == "pages" && (len(rs) == 0 || rs[0].N != 1) { // page 1 always lists the home page
			rs = append([]content.IDRange{{N: 1}}, rs...)
		}
		for _, rg := range rs {
			entry(sitemapPath(k.name, rg.N), rg.LastMod)
		}
	}
	entry("/sitemap-news.xml", time.Time{})
	x.end("sitemapindex")
	return respond(w, r, sitemapCT, b.Bytes(), newest, content.KeySitemap)
}

// sitemap serves the children of one kind: ?page=N picks the id range.
func (f *Feeds) sitemap(k sitemapKind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		n, ok := pageParam(r)
		if !ok {
			return errNotFound
		}
		if n == 1 && r.URL.Query().Has("page") {
			http.Redirect(w, r, sitemapPath(k.name, 1), http.StatusMovedPermanently)
			return nil
		}
		ctx := r.Context()
		rq, err := f.begin(ctx)
		if err != nil {
			return err
		}
		var b bytes.Buffer
		x := xmlWriter{&b}
		x.header()
		x.block("urlset", "xmlns", sitemapNS)
		var newest time.Time
		count := 0
		yield := func(path string, mod time.Time) error {
			x.block("url")
			x.elem("loc", f.BaseURL+path)
			if !mod.IsZero() {
				x.elem("lastmod", rfc3339(mod.In(f.Location)))
				newest = later(newest, mod)
			}
			x.end("url")
			count++
			return nil
		}
		if k.name == "pages" && n == 1 {
			if err := f.homeEntry(ctx, yield); err != nil {
				return err
			}
		}
		from, to := content.Bounds(n, f.SitemapSize)
		if err := k.each(f, ctx, rq, from, to, yield); err != nil {
			return err
		}
		if count == 0 {
			return errNotFound
		}
		x.end("urlset")
		return respond(w, r, sitemapCT, b.Bytes(), newest, content.KeySitemap)
	}
}

// homeEntry yields the home page, last changed with the newest article.
func (f *Feeds) homeEntry(ctx context.Context, yield func(string, time.Time) error) error {
	var mod time.Time
	err := f.Content.EachPublished(ctx, content.StreamQuery{Limit: 1, Light: true}, func(p *content.Post) error {
		mod = postModified(p)
		return nil
	})
	if err != nil {
		return err
	}
	return yield("/", mod)
}

// pageParam reads ?page=N: absent is 1; anything but one canonical decimal
// from 1 to maxSitemapPage is refused.
func pageParam(r *http.Request) (int, bool) {
	vals, ok := r.URL.Query()["page"]
	if !ok {
		return 1, true
	}
	if len(vals) != 1 {
		return 0, false
	}
	n, err := strconv.Atoi(vals[0])
	if err != nil || n < 1 || n > maxSitemapPage || strconv.Itoa(n) != vals[0] {
		return 0, false
	}
	return n, true
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
