package cache

import (
	"net/http"
	"slices"
	"strings"
)

// sessionCookie is the cookie of a signed-in user; requests carrying it may
// see per-user pages and so never touch the cache.
const sessionCookie = "warta_session"

// Middleware serves GET and HEAD requests from the cache and stores the
// 200 responses of next that carry a Surrogate-Key header. Requests with
// an Authorization header or a session cookie, and every other method,
// go straight to next. Concurrent misses for one page render it once.
func (c *Cache) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c.maxBytes <= 0 || bypass(r) {
			next.ServeHTTP(&stripWriter{ResponseWriter: w}, r)
			return
		}
		key := requestKey(r)
		if e := c.lookup(key); e != nil {
			c.hits.Add(1)
			c.serve(w, r, e, c.hitValue)
			return
		}
		c.miss(w, r, key, next)
	})
}

// bypass reports whether r must not be answered from, or stored in, the cache.
func bypass(r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return true
	}
	if len(r.Header["Authorization"]) > 0 || len(r.Header["Upgrade"]) > 0 {
		return true
	}
	if len(r.Header["Cookie"]) > 0 {
		if _, err := r.Cookie(sessionCookie); err == nil {
			return true
		}
	}
	return false
}

// miss renders the page once for all requests that want it at the same time.
func (c *Cache) miss(w http.ResponseWriter, r *http.Request, key string, next http.Handler) {
	f, leader, e := c.join(key)
	switch {
	case e != nil: // stored between our lookup and join
		c.hits.Add(1)
		c.serve(w, r, e, c.hitValue)
		return
	case !leader:
		c.waiting.Add(1)
		select {
		case <-f.done:
		case <-r.Context().Done():
		}
		c.waiting.Add(-1)
		if r.Context().Err() != nil {
			return
		}
		if f.entry != nil {
			c.hits.Add(1)
			c.serve(w, r, f.entry, c.hitValue)
			return
		}
		// The shared render was not storable (an error, a cookie, too
		// big): it may have been meant for one client only, so render ours.
		c.misses.Add(1)
		if e := c.render(w, r, key, c.gen.Load(), next); e != nil {
			c.serve(w, r, e, c.missValue)
		}
		return
	}
	c.misses.Add(1)
	landed := false
	defer func() { // a panicking handler must not leave waiters hanging
		if !landed {
			c.land(key, f)
		}
	}()
	e = c.render(w, r, key, f.gen, next)
	f.entry = e
	landed = true
	c.land(key, f) // release waiters before writing to a possibly slow client
	if e != nil {
		c.serve(w, r, e, c.missValue)
	}
}

// join returns the render in flight for key, or registers the caller as
// the one to render it. A render begun before the latest purge is not
// joined: its bytes may be stale.
func (c *Cache) join(key string) (f *flight, leader bool, e *entry) {
	c.flightMu.Lock()
	defer c.flightMu.Unlock()
	gen := c.gen.Load()
	if f := c.flights[key]; f != nil && f.gen == gen {
		return f, false, nil
	}
	if e := c.lookup(key); e != nil {
		return nil, false, e
	}
	f = &flight{gen: gen, done: make(chan struct{})}
	c.flights[key] = f
	return f, true, nil
}

// land ends a flight and wakes its waiters.
func (c *Cache) land(key string, f *flight) {
	c.flightMu.Lock()
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	c.flightMu.Unlock()
	close(f.done)
}

// render runs next for r. A storable response is built into an entry,
// stored unless a purge came after generation gen, and returned for the
// caller to serve; anything else has already been written to w and render
// returns nil.
func (c *Cache) render(w http.ResponseWriter, r *http.Request, key string, gen uint64, next http.Handler) *entry {
	rec := &recorder{w: w, header: make(http.Header), limit: c.maxEntry, missValue: c.missValue, buf: getBuf()}
	defer putBuf(rec.buf)
	next.ServeHTTP(rec, renderRequest(r))
	if !rec.decided {
		rec.WriteHeader(http.StatusOK)
	}
	if rec.direct {
		return nil
	}
	e := newEntry(key, rec.snapshot, rec.buf.Bytes())
	c.insert(e, gen)
	return e
}

// renderRequest is r as the handler should see it when its answer may be
// stored for everyone: a full GET in identity encoding, without the
// client's conditional or range headers, which the cache answers itself.
func renderRequest(r *http.Request) *http.Request {
	r2 := r.WithContext(r.Context())
	r2.Method = http.MethodGet
	r2.Header = r.Header.Clone()
	for _, h := range []string{"Accept-Encoding", "If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since", "If-Range", "Range"} {
		delete(r2.Header, h)
	}
	return r2
}

// requestKey is the path plus the query with its parameters sorted by
// name, so that ?a=1&b=2 and ?b=2&a=1 share one entry. Repeated parameters
// keep their order, which handlers may rely on. The host is ignored.
func requestKey(r *http.Request) string {
	p := r.URL.EscapedPath()
	q := r.URL.RawQuery
	if q == "" {
		return p
	}
	if querySorted(q) {
		return p + "?" + q
	}
	params := strings.Split(q, "&")
	params = slices.DeleteFunc(params, func(s string) bool { return s == "" })
	slices.SortStableFunc(params, func(a, b string) int { return strings.Compare(paramName(a), paramName(b)) })
	return p + "?" + strings.Join(params, "&")
}

// querySorted reports whether q's parameters are already in key order with
// no empty ones, the common case, which then needs no allocation.
func querySorted(q string) bool {
	prev := ""
	for i := 0; ; i++ {
		param, rest, more := strings.Cut(q, "&")
		name := paramName(param)
		if param == "" || (i > 0 && name < prev) {
			return false
		}
		if !more {
			return true
		}
		prev, q = name, rest
	}
}

func paramName(param string) string {
	name, _, _ := strings.Cut(param, "=")
	return name
}
