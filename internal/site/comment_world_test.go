package site_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta/internal/cache"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/site"
	"warta/internal/spam"
	"warta/internal/store"
	"warta/internal/view"
)

// stubSpam classifies "slot gacor" as spam and anything else as ham.
type stubSpam struct{}

func (stubSpam) Check(_ context.Context, in spam.Input) (spam.Verdict, error) {
	if strings.Contains(in.Content, "slot gacor") {
		return spam.Verdict{Decision: spam.Spam, Score: 0.99, Reasons: []string{"gambling"}}, nil
	}
	return spam.Verdict{Decision: spam.Ham, Score: 0.01}, nil
}

func (stubSpam) Learn(context.Context, spam.Input, bool) error { return nil }

// cachePurger purges a page cache the way the app does.
type cachePurger struct{ c *cache.Cache }

func (p cachePurger) Purge(_ context.Context, keys ...string) { p.c.Purge(keys...) }

// commentWorld is a site with comments behind a real page cache.
type commentWorld struct {
	t        *testing.T
	db       *store.DB
	srv      *httptest.Server
	content  *content.Service
	comments *comment.Service
	article  *content.Post // open
	other    *content.Post // open
	closed   *content.Post
	path     string // of article
	client   *http.Client
}

func newCommentWorld(t *testing.T, db *store.DB, lang i18n.Lang) *commentWorld {
	t.Helper()
	ctx := context.Background()
	loc := time.FixedZone("WIB", 7*3600)
	pages := cache.New(8 << 20)
	w := &commentWorld{t: t, db: db, content: content.NewService(db, content.Options{Location: loc, Purger: cachePurger{pages}}),
		client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	mk := func(title, status string, ago time.Duration) *content.Post {
		p, err := w.content.Create(ctx, content.Input{Title: title, Body: "<p>Isi berita tentang " + title + ".</p>",
			Status: content.Published, PublishAt: time.Now().Add(-ago), Categories: []string{"Daerah"}, CommentStatus: status}, 0)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	w.article = mk("Sumur Bor Baru untuk Desa Kering", content.CommentsOpen, time.Hour)
	w.other = mk("Lomba Perahu Naga di Sungai", content.CommentsOpen, 2*time.Hour)
	w.closed = mk("Rapat Anggaran Selesai", content.CommentsClosed, 3*time.Hour)
	if _, err := w.content.Create(ctx, content.Input{Type: content.TypePage, Title: "Pedoman Media Siber", Slug: "pedoman-media-siber",
		Body: "<p>Santun.</p>", Status: content.Published}, 0); err != nil {
		t.Fatal(err)
	}
	w.comments = comment.New(db, comment.Options{Content: w.content, Spam: stubSpam{}, Purger: cachePurger{pages}, Location: loc})
	views, err := view.New("")
	if err != nil {
		t.Fatal(err)
	}
	pub := site.New(site.Deps{Content: w.content, View: views, Lang: lang, BaseURL: "http://warta.test", Location: loc, Comments: w.comments})
	mux := http.NewServeMux()
	pub.Routes(mux)
	mux.Handle("GET /static/", views.StaticHandler())
	w.srv = httptest.NewServer(pages.Middleware(mux))
	t.Cleanup(w.srv.Close)
	w.path = pathOf(t, pub, w.article)
	return w
}

func pathOf(t *testing.T, s *site.Site, p *content.Post) string {
	t.Helper()
	return strings.TrimPrefix(s.URL(context.Background(), p), "http://warta.test")
}

// reply is one HTTP answer.
type reply struct {
	status int
	header http.Header
	body   string
}

func (w *commentWorld) get(path string, header ...string) reply {
	w.t.Helper()
	req, err := http.NewRequest("GET", w.srv.URL+path, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return w.do(req)
}

func (w *commentWorld) post(path, contentType, body string, header ...string) reply {
	w.t.Helper()
	req, err := http.NewRequest("POST", w.srv.URL+path, strings.NewReader(body))
	if err != nil {
		w.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return w.do(req)
}

func (w *commentWorld) do(req *http.Request) reply {
	w.t.Helper()
	resp, err := w.client.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, resp.Header, string(b)}
}

// form is a filled-in comment form for post, with a time token fetched
// the way comments.js does (the stub filter does not look at the time).
func (w *commentWorld) form(post *content.Post, text string) url.Values {
	w.t.Helper()
	r := w.get("/comments/token?post=" + itoa(post.ID))
	m := regexp.MustCompile(`"token":"([^"]+)"`).FindStringSubmatch(r.body)
	if r.status != 200 || m == nil {
		w.t.Fatalf("token: %d %s", r.status, r.body)
	}
	return url.Values{"post_id": {itoa(post.ID)}, "parent_id": {"0"}, "comment": {text}, "author": {"Rudi Hartono"},
		"email": {"rudi@example.org"}, "url": {""}, "rules": {"1"}, "wt": {m[1]}, "js": {"1"}, "extra_info": {""}}
}

func (w *commentWorld) send(v url.Values, header ...string) reply {
	w.t.Helper()
	return w.post("/comments/post", "application/x-www-form-urlencoded", v.Encode(), header...)
}

// count is the number of stored comments.
func (w *commentWorld) count() int {
	w.t.Helper()
	var n int
	if err := w.db.QueryRow(context.Background(), `SELECT COUNT(*) FROM comments`).Scan(&n); err != nil {
		w.t.Fatal(err)
	}
	return n
}

// approveAll approves every comment, as a moderator would.
func (w *commentWorld) approveAll() {
	w.t.Helper()
	ctx := context.Background()
	list, _, err := w.comments.List(ctx, comment.ListQuery{Status: comment.Pending, Limit: 100})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, c := range list {
		if _, err := w.comments.SetStatus(ctx, c.ID, comment.Approved, 0); err != nil {
			w.t.Fatal(err)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
