package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/demo"
	"warta/internal/storetest"
)

// cli runs one warta command line in-process and returns its exit status
// and output.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &environment{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	code := run(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// testApp opens the app of a data directory with a page cache and serves
// its whole HTTP surface.
func testApp(t *testing.T, dataDir, dsn string) (*app, *httptest.Server) {
	t.Helper()
	env := &environment{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	args := []string{"--data", dataDir, "--base-url", "http://warta.test"}
	if dsn != "" {
		args = append(args, "--db", dsn)
	}
	cfg, _, err := parseFlags(env, "test", args, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := openApp(context.Background(), env, cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.close)
	h, err := a.handler()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return a, srv
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestDemoSite(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	code, out, errOut := cli(t, "", "demo", "--data", dir)
	if code != 0 || !strings.Contains(out, "Admin login: "+demoAdminEmail) {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errOut)
	}
	if code, _, errOut := cli(t, "", "demo", "--data", dir); code != 1 || !strings.Contains(errOut, "already has content") {
		t.Errorf("second demo: exit %d, %s", code, errOut)
	}
	a, srv := testApp(t, dir, "")
	posts, total, err := a.content.List(context.Background(), content.ListQuery{Limit: 50})
	if err != nil || total != len(demo.Articles()) {
		t.Fatalf("demo articles: %d, %v", total, err)
	}
	status, body, _ := get(t, srv.URL+"/")
	if status != 200 || !strings.Contains(body, demo.SiteTitle) || !strings.Contains(body, posts[0].Title) {
		t.Fatalf("home: %d", status)
	}
	cats := map[int64]bool{}
	for _, p := range posts {
		for _, c := range p.Categories {
			cats[c.ID] = true
		}
		u := strings.TrimPrefix(a.siteURL(p), "http://warta.test")
		status, body, _ := get(t, srv.URL+u)
		if status != 200 || !strings.Contains(body, "<figure") || !strings.Contains(body, "<figcaption>") {
			t.Errorf("%s: status %d or no figure", u, status)
			continue
		}
		for _, m := range []string{"<h2", "<li><strong>"} {
			if !strings.Contains(body, m) {
				t.Errorf("%s lacks %s", u, m)
			}
		}
	}
	if len(cats) < 5 {
		t.Errorf("demo articles use %d categories, want at least 5", len(cats))
	}
	img := posts[0].Image.URL
	if status, _, h := get(t, srv.URL+img); status != 200 || h.Get("Content-Type") != "image/png" {
		t.Errorf("featured image %s: %d %s", img, status, h.Get("Content-Type"))
	}
	for _, p := range []string{"/healthz", "/metrics", "/favicon.ico", "/tentang-kami/"} {
		if status, _, _ := get(t, srv.URL+p); status != 200 {
			t.Errorf("GET %s = %d", p, status)
		}
	}
	if _, body, _ := get(t, srv.URL+"/metrics"); !strings.Contains(body, "warta_cache_hits_total") || !strings.Contains(body, "warta_http_requests_total") {
		t.Error("metrics lack cache or request counters")
	}
}

func TestUserAndTokenCommands(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	code, out, errOut := cli(t, "kopi-susu-panas\n", "user", "add", "--data", dir, "--email", "nina@example.org", "--name", "Nina Hasan", "--role", "editor")
	if code != 0 || !strings.Contains(out, "Nina Hasan") {
		t.Fatalf("user add: %d %s %s", code, out, errOut)
	}
	bad := []struct {
		stdin string
		args  []string
		code  int
	}{
		{"kopi-susu-panas\n", []string{"user", "add", "--data", dir, "--email", "nina@example.org", "--name", "Lagi", "--role", "editor"}, 1},
		{"kopi-susu-panas\n", []string{"user", "add", "--data", dir, "--email", "x@example.org", "--name", "X", "--role", "boss"}, 2},
		{"pendek\n", []string{"user", "add", "--data", dir, "--email", "y@example.org", "--name", "Y", "--role", "author"}, 1},
		{"", []string{"user", "add", "--data", dir, "--email", "z@example.org", "--name", "Z"}, 2},
		{"", []string{"user", "remove", "--data", dir}, 2},
		{"", []string{"token", "create", "--data", dir, "--user", "nobody@example.org"}, 1},
		{"", []string{"nonsense"}, 2},
		{"", []string{"serve", "--data", dir, "--lang", "fr"}, 1},
	}
	for _, b := range bad {
		code, out, errOut := cli(t, b.stdin, b.args...)
		if code != b.code {
			t.Errorf("%v: exit %d, want %d (%s%s)", b.args, code, b.code, out, errOut)
		}
		if strings.Contains(errOut, "nobody@example.org") {
			t.Errorf("%v: error output shows an email", b.args)
		}
	}
	code, out, _ = cli(t, "", "token", "create", "--data", dir, "--user", "nina@example.org")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	token := lines[len(lines)-1]
	if code != 0 || !strings.HasPrefix(token, "warta_") {
		t.Fatalf("token create: %d %q", code, out)
	}
	_, srv := testApp(t, dir, "")
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/posts", strings.NewReader(`{"title":"Jembatan baru dibuka","body":"<p>Warga menyeberang.</p>","status":"publish","categories":["Nasional"]}`))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var created struct {
		ID  int64
		URL string
	}
	json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if resp.StatusCode != 201 || !strings.HasPrefix(created.URL, "http://warta.test/") {
		t.Fatalf("API create: %d %+v", resp.StatusCode, created)
	}
	if status, body, _ := get(t, srv.URL+strings.TrimPrefix(created.URL, "http://warta.test")); status != 200 || !strings.Contains(body, "Jembatan baru dibuka") {
		t.Errorf("created post page: %d", status)
	}
}

// TestEditPurgesExactlyItsPages edits one post and checks that its page,
// the home page and its archive are fresh while unrelated cached pages are
// still served from the cache.
func TestEditPurgesExactlyItsPages(t *testing.T) {
	t.Parallel()
	a, srv := testApp(t, filepath.Join(t.TempDir(), "data"), "")
	ctx := context.Background()
	// The two posts share no word, so neither is among the other's related
	// posts (which would rightly tie their pages together).
	mk := func(title, body, cat string) *content.Post {
		p, err := a.content.Create(ctx, content.Input{Title: title, Body: body, Status: content.Published, Categories: []string{cat}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	edited, other := mk("Pasar ikan ramai", "<p>Nelayan menjual tongkol segar.</p>", "Ekonomi"),
		mk("Laga final futsal", "<p>Gol penentu tercipta menjelang peluit.</p>", "Olahraga")
	path := func(p *content.Post) string { return strings.TrimPrefix(a.siteURL(p), "http://warta.test") }
	pages := []string{path(edited), path(other), "/", "/category/ekonomi/", "/category/olahraga/"}
	for _, p := range pages {
		get(t, srv.URL+p)
		if _, _, h := get(t, srv.URL+p); h.Get("X-Cache") != "HIT" {
			t.Fatalf("%s not cached after two requests: %q", p, h.Get("X-Cache"))
		}
	}
	in := edited.Input()
	in.Title = "Pasar ikan makin ramai"
	if _, err := a.content.Update(ctx, edited.ID, in, 0); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path(edited), "/", "/category/ekonomi/"} {
		_, body, h := get(t, srv.URL+p)
		if h.Get("X-Cache") != "MISS" || !strings.Contains(body, "Pasar ikan makin ramai") {
			t.Errorf("%s after edit: X-Cache %q, new title shown %v", p, h.Get("X-Cache"), strings.Contains(body, "makin ramai"))
		}
	}
	for _, p := range []string{path(other), "/category/olahraga/"} {
		if _, _, h := get(t, srv.URL+p); h.Get("X-Cache") != "HIT" {
			t.Errorf("unrelated %s was purged", p)
		}
	}
}

// TestOtherProcessWritesReachTheCache edits a post through a second app on
// the same database (as the CLI or another node would) and waits for the
// server's cache to drop the stale page.
func TestOtherProcessWritesReachTheCache(t *testing.T) {
	t.Parallel()
	for _, db := range []string{"sqlite", "postgres"} {
		t.Run(db, func(t *testing.T) {
			t.Parallel()
			dir, dsn := filepath.Join(t.TempDir(), "data"), ""
			if db == "postgres" {
				if dsn = storetest.PostgresDSN(t); dsn == "" {
					t.Skipf("%s not set", storetest.PostgresEnv)
				}
			}
			server, srv := testApp(t, dir, dsn)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go server.bus.Run(ctx, 100*time.Millisecond, server.purgeLocal)
			p, err := server.content.Create(ctx, content.Input{Title: "Harga beras turun", Body: "<p>Isi.</p>", Status: content.Published}, 0)
			if err != nil {
				t.Fatal(err)
			}
			url := srv.URL + strings.TrimPrefix(server.siteURL(p), "http://warta.test")
			// The bus may still deliver the purge of the create itself, so
			// wait until the page is stably cached.
			for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(50 * time.Millisecond) {
				if _, _, h := get(t, url); h.Get("X-Cache") == "HIT" {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("page not cached")
				}
			}
			other, _ := testApp(t, dir, dsn)
			other.cache = nil // a CLI process has no cache of its own
			in := p.Input()
			in.Title = "Harga beras turun lagi"
			if _, err := other.content.Update(ctx, p.ID, in, 0); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(time.Second)
			for {
				_, body, _ := get(t, url)
				if strings.Contains(body, "turun lagi") {
					return
				}
				if time.Now().After(deadline) {
					t.Fatal("the other process's edit did not reach the cache within a second")
				}
				time.Sleep(20 * time.Millisecond)
			}
		})
	}
}
