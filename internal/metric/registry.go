package metric

import (
	"bytes"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Names of the HTTP series.
const (
	requestsName = "warta_http_requests_total"
	durationName = "warta_http_request_duration_seconds"
)

// bounds are the upper bounds of the latency histogram buckets, in
// seconds. Read-only.
var bounds = [...]float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// Registry holds a process's metrics. Its zero value is not usable; call New.
type Registry struct {
	mu        sync.RWMutex
	requests  map[requestKey]*atomic.Uint64
	durations map[string]*histogram // by route
	funcs     []funcMetric
	names     map[string]bool
}

type requestKey struct {
	method, route string
	code          int
}

// funcMetric is a gauge or counter read from a function at scrape time.
type funcMetric struct {
	name, help, kind string
	f                func() float64
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{
		requests:  make(map[requestKey]*atomic.Uint64),
		durations: make(map[string]*histogram),
		names:     map[string]bool{requestsName: true, durationName: true},
	}
}

// AddGauge registers a gauge whose value f returns at each scrape. f must
// be safe for concurrent use. It panics on an invalid or repeated name, a
// programming error best caught at start-up.
func (r *Registry) AddGauge(name, help string, f func() float64) {
	r.add(funcMetric{name: name, help: help, kind: "gauge", f: f})
}

// AddCounterFunc registers a counter (a value that only rises) read from f
// at each scrape. It panics like AddGauge.
func (r *Registry) AddCounterFunc(name, help string, f func() float64) {
	r.add(funcMetric{name: name, help: help, kind: "counter", f: f})
}

func (r *Registry) add(m funcMetric) {
	if !validName(m.name) {
		panic(fmt.Sprintf("metric: invalid metric name %q", m.name))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.names[m.name] {
		panic(fmt.Sprintf("metric: %q registered twice", m.name))
	}
	r.names[m.name] = true
	r.funcs = append(r.funcs, m)
}

// validName reports whether s matches [a-zA-Z_:][a-zA-Z0-9_:]*.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// Handler serves the metrics to GET and HEAD requests.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		var buf bytes.Buffer
		r.write(&buf)
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
		if req.Method != http.MethodHead {
			_, _ = w.Write(buf.Bytes())
		}
	})
}

// write renders every family in exposition format: the HTTP series with
// their samples sorted, then added metrics in registration order.
func (r *Registry) write(b *bytes.Buffer) {
	r.mu.RLock()
	reqs := make([]requestKey, 0, len(r.requests))
	for k := range r.requests {
		reqs = append(reqs, k)
	}
	counts := make(map[requestKey]uint64, len(reqs))
	for _, k := range reqs {
		counts[k] = r.requests[k].Load()
	}
	routes := make([]string, 0, len(r.durations))
	hists := make(map[string]snapshot, len(r.durations))
	for route, h := range r.durations {
		routes = append(routes, route)
		hists[route] = h.snapshot()
	}
	funcs := slices.Clone(r.funcs)
	r.mu.RUnlock()

	slices.SortFunc(reqs, func(a, b requestKey) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		if c := strings.Compare(a.method, b.method); c != 0 {
			return c
		}
		return a.code - b.code
	})
	header(b, requestsName, "HTTP requests served, by method, route and status code.", "counter")
	for _, k := range reqs {
		fmt.Fprintf(b, "%s{method=\"%s\",route=\"%s\",code=\"%d\"} %d\n",
			requestsName, escapeLabel(k.method), escapeLabel(k.route), k.code, counts[k])
	}
	slices.Sort(routes)
	header(b, durationName, "Time from request to the handler's return, by route.", "histogram")
	for _, route := range routes {
		s, l := hists[route], escapeLabel(route)
		var cum uint64
		for i, n := range s.buckets {
			cum += n
			le := "+Inf"
			if i < len(bounds) {
				le = formatFloat(bounds[i])
			}
			fmt.Fprintf(b, "%s_bucket{route=\"%s\",le=\"%s\"} %d\n", durationName, l, le, cum)
		}
		fmt.Fprintf(b, "%s_sum{route=\"%s\"} %s\n", durationName, l, formatFloat(s.sum))
		fmt.Fprintf(b, "%s_count{route=\"%s\"} %d\n", durationName, l, cum)
	}
	for _, m := range funcs { // sampled outside the lock: f may be slow
		header(b, m.name, m.help, m.kind)
		fmt.Fprintf(b, "%s %s\n", m.name, formatFloat(m.f()))
	}
}

func header(b *bytes.Buffer, name, help, kind string) {
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s %s\n", name, escapeHelp(help), name, kind)
}

// escapeLabel escapes a label value: backslash, double quote and newline.
func escapeLabel(s string) string { return escape(s, true) }

// escapeHelp escapes HELP text: backslash and newline.
func escapeHelp(s string) string { return escape(s, false) }

func escape(s string, quote bool) string {
	if !strings.ContainsAny(s, "\\\"\n") {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '"' && quote:
			b.WriteString(`\"`)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	case math.IsNaN(f):
		return "NaN"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
