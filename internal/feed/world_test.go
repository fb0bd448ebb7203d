package feed_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/feed"
	"warta/internal/i18n"
	"warta/internal/store"
)

var jakarta = mustZone("Asia/Jakarta")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

const base = "http://warta.test"

// world is a small published site with its feeds behind a real server.
type world struct {
	t        *testing.T
	db       *store.DB
	srv      *httptest.Server
	svc      *content.Service
	now      time.Time
	articles []*content.Post // published, newest first
	photo    *content.Post   // the newest article: image, tags, lead
	old      *content.Post   // published three days before now
	draft    *content.Post
	page     *content.Post
	comments *fakeComments
}

// worldOptions vary the fixture.
type worldOptions struct {
	noComments  bool // no CommentSource: comment feeds must 404
	sitemapSize int
}

func newWorld(t *testing.T, db *store.DB, opt worldOptions) *world {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, jakarta)
	w := &world{t: t, db: db, now: now}
	w.svc = content.NewService(db, content.Options{Location: jakarta, Now: func() time.Time { return now }})
	var authorID int64
	err := db.InTx(ctx, func(tx *store.Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO users (email, name, slug, bio, role, created_at)
			VALUES ('sari@example.invalid', 'Sari Wulandari', 'sari-wulandari', 'Menulis soal pangan.', 'author', 0) RETURNING id`).Scan(&authorID)
	})
	if err != nil {
		t.Fatal(err)
	}
	mustTerm(t, w.svc, content.TermInput{Name: "Ekonomi", Description: "Kabar ekonomi daerah."})
	mustTerm(t, w.svc, content.TermInput{Name: "Pertanian", Parent: "ekonomi"})
	mustTerm(t, w.svc, content.TermInput{Name: "Kosong"})
	for i := range 6 { // every 20 hours back from now: three within two days
		p := w.create(content.Input{Title: fmt.Sprintf("Harga gabah pekan ke-%d", i+1), Status: content.Published,
			Body: "<p>Petani menjual gabah ke koperasi desa.</p>", PublishAt: now.Add(-time.Duration(i+1) * 20 * time.Hour),
			Categories: []string{"Pertanian"}, AuthorID: authorID})
		w.articles = append(w.articles, p)
	}
	w.old = w.articles[3]
	w.photo = w.create(content.Input{Title: "Kopi Lereng Timur Menembus Pasar Ekspor", Lead: "Koperasi kecil mengirim kontainer pertamanya.",
		Body:   `<p>Biji kopi dari <a href="/tag/kopi/">lereng timur</a> dikirim ke luar negeri.</p><figure><img src="/media/2026/03/gudang.png" alt="Gudang" width="800" height="450"></figure>`,
		Status: content.Published, PublishAt: now.Add(-time.Hour), Categories: []string{"Ekonomi"}, Tags: []string{"Kopi", "Ekspor"},
		AuthorID: authorID, Image: content.Image{URL: "/media/2026/03/kopi.jpg", Alt: "Karung kopi", Width: 1200, Height: 675}})
	w.articles = append([]*content.Post{w.photo}, w.articles...)
	w.draft = w.create(content.Input{Title: "Draf rahasia redaksi", Body: "<p>Belum terbit.</p>", Categories: []string{"Ekonomi"}, AuthorID: authorID})
	w.page = w.create(content.Input{Type: content.TypePage, Title: "Tentang Kami", Body: "<p>Media lokal.</p>", Status: content.Published})
	w.comments = &fakeComments{}
	if !opt.noComments {
		w.comments.add(w.photo.ID, 1, "Budi", "https://budi.example.org/", "<p>Semoga <b>harga</b> bertahan.</p>", now.Add(-30*time.Minute))
		w.comments.add(w.photo.ID, 2, "Ani", "javascript:alert(1)", "Setuju & senang.", now.Add(-20*time.Minute))
		w.comments.add(w.draft.ID, 3, "Bocor", "", "Komentar di draf.", now.Add(-10*time.Minute))
		w.comments.add(w.page.ID, 4, "Tamu", "", "Salam kenal.", now.Add(-5*time.Minute))
	}
	deps := feed.Deps{Content: w.svc, Lang: i18n.ID, BaseURL: base, Location: jakarta, Logo: "/static/logo.png",
		Now: func() time.Time { return now }, SitemapSize: opt.sitemapSize}
	if !opt.noComments {
		deps.Comments = w.comments
	}
	feeds := feed.New(deps)
	mux := http.NewServeMux()
	feeds.Routes(mux)
	// The public site hands {permalink}feed/ paths to PostComments; here
	// it takes every path the feed routes leave.
	mux.Handle("GET /", feeds.PostComments())
	w.srv = httptest.NewServer(mux)
	t.Cleanup(w.srv.Close)
	return w
}

func mustTerm(t *testing.T, svc *content.Service, in content.TermInput) {
	t.Helper()
	if _, err := svc.CreateTerm(context.Background(), content.Category, in); err != nil {
		t.Fatal(err)
	}
}

func (w *world) create(in content.Input) *content.Post {
	w.t.Helper()
	p, err := w.svc.Create(context.Background(), in, in.AuthorID)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

// permalink is the path of a published article (default structure).
func permalink(p *content.Post) string {
	return p.Published.In(jakarta).Format("/2006/01/02/") + p.Slug + "/"
}

// get fetches path without following redirects.
func (w *world) get(path string, header ...string) (*http.Response, string) {
	w.t.Helper()
	req, err := http.NewRequest(http.MethodGet, w.srv.URL+path, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		w.t.Fatal(err)
	}
	return resp, string(body)
}

// mustGet fetches path and fails unless it answers 200.
func (w *world) mustGet(path string) (*http.Response, string) {
	w.t.Helper()
	resp, body := w.get(path)
	if resp.StatusCode != http.StatusOK {
		w.t.Fatalf("GET %s: status %d: %.200s", path, resp.StatusCode, body)
	}
	return resp, body
}

// fakeComments is a CommentSource over a fixed list, newest first.
type fakeComments struct{ list []feed.Comment }

func (f *fakeComments) add(postID, id int64, author, url, html string, at time.Time) {
	f.list = append([]feed.Comment{{ID: id, PostID: postID, Author: author, AuthorURL: url, HTML: html, Published: at}}, f.list...)
}

func (f *fakeComments) Recent(_ context.Context, postID int64, limit int) ([]feed.Comment, error) {
	var out []feed.Comment
	for _, c := range f.list {
		if (postID == 0 || c.PostID == postID) && len(out) < limit {
			out = append(out, c)
		}
	}
	return out, nil
}

// guidOf is the GUID feeds give post p.
func guidOf(p *content.Post) string { return fmt.Sprintf("%s/?p=%d", base, p.ID) }

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func hasAll(s string, subs ...string) (string, bool) {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return sub, false
		}
	}
	return "", true
}
