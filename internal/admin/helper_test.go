package admin_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/admin"
	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/media"
	"warta/internal/server"
	"warta/internal/setting"
	"warta/internal/site"
	"warta/internal/spam"
	"warta/internal/store"
	"warta/internal/storetest"
	"warta/internal/view"
)

// The test users by the names scenarios use. "author2" is a second author
// whose posts "author" must not touch.
var testRoles = map[string]auth.Role{
	"admin": auth.Administrator, "editor": auth.Editor, "author": auth.Author,
	"author2": auth.Author, "contributor": auth.Contributor,
}

// testSite is the admin over a fresh database with one signed-in session
// per role.
type testSite struct {
	db       *store.DB
	content  *content.Service
	auth     *auth.Service
	srv      *httptest.Server
	users    map[string]*auth.User
	tokens   map[string]string // session cookie per user name
	csrf     map[string]string
	mail     *fakeMailer
	logs     *syncBuffer
	dataDir  string
	clock    *testClock
	media    *media.Library
	comments *comment.Service
	handler  http.Handler
}

// testClock is the site's clock: real time plus an offset tests move.
type testClock struct {
	mu     sync.Mutex
	offset time.Duration
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

func (c *testClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += d
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// fakeMailer keeps sent mail.
type fakeMailer struct {
	mu   sync.Mutex
	sent []string
}

func (m *fakeMailer) Send(_ context.Context, to []string, subject, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, strings.Join(to, ",")+"\n"+subject+"\n"+body)
	return nil
}

func (m *fakeMailer) last() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.sent) == 0 {
		return ""
	}
	return m.sent[len(m.sent)-1]
}

// password is every test user's password.
const password = "kata-sandi-uji-123"

// newTestSite starts the admin (with the public site for previews) on db.
// withPasswords gives users real passwords (slow: argon2id).
func newTestSite(t *testing.T, db *store.DB, withPasswords bool) *testSite {
	t.Helper()
	ctx := context.Background()
	loc, _ := time.LoadLocation("Asia/Jakarta")
	ts := &testSite{db: db, auth: auth.NewService(db), users: map[string]*auth.User{}, tokens: map[string]string{},
		csrf: map[string]string{}, mail: &fakeMailer{}, logs: &syncBuffer{}, dataDir: t.TempDir(), clock: &testClock{}}
	ts.content = content.NewService(db, content.Options{Location: loc, Now: ts.clock.now})
	ts.media = media.New(db, ts.dataDir)
	for name, role := range testRoles {
		nu := auth.NewUser{Email: name + "@example.invalid", Name: "Uji " + name, Role: role}
		if withPasswords {
			nu.Password = password
		}
		u, err := ts.auth.AddUser(ctx, nu)
		if err != nil {
			t.Fatal(err)
		}
		ts.users[name] = u
		tok, sess, err := ts.auth.CreateSession(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		ts.tokens[name], ts.csrf[name] = tok, sess.CSRF
	}
	views, err := view.New("")
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(ts.logs, nil))
	ts.comments = comment.New(db, comment.Options{Content: ts.content, Spam: spam.New(db, comment.DefaultSettings().Rules()),
		Location: loc, Now: ts.clock.now, Log: log})
	pub := site.New(site.Deps{Content: ts.content, View: views, Lang: i18n.ID, BaseURL: "http://warta.test", Location: loc, Log: log,
		Comments: ts.comments})
	a, err := admin.New(admin.Deps{DB: db, Auth: ts.auth, Content: ts.content, Media: ts.media, Comments: ts.comments,
		Preview: pub, Mailer: ts.mail, PostURL: func(p *content.Post) string { return pub.URL(ctx, p) },
		Lang: i18n.ID, BaseURL: "http://warta.test", Location: loc, Log: log, Now: ts.clock.now})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	pub.Routes(mux)
	mux.Handle("GET /static/", views.StaticHandler())
	mux.Handle("GET /favicon.ico", views.StaticHandler())
	mux.Handle("GET /media/", ts.media.Handler())
	ts.handler = server.SecurityHeaders(mux)
	ts.srv = httptest.NewServer(ts.handler)
	t.Cleanup(ts.srv.Close)
	t.Cleanup(func() {
		for _, bad := range []string{"@example.invalid", password} {
			if strings.Contains(ts.logs.String(), bad) {
				t.Errorf("logs hold a secret or an email (%q):\n%s", bad, ts.logs.String())
			}
		}
		for _, tok := range ts.tokens {
			if strings.Contains(ts.logs.String(), tok) {
				t.Error("logs hold a session token")
			}
		}
	})
	return ts
}

// response is what a test request got back.
type response struct {
	status int
	body   string
	header http.Header
}

// req sends one request as user who ("" for nobody). POST forms get the
// user's CSRF token and this site's Origin unless they set their own.
func (ts *testSite) req(t *testing.T, who, method, path string, form url.Values) response {
	t.Helper()
	var body io.Reader
	if form != nil {
		f := url.Values{}
		for k, v := range form {
			f[k] = v
		}
		if _, ok := f["csrf_token"]; !ok && who != "" {
			f.Set("csrf_token", ts.csrf[who])
		}
		body = strings.NewReader(f.Encode())
	}
	r, err := http.NewRequest(method, ts.srv.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Origin", ts.srv.URL)
	}
	if who != "" {
		r.AddCookie(&http.Cookie{Name: "warta_session", Value: ts.tokens[who]})
	}
	return ts.do(t, r)
}

func (ts *testSite) do(t *testing.T, r *http.Request) response {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, body: string(b), header: resp.Header}
}

// post creates a post directly through the content service.
func (ts *testSite) post(t *testing.T, owner string, in content.Input) *content.Post {
	t.Helper()
	in.AuthorID = ts.users[owner].ID
	p, err := ts.content.Create(context.Background(), in, in.AuthorID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// eachDB runs fn on SQLite and, when configured, PostgreSQL.
func eachDB(t *testing.T, fn func(t *testing.T, db *store.DB)) { storetest.Each(t, fn) }

func jakarta(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// get fetches url without cookies.
func get(t *testing.T, url string) response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, body: string(b), header: resp.Header}
}

// mustURL is the public URL of p as the site builds it.
func mustURL(t *testing.T, ts *testSite, p *content.Post) string {
	t.Helper()
	loc := jakarta(t)
	return "http://warta.test" + setting.Defaults().URLs(loc).Post(p)
}

// bombPNGBytes is a PNG whose header claims 100000×100000 pixels.
func bombPNGBytes() []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], 100000)
	binary.BigEndian.PutUint32(ihdr[4:], 100000)
	ihdr[8], ihdr[9] = 8, 2
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}
