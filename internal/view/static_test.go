package view

import (
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"warta/web"
)

func TestAssetURL(t *testing.T) {
	t.Parallel()
	e := engine(t)
	tests := []struct{ name, pattern string }{
		{"style.css", `^/static/style\.[0-9a-f]{8}\.css$`},
		{"favicon.ico", `^/static/favicon\.[0-9a-f]{8}\.ico$`},
		{"nope.js", `^/static/nope\.js$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := e.AssetURL(tt.name); !regexp.MustCompile(tt.pattern).MatchString(got) {
				t.Errorf("AssetURL(%q) = %q, want %s", tt.name, got, tt.pattern)
			}
		})
	}
}

func TestStaticHandler(t *testing.T) {
	t.Parallel()
	e := engine(t)
	css, err := web.FS.ReadFile("static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	ico, err := web.FS.ReadFile("static/favicon.ico")
	if err != nil {
		t.Fatal(err)
	}
	styleURL := e.AssetURL("style.css")
	wrongHash := regexp.MustCompile(`\.[0-9a-f]{8}\.`).ReplaceAllString(styleURL, ".00000000.")
	tests := []struct {
		name, method, path string
		header             map[string]string
		status             int
		wantHeader         map[string]string
		body               []byte
	}{
		{"stylesheet", "GET", styleURL, nil, 200, map[string]string{
			"Cache-Control": "public, max-age=31536000, immutable", "Content-Type": "text/css; charset=utf-8",
			"X-Content-Type-Options": "nosniff"}, css},
		{"head", "HEAD", styleURL, nil, 200, map[string]string{"Cache-Control": "public, max-age=31536000, immutable"}, []byte{}},
		{"favicon hashed", "GET", e.AssetURL("favicon.ico"), nil, 200, map[string]string{
			"Content-Type": "image/x-icon", "Cache-Control": "public, max-age=31536000, immutable"}, ico},
		{"favicon root", "GET", "/favicon.ico", nil, 200, map[string]string{
			"Content-Type": "image/x-icon", "Cache-Control": "public, max-age=86400"}, ico},
		{"wrong hash", "GET", wrongHash, nil, 404, nil, nil},
		{"unhashed", "GET", "/static/style.css", nil, 404, nil, nil},
		{"unknown", "GET", "/static/nope.1234abcd.js", nil, 404, nil, nil},
		{"traversal", "GET", "/static/../templates/layout.html", nil, 404, nil, nil},
		{"post", "POST", styleURL, nil, 405, map[string]string{"Allow": "GET, HEAD"}, nil},
		{"not modified", "GET", styleURL, map[string]string{"If-None-Match": "ETAG"}, 304, nil, []byte{}},
	}
	h := e.StaticHandler()
	etag := func() string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", styleURL, nil))
		return rec.Header().Get("ETag")
	}()
	if etag == "" {
		t.Fatal("no ETag")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req := httptest.NewRequest(tt.method, tt.path, nil)
			for k, v := range tt.header {
				req.Header.Set(k, strings.ReplaceAll(v, "ETAG", etag))
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			for k, v := range tt.wantHeader {
				if got := rec.Header().Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			if tt.status == 404 && strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
				t.Error("a 404 is cached as immutable")
			}
			if tt.body != nil && rec.Body.String() != string(tt.body) {
				t.Errorf("body: %d bytes, want %d", rec.Body.Len(), len(tt.body))
			}
		})
	}
}

func TestStaticHandlerServesOverride(t *testing.T) {
	t.Parallel()
	dir := writeTheme(t, map[string]string{"static/style.css": "main{margin:0}"})
	e, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	e.StaticHandler().ServeHTTP(rec, httptest.NewRequest("GET", e.AssetURL("style.css"), nil))
	if rec.Code != http.StatusOK || rec.Body.String() != "main{margin:0}" {
		t.Errorf("got %d %q, want the overriding stylesheet", rec.Code, rec.Body.String())
	}
	old := engine(t).AssetURL("style.css")
	rec = httptest.NewRecorder()
	e.StaticHandler().ServeHTTP(rec, httptest.NewRequest("GET", old, nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("the embedded stylesheet's URL answers %d, want 404", rec.Code)
	}
}

func TestFaviconIsAnIcon(t *testing.T) {
	t.Parallel()
	ico, err := os.ReadFile("../../web/static/favicon.ico")
	if err != nil {
		t.Fatal(err)
	}
	// ICONDIR: reserved 0, type 1 (icon), at least one image.
	if len(ico) < 22 || ico[0] != 0 || ico[1] != 0 || ico[2] != 1 || ico[3] != 0 || ico[4] == 0 {
		t.Errorf("favicon.ico has no icon header: % x", ico[:min(len(ico), 8)])
	}
}
