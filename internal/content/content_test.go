package content_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// recorder is a Purger that remembers the keys it was given.
type recorder struct {
	mu   sync.Mutex
	keys []string
}

func (r *recorder) Purge(_ context.Context, keys ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.keys = append(r.keys, keys...)
}

func (r *recorder) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := r.keys
	r.keys = nil
	return k
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type fixture struct {
	svc    *content.Service
	purged *recorder
	clock  *clock
	author int64
}

func newFixture(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	f := &fixture{purged: &recorder{}, clock: &clock{t: time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)}}
	f.svc = content.NewService(db, content.Options{Purger: f.purged, Now: f.clock.now})
	err := db.InTx(context.Background(), func(tx *store.Tx) error {
		return tx.QueryRow(context.Background(), `INSERT INTO users (email, name, slug, bio, role, created_at)
			VALUES ('sari@example.invalid', 'Sari Wulandari', 'sari-wulandari', 'Wartawan', 'author', 0) RETURNING id`).Scan(&f.author)
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestCreateAndGet(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		p, err := f.svc.Create(ctx, content.Input{
			Title:      "Banjir Surut di Kampung Melayu",
			Lead:       "Warga mulai membersihkan rumah.",
			Body:       `<h2>Pagi</h2><p onclick="x()">Air <script>alert(1)</script>turun.</p>`,
			Status:     content.Published,
			Categories: []string{"Nasional"},
			Tags:       []string{"Banjir", "banjir", "Jakarta"},
			AuthorID:   f.author,
			Image:      content.Image{URL: "/media/a.png", Alt: "Jalan basah", Caption: "Jalan pagi ini"},
		}, f.author)
		if err != nil {
			t.Fatal(err)
		}
		if p.Slug != "banjir-surut-di-kampung-melayu" || p.Status != content.Published || !p.Published.Equal(f.clock.now()) {
			t.Errorf("got slug %q status %q published %v", p.Slug, p.Status, p.Published)
		}
		if strings.Contains(p.Body, "script") || strings.Contains(p.Body, "onclick") || !strings.Contains(p.Body, "<h2>Pagi</h2>") {
			t.Errorf("body not sanitised as expected: %s", p.Body)
		}
		if len(p.Categories) != 1 || p.Categories[0].Name != "Nasional" || len(p.Tags) != 2 {
			t.Errorf("terms: %+v %+v", p.Categories, p.Tags)
		}
		if p.Author.Name != "Sari Wulandari" {
			t.Errorf("author = %+v", p.Author)
		}
		keys := f.purged.take()
		for _, want := range []string{content.KeyPost(p.ID), content.KeyHome, content.KeyTerm(p.Categories[0].ID), content.KeyAuthor(f.author), content.KeyYear(2026)} {
			if !slices.Contains(keys, want) {
				t.Errorf("purged keys %v miss %q", keys, want)
			}
		}
		again, err := f.svc.Create(ctx, content.Input{Title: "Banjir surut di Kampung Melayu!", Status: content.Draft}, f.author)
		if err != nil || again.Slug != "banjir-surut-di-kampung-melayu-2" {
			t.Fatalf("second slug = %q, %v", again.Slug, err)
		}
		if _, err := f.svc.Get(ctx, 9999); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(missing) = %v, want ErrNotFound", err)
		}
	})
}

func TestInvalidInputStoresNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		bad := []struct {
			name  string
			in    content.Input
			field string
		}{
			{"no title on publish", content.Input{Status: content.Published, Body: "<p>x</p>"}, "title"},
			{"bad status", content.Input{Title: "A", Status: "live"}, "status"},
			{"bad slug", content.Input{Title: "A", Slug: "Not A Slug"}, "slug"},
			{"past schedule", content.Input{Title: "A", Status: content.Scheduled, PublishAt: f.clock.now().Add(-time.Hour)}, "published_at"},
			{"schedule without time", content.Input{Title: "A", Status: content.Scheduled}, "published_at"},
			{"long title", content.Input{Title: strings.Repeat("a", content.MaxTitle+1)}, "title"},
			{"image without alt", content.Input{Title: "A", Image: content.Image{URL: "/x.png"}}, "featured_image.alt"},
			{"javascript image", content.Input{Title: "A", Image: content.Image{URL: "javascript:alert(1)", Alt: "x"}}, "featured_image.url"},
			{"comment status", content.Input{Title: "A", CommentStatus: "maybe"}, "comment_status"},
		}
		for _, tt := range bad {
			_, err := f.svc.Create(ctx, tt.in, f.author)
			var fe *content.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("%s: err = %v, want a FieldError on %s", tt.name, err, tt.field)
			}
		}
		_, total, err := f.svc.List(ctx, content.ListQuery{Status: content.Draft})
		if err != nil || total != 0 {
			t.Errorf("drafts after bad input: %d, %v", total, err)
		}
	})
}

func TestWorkflowAndConflicts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		p, err := f.svc.Create(ctx, content.Input{Title: "Rapat anggaran", Body: "<p>Satu</p>"}, f.author)
		if err != nil {
			t.Fatal(err)
		}
		steps := []struct {
			to content.Status
			ok bool
		}{
			{content.Pending, true}, {content.Published, true}, {content.Scheduled, false},
			{content.Trash, true}, {content.Published, false}, {content.Draft, true},
		}
		for _, s := range steps {
			at := time.Time{}
			if s.to == content.Scheduled {
				at = f.clock.now().Add(time.Hour)
			}
			got, err := f.svc.SetStatus(ctx, p.ID, s.to, at, f.author)
			if s.ok && (err != nil || got.Status != s.to) {
				t.Fatalf("move to %s: %v", s.to, err)
			}
			if !s.ok && err == nil {
				t.Fatalf("move to %s was allowed", s.to)
			}
		}
		cur, _ := f.svc.Get(ctx, p.ID)
		stale := cur.Input()
		fresh := cur.Input()
		fresh.Title = "Rapat anggaran, babak kedua"
		if _, err := f.svc.Update(ctx, p.ID, fresh, f.author); err != nil {
			t.Fatal(err)
		}
		stale.Title = "Versi lama"
		if _, err := f.svc.Update(ctx, p.ID, stale, f.author); !errors.Is(err, content.ErrConflict) {
			t.Fatalf("stale save: err = %v, want ErrConflict", err)
		}
		revs, err := f.svc.Revisions(ctx, p.ID)
		if err != nil || len(revs) != 6 || revs[0].Title != "Rapat anggaran, babak kedua" {
			t.Fatalf("revisions: %d, %v", len(revs), err)
		}
	})
}

func TestScheduledPostsPublishThemselves(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		at := f.clock.now().Add(30 * time.Minute)
		p, err := f.svc.Create(ctx, content.Input{Title: "Jadwal kereta baru", Status: content.Published, PublishAt: at, Categories: []string{"Transportasi"}}, f.author)
		if err != nil {
			t.Fatal(err)
		}
		if p.Status != content.Scheduled {
			t.Fatalf("publish with a future time gave status %s, want scheduled", p.Status)
		}
		if ids, err := f.svc.PublishDue(ctx); err != nil || len(ids) != 0 {
			t.Fatalf("early PublishDue = %v, %v", ids, err)
		}
		f.purged.take()
		f.clock.add(31 * time.Minute)
		ids, err := f.svc.PublishDue(ctx)
		if err != nil || !slices.Equal(ids, []int64{p.ID}) {
			t.Fatalf("PublishDue = %v, %v", ids, err)
		}
		if ids, _ := f.svc.PublishDue(ctx); len(ids) != 0 {
			t.Fatalf("second PublishDue published again: %v", ids)
		}
		if !slices.Contains(f.purged.take(), content.KeyHome) {
			t.Error("publishing did not purge the home page")
		}
		cat, _ := f.svc.TermBySlug(ctx, content.Category, "transportasi")
		posts, total, err := f.svc.ListTerm(ctx, cat.ID, 10, 0)
		if err != nil || total != 1 || posts[0].ID != p.ID {
			t.Fatalf("category archive after publishing: %d, %v", total, err)
		}
	})
}

func TestListsAndArchives(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		for i := range 25 {
			cat := "Ekonomi"
			if i%5 == 0 {
				cat = "Olahraga"
			}
			_, err := f.svc.Create(ctx, content.Input{
				Title: "Berita nomor " + string(rune('A'+i)), Status: content.Published, AuthorID: f.author,
				PublishAt: f.clock.now().Add(-time.Duration(i) * 24 * time.Hour), Categories: []string{cat},
			}, f.author)
			if err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.svc.Create(ctx, content.Input{Title: "Draf rahasia", Categories: []string{"Ekonomi"}}, f.author); err != nil {
			t.Fatal(err)
		}
		page2, total, err := f.svc.List(ctx, content.ListQuery{Limit: 10, Offset: 10})
		if err != nil || total != 25 || len(page2) != 10 || page2[0].Title != "Berita nomor K" {
			t.Fatalf("page 2: total %d, len %d, %v", total, len(page2), err)
		}
		if !page2[0].Updated.Equal(page2[0].Published) {
			t.Errorf("a backdated post was stamped as updated at %v, after its publication %v", page2[0].Updated, page2[0].Published)
		}
		eko, _ := f.svc.TermBySlug(ctx, content.Category, "ekonomi")
		_, total, _ = f.svc.ListTerm(ctx, eko.ID, 10, 0)
		if total != 20 {
			t.Errorf("ekonomi archive total = %d, want 20 (drafts excluded)", total)
		}
		_, total, _ = f.svc.List(ctx, content.ListQuery{AuthorID: f.author})
		if total != 25 {
			t.Errorf("author archive total = %d", total)
		}
		nov := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
		_, total, _ = f.svc.List(ctx, content.ListQuery{From: nov, To: nov.AddDate(0, 1, 0)})
		if total != 24 {
			t.Errorf("November archive total = %d, want 24", total)
		}
	})
}

type savedLog struct {
	mu  sync.Mutex
	ids []int64
}

func (l *savedLog) PostSaved(_ context.Context, p *content.Post) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ids = append(l.ids, p.ID)
}

func TestObserversHearEverySave(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	f := newFixture(t, db)
	log := &savedLog{}
	f.svc.AddObserver(log)
	ctx := context.Background()
	p, err := f.svc.Create(ctx, content.Input{Title: "Satu", Status: content.Published, PublishAt: f.clock.now().Add(time.Minute)}, f.author)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.SetStatus(ctx, p.ID, content.Draft, time.Time{}, f.author); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.SetStatus(ctx, p.ID, content.Scheduled, f.clock.now().Add(time.Minute), f.author); err != nil {
		t.Fatal(err)
	}
	f.clock.add(2 * time.Minute)
	if _, err := f.svc.PublishDue(ctx); err != nil {
		t.Fatal(err)
	}
	if len(log.ids) != 4 {
		t.Fatalf("observer heard %d saves, want 4 (create, two edits, scheduled publish)", len(log.ids))
	}
}
