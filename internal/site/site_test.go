package site_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/site"
	"warta/internal/store"
	"warta/internal/storetest"
	"warta/internal/view"
)

var jakarta, _ = time.LoadLocation("Asia/Jakarta")

// world is a small published site behind a real HTTP server.
type world struct {
	srv     *httptest.Server
	svc     *content.Service
	article *content.Post
	draft   *content.Post
	page    *content.Post
}

const articleBody = `<p>Warga Desa Sukamaju memanen kopi lebih awal tahun ini karena hujan datang terlambat.</p>
<h2>Panen yang dipercepat</h2>
<p>Koperasi menampung hasil panen di gudang baru.</p>
<figure><img src="/media/gudang.png" alt="Gudang koperasi penuh karung kopi" width="1200" height="675"><figcaption>Gudang koperasi pada pagi hari.</figcaption></figure>
<h3>Harga di tingkat petani</h3>
<ul><li><strong>Arabika:</strong> naik sedikit.</li><li><strong>Robusta:</strong> stabil.</li></ul>
<blockquote><p>“Kami belum pernah panen secepat ini,” kata Darto.</p></blockquote>
<p>Baca juga <a href="https://example.org/kopi">laporan koperasi</a>.</p>`

func newWorld(t testing.TB, db *store.DB, lang i18n.Lang) *world {
	t.Helper()
	ctx := context.Background()
	var authorID int64
	err := db.InTx(ctx, func(tx *store.Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO users (email, name, slug, bio, role, created_at)
			VALUES ('rina@example.invalid', 'Rina Kartika', 'rina-kartika', 'Wartawan ekonomi.', 'author', 0) RETURNING id`).Scan(&authorID)
	})
	if err != nil {
		t.Fatal(err)
	}
	svc := content.NewService(db, content.Options{Location: jakarta})
	w := &world{svc: svc}
	if _, err := svc.CreateTerm(ctx, content.Category, content.TermInput{Name: "Ekonomi", Description: "Berita ekonomi daerah."}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.CreateTerm(ctx, content.Category, content.TermInput{Name: "Pertanian", Parent: "ekonomi"}); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 12, 24, 9, 30, 0, 0, jakarta)
	for i := range 12 {
		_, err := svc.Create(ctx, content.Input{Title: fmt.Sprintf("Kabar pasar ke-%d", i+1), Status: content.Published,
			Body: "<p>Isi kabar pasar.</p>", PublishAt: at.AddDate(0, 0, -i-1), Categories: []string{"Pertanian"}, AuthorID: authorID}, authorID)
		if err != nil {
			t.Fatal(err)
		}
	}
	w.article, err = svc.Create(ctx, content.Input{
		Title: "Panen Kopi Sukamaju Datang Lebih Awal", Lead: "Hujan yang terlambat mengubah kalender petani.",
		Body: articleBody, Status: content.Published, PublishAt: at, Categories: []string{"Ekonomi"}, Tags: []string{"Kopi", "Koperasi"},
		AuthorID: authorID, Image: content.Image{URL: "/media/kopi.png", Alt: "Petani memetik kopi merah", Caption: "Petani memetik kopi di lereng bukit.", Width: 1200, Height: 675},
	}, authorID)
	if err != nil {
		t.Fatal(err)
	}
	w.draft, err = svc.Create(ctx, content.Input{Title: "Draf yang belum terbit", Body: "<p>Rahasia redaksi.</p>", AuthorID: authorID}, authorID)
	if err != nil {
		t.Fatal(err)
	}
	w.page, err = svc.Create(ctx, content.Input{Type: content.TypePage, Title: "Tentang Kami", Body: "<p>Kami media lokal.</p>", Status: content.Published}, authorID)
	if err != nil {
		t.Fatal(err)
	}
	views, err := view.New("")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	site.New(site.Deps{Content: svc, View: views, Lang: lang, BaseURL: "http://warta.test", Location: jakarta}).Routes(mux)
	w.srv = httptest.NewServer(mux)
	t.Cleanup(w.srv.Close)
	return w
}

type scenario struct {
	path     string
	status   int
	location string   // for redirects
	want     []string // substrings that must be in the body
	wantNot  []string // substrings that must not be
}

func (w *world) check(t *testing.T, scenarios []scenario) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, sc := range scenarios {
		resp, err := client.Get(w.srv.URL + sc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != sc.status {
			t.Errorf("GET %s: status %d, want %d", sc.path, resp.StatusCode, sc.status)
			continue
		}
		if sc.location != "" && resp.Header.Get("Location") != sc.location {
			t.Errorf("GET %s: Location %q, want %q", sc.path, resp.Header.Get("Location"), sc.location)
		}
		for _, s := range sc.want {
			if !strings.Contains(string(body), s) {
				t.Errorf("GET %s: body lacks %q", sc.path, s)
			}
		}
		for _, s := range sc.wantNot {
			if strings.Contains(string(body), s) {
				t.Errorf("GET %s: body has %q", sc.path, s)
			}
		}
	}
}

func TestPublicRoutes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, i18n.ID)
		art := "/2025/12/24/panen-kopi-sukamaju-datang-lebih-awal/"
		w.check(t, []scenario{
			{path: "/", status: 200, want: []string{"Panen Kopi Sukamaju Datang Lebih Awal", "Kabar pasar ke-1", `href="/page/2/"`, "Tentang Kami"}, wantNot: []string{"Draf yang belum terbit"}},
			{path: "/page/2/", status: 200, want: []string{"Kabar pasar ke-", "Halaman 2 dari 2"}},
			{path: "/page/1/", status: 404},
			{path: "/page/9/", status: 404, want: []string{"Halaman tidak ditemukan"}},
			{path: art, status: 200, want: []string{"<h1>Panen Kopi Sukamaju Datang Lebih Awal</h1>", "24 Desember 2025", "Rina Kartika", "<figcaption>"}},
			{path: strings.TrimSuffix(art, "/"), status: 301, location: art},
			{path: "/2025/12/23/panen-kopi-sukamaju-datang-lebih-awal/", status: 301, location: art},
			{path: fmt.Sprintf("/?p=%d", w.article.ID), status: 301, location: art},
			{path: fmt.Sprintf("/?page_id=%d", w.page.ID), status: 301, location: "/tentang-kami/"},
			{path: fmt.Sprintf("/?p=%d", w.draft.ID), status: 404},
			{path: "/?p=abc", status: 404},
			{path: "/?p=99999", status: 404},
			{path: "/category/ekonomi/", status: 200, want: []string{"Ekonomi", "Berita ekonomi daerah.", "Panen Kopi", "Kabar pasar ke-1", `href="/category/ekonomi/page/2/"`}},
			{path: "/category/ekonomi/page/2/", status: 200, want: []string{"Kabar pasar ke-"}},
			{path: "/category/ekonomi/pertanian/", status: 200, want: []string{"Pertanian", "Kabar pasar ke-1"}, wantNot: []string{"Panen Kopi Sukamaju"}},
			{path: "/category/ekonomi", status: 301, location: "/category/ekonomi/"},
			{path: "/category/tidak-ada/", status: 404, want: []string{"Halaman tidak ditemukan"}},
			{path: "/category/ekonomi/page/50/", status: 404},
			{path: "/tag/kopi/", status: 200, want: []string{"Kopi", "Panen Kopi Sukamaju"}, wantNot: []string{"Kabar pasar"}},
			{path: "/author/rina-kartika/", status: 200, want: []string{"Rina Kartika", "Wartawan ekonomi."}},
			{path: "/author/siapa/", status: 404},
			{path: "/2025/", status: 200, want: []string{"2025", "Panen Kopi"}},
			{path: "/2025/12/", status: 200, want: []string{"Desember 2025"}},
			{path: "/2025/12/24/", status: 200, want: []string{"24 Desember 2025", "Panen Kopi"}, wantNot: []string{"Kabar pasar"}},
			{path: "/2025/02/31/", status: 404},
			{path: "/1999/", status: 404},
			{path: "/tentang-kami/", status: 200, want: []string{"<h1>Tentang Kami</h1>", "Kami media lokal."}, wantNot: []string{`rel="author"`}},
			{path: "/draf-yang-belum-terbit/", status: 404},
			{path: "/2025/12/24/draf-yang-belum-terbit/", status: 404, wantNot: []string{"Rahasia redaksi"}},
			{path: "/tidak/ada/sama/sekali/", status: 404},
			{path: "/robots-nope.txt", status: 404},
		})
	})
}

func TestEnglish(t *testing.T) {
	t.Parallel()
	w := newWorld(t, storetest.SQLite(t), i18n.EN)
	w.check(t, []scenario{
		{path: "/2025/12/24/panen-kopi-sukamaju-datang-lebih-awal/", status: 200, want: []string{`lang="en"`, "24 December 2025"}},
		{path: "/nope/", status: 404, want: []string{"Page not found"}},
	})
}

func TestSurrogateKeys(t *testing.T) {
	t.Parallel()
	w := newWorld(t, storetest.SQLite(t), i18n.ID)
	resp, err := http.Get(w.srv.URL + "/2025/12/24/panen-kopi-sukamaju-datang-lebih-awal/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	keys := resp.Header.Get("Surrogate-Key")
	for _, want := range []string{content.KeyPost(w.article.ID), content.KeyTerm(w.article.Categories[0].ID), content.KeyAuthor(w.article.AuthorID)} {
		if !strings.Contains(" "+keys+" ", " "+want+" ") {
			t.Errorf("article keys %q lack %q", keys, want)
		}
	}
	resp, _ = http.Get(w.srv.URL + "/nope/")
	resp.Body.Close()
	if resp.Header.Get("Surrogate-Key") != "" {
		t.Error("a 404 page is tagged for caching")
	}
}
