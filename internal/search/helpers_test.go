package search_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/search"
	"warta/internal/store"
)

var day0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// purges records the keys an index purged.
type purges struct {
	mu   sync.Mutex
	keys []string
}

func (p *purges) Purge(_ context.Context, keys ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.keys = append(p.keys, keys...)
}

func (p *purges) has(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Contains(p.keys, key)
}

// site is a content service with an index observing it.
type site struct {
	t      *testing.T
	db     *store.DB
	posts  *content.Service
	index  *search.Index
	purged *purges
}

func newSite(t *testing.T, db *store.DB) *site {
	t.Helper()
	s := &site{t: t, db: db, purged: &purges{}}
	s.posts = content.NewService(db, content.Options{})
	s.index = search.New(db, search.Options{Purger: s.purged})
	s.posts.AddObserver(s.index)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := s.index.Close(ctx); err != nil {
			t.Errorf("close index: %v", err)
		}
	})
	return s
}

// article is a post to create.
type article struct {
	title, lead, body string
	cats, tags        []string
	days              int // published day0 + days
	status            content.Status
}

func (s *site) add(a article) *content.Post {
	s.t.Helper()
	if a.status == "" {
		a.status = content.Published
	}
	body := a.body
	if !strings.HasPrefix(body, "<") {
		body = "<p>" + body + "</p>"
	}
	p, err := s.posts.Create(context.Background(), content.Input{
		Title: a.title, Lead: a.lead, Body: body, Status: a.status, Categories: a.cats, Tags: a.tags,
		PublishAt: day0.AddDate(0, 0, a.days),
	}, 0)
	if err != nil {
		s.t.Fatalf("create %q: %v", a.title, err)
	}
	return p
}

func (s *site) search(r search.Request) *search.Results {
	s.t.Helper()
	res, err := s.index.Search(context.Background(), r)
	if err != nil {
		s.t.Fatalf("search %q: %v", r.Query, err)
	}
	return res
}

// titles returns the titles of a result page in order.
func titles(res *search.Results) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.Post.Title)
	}
	return out
}

func (s *site) flush() {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := s.index.Flush(ctx); err != nil {
		s.t.Fatalf("flush: %v", err)
	}
}

// related returns the titles of an article's related posts.
func (s *site) related(id int64) []string {
	s.t.Helper()
	posts, err := s.index.Related(context.Background(), id)
	if err != nil {
		s.t.Fatalf("related of %d: %v", id, err)
	}
	var out []string
	for _, p := range posts {
		out = append(out, p.Title)
	}
	return out
}

// fragmentsText joins fragments, marking matches as [word].
func fragmentsText(fs []search.Fragment) string {
	var b strings.Builder
	for _, f := range fs {
		if f.Match {
			b.WriteString("[" + f.Text + "]")
		} else {
			b.WriteString(f.Text)
		}
	}
	return b.String()
}
