package admin_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
)

func TestEditorRejectsBadInput(t *testing.T) {
	t.Parallel()
	past := time.Now().Add(-72 * time.Hour).Format("2006-01-02T15:04")
	tests := []struct {
		name    string
		form    func(fx fixture) url.Values
		status  int
		message string
	}{
		{"missing title on publish", func(fx fixture) url.Values {
			return editForm(fx.draftA, "publish", "title", "", "body", "<p>Karya yang dijaga</p>")
		}, 422, "Judul wajib diisi"},
		{"duplicate slug", func(fx fixture) url.Values {
			return editForm(fx.draftA, "draft", "slug", fx.pubA.Slug, "body", "<p>Karya yang dijaga</p>")
		}, 422, "Slug ini sudah dipakai"},
		{"bad slug", func(fx fixture) url.Values {
			return editForm(fx.draftA, "draft", "slug", "Bukan Slug!", "body", "<p>Karya yang dijaga</p>")
		}, 422, "Slug hanya boleh"},
		{"schedule in the past", func(fx fixture) url.Values {
			return editForm(fx.draftA, "schedule", "publish_at", past, "body", "<p>Karya yang dijaga</p>")
		}, 422, "Waktu terjadwal harus di masa depan"},
		{"schedule without a time", func(fx fixture) url.Values {
			return editForm(fx.draftA, "schedule", "body", "<p>Karya yang dijaga</p>")
		}, 422, "Tentukan tanggal"},
		{"unreadable time", func(fx fixture) url.Values {
			return editForm(fx.draftA, "schedule", "publish_at", "besok pagi", "body", "<p>Karya yang dijaga</p>")
		}, 422, "tidak dapat dibaca"},
		{"unknown category", func(fx fixture) url.Values {
			f := editForm(fx.draftA, "draft", "body", "<p>Karya yang dijaga</p>")
			f["category"] = []string{"nasional", "tidak-ada"}
			return f
		}, 422, "Kategori tidak dikenal"},
		{"featured image without alt", func(fx fixture) url.Values {
			return editForm(fx.draftA, "draft", "image_url", "/media/x.png", "body", "<p>Karya yang dijaga</p>")
		}, 422, "teks alternatif"},
		{"unknown action", func(fx fixture) url.Values { return editForm(fx.draftA, "meledak", "body", "<p>Karya yang dijaga</p>") }, 400, "Tindakan tidak dikenal"},
		{"stale version", func(fx fixture) url.Values {
			return editForm(fx.draftA, "draft", "version", "0", "title", "Judul saya", "body", "<p>Karya yang dijaga</p>")
		}, 409, "sudah diubah orang lain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ts := newTestSite(t, dialects()[0].open(t), false)
			fx := newFixture(t, ts)
			before, _ := ts.content.Revisions(context.Background(), fx.draftA.ID)
			res := ts.req(t, "author", "POST", path(fx.draftA, ""), tt.form(fx))
			if res.status != tt.status || !strings.Contains(res.body, tt.message) {
				t.Fatalf("status %d, want %d with %q\n%s", res.status, tt.status, tt.message, snippet(res.body))
			}
			if tt.status != 400 && !strings.Contains(res.body, "Karya yang dijaga") {
				t.Error("the user's text is not kept on the page")
			}
			after, _ := ts.content.Revisions(context.Background(), fx.draftA.ID)
			p, _ := ts.content.Get(context.Background(), fx.draftA.ID)
			if len(after) != len(before) || p.Body != fx.draftA.Body || p.Status != content.Draft {
				t.Errorf("a rejected save changed the post: %d→%d revisions, body %q, %s", len(before), len(after), p.Body, p.Status)
			}
		})
	}
}

func TestConflictAndLock(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		// The editor opens the draft, then its author does.
		if res := ts.req(t, "editor", "GET", path(fx.draftA, ""), nil); res.status != 200 || strings.Contains(res.body, "Uji author sedang menyunting") {
			t.Fatalf("first open: %d", res.status)
		}
		res := ts.req(t, "author", "GET", path(fx.draftA, ""), nil)
		if !strings.Contains(res.body, "Uji editor sedang menyunting") {
			t.Error("the second editor is not warned")
		}
		// The editor saves first; the author's save, from the old version, is refused.
		if res := ts.req(t, "editor", "POST", path(fx.draftA, ""), editForm(fx.draftA, "draft", "title", "Versi editor")); res.status != 303 {
			t.Fatalf("first save: %d", res.status)
		}
		res = ts.req(t, "author", "POST", path(fx.draftA, ""), editForm(fx.draftA, "draft", "title", "Versi penulis"))
		if res.status != 409 || !strings.Contains(res.body, "Versi penulis") {
			t.Fatalf("second save: %d", res.status)
		}
		if p, _ := ts.content.Get(context.Background(), fx.draftA.ID); p.Title != "Versi editor" {
			t.Fatalf("the older version overwrote the newer: %q", p.Title)
		}
		// Saving again from the conflict page is a deliberate overwrite.
		cur, _ := ts.content.Get(context.Background(), fx.draftA.ID)
		if !strings.Contains(res.body, `name="version" value="`+strconv.Itoa(cur.Version)+`"`) {
			t.Fatal("the conflict page does not carry the current version")
		}
		if res := ts.req(t, "author", "POST", path(fx.draftA, ""), editForm(cur, "draft", "title", "Versi penulis")); res.status != 303 {
			t.Errorf("deliberate overwrite: %d", res.status)
		}
	})
}

func TestAutosave(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		auto := func(who string, f url.Values) (int, map[string]any) {
			res := ts.req(t, who, "POST", "/admin/posts/autosave", f)
			var m map[string]any
			if err := json.Unmarshal([]byte(res.body), &m); err != nil {
				t.Fatalf("autosave answer is not JSON (%d): %s", res.status, res.body)
			}
			return res.status, m
		}
		if code, m := auto("contributor", url.Values{"title": {""}, "body": {""}}); code != 200 || m["saved"] != false {
			t.Errorf("empty new post: %d %v", code, m)
		}
		code, m := auto("contributor", url.Values{"title": {"Draf otomatis"}, "body": {"<p>Baru mulai</p>"}})
		if code != 200 || m["saved"] != true || m["id"] == nil {
			t.Fatalf("new draft: %d %v", code, m)
		}
		id := strconv.FormatFloat(m["id"].(float64), 'f', 0, 64)
		p, err := ts.content.Get(context.Background(), int64(m["id"].(float64)))
		if err != nil || p.Status != content.Draft || p.AuthorID != ts.users["contributor"].ID {
			t.Fatalf("autosaved post %+v, %v", p, err)
		}
		code, m = auto("contributor", url.Values{"id": {id}, "version": {strconv.Itoa(p.Version)}, "title": {"Draf otomatis"}, "body": {"<p>Lebih panjang</p>"}})
		if code != 200 || m["version"].(float64) != float64(p.Version+1) {
			t.Errorf("second autosave: %d %v", code, m)
		}
		if code, m = auto("contributor", url.Values{"id": {id}, "version": {"1"}, "title": {"x"}}); code != 409 || m["conflict"] != true {
			t.Errorf("stale autosave: %d %v", code, m)
		}
		// A published post is never changed by autosave.
		code, m = auto("author", url.Values{"id": {strconv.FormatInt(fx.pubA.ID, 10)}, "version": {strconv.Itoa(fx.pubA.Version)}, "title": {"Diam-diam berubah"}})
		if got, _ := ts.content.Get(context.Background(), fx.pubA.ID); code != 200 || m["saved"] != false || got.Title != fx.pubA.Title {
			t.Errorf("autosave of a published post: %d %v, title %q", code, m, got.Title)
		}
		if res := ts.req(t, "author", "POST", "/admin/posts/autosave", url.Values{"id": {id}, "title": {"x"}}); res.status != 403 {
			t.Errorf("autosave of another's draft: %d", res.status)
		}
	})
}
