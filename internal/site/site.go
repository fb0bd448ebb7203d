package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"warta/internal/cache"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/search"
	"warta/internal/seo"
	"warta/internal/setting"
	"warta/internal/store"
	"warta/internal/view"
)

// perPage is the number of posts on a list page.
const perPage = 10

// Deps is what the public site needs.
type Deps struct {
	Content  *content.Service
	View     *view.Engine
	Lang     i18n.Lang
	BaseURL  string
	Location *time.Location
	Log      *slog.Logger
	// PostFeed serves {permalink}feed/ and its variants (the comment feed
	// of one post); nil leaves those paths 404.
	PostFeed http.Handler
	// Comments runs the comment sections; nil shows none.
	Comments *comment.Service
	// Search answers /search and fills related posts; nil leaves /search
	// 404 and articles without related posts.
	Search *search.Index
}

// Site is the public site's handlers.
type Site struct {
	Deps
	chrome chromeCache
}

// New returns the public site.
func New(d Deps) *Site {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	if d.Location == nil {
		d.Location = time.UTC
	}
	return &Site{Deps: d}
}

// request is what one page render knows: settings and the shared chrome.
type request struct {
	ctx      context.Context // the request's, for work done while converting
	chrome   *chrome
	settings setting.Site
	urls     seo.URLs
	site     view.Site
}

// begin starts a page with the settings, navigation and footer that every
// page shows (see chrome.go).
func (s *Site) begin(ctx context.Context) (*request, error) {
	c, err := s.loadChrome(ctx)
	if err != nil {
		return nil, err
	}
	return &request{ctx: ctx, chrome: c, settings: c.settings, urls: c.urls, site: c.site}, nil
}

// page starts a view.Page for a path.
func (rq *request) page(title, description, path string) view.Page {
	full := rq.site.Title
	if title != "" {
		full = title + " – " + rq.site.Title
	}
	return view.Page{Site: rq.site, Title: full, Description: description, Canonical: seo.Absolute(rq.site.BaseURL, path), Meta: rq.baseMeta()}
}

// markCurrent flags the navigation entry of path, on a copy: the chrome's
// navigation is shared by every request.
func (rq *request) markCurrent(path string) {
	rq.site.Nav = slices.Clone(rq.site.Nav)
	for i := range rq.site.Nav {
		rq.site.Nav[i].Current = rq.site.Nav[i].URL == path
	}
}

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts a handler returning an error.
func (s *Site) handle(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		if errors.Is(err, store.ErrNotFound) {
			s.notFound(w, r)
			return
		}
		if errors.Is(err, context.Canceled) {
			return
		}
		s.Log.Error("page failed", "path", r.URL.Path, "err", err)
		s.renderError(w, r)
	})
}

// renderBufs hold rendered pages until they are written: a page is tens of
// kilobytes, which a new buffer would reach by growing several times.
var renderBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// render writes a page with status 200 and the surrogate keys that purge it.
func (s *Site) render(w http.ResponseWriter, name string, p view.Page, keys ...string) error {
	buf := renderBufs.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 1<<20 {
			buf.Reset()
			renderBufs.Put(buf)
		}
	}()
	if err := s.View.Render(buf, name, p); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if len(keys) > 0 {
		h.Set(cache.KeyHeader, strings.Join(keys, " "))
	}
	_, err := buf.WriteTo(w)
	return err
}

func (s *Site) notFound(w http.ResponseWriter, r *http.Request) {
	rq, err := s.begin(r.Context())
	var buf bytes.Buffer
	if err == nil {
		p := rq.page(i18n.T(s.Lang, "Halaman tidak ditemukan"), "", r.URL.Path)
		p.NoIndex = true
		err = s.View.Render(&buf, "notfound", p)
	}
	if err != nil {
		s.Log.Error("404 page failed", "err", err)
		http.Error(w, i18n.T(s.Lang, "Halaman tidak ditemukan"), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	buf.WriteTo(w)
}

func (s *Site) renderError(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	p := view.Page{Site: view.Site{Title: "Warta", BaseURL: s.BaseURL, Lang: s.Lang}, NoIndex: true}
	if err := s.View.Render(&buf, "error", p); err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	buf.WriteTo(w)
}

// notFoundErr is returned by handlers for pages that do not exist.
func notFoundErr(what string) error { return fmt.Errorf("site: %s: %w", what, store.ErrNotFound) }
