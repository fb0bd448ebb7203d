package site_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"warta/internal/cache"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/search"
	"warta/internal/site"
	"warta/internal/store"
	"warta/internal/storetest"
	"warta/internal/view"
)

// newSearchWorld is a site with a search index and a few articles.
func newSearchWorld(t *testing.T, db *store.DB, lang i18n.Lang) (*world, map[string]*content.Post) {
	t.Helper()
	ctx := context.Background()
	svc := content.NewService(db, content.Options{Location: jakarta})
	idx := search.New(db, search.Options{})
	svc.AddObserver(idx)
	t.Cleanup(func() { _ = idx.Close(context.Background()) })
	posts := map[string]*content.Post{}
	at := time.Date(2026, 2, 10, 9, 0, 0, 0, jakarta)
	for i, a := range []struct{ key, title, body, cat string }{
		{"kerja", "Warga Bekerja Bakti di Sungai", "Ratusan warga bekerja membersihkan sungai dari sampah plastik sejak pagi.", "Lingkungan"},
		{"pekerjaan", "Pekerjaan Jembatan Dikebut", "Pekerjaan jembatan desa dikebut agar selesai sebelum musim hujan; sungai sering meluap.", "Nasional"},
		{"sampah", "Bank Sampah Sungai Bersih", "Bank sampah mengajak warga memilah sampah plastik agar sungai tetap bersih.", "Lingkungan"},
		{"cabai", "Harga Cabai Naik", "Pedagang pasar menjual cabai lebih mahal karena pasokan berkurang.", "Ekonomi"},
	} {
		p, err := svc.Create(ctx, content.Input{Title: a.title, Body: "<p>" + a.body + "</p>", Status: content.Published,
			PublishAt: at.AddDate(0, 0, i), Categories: []string{a.cat}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		posts[a.key] = p
	}
	if err := idx.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	views, err := view.New("")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	site.New(site.Deps{Content: svc, View: views, Lang: lang, BaseURL: "http://warta.test", Location: jakarta, Search: idx}).Routes(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return &world{srv: srv, svc: svc}, posts
}

func TestSearchPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w, _ := newSearchWorld(t, db, i18n.ID)
		w.check(t, []scenario{
			{path: "/search?q=kerja", status: 200, want: []string{
				"Hasil pencarian untuk “kerja”", "2 artikel ditemukan", "Warga <mark>Bekerja</mark> Bakti di Sungai",
				"<mark>Pekerjaan</mark> Jembatan", `<meta name="robots" content="noindex">`, `value="kerja"`,
			}, wantNot: []string{"Harga Cabai"}},
			{path: "/?s=kerja", status: 200, want: []string{"Hasil pencarian untuk “kerja”", "2 artikel ditemukan"}},
			{path: "/?s=sampah+plastik&paged=1", status: 200, want: []string{"<mark>sampah</mark> <mark>plastik</mark>"}},
			{path: "/search?q=sungai&category=lingkungan", status: 200, want: []string{"2 artikel ditemukan", `<option value="lingkungan" selected>`}, wantNot: []string{"Pekerjaan Jembatan"}},
			{path: "/search?q=sungai&from=2026-02-11&to=2026-02-11", status: 200, want: []string{"1 artikel ditemukan", "Pekerjaan Jembatan"}},
			{path: "/search?q=sungai&from=bukan-tanggal", status: 200, want: []string{"3 artikel ditemukan"}},
			{path: "/search?q=sungai&from=2030-01-01", status: 200, want: []string{"Ada hasil di kategori atau tanggal lain:", `href="/search?q=sungai"`, `value="2030-01-01"`}},
			{path: "/search?q=%22sampah+plastik%22", status: 200, want: []string{"2 artikel ditemukan"}},
			{path: "/search?q=sung*", status: 200, want: []string{"3 artikel ditemukan"}},
			{path: "/search?q=sungaii", status: 200, want: []string{"Tidak ada artikel yang cocok dengan “sungaii”.", "Mungkin maksud Anda:", `href="/search?q=sungai"`}},
			{path: "/search?q=sungai+kapal+selam", status: 200, want: []string{"Coba dengan lebih sedikit kata:"}},
			{path: "/search?q=cabai&category=lingkungan", status: 200, want: []string{"Ada hasil di kategori atau tanggal lain:", `href="/search?q=cabai"`}},
			{path: "/search?q=zzzqqq", status: 200, want: []string{"Periksa ejaan"}},
			{path: "/search", status: 200, want: []string{"<h1>Cari</h1>", "Tulis kata yang dicari"}},
			{path: "/search?q=kerja&page=2", status: 404},
			{path: "/", status: 200, want: []string{`<form class="site-search" role="search" action="http://warta.test/search"`, `<label for="site-search-q" class="visually-hidden">Cari di situs</label>`}},
		})
	})
}

func TestSearchPagesNeverFail(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w, _ := newSearchWorld(t, db, i18n.EN)
		odd := []string{"", strings.Repeat("x", 1001), `"unclosed`, "NEAR(a b)", "*", "-", "(", "title:x", "\x00\x07kerja", "\xff\xfe",
			"'; DROP TABLE posts; --", `kerja:* | !x`, "%", "\u202e"}
		for _, q := range odd {
			for _, path := range []string{"/search?q=" + url.QueryEscape(q), "/?s=" + url.QueryEscape(q)} {
				resp, err := http.Get(w.srv.URL + path)
				if err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				_, _ = fmt.Fprint(&b, resp.Header)
				body := readAll(t, resp)
				if resp.StatusCode != http.StatusOK {
					t.Errorf("GET %s: status %d", path, resp.StatusCode)
				}
				for _, bad := range []string{"SQL", "sqlite", "syntax error", "fts5", "tsquery", "Terjadi kesalahan"} {
					if strings.Contains(body, bad) {
						t.Errorf("GET %s: page shows %q", path, bad)
					}
				}
				if resp.Header.Get(cache.KeyHeader) != "" {
					t.Errorf("GET %s: search page carries surrogate keys %q; it must not be cached", path, resp.Header.Get(cache.KeyHeader))
				}
			}
		}
		w.check(t, []scenario{
			{path: "/search?q=work", status: 200, want: []string{"Search results for “work”", "No article matches “work”."}},
			{path: "/search?q=sungai", status: 200, want: []string{"3 articles found"}},
		})
	})
}

func TestArticleShowsRelatedPosts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w, posts := newSearchWorld(t, db, i18n.ID)
		path := "/2026/02/10/warga-bekerja-bakti-di-sungai/"
		resp, err := http.Get(w.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		for _, want := range []string{"Artikel Terkait", `<a href="/2026/02/12/bank-sampah-sungai-bersih/">Bank Sampah Sungai Bersih</a>`} {
			if !strings.Contains(body, want) {
				t.Errorf("article lacks %q", want)
			}
		}
		related := body[strings.Index(body, "Artikel Terkait"):]
		if strings.Contains(related, "Warga Bekerja Bakti di Sungai</a>") {
			t.Error("an article is related to itself")
		}
		keys := resp.Header.Get(cache.KeyHeader)
		if !strings.Contains(" "+keys+" ", " "+content.KeyPost(posts["sampah"].ID)+" ") {
			t.Errorf("surrogate keys %q lack the related post's key", keys)
		}
	})
}

func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return b.String()
}
