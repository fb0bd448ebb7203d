package cache

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// page is a handler that tags its response with keys and counts its calls.
type page struct {
	calls  atomic.Int32
	status int
	keys   string
	body   string
	extra  map[string]string // more response headers
}

func (p *page) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.calls.Add(1)
	if r.Method != http.MethodGet {
		w.Header().Set("X-Saw-Method", r.Method)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if p.keys != "" {
		w.Header().Set(KeyHeader, p.keys)
	}
	for k, v := range p.extra {
		w.Header().Set(k, v)
	}
	if p.status != 0 {
		w.WriteHeader(p.status)
	}
	io.WriteString(w, p.body)
}

type step struct {
	method string
	target string
	header map[string]string
	status int
	xcache string // "" means the header must be absent
	calls  int32  // handler calls after this step
}

func do(h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestMiddlewareScenarios(t *testing.T) {
	t.Parallel()
	const body = "<p>Berita hari ini: jembatan baru dibuka untuk pejalan kaki.</p>"
	tagged := func() *page { return &page{keys: "post:1 home", body: body} }
	tests := []struct {
		name  string
		page  *page
		steps []step
	}{
		{"miss then hit", tagged(), []step{
			{target: "/a", status: 200, xcache: "MISS", calls: 1},
			{target: "/a", status: 200, xcache: "HIT", calls: 1},
			{target: "/b", status: 200, xcache: "MISS", calls: 2},
		}},
		{"non-200 is not stored", &page{keys: "post:1", status: 404, body: "tidak ada"}, []step{
			{target: "/x", status: 404, xcache: "MISS", calls: 1},
			{target: "/x", status: 404, xcache: "MISS", calls: 2},
		}},
		{"untagged page is not stored", &page{body: body}, []step{
			{target: "/admin", status: 200, xcache: "MISS", calls: 1},
			{target: "/admin", status: 200, xcache: "MISS", calls: 2},
		}},
		{"session cookie bypasses", tagged(), []step{
			{target: "/a", status: 200, xcache: "MISS", calls: 1},
			{target: "/a", header: map[string]string{"Cookie": "theme=dark; warta_session=abc"}, status: 200, calls: 2},
			{target: "/a", header: map[string]string{"Cookie": "theme=dark"}, status: 200, xcache: "HIT", calls: 2},
		}},
		{"session cookie request is not stored", tagged(), []step{
			{target: "/a", header: map[string]string{"Cookie": "warta_session=abc"}, status: 200, calls: 1},
			{target: "/a", status: 200, xcache: "MISS", calls: 2},
		}},
		{"authorization bypasses", tagged(), []step{
			{target: "/a", status: 200, xcache: "MISS", calls: 1},
			{target: "/a", header: map[string]string{"Authorization": "Bearer t"}, status: 200, calls: 2},
		}},
		{"other methods bypass", tagged(), []step{
			{target: "/a", status: 200, xcache: "MISS", calls: 1},
			{method: "POST", target: "/a", status: 200, calls: 2},
			{target: "/a", status: 200, xcache: "HIT", calls: 2},
		}},
		{"query order is normalised", tagged(), []step{
			{target: "/cari?q=banjir&page=2", status: 200, xcache: "MISS", calls: 1},
			{target: "/cari?page=2&q=banjir", status: 200, xcache: "HIT", calls: 1},
			{target: "/cari?page=2&&q=banjir", status: 200, xcache: "HIT", calls: 1},
			{target: "/cari?page=3&q=banjir", status: 200, xcache: "MISS", calls: 2},
			{target: "/cari", status: 200, xcache: "MISS", calls: 3},
		}},
		{"repeated parameters keep their order", tagged(), []step{
			{target: "/t?tag=a&tag=b", status: 200, xcache: "MISS", calls: 1},
			{target: "/t?tag=b&tag=a", status: 200, xcache: "MISS", calls: 2},
		}},
		{"host is ignored", tagged(), []step{
			{target: "http://one.example/a", status: 200, xcache: "MISS", calls: 1},
			{target: "http://two.example/a", status: 200, xcache: "HIT", calls: 1},
		}},
		{"set-cookie is not stored", &page{keys: "home", body: body, extra: map[string]string{"Set-Cookie": "csrf=1"}}, []step{
			{target: "/login", status: 200, xcache: "MISS", calls: 1},
			{target: "/login", status: 200, xcache: "MISS", calls: 2},
		}},
		{"vary on other headers is not stored", &page{keys: "home", body: body, extra: map[string]string{"Vary": "Accept-Language"}}, []step{
			{target: "/", status: 200, xcache: "MISS", calls: 1},
			{target: "/", status: 200, xcache: "MISS", calls: 2},
		}},
		{"private is not stored", &page{keys: "home", body: body, extra: map[string]string{"Cache-Control": "private, max-age=0"}}, []step{
			{target: "/", status: 200, xcache: "MISS", calls: 1},
			{target: "/", status: 200, xcache: "MISS", calls: 2},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := New(1 << 20).Middleware(tt.page)
			for i, s := range tt.steps {
				method := s.method
				if method == "" {
					method = http.MethodGet
				}
				rec := do(h, method, s.target, s.header)
				if rec.Code != s.status {
					t.Errorf("step %d %s %s: status %d, want %d", i, method, s.target, rec.Code, s.status)
				}
				if got := rec.Header().Get("X-Cache"); got != s.xcache {
					t.Errorf("step %d %s %s: X-Cache %q, want %q", i, method, s.target, got, s.xcache)
				}
				if got := tt.page.calls.Load(); got != s.calls {
					t.Errorf("step %d %s %s: handler called %d times, want %d", i, method, s.target, got, s.calls)
				}
				if v := rec.Header().Get(KeyHeader); v != "" {
					t.Errorf("step %d: Surrogate-Key %q reached the client", i, v)
				}
				if rec.Body.String() != tt.page.body {
					t.Errorf("step %d: body %q, want %q", i, rec.Body.String(), tt.page.body)
				}
			}
		})
	}
}

func TestHitHeaders(t *testing.T) {
	t.Parallel()
	p := &page{keys: "post:9", body: "<h1>Pasar pagi</h1>", extra: map[string]string{
		"Last-Modified": "Mon, 02 Jan 2006 15:04:05 GMT", "X-Robots-Tag": "noarchive"}}
	h := New(1 << 20).Middleware(p)
	miss := do(h, "GET", "/p", nil)
	hit := do(h, "GET", "/p", nil)
	for _, rec := range []*httptest.ResponseRecorder{miss, hit} {
		want := map[string]string{
			"Content-Type":   "text/html; charset=utf-8",
			"Content-Length": "19",
			"Cache-Control":  "no-cache",
			"Last-Modified":  "Mon, 02 Jan 2006 15:04:05 GMT",
			"X-Robots-Tag":   "noarchive",
		}
		for k, v := range want {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", rec.Header().Get("X-Cache"), k, got, v)
			}
		}
		if etag := rec.Header().Get("Etag"); len(etag) < 10 || etag[0] != '"' || etag[len(etag)-1] != '"' {
			t.Errorf("ETag %q is not a strong quoted tag", etag)
		}
	}
	if miss.Header().Get("Etag") != hit.Header().Get("Etag") {
		t.Errorf("ETag changed between miss %q and hit %q", miss.Header().Get("Etag"), hit.Header().Get("Etag"))
	}
	p2 := &page{keys: "x", body: "<p>a</p>", extra: map[string]string{"Cache-Control": "public, max-age=60"}}
	if got := do(New(1<<20).Middleware(p2), "GET", "/", nil).Header().Get("Cache-Control"); got != "public, max-age=60" {
		t.Errorf("handler Cache-Control replaced by %q", got)
	}
}

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	return string(out)
}

func TestGzipVariant(t *testing.T) {
	t.Parallel()
	body := strings.Repeat("<p>Harga cabai naik menjelang musim hujan.</p>\n", 200)
	gz := map[string]string{"Accept-Encoding": "br, gzip;q=0.8"}
	tests := []struct {
		name  string
		first map[string]string // header of the request that renders
	}{
		{"gzip on miss", gz},
		{"identity on miss", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := New(1 << 20).Middleware(&page{keys: "home", body: body})
			first := do(h, "GET", "/", tt.first)
			zipped, plain := first, first
			if tt.first == nil {
				zipped = do(h, "GET", "/", gz)
			} else {
				plain = do(h, "GET", "/", nil)
			}
			if zipped.Header().Get("Content-Encoding") != "gzip" || zipped.Header().Get("Vary") != "Accept-Encoding" {
				t.Fatalf("gzip response headers: %v", zipped.Header())
			}
			if zipped.Body.Len() >= len(body) || zipped.Header().Get("Content-Length") != strconv.Itoa(zipped.Body.Len()) {
				t.Errorf("gzip body %d bytes, Content-Length %s, identity %d", zipped.Body.Len(), zipped.Header().Get("Content-Length"), len(body))
			}
			if got := gunzip(t, zipped.Body.Bytes()); got != body {
				t.Errorf("gzip variant decompresses to %d bytes, want the %d-byte body", len(got), len(body))
			}
			if plain.Header().Get("Content-Encoding") != "" || plain.Body.String() != body || plain.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("identity response: encoding %q, vary %q, %d bytes", plain.Header().Get("Content-Encoding"), plain.Header().Get("Vary"), plain.Body.Len())
			}
			if zipped.Header().Get("Etag") == plain.Header().Get("Etag") {
				t.Errorf("gzip and identity variants share ETag %s", plain.Header().Get("Etag"))
			}
			if no := do(h, "GET", "/", map[string]string{"Accept-Encoding": "gzip;q=0, deflate"}); no.Header().Get("Content-Encoding") != "" {
				t.Errorf("gzip;q=0 got Content-Encoding %q", no.Header().Get("Content-Encoding"))
			}
		})
	}
	// Bodies that gzip cannot shrink are served identity only.
	h := New(1 << 20).Middleware(&page{keys: "k", body: "ok"})
	if rec := do(h, "GET", "/", gz); rec.Header().Get("Content-Encoding") != "" || rec.Header().Get("Vary") != "" || rec.Body.String() != "ok" {
		t.Errorf("tiny body: encoding %q, vary %q, body %q", rec.Header().Get("Content-Encoding"), rec.Header().Get("Vary"), rec.Body.String())
	}
}

func TestConditional(t *testing.T) {
	t.Parallel()
	body := strings.Repeat("<li>Jadwal kereta lokal</li>", 50)
	p := &page{keys: "home", body: body, extra: map[string]string{"Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"}}
	ref := do(New(1<<20).Middleware(p), "GET", "/", nil)
	refGz := do(New(1<<20).Middleware(p), "GET", "/", map[string]string{"Accept-Encoding": "gzip"})
	etag, gzETag := ref.Header().Get("Etag"), refGz.Header().Get("Etag")
	tests := []struct {
		name   string
		header map[string]string
		status int
	}{
		{"exact", map[string]string{"If-None-Match": etag}, 304},
		{"weak form", map[string]string{"If-None-Match": "W/" + etag}, 304},
		{"in a list", map[string]string{"If-None-Match": `"other", W/"x",` + etag}, 304},
		{"star", map[string]string{"If-None-Match": "*"}, 304},
		{"gzip tag", map[string]string{"If-None-Match": gzETag, "Accept-Encoding": "gzip"}, 304},
		{"other tag", map[string]string{"If-None-Match": `"nope"`}, 200},
		{"other tag wins over date", map[string]string{"If-None-Match": `"nope"`, "If-Modified-Since": "Tue, 03 Mar 2026 10:00:00 GMT"}, 200},
		{"not modified since", map[string]string{"If-Modified-Since": "Tue, 03 Mar 2026 10:00:00 GMT"}, 304},
		{"modified since", map[string]string{"If-Modified-Since": "Tue, 03 Mar 2026 09:59:59 GMT"}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := New(1 << 20).Middleware(p)
			for _, want := range []string{"MISS", "HIT"} {
				rec := do(h, "GET", "/", tt.header)
				if rec.Code != tt.status || rec.Header().Get("X-Cache") != want {
					t.Fatalf("%s: status %d, want %d", rec.Header().Get("X-Cache"), rec.Code, tt.status)
				}
				if tt.status == 304 && (rec.Body.Len() != 0 || rec.Header().Get("Etag") == "" || rec.Header().Get("Content-Length") != "") {
					t.Errorf("304 with %d body bytes, ETag %q, Content-Length %q", rec.Body.Len(), rec.Header().Get("Etag"), rec.Header().Get("Content-Length"))
				}
				if tt.status == 200 && rec.Body.String() != body {
					t.Errorf("200 body %d bytes, want %d", rec.Body.Len(), len(body))
				}
			}
		})
	}
}

func TestHead(t *testing.T) {
	t.Parallel()
	p := &page{keys: "home", body: "<p>Cuaca cerah berawan</p>"}
	h := New(1 << 20).Middleware(p)
	for _, want := range []string{"MISS", "HIT"} {
		rec := do(h, "HEAD", "/", nil)
		if rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") != strconv.Itoa(len(p.body)) || rec.Header().Get("X-Cache") != want {
			t.Errorf("HEAD %s: status %d, %d body bytes, Content-Length %q, X-Cache %q",
				want, rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"), rec.Header().Get("X-Cache"))
		}
		if rec.Header().Get("X-Saw-Method") != "" {
			t.Errorf("handler saw %s; HEAD misses must render a full GET", rec.Header().Get("X-Saw-Method"))
		}
	}
	if rec := do(h, "GET", "/", nil); rec.Header().Get("X-Cache") != "HIT" || rec.Body.String() != p.body {
		t.Errorf("GET after HEAD: X-Cache %q, body %q", rec.Header().Get("X-Cache"), rec.Body.String())
	}
}
