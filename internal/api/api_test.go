package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"warta/internal/api"
	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// The test users, by the name scenarios use for them. "author2" is a
// second author whose posts "author" must not touch.
var testRoles = map[string]auth.Role{
	"admin": auth.Administrator, "editor": auth.Editor, "author": auth.Author,
	"author2": auth.Author, "contributor": auth.Contributor,
}

// Who sends a request: "" is anonymous, badToken a token nobody owns.
const badToken = "bad"

const emailDomain = "@example.invalid"

// testAPI is a running API over a fresh database with one user per role.
type testAPI struct {
	db      *store.DB
	content *content.Service
	auth    *auth.Service
	srv     *httptest.Server
	users   map[string]*auth.User
	tokens  map[string]string
	logs    *syncBuffer
}

// syncBuffer is a log sink safe for the server's goroutines.
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

// newTestAPI starts the API over db. When the test ends it checks that
// nothing logged held a token or an email address.
func newTestAPI(t *testing.T, db *store.DB) *testAPI {
	t.Helper()
	ctx := context.Background()
	ta := &testAPI{
		db: db, content: content.NewService(db, content.Options{}), auth: auth.NewService(db),
		users: map[string]*auth.User{}, tokens: map[string]string{}, logs: &syncBuffer{},
	}
	for name, role := range testRoles {
		u, err := ta.auth.AddUser(ctx, auth.NewUser{Email: name + emailDomain, Name: "Uji " + name, Role: role})
		if err != nil {
			t.Fatal(err)
		}
		tok, err := ta.auth.CreateToken(ctx, u.ID, "test")
		if err != nil {
			t.Fatal(err)
		}
		ta.users[name], ta.tokens[name] = u, tok
	}
	h := api.New(api.Deps{
		Content: ta.content, Auth: ta.auth,
		URL: func(p *content.Post) string { return "https://warta.example/" + p.Slug + "/" },
		Log: slog.New(slog.NewTextHandler(ta.logs, nil)),
	})
	mux := http.NewServeMux()
	mux.Handle(api.Prefix, h)
	ta.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		ta.srv.Close()
		logs := ta.logs.String()
		for _, tok := range ta.tokens {
			if strings.Contains(logs, tok) {
				t.Error("a token was logged")
			}
		}
		if strings.Contains(logs, emailDomain) {
			t.Error("an email address was logged")
		}
	})
	return ta
}

// response is what a request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// apiError decodes an error response.
func (r response) apiError() (code, field string) {
	var e struct {
		Error struct{ Code, Field, Message string }
	}
	_ = json.Unmarshal(r.body, &e)
	return e.Error.Code, e.Error.Field
}

// decode unmarshals the body into v.
func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

// do sends a request as who and fails the test if the response is not
// JSON or holds an email address.
func (ta *testAPI) do(t *testing.T, method, path, who, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, ta.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	switch who {
	case "":
	case badToken:
		req.Header.Set("Authorization", "Bearer warta_notarealtoken")
	default:
		tok, ok := ta.tokens[who]
		if !ok {
			t.Fatalf("no user %q", who)
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := ta.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, path, ct)
	}
	if bytes.Contains(b, []byte(emailDomain)) {
		t.Errorf("%s %s: response holds an email address: %s", method, path, b)
	}
	return response{status: res.StatusCode, header: res.Header, body: b}
}

// counts are the rows a write would add to.
type counts struct{ posts, revisions, terms int }

func (ta *testAPI) counts(t *testing.T) counts {
	t.Helper()
	var c counts
	ctx := context.Background()
	for _, q := range []struct {
		sql string
		n   *int
	}{
		{`SELECT COUNT(*) FROM posts`, &c.posts},
		{`SELECT COUNT(*) FROM revisions`, &c.revisions},
		{`SELECT COUNT(*) FROM terms`, &c.terms},
	} {
		if err := ta.db.QueryRow(ctx, q.sql).Scan(q.n); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// post stores a post written by the named user directly through content
// and returns its id as a string for paths.
func (ta *testAPI) post(t *testing.T, who string, in content.Input) string {
	t.Helper()
	in.AuthorID = ta.users[who].ID
	if in.Title == "" {
		in.Title = "Pasar Tradisional Bersolek Menjelang Lebaran"
	}
	p, err := ta.content.Create(context.Background(), in, in.AuthorID)
	if err != nil {
		t.Fatal(err)
	}
	return strconv.FormatInt(p.ID, 10)
}

// scenario is one request against a fresh database.
type scenario struct {
	name   string
	setup  func(t *testing.T, ta *testAPI) string // returns the {id} of path, if any
	method string
	path   string
	as     string // user name, "" for anonymous, badToken
	body   string
	status int
	field  string            // the error's field, for 4xx
	header map[string]string // headers that must hold these substrings
	has    []string          // substrings the body must hold
	writes bool              // whether the request may store anything
}

// run plays each scenario on its own database, on every dialect, and
// checks that failed requests stored nothing.
func run(t *testing.T, scenarios []scenario) {
	t.Helper()
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			storetest.Each(t, func(t *testing.T, db *store.DB) {
				ta := newTestAPI(t, db)
				path := sc.path
				if sc.setup != nil {
					path = strings.ReplaceAll(path, "{id}", sc.setup(t, ta))
				}
				before := ta.counts(t)
				res := ta.do(t, sc.method, path, sc.as, sc.body)
				after := ta.counts(t)
				if res.status != sc.status {
					t.Fatalf("%s %s: status %d, want %d: %s", sc.method, path, res.status, sc.status, res.body)
				}
				if code, field := res.apiError(); sc.status >= 400 {
					if code == "" || field != sc.field {
						t.Errorf("error code %q field %q, want field %q: %s", code, field, sc.field, res.body)
					}
				}
				for k, v := range sc.header {
					if got := res.header.Get(k); !strings.Contains(got, v) {
						t.Errorf("header %s = %q, want it to hold %q", k, got, v)
					}
				}
				for _, s := range sc.has {
					if !bytes.Contains(res.body, []byte(s)) {
						t.Errorf("body lacks %q: %s", s, res.body)
					}
				}
				if !sc.writes && after != before {
					t.Errorf("rows changed from %+v to %+v", before, after)
				}
				if sc.writes && after == before {
					t.Errorf("nothing was stored")
				}
			})
		})
	}
}
