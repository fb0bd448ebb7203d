package admin_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"warta/internal/store"
)

func TestNewsroomDuties(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		ctx := context.Background()
		public := ts.srv.URL + strings.TrimPrefix(mustURL(t, ts, fx.pubA), "http://warta.test")
		if res := ts.req(t, "contributor", "POST", path(fx.pubA, "/notices"), url.Values{"kind": {"correction"}, "text": {"x"}}); res.status != 403 {
			t.Errorf("contributor adds a notice: %d", res.status)
		}
		if res := ts.req(t, "author", "POST", path(fx.pubA, "/notices"), url.Values{"kind": {"gosip"}, "text": {"Teks yang harus tetap ada"}}); res.status != 422 || !strings.Contains(res.body, "Teks yang harus tetap ada</textarea>") {
			t.Errorf("unknown kind: %d", res.status)
		}
		if res := ts.req(t, "author", "POST", path(fx.pubA, "/notices"), url.Values{"kind": {"correction"}, "text": {"  "}}); res.status != 422 {
			t.Errorf("empty notice: %d", res.status)
		}
		if res := ts.req(t, "author", "POST", path(fx.draftA, "/notices"), url.Values{"kind": {"correction"}, "text": {"x"}}); res.status != 403 {
			t.Errorf("notice on a draft: %d", res.status)
		}
		if res := ts.req(t, "author", "POST", path(fx.pubA, "/notices"), url.Values{"kind": {"correction"}, "text": {"Nama kepala desa kami perbaiki."}}); res.status != 303 {
			t.Fatalf("add correction: %d", res.status)
		}
		if res := ts.req(t, "editor", "POST", path(fx.pubA, "/notices"), url.Values{"kind": {"reply"}, "text": {"Pihak pengembang menyampaikan tanggapan."}}); res.status != 303 {
			t.Fatalf("add reply: %d", res.status)
		}
		edit := ts.req(t, "author", "GET", path(fx.pubA, ""), nil)
		if !strings.Contains(edit.body, "Nama kepala desa kami perbaiki.") || !strings.Contains(edit.body, "Cabut artikel") {
			t.Error("the editor does not list the notices")
		}
		art := get(t, public)
		i, j := strings.Index(art.body, "Nama kepala desa kami perbaiki."), strings.Index(art.body, `class="entry-body"`)
		if art.status != 200 || i < 0 || j < 0 || i > j || !strings.Contains(art.body, "Hak Jawab") {
			t.Fatalf("notices are not at the top of the article (%d, %d, %d)", art.status, i, j)
		}
		list := get(t, ts.srv.URL+"/ralat/")
		if list.status != 200 || !strings.Contains(list.body, "Pihak pengembang") || !strings.Contains(list.body, "#ralat-") {
			t.Errorf("corrections page: %d", list.status)
		}
		// Retraction: the reason replaces the body, at the same URL.
		if res := ts.req(t, "author", "POST", path(fx.pubA, "/retract"), url.Values{"reason": {"Sumber berita tidak dapat diverifikasi."}}); res.status != 303 {
			t.Fatalf("retract: %d", res.status)
		}
		art = get(t, public)
		if art.status != 200 || !strings.Contains(art.body, "Sumber berita tidak dapat diverifikasi.") || strings.Contains(art.body, `class="entry-body"`) {
			t.Errorf("retracted article: %d", art.status)
		}
		// Sponsored: labelled on the article and in lists.
		p, _ := ts.content.Get(ctx, fx.pubA.ID)
		f := editForm(p, "save", "sponsored", "1")
		if res := ts.req(t, "author", "POST", path(p, ""), f); res.status != 303 {
			t.Fatalf("mark sponsored: %d", res.status)
		}
		if got, _ := ts.content.Get(ctx, p.ID); !got.Sponsored {
			t.Fatal("sponsored flag not saved")
		}
		for _, u := range []string{public, ts.srv.URL + "/"} {
			if res := get(t, u); !strings.Contains(res.body, `class="sponsored-label">Advertorial<`) {
				t.Errorf("%s has no sponsored label", u)
			}
		}
	})
}
