package cache

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// recorder captures a handler's response while it may still be stored.
// The moment it learns the response is not storable (status, headers, or
// a body past limit) it turns into a pass-through to the real writer, so
// error pages, streams and untagged pages behave as without a cache.
type recorder struct {
	w         http.ResponseWriter
	header    http.Header
	snapshot  http.Header // header as of WriteHeader, for building the entry
	status    int
	limit     int64
	buf       *bytes.Buffer // from getBuf; render puts it back
	decided   bool          // WriteHeader has run
	direct    bool          // writing straight to w
	missValue []string
}

func (rec *recorder) Header() http.Header {
	if rec.direct {
		return rec.w.Header() // trailers set after the body still work
	}
	return rec.header
}

func (rec *recorder) WriteHeader(code int) {
	if rec.decided || code < 200 { // informational responses are dropped
		return
	}
	rec.decided, rec.status = true, code
	if storable(code, rec.header) {
		rec.snapshot = rec.header.Clone()
		return
	}
	rec.passThrough(rec.header)
}

func (rec *recorder) Write(b []byte) (int, error) {
	if !rec.decided {
		rec.WriteHeader(http.StatusOK)
	}
	if rec.direct {
		return rec.w.Write(b)
	}
	if int64(rec.buf.Len()+len(b)) > rec.limit {
		if err := rec.passThrough(rec.snapshot); err != nil {
			return 0, err
		}
		return rec.w.Write(b)
	}
	return rec.buf.Write(b)
}

// passThrough sends the status, headers h and anything buffered to the
// client and makes later writes go straight there.
func (rec *recorder) passThrough(h http.Header) error {
	rec.direct = true
	dst := rec.w.Header()
	for k, v := range h {
		dst[k] = v
	}
	delete(dst, KeyHeader)
	dst["X-Cache"] = rec.missValue
	rec.w.WriteHeader(rec.status)
	if rec.buf.Len() == 0 {
		return nil
	}
	_, err := rec.w.Write(rec.buf.Bytes())
	rec.buf.Reset()
	return err
}

// FlushError flushes a pass-through response; a response still being
// recorded is sent whole at the end, so there is nothing to flush yet.
func (rec *recorder) FlushError() error {
	if !rec.direct {
		return nil
	}
	return http.NewResponseController(rec.w).Flush()
}

// Flush implements http.Flusher for handlers that assert it directly.
func (rec *recorder) Flush() { _ = rec.FlushError() }

// Unwrap lets http.ResponseController reach the real writer (deadlines).
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.w }

// storable reports whether a response with this status and header may be
// kept for every anonymous reader.
func storable(code int, h http.Header) bool {
	if code != http.StatusOK || strings.TrimSpace(h.Get(KeyHeader)) == "" {
		return false
	}
	if len(h["Set-Cookie"]) > 0 || len(h["Content-Encoding"]) > 0 {
		return false // per-client state, or bytes we would encode twice
	}
	for _, v := range h["Vary"] { // the key covers only path and query
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f != "" && !strings.EqualFold(f, "Accept-Encoding") {
				return false
			}
		}
	}
	for _, v := range h["Cache-Control"] {
		v = strings.ToLower(v)
		if strings.Contains(v, "no-store") || strings.Contains(v, "private") {
			return false
		}
	}
	return true
}

// skipHeader reports handler headers not kept in an entry: the cache
// writes its own framing, validators and Vary, and never shows surrogate keys.
func skipHeader(k string) bool {
	switch k {
	case KeyHeader, "Content-Length", "Etag", "Vary", "Date", "Connection", "Transfer-Encoding", "X-Cache", "Trailer":
		return true
	}
	return false
}

// newEntry builds a storable page: headers, body, gzip variant, ETags.
func newEntry(key string, h http.Header, body []byte) *entry {
	e := &entry{key: key, tags: strings.Fields(h.Get(KeyHeader)), header: make(http.Header, len(h)+2)}
	size := int64(entryOverhead + len(key))
	for k, v := range h {
		if skipHeader(k) {
			continue
		}
		e.header[k] = slices.Clip(slices.Clone(v))
		size += int64(len(k))
		for _, s := range v {
			size += int64(len(s))
		}
	}
	if len(e.header["Content-Type"]) == 0 {
		e.header["Content-Type"] = []string{http.DetectContentType(body)}
	}
	if len(e.header["Cache-Control"]) == 0 {
		e.header["Cache-Control"] = []string{"no-cache"}
	}
	if lm := h.Get("Last-Modified"); lm != "" {
		if t, err := http.ParseTime(lm); err == nil {
			e.lastMod = t
		}
	}
	for _, tag := range e.tags {
		size += int64(len(tag))
	}
	// Keep one copy: the gzip bytes when they are smaller (nearly every
	// page; identity requests are rare and get them inflated on the fly),
	// the plain bytes otherwise. That keeps a full cache small in memory.
	if e.gz = gzipped(body); e.gz == nil {
		e.body = bytes.Clone(body)
	}
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:16])
	// A gzip variant is different bytes, so it gets its own strong ETag.
	e.etag, e.gzETag = `"`+hash+`"`, `"`+hash+`-gz"`
	e.etagHdr, e.gzHdr = []string{e.etag}, []string{e.gzETag}
	e.lenHdr, e.gzLen = []string{strconv.Itoa(len(body))}, []string{strconv.Itoa(len(e.gz))}
	e.size = size + int64(len(e.body)+len(e.gz))
	return e
}

// gzipWriters are reused: a new gzip.Writer allocates most of a megabyte.
var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(io.Discard) }}

// bufs are reused for recording and compressing pages, which entries copy
// (at their final size) rather than keep.
var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func getBuf() *bytes.Buffer { return bufs.Get().(*bytes.Buffer) }

// putBuf returns b for reuse unless it grew past what a page needs.
func putBuf(b *bytes.Buffer) {
	if b.Cap() <= 1<<20 {
		b.Reset()
		bufs.Put(b)
	}
}

// gzipped compresses body, returning nil when that does not make it smaller.
func gzipped(body []byte) []byte {
	b := getBuf()
	defer putBuf(b)
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(b)
	if _, err := zw.Write(body); err != nil {
		return nil
	}
	if err := zw.Close(); err != nil || b.Len() >= len(body) {
		return nil
	}
	return bytes.Clone(b.Bytes())
}

// stripWriter passes a response through untouched except that surrogate
// keys are removed, for requests that bypass the cache.
type stripWriter struct {
	http.ResponseWriter
	wrote bool
}

func (s *stripWriter) WriteHeader(code int) {
	if !s.wrote {
		s.ResponseWriter.Header().Del(KeyHeader)
		s.wrote = code >= 200
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *stripWriter) Write(b []byte) (int, error) {
	if !s.wrote {
		s.WriteHeader(http.StatusOK)
	}
	return s.ResponseWriter.Write(b)
}

// FlushError flushes the underlying writer.
func (s *stripWriter) FlushError() error {
	if !s.wrote {
		s.WriteHeader(http.StatusOK)
	}
	return http.NewResponseController(s.ResponseWriter).Flush()
}

// Flush implements http.Flusher for handlers that assert it directly.
func (s *stripWriter) Flush() { _ = s.FlushError() }

// Unwrap lets http.ResponseController reach the real writer.
func (s *stripWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }
