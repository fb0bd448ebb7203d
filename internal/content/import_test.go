package content_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// importAll writes posts through the bulk path in one transaction.
func importAll(t *testing.T, db *store.DB, svc *content.Service, posts ...*content.ImportPost) {
	t.Helper()
	err := db.InTx(context.Background(), func(tx *store.Tx) error {
		return svc.WriteImport(context.Background(), tx, posts)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestWriteImportLikeCreate(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		svc := content.NewService(db, content.Options{})
		var cat, tag int64
		err := db.InTx(ctx, func(tx *store.Tx) error {
			c, err := svc.ImportTerm(ctx, tx, 0, content.Category, "Daerah", "daerah", "", 0)
			if err != nil {
				return err
			}
			g, err := svc.ImportTerm(ctx, tx, 0, content.Tag, "Banjir", "", "", 0)
			cat, tag = c.ID, g.ID
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		existing, err := svc.Create(ctx, content.Input{Title: "Sudah ada", Slug: "kabar", Status: content.Published}, 0)
		if err != nil {
			t.Fatal(err)
		}
		at := time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC)
		mk := func(title, slug string) *content.ImportPost {
			return &content.ImportPost{Input: content.Input{Title: title, Slug: slug, Status: content.Published, PublishAt: at,
				Body: `<p onclick="x()">Isi <script>jahat()</script><a href="/lama/">tautan</a></p>`}, Created: at,
				CategoryIDs: []int64{cat}, TagIDs: []int64{tag, tag}}
		}
		a, b, c := mk("Kabar satu", "kabar"), mk("Kabar dua", "kabar"), mk("Kabar tiga", "kabar-2")
		importAll(t, db, svc, a, b, c)
		if a.ID == 0 || b.ID == 0 || c.ID == 0 {
			t.Fatalf("ids not set: %d %d %d", a.ID, b.ID, c.ID)
		}
		slugs := map[string]bool{existing.Slug: true}
		for _, p := range []*content.ImportPost{a, b, c} {
			got, err := svc.Get(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if slugs[got.Slug] {
				t.Errorf("slug %q given twice", got.Slug)
			}
			slugs[got.Slug] = true
			if strings.Contains(got.Body, "script") || strings.Contains(got.Body, "onclick") || !got.Created.Equal(at) || !got.Published.Equal(at) {
				t.Errorf("post %d: body %q created %v published %v", p.ID, got.Body, got.Created, got.Published)
			}
			if len(got.Categories) != 1 || len(got.Tags) != 1 {
				t.Errorf("terms %+v %+v", got.Categories, got.Tags)
			}
			revs, _ := svc.Revisions(ctx, p.ID)
			if len(revs) != 1 {
				t.Errorf("%d revisions", len(revs))
			}
		}
		listed, total, err := svc.ListTerm(ctx, cat, 10, 0)
		if err != nil || total != 3 || len(listed) != 3 {
			t.Errorf("category archive lists %d (%d): %v", total, len(listed), err)
		}

		// Replace one, trash another, and bring back one deleted since.
		a.Input.Title, a.Input.Status = "Kabar satu diperbarui", content.Trash
		if _, err := db.Exec(ctx, `DELETE FROM posts WHERE id = ?`, c.ID); err != nil {
			t.Fatal(err)
		}
		importAll(t, db, svc, a, c)
		got, _ := svc.Get(ctx, a.ID)
		if got.Title != "Kabar satu diperbarui" || got.Status != content.Trash || got.Version != 2 {
			t.Errorf("replaced post: %q %s v%d", got.Title, got.Status, got.Version)
		}
		if _, total, _ := svc.ListTerm(ctx, cat, 10, 0); total != 2 {
			t.Errorf("archive after trashing and recreating: %d", total)
		}
		if back, err := svc.Get(ctx, c.ID); err != nil || back.Title != "Kabar tiga" {
			t.Errorf("a deleted post was not created again: %v", err)
		}
	})
}

func TestRelinkOnlyTakesSitePaths(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		svc := content.NewService(db, content.Options{})
		p := &content.ImportPost{Input: content.Input{Title: "Tautan", Status: content.Draft,
			Body: `<p><a href="/lama/1/">a</a> <a href="/lama/2/">b</a> <a href="/lama/3/">c</a> /lama/1/</p>`}}
		if err := svc.PrepareImport(p); err != nil {
			t.Fatal(err)
		}
		targets := map[string]string{"/lama/1/": "/2020/01/02/baru/", "/lama/2/": "javascript:alert(1)", "/lama/3/": `/x"><script>`}
		p.Relink(targets)
		want := `<a href="/2020/01/02/baru/">a</a> <a href="/lama/2/">b</a> <a href="/x&#34;&gt;&lt;script&gt;">c</a> /lama/1/`
		if !strings.Contains(p.Input.Body, want) {
			t.Errorf("relinked body %q lacks %q", p.Input.Body, want)
		}
		importAll(t, db, svc, p)
		err := db.InTx(ctx, func(tx *store.Tx) error {
			return svc.RelinkImported(ctx, tx, p.ID, map[string]string{"/lama/2/": "/2021/02/03/dua/"})
		})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := svc.Get(ctx, p.ID)
		revs, _ := svc.Revisions(ctx, p.ID)
		if !strings.Contains(got.Body, `href="/2021/02/03/dua/"`) || len(revs) != 1 || revs[0].Body != got.Body {
			t.Errorf("stored relink: %q, revision %q", got.Body, revs[0].Body)
		}
		routes, err := svc.LookupRoutes(ctx, []int64{p.ID, 99999})
		if err != nil || len(routes) != 1 || routes[p.ID].Slug != got.Slug || routes[p.ID].Status != content.Draft {
			t.Errorf("routes %+v %v", routes, err)
		}
		if _, err := svc.LookupRoute(ctx, 99999); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("missing route: %v", err)
		}
	})
}

func TestImportTermReusesAndUpdates(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		svc := content.NewService(db, content.Options{})
		native, err := svc.CreateTerm(ctx, content.Category, content.TermInput{Name: "Ekonomi"})
		if err != nil {
			t.Fatal(err)
		}
		err = db.InTx(ctx, func(tx *store.Tx) error {
			same, err := svc.ImportTerm(ctx, tx, 0, content.Category, "Ekonomi Lama", "ekonomi", "", 0)
			if err != nil || same.ID != native.ID || same.Name != "Ekonomi" {
				t.Errorf("an existing slug: %+v %v", same, err)
			}
			child, err := svc.ImportTerm(ctx, tx, 0, content.Category, "Pasar <b>Modal</b>", "", "Saham &amp; obligasi", native.ID)
			if err != nil || child.Slug != "pasar-modal" || child.ParentID != native.ID || child.Description != "Saham & obligasi" {
				t.Errorf("child: %+v %v", child, err)
			}
			moved, err := svc.ImportTerm(ctx, tx, child.ID, content.Category, "Pasar Modal", "pasar-modal", "", 0)
			if err != nil || moved.ID != child.ID || moved.ParentID != 0 || moved.Slug != "pasar-modal" {
				t.Errorf("update: %+v %v", moved, err)
			}
			if _, err := svc.ImportTerm(ctx, tx, 0, content.Tag, "!!!", "", "", 0); err == nil {
				t.Error("a name without letters was taken")
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := svc.LookupTerm(ctx, native.ID); err != nil || got.Slug != "ekonomi" {
			t.Errorf("LookupTerm: %+v %v", got, err)
		}
	})
}
