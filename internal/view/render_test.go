package view

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"testing"

	"warta/internal/i18n"
)

// testEngine is built once: New parses and checks the whole theme.
var testEngine = sync.OnceValues(func() (*Engine, error) { return New("") })

func engine(t *testing.T) *Engine {
	t.Helper()
	e, err := testEngine()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

func render(t *testing.T, e *Engine, name string, p Page) string {
	t.Helper()
	var b bytes.Buffer
	if err := e.Render(&b, name, p); err != nil {
		t.Fatalf("Render(%s): %v", name, err)
	}
	return b.String()
}

func TestRender(t *testing.T) {
	t.Parallel()
	e := engine(t)
	staticPage := testPage(i18n.ID, "Tentang Kami", testBase+"/tentang-kami/", &Article{
		Title: "Tentang Kami", Body: "<p>Kabar Lembah dikelola oleh warga.</p>", IsPage: true})
	bare := testArticle()
	bare.Related, bare.Image, bare.Tags = nil, nil, nil
	bare.Modified = bare.Published
	noIndex := testPage(i18n.EN, "Halaman tidak ditemukan", "", nil)
	noIndex.NoIndex = true
	tests := []struct {
		name    string
		page    string
		p       Page
		want    []string
		notWant []string
	}{
		{"home id", "home", testHome(i18n.ID), []string{
			`<html lang="id">`, `<h1 class="site-title">`, `Terbaru</h2>`, `fetchpriority="high"`, `loading="lazy"`,
			`<figcaption>Jembatan baru di Sukamaju.</figcaption>`, `20 Desember 2026`, `Oleh Sari Wulandari`,
			`rel="next"`, `Halaman 1 dari 4`, `Lompat ke konten`, `Dibuat dengan Warta`, `aria-current="page">Beranda`,
			`<link rel="canonical" href="http://127.0.0.1:8099/">`, `Pedoman Media Siber`,
		}, []string{`rel="prev"`, `noindex`, `Belum ada artikel.`, `aria-current="page">Ekonomi`}},
		{"home en", "home", testHome(i18n.EN), []string{
			`<html lang="en">`, `Latest</h2>`, `20 December 2026`, `By Sari Wulandari`, `Page 1 of 4`,
			`Skip to content`, `Made with Warta`, `>Home</a>`,
		}, []string{`Terbaru`, `Desember`}},
		{"home empty", "home", testPage(i18n.ID, "Beranda", testBase+"/page/2/", &Home{}),
			[]string{`Belum ada artikel.`}, []string{`class="pagination"`, `aria-current="page">Beranda`}},
		{"article id", "article", testPage(i18n.ID, "Jembatan", testArticle().URL, testArticle()), []string{
			`<h1>Jembatan Gantung Sukamaju Resmi Dipakai Warga</h1>`,
			`<p class="lead">Jembatan sepanjang 80 meter`,
			`Oleh <a href="http://127.0.0.1:8099/penulis/budi/" rel="author">Budi Santoso</a>`,
			// html/template writes "+" in attributes as "&#43;": the same value.
			`<time datetime="2026-12-24T14:05:00&#43;07:00">24 Desember 2026, 14.05 WIB</time>`,
			`Diperbarui <time datetime="2026-12-25T08:00:00&#43;07:00">25 Desember 2026, 08.00 WIB</time>`,
			`<img src="/media/jembatan.jpg" alt="Warga berjalan di atas jembatan gantung" width="1200" height="800" fetchpriority="high">`,
			`<figcaption>Warga melintasi jembatan pada hari pertama.</figcaption>`,
			`<li><strong>Waktu tempuh:</strong>`, `&ldquo;jembatan baru&rdquo;`,
			`rel="tag">infrastruktur</a>`, `<section class="related" aria-labelledby="related-title">`,
			`<h2 id="related-title" class="section-title">Artikel Terkait</h2>`,
			`<a href="http://127.0.0.1:8099/2026/12/19/bakau/">Relawan Menanam Seribu Bibit Bakau di Muara</a>`,
			`aria-label="Kategori"`, `>Daerah</a>`,
		}, []string{`loading="lazy" fetchpriority`, `Related Posts`}},
		{"article en", "article", testPage(i18n.EN, "Jembatan", testArticle().URL, testArticle()), []string{
			`<html lang="en">`, `By <a href`, `24 December 2026, 14:05 WIB`, `Updated <time`,
			`Related Posts</h2>`, `>Tags</p>`,
		}, []string{`Artikel Terkait`, `Oleh`}},
		{"article without extras", "article", testPage(i18n.ID, "Jembatan", bare.URL, bare), []string{
			`<h1>Jembatan Gantung`, `<time datetime=`,
		}, []string{`Artikel Terkait`, `<figure`, `Diperbarui`, `rel="tag"`, `class="related"`}},
		{"static page", "article", staticPage, []string{
			`<h1>Tentang Kami</h1>`, `<p>Kabar Lembah dikelola oleh warga.</p>`, `entry-page`,
		}, []string{`<time`, `Oleh`, `class="byline"`, `class="kicker`, `rel="tag"`}},
		{"archive category id", "archive", testArchive(i18n.ID, "category", "Ekonomi"), []string{
			`<h1>Kategori: Ekonomi</h1>`, `<p class="archive-description">Kabar harga`, `rel="prev"`, `rel="next"`,
			`<h2 class="card-title">`, `Halaman 2 dari 3`, `18 Desember 2026`, `aria-current="page">Ekonomi`,
		}, []string{`<h3 class="card-title">`}},
		{"archive category en", "archive", testArchive(i18n.EN, "category", "Ekonomi"), []string{
			`<h1>Category: Ekonomi</h1>`, `Previous`, `Next`, `Page 2 of 3`,
		}, nil},
		{"archive tag", "archive", testArchive(i18n.ID, "tag", "desa"), []string{`<h1>Tag: desa</h1>`}, nil},
		{"archive author en", "archive", testArchive(i18n.EN, "author", "Sari Wulandari"), []string{`<h1>Author: Sari Wulandari</h1>`}, nil},
		{"archive date", "archive", testArchive(i18n.ID, "date", i18n.MonthYear(i18n.ID, 2026, 12)), []string{`<h1>Arsip: Desember 2026</h1>`}, nil},
		{"archive empty", "archive", testPage(i18n.ID, "x", "", &Archive{Kind: "tag", Name: "kosong"}),
			[]string{`Belum ada artikel.`}, []string{`class="pagination"`, `<link rel="canonical"`}},
		{"notfound id", "notfound", testPage(i18n.ID, "Halaman tidak ditemukan", "", nil), []string{
			`<h1>Halaman tidak ditemukan</h1>`, `<a href="http://127.0.0.1:8099/">Kembali ke beranda</a>`,
		}, nil},
		{"notfound en noindex", "notfound", noIndex, []string{
			`<h1>Page not found</h1>`, `Back to the home page`, `<meta name="robots" content="noindex">`,
		}, nil},
		{"error id", "error", testPage(i18n.ID, "Terjadi kesalahan", "", nil), []string{
			`<h1>Terjadi kesalahan</h1>`, `Kembali ke beranda`,
		}, nil},
		{"error en", "error", testPage(i18n.EN, "Terjadi kesalahan", "", nil), []string{`<h1>Something went wrong</h1>`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := render(t, e, tt.page, tt.p)
			checkCommon(t, e, out, tt.p)
			for _, s := range tt.want {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q", s)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(out, s) {
					t.Errorf("output has %q", s)
				}
			}
		})
	}
}

// checkCommon tests what every page must have.
func checkCommon(t *testing.T, e *Engine, out string, p Page) {
	t.Helper()
	if n := strings.Count(out, "<h1"); n != 1 {
		t.Errorf("%d <h1> elements, want 1", n)
	}
	for _, s := range []string{
		"<!doctype html>", `<html lang="` + string(p.Site.Lang) + `">`, `<meta charset="utf-8">`,
		`<meta name="viewport"`, `<main id="content"`, `href="#content"`,
		`<link rel="stylesheet" href="` + e.AssetURL("style.css") + `">`,
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q", s)
		}
	}
	if !regexp.MustCompile(`<title>[^<]+</title>`).MatchString(out) {
		t.Error("no <title>")
	}
	if strings.Count(out, `<main`) != 1 {
		t.Error("want exactly one <main>")
	}
}

func TestRenderEscapes(t *testing.T) {
	t.Parallel()
	e := engine(t)
	a := testArticle()
	a.Title = `Tom & Jerry <script>alert(1)</script>`
	a.Author.URL = "javascript:alert(1)"
	p := testPage(i18n.ID, a.Title, a.URL, a)
	out := render(t, e, "article", p)
	for _, bad := range []string{"<script>", "javascript:"} {
		if strings.Contains(out, bad) {
			t.Errorf("output has unescaped %q", bad)
		}
	}
	if !strings.Contains(out, "<h1>Tom &amp; Jerry &lt;script&gt;") {
		t.Error("title not escaped as text")
	}
}

func TestRenderErrorsWriteNothing(t *testing.T) {
	t.Parallel()
	e := engine(t)
	tests := []struct {
		name, page string
		p          Page
		want       string
	}{
		{"unknown page", "sitemap", testHome(i18n.ID), `unknown page "sitemap"`},
		{"unknown language", "home", func() Page { p := testHome(i18n.ID); p.Site.Lang = "fr"; return p }(), `unsupported language "fr"`},
		{"wrong body", "article", testHome(i18n.ID), "Body is *view.Home"},
		{"nil body", "home", testPage(i18n.ID, "x", "", nil), "Body is <nil>"},
		{"typed nil body", "archive", testPage(i18n.ID, "x", "", (*Archive)(nil)), "Body is *view.Archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			err := e.Render(&b, tt.page, tt.p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes on error", b.Len())
			}
		})
	}
}

func TestRenderDefaultsToIndonesian(t *testing.T) {
	t.Parallel()
	p := testHome(i18n.ID)
	p.Site.Lang = ""
	out := render(t, engine(t), "home", p)
	if !strings.Contains(out, `<html lang="id">`) || !strings.Contains(out, "Terbaru") {
		t.Error("empty language did not render Indonesian")
	}
}

func TestRenderConcurrent(t *testing.T) {
	t.Parallel()
	e := engine(t)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Go(func() {
			l := i18n.Langs()[i%2]
			var b bytes.Buffer
			if err := e.Render(&b, "article", testPage(l, "x", "", testArticle())); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
