package content_test

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// archive is a bulk-inserted site larger than one stream batch.
type archive struct {
	svc       *content.Service
	published []row // published articles
	termA     int64 // on every third article
	termB     int64 // on every fifth
	author    int64 // wrote the even ids
}

type row struct {
	id, author int64
	published  int64
	terms      []int64
}

// newArchive inserts n posts directly: mostly published articles, every
// seventh a draft and every eleventh a page; publication times repeat in
// runs of four, so that ordering must break ties by id.
func newArchive(t *testing.T, db *store.DB, n int) *archive {
	t.Helper()
	ctx := context.Background()
	a := &archive{svc: content.NewService(db, content.Options{})}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	err := db.InTx(ctx, func(tx *store.Tx) error {
		for _, u := range []string{"ayu", "bima"} {
			var id int64
			if err := tx.QueryRow(ctx, `INSERT INTO users (email, name, slug, role, created_at) VALUES (?, ?, ?, 'author', 0) RETURNING id`,
				u+"@example.invalid", u, u).Scan(&id); err != nil {
				return err
			}
			a.author = id
		}
		for _, slug := range []string{"a", "b"} {
			var id int64
			if err := tx.QueryRow(ctx, `INSERT INTO terms (taxonomy, name, slug) VALUES ('tag', ?, ?) RETURNING id`, slug, slug).Scan(&id); err != nil {
				return err
			}
			a.termA, a.termB = a.termB, id
		}
		for i := 1; i <= n; i++ {
			typ, status := "post", "published"
			switch {
			case i%11 == 0:
				typ = "page"
			case i%7 == 0:
				status = "draft"
			}
			author := a.author - 1
			if i%2 == 0 {
				author = a.author
			}
			pub := start + int64(i/4)*60
			var id int64
			err := tx.QueryRow(ctx, `INSERT INTO posts (type, status, slug, title, body, author_id, created_at, updated_at, published_at)
				VALUES (?, ?, ?, ?, '<p>isi</p>', ?, ?, ?, ?) RETURNING id`, typ, status, "p-"+itoa(int64(i)), "Berita "+itoa(int64(i)),
				author, pub, pub+int64(i%3), pub).Scan(&id)
			if err != nil {
				return err
			}
			r := row{id: id, author: author, published: pub}
			for _, tm := range []struct {
				every int
				id    int64
			}{{3, a.termA}, {5, a.termB}} {
				if i%tm.every != 0 {
					continue
				}
				var listed any
				if status == "published" {
					listed = pub
				}
				if _, err := tx.Exec(ctx, `INSERT INTO post_terms (post_id, term_id, listed_at) VALUES (?, ?, ?)`, id, tm.id, listed); err != nil {
					return err
				}
				r.terms = append(r.terms, tm.id)
			}
			if typ == "post" && status == "published" {
				a.published = append(a.published, r)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Newest first, ties by id.
	slices.SortFunc(a.published, func(x, y row) int {
		return cmp.Or(cmp.Compare(y.published, x.published), cmp.Compare(y.id, x.id))
	})
	return a
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func (a *archive) ids(keep func(row) bool) []int64 {
	var out []int64
	for _, r := range a.published {
		if keep(r) {
			out = append(out, r.id)
		}
	}
	return out
}

func streamIDs(t *testing.T, svc *content.Service, q content.StreamQuery) []int64 {
	t.Helper()
	var out []int64
	err := svc.EachPublished(context.Background(), q, func(p *content.Post) error {
		if p.Status != content.Published || p.Type != content.TypePost {
			t.Errorf("post %d is %s %s", p.ID, p.Type, p.Status)
		}
		out = append(out, p.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEachPublished(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newArchive(t, db, 1234)
		all := a.ids(func(row) bool { return true })
		since := a.published[100].published
		tests := []struct {
			name string
			q    content.StreamQuery
			want []int64
		}{
			{"all, across batches", content.StreamQuery{}, all},
			{"light", content.StreamQuery{Light: true}, all},
			{"limit", content.StreamQuery{Limit: 7}, all[:7]},
			{"limit past one batch", content.StreamQuery{Limit: 600}, all[:600]},
			{"one term", content.StreamQuery{TermIDs: []int64{a.termA}}, a.ids(func(r row) bool { return slices.Contains(r.terms, a.termA) })},
			{"two terms", content.StreamQuery{TermIDs: []int64{a.termA, a.termB}}, a.ids(func(r row) bool { return len(r.terms) > 0 })},
			{"author", content.StreamQuery{AuthorID: a.author}, a.ids(func(r row) bool { return r.author == a.author })},
			{"since", content.StreamQuery{Since: time.Unix(since, 0)}, a.ids(func(r row) bool { return r.published >= since })},
			{"ids", content.StreamQuery{IDs: []int64{all[3], all[1], 7}}, []int64{all[1], all[3]}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if got := streamIDs(t, a.svc, tt.q); !slices.Equal(got, tt.want) {
					t.Errorf("got %d posts (%v…), want %d (%v…)", len(got), head(got), len(tt.want), head(tt.want))
				}
			})
		}
		t.Run("id range", func(t *testing.T) {
			got := streamIDs(t, a.svc, content.StreamQuery{IDFrom: 101, IDTo: 900})
			want := a.ids(func(r row) bool { return r.id >= 101 && r.id <= 900 })
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %d posts, want %d in id order", len(got), len(want))
			}
		})
	})
}

func head(ids []int64) []int64 { return ids[:min(5, len(ids))] }

func TestEachPublishedDetails(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newArchive(t, db, 30)
		ctx := context.Background()
		var full, light *content.Post
		q := content.StreamQuery{TermIDs: []int64{a.termA}, Limit: 1}
		_ = a.svc.EachPublished(ctx, q, func(p *content.Post) error { full = p; return nil })
		q.Light = true
		_ = a.svc.EachPublished(ctx, q, func(p *content.Post) error { light = p; return nil })
		if full == nil || full.Body == "" || full.Author.Name == "" || len(full.Tags) == 0 {
			t.Errorf("full post lacks body, author or tags: %+v", full)
		}
		if light == nil || light.Body != "" || len(light.Tags) != 0 || light.Slug == "" || light.Updated.IsZero() {
			t.Errorf("light post: %+v", light)
		}
		stop := errors.New("stop")
		n := 0
		err := a.svc.EachPublished(ctx, content.StreamQuery{}, func(*content.Post) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("EachPublished after fn failed: %v, %d calls", err, n)
		}
	})
}

func TestRanges(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := newArchive(t, db, 250)
		ctx := context.Background()
		rs, err := a.svc.PublishedRanges(ctx, content.TypePost, 100)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, r := range rs {
			from, to := content.Bounds(r.N, 100)
			want := len(a.ids(func(x row) bool { return x.id >= from && x.id <= to }))
			if r.Count != want {
				t.Errorf("range %d: count %d, want %d", r.N, r.Count, want)
			}
			total += r.Count
		}
		if len(rs) != 3 || total != len(a.published) {
			t.Errorf("%d ranges holding %d posts, want 3 holding %d", len(rs), total, len(a.published))
		}
		trs, err := a.svc.TermRanges(ctx, content.Tag, 1, false)
		if err != nil || len(trs) != 2 || trs[0].N != int(a.termA) || trs[1].N != int(a.termB) {
			t.Errorf("term ranges %+v, %v", trs, err)
		}
		if len(trs) > 0 && trs[0].LastMod.IsZero() {
			t.Error("term range without its newest publication")
		}
		ars, err := a.svc.AuthorRanges(ctx, 10)
		if err != nil || len(ars) != 1 || ars[0].Count != 2 || ars[0].LastMod.IsZero() {
			t.Errorf("author ranges %+v, %v", ars, err)
		}
		var slugs []string
		err = a.svc.EachListedTerm(ctx, content.Tag, 1, 100, false, func(tm *content.Term, mod time.Time) error {
			if mod.IsZero() {
				t.Errorf("term %s has no last publication", tm.Slug)
			}
			slugs = append(slugs, tm.Slug)
			return nil
		})
		if err != nil || !slices.Equal(slugs, []string{"a", "b"}) {
			t.Errorf("listed terms %v, %v", slugs, err)
		}
		var authors []string
		err = a.svc.EachListedAuthor(ctx, 1, 100, func(au *content.Author, mod time.Time) error {
			authors = append(authors, au.Slug)
			return nil
		})
		if err != nil || !slices.Equal(authors, []string{"ayu", "bima"}) {
			t.Errorf("listed authors %v, %v", authors, err)
		}
	})
}
