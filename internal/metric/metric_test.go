package metric

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

func scrape(t *testing.T, r *Registry) (exposition, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/plain; version=0.0.4; charset=utf-8" {
		t.Fatalf("scrape: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	return mustParse(t, rec.Body.String()), rec.Body.String()
}

func testMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /posts/{id}", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "berita") })
	mux.HandleFunc("POST /posts", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) })
	mux.HandleFunc("GET /boom", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "rusak", 500) })
	mux.HandleFunc("GET /quiet", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/any", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	return mux
}

func TestMiddlewareCounts(t *testing.T) {
	t.Parallel()
	reg := New()
	h := reg.Middleware(nil, testMux())
	for _, req := range []struct{ method, target string }{
		{"GET", "/posts/1"}, {"GET", "/posts/2"}, {"HEAD", "/posts/3"}, {"POST", "/posts"},
		{"GET", "/nope"}, {"BREW", "/posts/1"}, {"GET", "/boom"}, {"GET", "/quiet"}, {"DELETE", "/any"},
	} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(req.method, req.target, nil))
	}
	reg.AddGauge("go_goroutines", "Goroutines that exist.", func() float64 { return 7 })
	reg.AddCounterFunc("warta_cache_hits_total", "Pages served from the cache.", func() float64 { return 42 })
	e, text := scrape(t, reg)
	tests := []struct {
		series string
		want   float64
	}{
		{`warta_http_requests_total{code="200",method="GET",route="/posts/{id}"}`, 2},
		{`warta_http_requests_total{code="200",method="HEAD",route="/posts/{id}"}`, 1},
		{`warta_http_requests_total{code="201",method="POST",route="/posts"}`, 1},
		{`warta_http_requests_total{code="404",method="GET",route="none"}`, 1},
		{`warta_http_requests_total{code="405",method="OTHER",route="none"}`, 1},
		{`warta_http_requests_total{code="500",method="GET",route="/boom"}`, 1},
		{`warta_http_requests_total{code="200",method="GET",route="/quiet"}`, 1},
		{`warta_http_requests_total{code="204",method="DELETE",route="/any"}`, 1},
		{`warta_http_request_duration_seconds_count{route="/posts/{id}"}`, 3},
		{`warta_http_request_duration_seconds_bucket{le="+Inf",route="/posts/{id}"}`, 3},
		{`warta_http_request_duration_seconds_count{route="none"}`, 2},
		{`go_goroutines{}`, 7},
		{`warta_cache_hits_total{}`, 42},
	}
	for _, tt := range tests {
		t.Run(tt.series, func(t *testing.T) {
			t.Parallel()
			if got, ok := e.values[tt.series]; !ok || got != tt.want {
				t.Errorf("%s = %v (present %v), want %v\n%s", tt.series, got, ok, tt.want, text)
			}
		})
	}
	types := map[string]string{
		"warta_http_requests_total": "counter", "warta_http_request_duration_seconds": "histogram",
		"go_goroutines": "gauge", "warta_cache_hits_total": "counter",
	}
	for name, kind := range types {
		if e.types[name] != kind {
			t.Errorf("TYPE of %s = %q, want %q", name, e.types[name], kind)
		}
	}
	for _, le := range []string{"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"} {
		if _, ok := e.values[`warta_http_request_duration_seconds_bucket{le="`+le+`",route="/boom"}`]; !ok {
			t.Errorf("bucket le=%s missing", le)
		}
	}
}

func TestEmptyRegistryIsValid(t *testing.T) {
	t.Parallel()
	e, _ := scrape(t, New())
	if e.types["warta_http_requests_total"] != "counter" || len(e.values) != 0 {
		t.Errorf("empty scrape: types %v, values %v", e.types, e.values)
	}
}

func TestLabelEscaping(t *testing.T) {
	t.Parallel()
	routes := []string{`say "hi"`, `C:\path`, "two\nlines", "tanda ✓"}
	reg := New()
	for _, route := range routes {
		h := reg.Middleware(func(*http.Request) string { return route }, http.NotFoundHandler())
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	}
	reg.AddGauge("odd_help", "Back\\slash and\nnewline.", func() float64 { return 1.5 })
	e, text := scrape(t, reg)
	for _, route := range routes {
		key := seriesKey("warta_http_requests_total", map[string]string{"method": "GET", "route": route, "code": "404"})
		if e.values[key] != 1 {
			t.Errorf("route %q did not round-trip: %s missing from\n%s", route, key, text)
		}
	}
	if !strings.Contains(text, `# HELP odd_help Back\\slash and\nnewline.`+"\n") {
		t.Errorf("HELP not escaped:\n%s", text)
	}
}

func TestMiddlewareKeepsFlusher(t *testing.T) {
	t.Parallel()
	reg := New()
	var asserted, controlled bool
	h := reg.Middleware(nil, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "data: satu\n\n")
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
			asserted = true
		}
		controlled = http.NewResponseController(w).Flush() == nil
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/events", nil))
	if !asserted || !controlled || !rec.Flushed {
		t.Errorf("Flusher asserted %v, ResponseController flush ok %v, flushed %v", asserted, controlled, rec.Flushed)
	}
}

func TestPanicCountsAs500(t *testing.T) {
	t.Parallel()
	reg := New()
	h := reg.Middleware(func(*http.Request) string { return "/crash" }, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("boom")
	}))
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic was swallowed")
			}
		}()
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	}()
	e, _ := scrape(t, reg)
	if e.values[`warta_http_requests_total{code="500",method="GET",route="/crash"}`] != 1 {
		t.Errorf("panicking request not counted as 500: %v", e.values)
	}
}

func TestConcurrentRequests(t *testing.T) {
	t.Parallel()
	reg := New()
	h := reg.Middleware(nil, testMux())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/posts/9", nil))
			}
		})
	}
	for range 5 {
		mustParse(t, scrapeText(reg)) // scrapes during writes stay valid
	}
	wg.Wait()
	e, _ := scrape(t, reg)
	if got := e.values[`warta_http_requests_total{code="200",method="GET",route="/posts/{id}"}`]; got != 800 {
		t.Errorf("counted %v requests, want 800", got)
	}
	if got := e.values[`warta_http_request_duration_seconds_count{route="/posts/{id}"}`]; got != 800 {
		t.Errorf("histogram count %v, want 800", got)
	}
}

func scrapeText(r *Registry) string {
	rec := httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	return rec.Body.String()
}

func TestHistogramBuckets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v      float64
		bucket int // index into bounds; len(bounds) is +Inf
	}{
		{0, 0}, {0.001, 0}, {0.0011, 1}, {0.0025, 1}, {0.3, 8}, {1, 9}, {10, 12}, {10.5, 13}, {1e6, 13},
	}
	for _, tt := range tests {
		t.Run(formatFloat(tt.v), func(t *testing.T) {
			t.Parallel()
			var h histogram
			h.observe(tt.v)
			h.observe(tt.v)
			s := h.snapshot()
			for i, n := range s.buckets {
				want := uint64(0)
				if i == tt.bucket {
					want = 2
				}
				if n != want {
					t.Errorf("bucket %d holds %d after observing %v twice; want it in bucket %d", i, n, tt.v, tt.bucket)
				}
			}
			if s.sum != 2*tt.v {
				t.Errorf("sum %v, want %v", s.sum, 2*tt.v)
			}
		})
	}
}

func TestHandlerMethods(t *testing.T) {
	t.Parallel()
	reg := New()
	tests := []struct {
		method string
		status int
		body   bool
	}{
		{"GET", 200, true}, {"HEAD", 200, false}, {"POST", 405, true},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			t.Parallel()
			rec := httptest.NewRecorder()
			reg.Handler().ServeHTTP(rec, httptest.NewRequest(tt.method, "/metrics", nil))
			if rec.Code != tt.status || (rec.Body.Len() > 0) != tt.body {
				t.Errorf("%s: %d with %d body bytes", tt.method, rec.Code, rec.Body.Len())
			}
		})
	}
}

func TestRegistrationPanics(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, metric string }{
		{"invalid name", "warta-cache"},
		{"leading digit", "1x"},
		{"empty", ""},
		{"duplicate", "dup_total"},
		{"taken by http", "warta_http_requests_total"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			reg := New()
			reg.AddCounterFunc("dup_total", "x", func() float64 { return 0 })
			defer func() {
				if recover() == nil {
					t.Errorf("AddGauge(%q) did not panic", tt.metric)
				}
			}()
			reg.AddGauge(tt.metric, "x", func() float64 { return 0 })
		})
	}
}

func BenchmarkMiddleware(b *testing.B) {
	reg := New()
	h := reg.Middleware(nil, testMux())
	req := httptest.NewRequest("GET", "/posts/1", nil)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		w := httptest.NewRecorder()
		for pb.Next() {
			w.Body.Reset()
			h.ServeHTTP(w, req)
		}
	})
}
