package cache

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// serve answers r from e: 304 when the client's validator matches, the
// gzip variant when the client accepts it, identity otherwise.
func (c *Cache) serve(w http.ResponseWriter, r *http.Request, e *entry, xcache []string) {
	h := w.Header()
	for k, v := range e.header {
		h[k] = v
	}
	h["X-Cache"] = xcache
	body, etag, length := e.body, e.etagHdr, e.lenHdr
	if e.gz != nil {
		h["Vary"] = c.varyValue
		if acceptsGzip(r.Header["Accept-Encoding"]) {
			body, etag, length = e.gz, e.gzHdr, e.gzLen
			h["Content-Encoding"] = c.gzipValue
		}
	}
	h["Etag"] = etag
	if notModified(r, e) {
		delete(h, "Content-Type")
		delete(h, "Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Length"] = length
	w.WriteHeader(http.StatusOK)
	switch {
	case r.Method == http.MethodHead:
	case body != nil:
		_, _ = w.Write(body)
	default: // identity requested, only the gzip copy is kept
		if zr, err := gzip.NewReader(bytes.NewReader(e.gz)); err == nil {
			_, _ = io.Copy(w, zr)
		}
	}
}

// notModified applies If-None-Match (weak comparison, lists, "*") and,
// only when that is absent, If-Modified-Since.
func notModified(r *http.Request, e *entry) bool {
	if inm := r.Header["If-None-Match"]; len(inm) > 0 {
		for _, v := range inm {
			if etagListHas(v, e.etag) || etagListHas(v, e.gzETag) {
				return true
			}
		}
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || e.lastMod.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !e.lastMod.Truncate(time.Second).After(t)
}

// etagListHas reports whether the If-None-Match value list names etag,
// comparing weakly (W/"x" matches "x").
func etagListHas(list, etag string) bool {
	for {
		list = strings.TrimLeft(list, " \t,")
		if list == "" {
			return false
		}
		if list[0] == '*' {
			return true
		}
		list = strings.TrimPrefix(list, "W/")
		if list == "" || list[0] != '"' {
			return false
		}
		end := strings.IndexByte(list[1:], '"')
		if end < 0 {
			return false
		}
		if list[:end+2] == etag {
			return true
		}
		list = list[end+2:]
	}
}

// acceptsGzip reads Accept-Encoding: gzip (or x-gzip) with a non-zero q, or
// "*" with a non-zero q when gzip is not listed.
func acceptsGzip(values []string) bool {
	gz, star := -1.0, -1.0
	for _, v := range values {
		for v != "" {
			var item string
			item, v, _ = strings.Cut(v, ",")
			name, params, _ := strings.Cut(item, ";")
			q := 1.0
			if p := strings.TrimSpace(params); len(p) > 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=' {
				if f, err := strconv.ParseFloat(p[2:], 64); err == nil {
					q = f
				}
			}
			switch name = strings.TrimSpace(name); {
			case strings.EqualFold(name, "gzip"), strings.EqualFold(name, "x-gzip"):
				gz = max(gz, q)
			case name == "*":
				star = q
			}
		}
	}
	return gz > 0 || (gz < 0 && star > 0)
}
