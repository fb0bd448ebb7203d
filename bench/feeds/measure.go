package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"warta/internal/content"
	"warta/internal/feed"
	"warta/internal/i18n"
	"warta/internal/store"
)

// result is the measurement of one URL on one site.
type result struct {
	Path       string  `json:"path"`
	Status     int     `json:"status"`
	Bytes      int     `json:"bytes"`
	Items      int     `json:"items"`        // <item>, <entry>, <url> or <sitemap> elements; JSON items
	FirstMS    float64 `json:"first_ms"`     // first request in the process
	MedianMS   float64 `json:"median_ms"`    // of the runs after the first
	MaxMS      float64 `json:"max_ms"`       // of every run
	AllocMB    float64 `json:"alloc_mb"`     // bytes allocated by one render
	PeakHeapMB float64 `json:"peak_heap_mb"` // heap objects at the render's peak, above the heap before it
}

// processStats is what the measuring process used in all.
type processStats struct {
	Posts  int     `json:"posts"`
	RSSMB  float64 `json:"rss_mb"`
	HWMMB  float64 `json:"hwm_mb"`
	HeapMB float64 `json:"heap_inuse_mb"`
}

// measureSite renders every feed and sitemap of the database at dsn
// through feed's handlers (no page cache: every request is a miss) and
// writes one JSON result per line, then the process figures.
func measureSite(ctx context.Context, dsn string, now time.Time, runs int, out io.Writer) error {
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		return err
	}
	svc := content.NewService(db, content.Options{Location: loc})
	feeds := feed.New(feed.Deps{Content: svc, Lang: i18n.ID, BaseURL: "https://warta.example", Location: loc,
		Logo: "/static/logo.png", Log: slog.New(slog.NewTextHandler(os.Stderr, nil)), Now: func() time.Time { return now }})
	mux := http.NewServeMux()
	feeds.Routes(mux)
	paths, err := benchPaths(ctx, db, mux)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	for _, p := range paths {
		r, err := measurePath(mux, p, runs)
		if err != nil {
			return err
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	var posts int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM posts`).Scan(&posts); err != nil {
		return err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rss, hwm := procStatus("VmRSS"), procStatus("VmHWM")
	return enc.Encode(processStats{Posts: posts, RSSMB: rss, HWMMB: hwm, HeapMB: mb(ms.HeapInuse)})
}

// benchPaths lists the feeds of the busiest category, tag and author and
// every sitemap the index names.
func benchPaths(ctx context.Context, db *store.DB, mux http.Handler) ([]string, error) {
	var cat, tag, author string
	for _, q := range []struct {
		dst *string
		sql string
	}{
		{&cat, `SELECT t.slug FROM terms t JOIN post_terms pt ON pt.term_id = t.id WHERE t.taxonomy = 'category' GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC LIMIT 1`},
		{&tag, `SELECT t.slug FROM terms t JOIN post_terms pt ON pt.term_id = t.id WHERE t.taxonomy = 'tag' GROUP BY t.id, t.slug ORDER BY COUNT(*) DESC LIMIT 1`},
		{&author, `SELECT u.slug FROM users u JOIN posts p ON p.author_id = u.id GROUP BY u.id, u.slug ORDER BY COUNT(*) DESC LIMIT 1`},
	} {
		if err := db.QueryRow(ctx, q.sql).Scan(q.dst); err != nil {
			return nil, fmt.Errorf("bench: pick archives: %w", err)
		}
	}
	paths := []string{"/feed/", "/feed/atom/", "/feed/json/",
		"/category/" + cat + "/feed/", "/category/" + cat + "/feed/atom/", "/tag/" + tag + "/feed/", "/author/" + author + "/feed/json/",
		"/sitemap.xml"}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/sitemap.xml", nil))
	var idx struct {
		Locs []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal(rec.Body.Bytes(), &idx); err != nil {
		return nil, fmt.Errorf("bench: read sitemap index: %w", err)
	}
	for _, loc := range idx.Locs {
		paths = append(paths, strings.TrimPrefix(loc, "https://warta.example"))
	}
	return append(paths, "/robots.txt"), nil
}

// measurePath requests path runs times, timing each and sampling the heap
// while it renders.
func measurePath(h http.Handler, path string, runs int) (result, error) {
	r := result{Path: path}
	var times []float64
	var allocs, peaks []float64
	for i := range runs {
		runtime.GC()
		before := readMetric("/memory/classes/heap/objects:bytes")
		allocBefore := readMetric("/gc/heap/allocs:bytes")
		stop := sampleHeap()
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		el := time.Since(start)
		peak := stop()
		ms := float64(el.Microseconds()) / 1000
		if i == 0 {
			r.FirstMS = ms
			r.Status, r.Bytes, r.Items = rec.Code, rec.Body.Len(), countItems(rec.Body.String())
		} else {
			times = append(times, ms)
		}
		r.MaxMS = max(r.MaxMS, ms)
		allocs = append(allocs, mb(uint64(readMetric("/gc/heap/allocs:bytes")-allocBefore)))
		peaks = append(peaks, mb(uint64(max(0, peak-before))))
	}
	if r.Status != http.StatusOK {
		return r, fmt.Errorf("bench: GET %s: status %d", path, r.Status)
	}
	r.MedianMS, r.AllocMB, r.PeakHeapMB = median(times), median(allocs), slices.Max(peaks)
	return r, nil
}

// sampleHeap watches the heap's object bytes until the returned func is
// called, which gives the highest value seen.
func sampleHeap() func() int64 {
	var peak atomic.Int64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(200 * time.Microsecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := int64(s[0].Value.Uint64()); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 {
		close(done)
		<-finished
		return max(peak.Load(), readMetric("/memory/classes/heap/objects:bytes"))
	}
}

func readMetric(name string) int64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// countItems counts a document's entries.
func countItems(body string) int {
	if strings.HasPrefix(body, "{") {
		return strings.Count(body, "\n{\"id\":")
	}
	n := 0
	for _, tag := range []string{"<item>", "<entry>", "<url>", "<sitemap>"} {
		n += strings.Count(body, tag)
	}
	return n
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func mb(b uint64) float64 { return float64(b) / 1e6 }

// procStatus reads a kB figure from /proc/self/status, in MB; 0 where
// there is no /proc.
func procStatus(key string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb * 1000 / 1e6
		}
	}
	return 0
}
