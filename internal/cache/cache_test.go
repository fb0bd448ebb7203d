package cache

import (
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// keyed serves every path with the surrogate keys given for it.
type keyed struct {
	calls atomic.Int32
	keys  map[string]string
}

func (k *keyed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	k.calls.Add(1)
	w.Header().Set(KeyHeader, k.keys[r.URL.Path])
	fmt.Fprintf(w, "halaman %s", r.URL.Path)
}

func TestPurge(t *testing.T) {
	t.Parallel()
	h := &keyed{keys: map[string]string{"/a": "post:1 home", "/b": "post:2 home", "/c": "post:2 term:7"}}
	c := New(1 << 20)
	mw := c.Middleware(h)
	fill := func() {
		for _, p := range []string{"/a", "/b", "/c"} {
			do(mw, "GET", p, nil)
		}
	}
	xcache := func() string {
		var out []string
		for _, p := range []string{"/a", "/b", "/c"} {
			out = append(out, do(mw, "GET", p, nil).Header().Get("X-Cache"))
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		name   string
		purge  func() int
		n      int
		xcache string
	}{
		{"one key", func() int { return c.Purge("post:1") }, 1, "MISS HIT HIT"},
		{"shared key", func() int { return c.Purge("post:2") }, 2, "HIT MISS MISS"},
		{"overlapping keys count once", func() int { return c.Purge("home", "post:2") }, 3, "MISS MISS MISS"},
		{"unknown key", func() int { return c.Purge("post:99", "") }, 0, "HIT HIT HIT"},
		{"all", func() int { c.PurgeAll(); return 3 }, 3, "MISS MISS MISS"},
	}
	for _, tt := range tests { // sequential: they share one cache
		fill()
		if n := tt.purge(); n != tt.n {
			t.Errorf("%s: purged %d, want %d", tt.name, n, tt.n)
		}
		if got := xcache(); got != tt.xcache {
			t.Errorf("%s: after purge X-Cache of /a /b /c = %s, want %s", tt.name, got, tt.xcache)
		}
	}
	if len(c.tags) != 4 || len(c.entries) != 3 {
		t.Errorf("index holds %d tags and %d entries, want 4 and 3", len(c.tags), len(c.entries))
	}
}

// random serves incompressible bodies of n bytes, tagged by path.
type random struct {
	n     int
	calls atomic.Int32
}

func (p *random) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.calls.Add(1)
	w.Header().Set(KeyHeader, "path:"+r.URL.Path)
	b := make([]byte, p.n)
	rand.Read(b)
	w.Write(b)
}

func TestLRUBound(t *testing.T) {
	t.Parallel()
	h := &random{n: 1000}
	probe := New(1 << 20)
	do(probe.Middleware(h), "GET", "/p0", nil)
	size := probe.used // one entry of this shape
	c := New(6*size + size/2)
	mw := c.Middleware(h)
	for i := range 6 {
		do(mw, "GET", fmt.Sprintf("/p%d", i), nil)
	}
	do(mw, "GET", "/p0", nil) // recently used: must survive
	do(mw, "GET", "/p6", nil) // over the bound: evicts one
	if c.used > c.maxBytes || len(c.entries) != 6 {
		t.Fatalf("cache holds %d bytes in %d entries; bound %d", c.used, len(c.entries), c.maxBytes)
	}
	if _, ok := c.entries["/p1"]; ok {
		t.Errorf("/p1, the least recently used page, was kept")
	}
	if _, ok := c.entries["/p0"]; !ok {
		t.Errorf("/p0, read just before the insert, was evicted")
	}
	if _, ok := c.tags["path:/p1"]; ok {
		t.Errorf("evicted entry still indexed by its surrogate key")
	}
	for range 50 { // churn: the bound holds
		do(mw, "GET", fmt.Sprintf("/q%d", h.calls.Load()), nil)
	}
	if c.used > c.maxBytes || len(c.entries) > 6 {
		t.Errorf("after churn %d bytes in %d entries; bound %d", c.used, len(c.entries), c.maxBytes)
	}
	big := New(4 * size) // an entry may take at most a quarter
	do(big.Middleware(&random{n: int(size)}), "GET", "/big", nil)
	if len(big.entries) != 0 {
		t.Errorf("an entry over a quarter of the cache was stored")
	}
}

// gate is a handler that blocks each call until released and numbers its
// renders, so a stale render is recognisable.
type gate struct {
	calls   atomic.Int32
	entered chan struct{}
	release chan struct{}
	blockN  int32 // calls numbered <= blockN block
}

func newGate(blockN int32) *gate {
	return &gate{entered: make(chan struct{}, 100), release: make(chan struct{}), blockN: blockN}
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := g.calls.Add(1)
	if n <= g.blockN {
		g.entered <- struct{}{}
		<-g.release
	}
	w.Header().Set(KeyHeader, "home")
	fmt.Fprintf(w, "render %d", n)
}

func TestConcurrentMissesRenderOnce(t *testing.T) {
	t.Parallel()
	g := newGate(1)
	c := New(1 << 20)
	mw := c.Middleware(g)
	const n = 20
	bodies := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { bodies[i] = do(mw, "GET", "/", nil).Body.String() })
	}
	<-g.entered
	waitFor(t, func() bool { return c.waiting.Load() == n-1 }, "all other requests to wait on the render")
	close(g.release)
	wg.Wait()
	if got := g.calls.Load(); got != 1 {
		t.Errorf("handler rendered %d times for %d concurrent misses, want 1", got, n)
	}
	for i, b := range bodies {
		if b != "render 1" {
			t.Errorf("request %d got %q", i, b)
		}
	}
	if hits, misses := c.Stats(); hits != n-1 || misses != 1 {
		t.Errorf("Stats = %d hits, %d misses; want %d, 1", hits, misses, n-1)
	}
}

func TestPurgeDuringRender(t *testing.T) {
	t.Parallel()
	g := newGate(1)
	c := New(1 << 20)
	mw := c.Middleware(g)
	first := make(chan string)
	go func() { first <- do(mw, "GET", "/", nil).Body.String() }()
	<-g.entered // render 1 read the old state
	c.Purge("home")
	// A request after the purge must not join the stale render.
	second := make(chan string, 1)
	go func() { second <- do(mw, "GET", "/", nil).Body.String() }()
	var got string
	waitFor(t, func() bool {
		select {
		case got = <-second:
			return true
		default:
			return c.waiting.Load() > 0
		}
	}, "the request after the purge to finish or wait")
	close(g.release)
	if got != "render 2" {
		t.Fatalf("request after purge got %q (or waited on the stale render), want a fresh render 2", got)
	}
	if got := <-first; got != "render 1" {
		t.Errorf("request during purge got %q", got)
	}
	if got := do(mw, "GET", "/", nil); got.Body.String() != "render 2" || got.Header().Get("X-Cache") != "HIT" {
		t.Errorf("after the stale render finished: %q (%s); want render 2 from the cache", got.Body.String(), got.Header().Get("X-Cache"))
	}
}

func TestPurgeDuringLoneRender(t *testing.T) {
	t.Parallel()
	g := newGate(1)
	c := New(1 << 20)
	mw := c.Middleware(g)
	done := make(chan struct{})
	go func() { do(mw, "GET", "/", nil); close(done) }()
	<-g.entered
	c.Purge("unrelated")
	close(g.release)
	<-done
	if len(c.entries) != 0 {
		t.Fatal("a render that overlapped a purge was stored")
	}
	if got := do(mw, "GET", "/", nil); got.Header().Get("X-Cache") != "MISS" || got.Body.String() != "render 2" {
		t.Errorf("next request: %q (%s), want a fresh render", got.Body.String(), got.Header().Get("X-Cache"))
	}
}

func TestPanickingRenderReleasesWaiters(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	entered, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			close(entered)
			<-release
			panic(http.ErrAbortHandler)
		}
		w.Header().Set(KeyHeader, "home")
		io.WriteString(w, "ok")
	})
	c := New(1 << 20)
	mw := c.Middleware(h)
	go func() {
		defer func() { _ = recover() }()
		do(mw, "GET", "/", nil)
	}()
	<-entered
	waiter := make(chan string)
	go func() { waiter <- do(mw, "GET", "/", nil).Body.String() }()
	waitFor(t, func() bool { return c.waiting.Load() == 1 }, "the second request to wait")
	close(release)
	if got := <-waiter; got != "ok" {
		t.Errorf("waiter got %q after the render panicked, want its own render", got)
	}
}

func TestLargeBodyStreamsThrough(t *testing.T) {
	t.Parallel()
	c := New(4096) // entries up to 1 KiB
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set(KeyHeader, "sitemap")
		w.Header().Set("Content-Type", "application/xml")
		for range 10 {
			io.WriteString(w, strings.Repeat("x", 300))
		}
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("Flush through the cache: %v", err)
		}
	})
	rec := do(c.Middleware(h), "GET", "/sitemap.xml", nil)
	if rec.Body.Len() != 3000 || rec.Header().Get(KeyHeader) != "" || rec.Header().Get("Content-Type") != "application/xml" || !rec.Flushed {
		t.Errorf("large body: %d bytes, key %q, type %q, flushed %v", rec.Body.Len(), rec.Header().Get(KeyHeader), rec.Header().Get("Content-Type"), rec.Flushed)
	}
	if len(c.entries) != 0 {
		t.Errorf("a body over the entry limit was stored")
	}
}

func TestBypassKeepsFlusher(t *testing.T) {
	t.Parallel()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set(KeyHeader, "home")
		io.WriteString(w, "a")
		if _, ok := w.(http.Flusher); !ok {
			t.Error("writer lost http.Flusher")
		}
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("Flush: %v", err)
		}
	})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer x")
	New(1<<20).Middleware(h).ServeHTTP(rec, req)
	if !rec.Flushed || rec.Header().Get(KeyHeader) != "" {
		t.Errorf("flushed %v, Surrogate-Key %q", rec.Flushed, rec.Header().Get(KeyHeader))
	}
}

func TestRequestKey(t *testing.T) {
	t.Parallel()
	tests := []struct{ target, want string }{
		{"/a", "/a"},
		{"/a?x=1", "/a?x=1"},
		{"/a?b=2&a=1", "/a?a=1&b=2"},
		{"/a?a=1&b=2", "/a?a=1&b=2"},
		{"/a?b=1&a=2&b=0", "/a?a=2&b=1&b=0"},
		{"/a?&b=1&", "/a?b=1"},
		{"/caf%C3%A9/?q=%20x", "/caf%C3%A9/?q=%20x"},
		{"http://host.example/p?z", "/p?z"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			t.Parallel()
			if got := requestKey(httptest.NewRequest("GET", tt.target, nil)); got != tt.want {
				t.Errorf("requestKey(%s) = %q, want %q", tt.target, got, tt.want)
			}
		})
	}
}

func TestAcceptsGzip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want bool
	}{
		{"", false}, {"gzip", true}, {"GZIP", true}, {"deflate, gzip", true}, {"br;q=1.0, gzip;q=0.5", true},
		{"gzip;q=0", false}, {"gzip; q=0.0", false}, {"*", true}, {"*;q=0", false}, {"gzip;q=0, *", false},
		{"x-gzip", true}, {"identity", false}, {"br", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			var vals []string
			if tt.in != "" {
				vals = []string{tt.in}
			}
			if got := acceptsGzip(vals); got != tt.want {
				t.Errorf("acceptsGzip(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// waitFor polls cond until it holds or a generous deadline passes.
func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func BenchmarkHit(b *testing.B) {
	body := strings.Repeat("<article><h2>Judul berita</h2><p>Isi singkat berita lokal.</p></article>\n", 400)
	c := New(64 << 20)
	mw := c.Middleware(&page{keys: "home post:1", body: body})
	for _, tt := range []struct{ name, target, ae string }{
		{"identity", "/", ""},
		{"gzip", "/", "gzip, deflate, br"},
		{"query", "/cari?q=banjir&page=2", "gzip"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", tt.target, nil)
			if tt.ae != "" {
				req.Header.Set("Accept-Encoding", tt.ae)
			}
			mw.ServeHTTP(httptest.NewRecorder(), req) // fill
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				w := &discardWriter{h: make(http.Header)}
				for pb.Next() {
					clear(w.h)
					mw.ServeHTTP(w, req)
					if w.code != http.StatusOK || w.n == 0 {
						b.Fatalf("hit answered %d with %d bytes", w.code, w.n)
					}
				}
			})
		})
	}
}

// discardWriter is a ResponseWriter that keeps no body, so the benchmark
// measures the cache and not a recorder's buffer.
type discardWriter struct {
	h    http.Header
	code int
	n    int
}

func (d *discardWriter) Header() http.Header         { return d.h }
func (d *discardWriter) WriteHeader(code int)        { d.code = code }
func (d *discardWriter) Write(b []byte) (int, error) { d.n += len(b); return len(b), nil }
