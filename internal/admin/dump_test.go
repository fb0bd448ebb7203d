package admin_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"warta/internal/content"
)

// TestRenderEveryPage renders each admin page as a signed-in editor or
// administrator would see it, with content on it, and checks the HTML is
// whole. With WARTA_ADMIN_DUMP=DIR it also writes the pages and their
// assets there, for the HTML checker and Lighthouse
// (python3 -m http.server -d DIR, then /work/shared/tools/pagecheck).
func TestRenderEveryPage(t *testing.T) {
	t.Parallel()
	ts := newTestSite(t, dialects()[0].open(t), false)
	fx := newFixture(t, ts)
	ctx := context.Background()
	if _, err := ts.media.Upload(ctx, "sawah.png", bytes.NewReader(testPNG(t, 900, 500)), "Sawah hijau", "Musim tanam.", ts.users["editor"].ID); err != nil {
		t.Fatal(err)
	}
	in := fx.pubA.Input()
	in.Body = "<p>Versi kedua dengan tambahan.</p>"
	if _, err := ts.content.Update(ctx, fx.pubA.ID, in, ts.users["author"].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.content.AddNotice(ctx, fx.pubA.ID, content.Correction, "Angka korban diperbaiki.", ts.users["editor"].ID); err != nil {
		t.Fatal(err)
	}
	ts.submit(t, fx.pubA.ID, "Pembaca Setia", "Liputan yang jernih, terima kasih.")
	revs, _ := ts.content.Revisions(ctx, fx.pubA.ID)
	cat := termID(t, ts, content.Category, "nasional")
	pages := []struct{ name, who, path string }{
		{"login", "", "/admin/login"},
		{"forgot", "", "/admin/password/forgot"},
		{"reset", "", "/admin/password/reset?token=tidak-berlaku-sama-sekali"},
		{"dashboard", "editor", "/admin/"},
		{"posts", "editor", "/admin/posts"},
		{"post-new", "contributor", "/admin/posts/new"},
		{"post-edit", "editor", path(fx.pubA, "")},
		{"revisions", "editor", path(fx.pubA, "/revisions")},
		{"compare", "editor", path(fx.pubA, "/revisions/compare?from="+itoa(revs[1].ID)+"&to="+itoa(revs[0].ID))},
		{"media", "editor", "/admin/media"},
		{"categories", "editor", "/admin/categories"},
		{"category", "editor", "/admin/categories/" + itoa(cat)},
		{"tags", "editor", "/admin/tags"},
		{"users", "admin", "/admin/users"},
		{"user", "admin", "/admin/users/" + itoa(ts.users["author"].ID)},
		{"settings", "admin", "/admin/settings"},
		{"comments", "editor", "/admin/comments"},
		{"pages", "editor", "/admin/pages"},
		{"notfound", "editor", "/admin/tidak-ada"},
	}
	dir := os.Getenv("WARTA_ADMIN_DUMP")
	if dir == "" {
		dir = t.TempDir()
	}
	assets := regexp.MustCompile(`/admin/static/[a-z]+\.[0-9a-f]+\.(?:css|js)`)
	for _, pg := range pages {
		res := ts.req(t, pg.who, "GET", pg.path, nil)
		if (res.status != 200 && pg.name != "notfound" && pg.name != "reset") || !strings.HasSuffix(strings.TrimSpace(res.body), "</html>") {
			t.Errorf("%s: %d, page not whole", pg.name, res.status)
			continue
		}
		if strings.Contains(res.body, " style=") || strings.Contains(res.body, "<script>") {
			t.Errorf("%s: inline style or script breaks the CSP", pg.name)
		}
		if err := os.WriteFile(filepath.Join(dir, pg.name+".html"), []byte(res.body), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, a := range assets.FindAllString(res.body, -1) {
			asset := ts.req(t, "", "GET", a, nil)
			if asset.status != 200 || asset.header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
				t.Errorf("%s: asset %s: %d", pg.name, a, asset.status)
			}
			p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(a, "/")))
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte(asset.body), 0o644)
		}
	}
}
