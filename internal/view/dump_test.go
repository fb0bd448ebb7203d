package view

import (
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/i18n"
	"warta/web"
)

// TestDumpSite writes the sample pages, their assets and images as a
// static site into $WARTA_VIEW_DUMP, for checking them in a browser or
// with an HTML validator:
//
//	WARTA_VIEW_DUMP=/tmp/site go test -run TestDumpSite ./internal/view
//	cd /tmp/site && python3 -m http.server 8099 --bind 127.0.0.1
//
// Pages are written at the paths of their canonical URLs.
func TestDumpSite(t *testing.T) {
	dir := os.Getenv("WARTA_VIEW_DUMP")
	if dir == "" {
		t.Skip("WARTA_VIEW_DUMP not set")
	}
	e := engine(t)
	write := func(rel string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(rel, "/")))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"style.css", "favicon.ico"} {
		data, err := web.FS.ReadFile("static/" + name)
		if err != nil {
			t.Fatal(err)
		}
		write(e.AssetURL(name), data)
	}
	favicon, _ := web.FS.ReadFile("static/favicon.ico")
	write("/favicon.ico", favicon)
	for name, size := range map[string][2]int{"jembatan.jpg": {1200, 800}, "pasar.jpg": {600, 400}, "bakau.jpg": {600, 400}} {
		write("/media/"+name, testJPEG(t, size[0], size[1]))
	}
	article := testArticle()
	enArticle := testPage(i18n.EN, article.Title, testBase+"/en/jembatan/", article)
	static := testPage(i18n.ID, "Tentang Kami", testBase+"/tentang-kami/", &Article{
		Title: "Tentang Kami", IsPage: true,
		Body: "<p>Kabar Lembah adalah media warga.</p><h2>Redaksi</h2><p>Kami menulis dari desa.</p>"})
	notFound := testPage(i18n.ID, "Halaman tidak ditemukan", "", nil)
	notFound.NoIndex = true
	pages := []struct {
		path, name string
		p          Page
	}{
		{"/index.html", "home", testHome(i18n.ID)},
		{"/en/index.html", "home", func() Page { p := testHome(i18n.EN); p.Canonical = testBase + "/en/"; return p }()},
		{"/2026/12/24/jembatan-sukamaju/index.html", "article", testPage(i18n.ID, article.Title, article.URL, article)},
		{"/en/jembatan/index.html", "article", enArticle},
		{"/tentang-kami/index.html", "article", static},
		{"/kategori/ekonomi/page/2/index.html", "archive", testArchive(i18n.ID, "category", "Ekonomi")},
		{"/notfound.html", "notfound", notFound},
		{"/error.html", "error", testPage(i18n.EN, "Terjadi kesalahan", "", nil)},
	}
	for _, pg := range pages {
		var b strings.Builder
		if err := e.Render(&b, pg.name, pg.p); err != nil {
			t.Fatalf("%s: %v", pg.path, err)
		}
		write(pg.path, []byte(b.String()))
	}
}

// testJPEG draws a smooth picture of the given size.
func testJPEG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(40 + 120*x/w), uint8(90 + 100*y/h), 140, 255})
		}
	}
	var b strings.Builder
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 70}); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}
