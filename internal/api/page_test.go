package api_test

import (
	"strings"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		before := ta.counts(t)
		for _, who := range []string{"author", "contributor"} {
			if res := ta.do(t, "POST", "/api/v1/pages", who, `{"title":"Redaksi"}`); res.status != 403 {
				t.Errorf("%s creates a page: %d %s", who, res.status, res.body)
			}
		}
		if after := ta.counts(t); after != before {
			t.Errorf("refused page creation stored something")
		}
		res := ta.do(t, "POST", "/api/v1/pages", "editor", `{"title":"Pedoman Media Siber","body":"<p>Kami memegang kode etik.</p>"}`)
		if res.status != 201 || !strings.Contains(res.header.Get("Location"), "/api/v1/pages/") {
			t.Fatalf("create page: %d %q %s", res.status, res.header.Get("Location"), res.body)
		}
		path := res.header.Get("Location")
		if res := ta.do(t, "GET", path, "", ""); res.status != 404 {
			t.Errorf("anonymous read of a draft page: %d", res.status)
		}
		if res := ta.do(t, "PATCH", path, "author", `{"title":"Diubah"}`); res.status != 403 {
			t.Errorf("author edits a page: %d %s", res.status, res.body)
		}
		if res := ta.do(t, "PATCH", path, "editor", `{"slug":"pedoman"}`); res.status != 200 {
			t.Errorf("editor edits a page: %d %s", res.status, res.body)
		}
		if res := ta.do(t, "POST", path+"/publish", "admin", ""); res.status != 200 {
			t.Errorf("publish page: %d %s", res.status, res.body)
		}
		var p postOut
		ta.do(t, "GET", path, "", "").decode(t, &p)
		if p.Type != "page" || p.Status != "published" || p.Slug != "pedoman" || p.Title != "Pedoman Media Siber" {
			t.Errorf("page %+v", p)
		}
		if res := ta.do(t, "GET", strings.Replace(path, "pages", "posts", 1), "editor", ""); res.status != 404 {
			t.Errorf("page read as a post: %d", res.status)
		}
		ta.post(t, "author", content.Input{Title: "Berita Biasa", Status: content.Published})
		var list listOut
		ta.do(t, "GET", "/api/v1/pages", "", "").decode(t, &list)
		if list.Total != 1 || len(list.Items) != 1 || list.Items[0].Slug != "pedoman" {
			t.Errorf("pages list %+v", list)
		}
		for _, step := range []struct{ method, suffix, want string }{
			{"DELETE", "", "trash"}, {"POST", "/restore", "draft"},
		} {
			res := ta.do(t, step.method, path+step.suffix, "editor", "")
			var p postOut
			res.decode(t, &p)
			if res.status != 200 || p.Status != step.want {
				t.Errorf("%s %s: %d %q", step.method, step.suffix, res.status, p.Status)
			}
		}
		if res := ta.do(t, "GET", "/api/v1/pages?status=draft", "author", ""); res.status != 403 {
			t.Errorf("author lists draft pages: %d", res.status)
		}
	})
}
