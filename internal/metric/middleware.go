package metric

import (
	"io"
	"math"
	"net/http"
	"strings"
	"sync/atomic"
	"time"
)

// Middleware counts the requests next serves by method, route and status
// code, and records their latency by route. route is called after next
// returns; when nil, the route is the pattern the Go ServeMux matched
// (r.Pattern without its method), or "none". A mux behind middleware that
// copies the request (the page cache does, and its hits never reach the
// mux) sets r.Pattern on the copy only; pass route as
// func(r *http.Request) string { _, p := mux.Handler(r); return p } then.
func (r *Registry) Middleware(route func(*http.Request) string, next http.Handler) http.Handler {
	if route == nil {
		route = patternRoute
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		returned := false
		defer func() { // also when next panics; the panic goes on up
			code := sw.code
			switch {
			case code == 0 && !returned:
				code = http.StatusInternalServerError
			case code == 0:
				code = http.StatusOK
			}
			r.observe(requestKey{method: methodLabel(req.Method), route: route(req), code: code}, time.Since(start).Seconds())
		}()
		next.ServeHTTP(sw, req)
		returned = true
	})
}

func patternRoute(r *http.Request) string {
	p := r.Pattern
	if p == "" {
		return "none"
	}
	if i := strings.IndexByte(p, ' '); i >= 0 { // "GET /posts/{id}": method is its own label
		p = strings.TrimLeft(p[i:], " \t")
	}
	return p
}

// methodLabel keeps the label set small: a client may send any method.
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "OTHER"
}

// observe adds one request to its counter and its route's histogram.
func (r *Registry) observe(k requestKey, seconds float64) {
	r.mu.RLock()
	c, h := r.requests[k], r.durations[k.route]
	r.mu.RUnlock()
	if c == nil || h == nil {
		r.mu.Lock()
		if c = r.requests[k]; c == nil {
			c = new(atomic.Uint64)
			r.requests[k] = c
		}
		if h = r.durations[k.route]; h == nil {
			h = new(histogram)
			r.durations[k.route] = h
		}
		r.mu.Unlock()
	}
	c.Add(1)
	h.observe(seconds)
}

// histogram counts observations per bucket (not cumulative; the last
// bucket is +Inf) and their sum, without locks.
type histogram struct {
	buckets [len(bounds) + 1]atomic.Uint64
	sumBits atomic.Uint64
}

func (h *histogram) observe(v float64) {
	i := 0
	for i < len(bounds) && v > bounds[i] {
		i++
	}
	h.buckets[i].Add(1)
	for {
		old := h.sumBits.Load()
		if h.sumBits.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+v)) {
			return
		}
	}
}

// snapshot is a histogram read at one moment.
type snapshot struct {
	buckets [len(bounds) + 1]uint64
	sum     float64
}

func (h *histogram) snapshot() snapshot {
	var s snapshot
	for i := range h.buckets {
		s.buckets[i] = h.buckets[i].Load()
	}
	s.sum = math.Float64frombits(h.sumBits.Load())
	return s
}

// statusWriter remembers the status code and stays transparent to
// http.ResponseController (Unwrap) and to code asserting http.Flusher or
// io.ReaderFrom.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 && (code >= 200 || code == http.StatusSwitchingProtocols) {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// ReadFrom keeps the underlying writer's sendfile path for io.Copy.
func (w *statusWriter) ReadFrom(src io.Reader) (int64, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return io.Copy(w.ResponseWriter, src)
}

// FlushError flushes the underlying writer.
func (w *statusWriter) FlushError() error {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return http.NewResponseController(w.ResponseWriter).Flush()
}

// Flush implements http.Flusher for handlers that assert it directly.
func (w *statusWriter) Flush() { _ = w.FlushError() }

// Unwrap lets http.ResponseController reach the real writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
