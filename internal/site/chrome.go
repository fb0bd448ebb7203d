package site

import (
	"context"
	"errors"
	"sync"

	"warta/internal/content"
	"warta/internal/seo"
	"warta/internal/setting"
	"warta/internal/store"
	"warta/internal/view"
)

// chrome is what every page shows around its content and what its links
// are built with: the settings, the category navigation and the footer's
// static pages. It is read from the database once and kept until Forget;
// its fields are never changed after load (request copies what it marks).
type chrome struct {
	settings setting.Site
	urls     seo.URLs
	site     view.Site
	rules    sync.Map // comment rules page slug → its path, "" when not a published page
}

// chromeCache holds the current chrome. gen counts Forget calls, so that
// a load begun before a change is not kept after it.
type chromeCache struct {
	mu  sync.Mutex
	cur *chrome
	gen uint64
}

// Forget drops the site's copy of its settings, navigation and footer; the
// next page reads them again. Call it with every purge of the page cache
// (each write that changes them purges pages: settings and static pages
// purge every page, terms at least their own): cmd/warta does so for
// this process's writes and for those the purge bus brings from others.
func (s *Site) Forget() {
	s.chrome.mu.Lock()
	s.chrome.cur = nil
	s.chrome.gen++
	s.chrome.mu.Unlock()
}

// loadChrome returns the chrome, reading it when it is not held.
func (s *Site) loadChrome(ctx context.Context) (*chrome, error) {
	s.chrome.mu.Lock()
	c, gen := s.chrome.cur, s.chrome.gen
	s.chrome.mu.Unlock()
	if c != nil {
		return c, nil
	}
	c, err := s.readChrome(ctx)
	if err != nil {
		return nil, err
	}
	s.chrome.mu.Lock()
	if s.chrome.gen == gen {
		s.chrome.cur = c
	}
	s.chrome.mu.Unlock()
	return c, nil
}

// readChrome reads the settings, the top-level categories and up to 20
// published static pages.
func (s *Site) readChrome(ctx context.Context) (*chrome, error) {
	st, err := setting.Load(ctx, s.Content.DB())
	if err != nil {
		return nil, err
	}
	c := &chrome{settings: st, urls: st.URLs(s.Location), site: view.Site{
		Title: st.Title, Tagline: st.Tagline, BaseURL: s.BaseURL, Lang: s.Lang,
	}}
	cats, err := s.Content.Terms(ctx, content.Category)
	if err != nil {
		return nil, err
	}
	for _, t := range cats {
		if t.ParentID == 0 {
			c.site.Nav = append(c.site.Nav, view.Link{Title: t.Name, URL: seo.TermPath(&t)})
		}
	}
	pages, _, err := s.Content.List(ctx, content.ListQuery{Type: content.TypePage, Limit: 20})
	if err != nil {
		return nil, err
	}
	for _, p := range pages {
		c.site.FooterLinks = append(c.site.FooterLinks, view.Link{Title: p.Title, URL: "/" + p.Slug + "/"})
	}
	return c, nil
}

// rulesURL is the path of the comment rules page, or "" when it is not
// a published page. Pages are chrome: the answer is kept with it.
func (s *Site) rulesURL(ctx context.Context, c *chrome, slug string) string {
	if slug == "" {
		return ""
	}
	if v, ok := c.rules.Load(slug); ok {
		return v.(string)
	}
	p, err := s.Content.BySlug(ctx, content.TypePage, slug)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.Log.Error("comment rules page lookup failed", "err", err)
		return "" // not kept: the next page asks again
	}
	url := ""
	if err == nil && p.IsPublic() {
		url = "/" + p.Slug + "/"
	}
	c.rules.Store(slug, url)
	return url
}
