package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"warta/internal/cache"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/seo"
	"warta/internal/setting"
	"warta/internal/store"
)

// Items is how many entries a feed carries.
const Items = 20

// KeyComments tags the comment feeds: whatever publishes, edits or removes
// a comment purges it (with content.KeyPost of the comment's post).
const KeyComments = "comments"

// Deps is what feeds and sitemaps need.
type Deps struct {
	Content  *content.Service
	Comments CommentSource // nil: comment feed URLs answer 404
	Lang     i18n.Lang
	BaseURL  string // absolute, without a trailing slash
	Location *time.Location
	// Logo is the site's square logo (absolute URL or site path) for feed
	// images; empty for none.
	Logo string
	Log  *slog.Logger
	Now  func() time.Time // clock for the news sitemap's two days; time.Now by default
	// SitemapSize is how many ids one child sitemap covers (2,000 when
	// zero); below 50,000 so that no child passes the protocol's limit.
	SitemapSize int
}

// Feeds serves feeds, sitemaps and robots.txt. It is safe for concurrent use.
type Feeds struct {
	Deps
}

// New returns the feeds of a site.
func New(d Deps) *Feeds {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	if d.Location == nil {
		d.Location = time.UTC
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.SitemapSize <= 0 || d.SitemapSize >= maxSitemapURLs { // the first pages sitemap adds the home page
		d.SitemapSize = defaultSitemapSize
	}
	d.BaseURL = strings.TrimSuffix(d.BaseURL, "/")
	d.Logo = absURL(d.BaseURL, d.Logo)
	return &Feeds{Deps: d}
}

// Routes registers every feed, sitemap and robots.txt on mux. The feed
// patterns are more specific than the site's archive patterns
// ("/category/{path...}"), so ServeMux gives them precedence. Article
// comment feeds ({permalink}feed/) are reached through PostComments.
func (f *Feeds) Routes(mux *http.ServeMux) {
	for _, fm := range []Format{RSS, Atom, JSON} {
		s := fm.suffix()
		mux.Handle("GET /feed/"+s+"{$}", f.handle(f.siteFeed(fm)))
		mux.Handle("GET /category/{slug}/feed/"+s+"{$}", f.handle(f.termFeed(content.Category, fm)))
		mux.Handle("GET /tag/{slug}/feed/"+s+"{$}", f.handle(f.termFeed(content.Tag, fm)))
		mux.Handle("GET /author/{slug}/feed/"+s+"{$}", f.handle(f.authorFeed(fm)))
		mux.Handle("GET /comments/feed/"+s+"{$}", f.handle(f.siteComments(fm)))
	}
	for _, old := range []string{"rss/", "rss2/"} { // WordPress aliases
		mux.Handle("GET /feed/"+old+"{$}", http.RedirectHandler("/feed/", http.StatusMovedPermanently))
	}
	mux.Handle("GET /sitemap.xml", f.handle(f.sitemapIndex))
	for _, k := range sitemapKinds() {
		mux.Handle("GET /sitemap-"+k.name+".xml", f.handle(f.sitemap(k)))
	}
	mux.Handle("GET /sitemap-news.xml", f.handle(f.newsSitemap))
	mux.Handle("GET /robots.txt", f.handle(f.robots))
}

// request is what one response knows: the settings and how URLs look.
type request struct {
	settings setting.Site
	urls     seo.URLs
	base     string
	loc      *time.Location
	lang     i18n.Lang
}

func (f *Feeds) begin(ctx context.Context) (*request, error) {
	st, err := setting.Load(ctx, f.Content.DB())
	if err != nil {
		return nil, err
	}
	return &request{settings: st, urls: st.URLs(f.Location), base: f.BaseURL, loc: f.Location, lang: f.Lang}, nil
}

// errNotFound answers 404.
var errNotFound = fmt.Errorf("feed: %w", store.ErrNotFound)

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts a handler returning an error: not found is a plain 404
// (feed readers and crawlers read the status, not a page), anything else a
// logged 500 that shows no cause.
func (f *Feeds) handle(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		switch {
		case err == nil, errors.Is(err, context.Canceled):
		case errors.Is(err, store.ErrNotFound):
			http.Error(w, "404 not found", http.StatusNotFound)
		default:
			f.Log.Error("feed failed", "path", r.URL.Path, "err", err)
			w.Header().Set("Cache-Control", "no-store")
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		}
	})
}

// respond sends a finished document tagged with surrogate keys, with an
// ETag of its bytes and Last-Modified at mod (left out when zero), and
// answers conditional requests with 304. Behind the page cache the
// conditional headers never reach here and the cache answers them;
// without it (signed-in readers) this does.
func respond(w http.ResponseWriter, r *http.Request, ctype string, body []byte, mod time.Time, keys ...string) error {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("X-Robots-Tag", "noindex, follow")
	if len(keys) > 0 {
		h.Set(cache.KeyHeader, strings.Join(keys, " "))
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	h.Set("ETag", etag)
	if !mod.IsZero() {
		h.Set("Last-Modified", mod.UTC().Format(http.TimeFormat))
	}
	if notModified(r, etag, mod) {
		h.Del("Content-Type")
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	_, err := w.Write(body)
	return err
}

// notModified applies If-None-Match (weak comparison) and, only when it is
// absent, If-Modified-Since.
func notModified(r *http.Request, etag string, mod time.Time) bool {
	if inm := r.Header.Values("If-None-Match"); len(inm) > 0 {
		for _, v := range inm {
			for _, tag := range strings.Split(v, ",") {
				tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
				if tag == etag || tag == "*" {
					return true
				}
			}
		}
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || mod.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !mod.Truncate(time.Second).After(t)
}
