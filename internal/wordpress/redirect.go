package wordpress

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"warta/internal/content"
)

// Redirects returns middleware that answers the old WordPress site's URLs
// with 301 redirects to their Warta pages. It steps in before next only
// for URLs that are WordPress's alone (query strings such as ?p=ID,
// ?page_id=, ?cat=, ?s=, and /wp-content/uploads/ files), and otherwise
// only when next answers 404 or a permanent redirect, so Warta's own
// pages always win. Redirects carry no Surrogate-Key and are
// never stored in the page cache.
func Redirects(c *content.Service, loc *time.Location, log *slog.Logger) func(http.Handler) http.Handler {
	rs := NewResolver(c, loc)
	if log == nil {
		log = slog.Default()
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				next.ServeHTTP(w, r)
				return
			}
			if legacy(r) {
				if to := rs.find(r, log); to != "" {
					redirect(w, to)
					return
				}
			}
			next.ServeHTTP(&catcher{ResponseWriter: w, r: r, rs: rs, log: log}, r)
		})
	}
}

// legacy reports whether r asks for a URL only WordPress had.
func legacy(r *http.Request) bool {
	if strings.Contains(r.URL.Path, "/wp-content/uploads/") {
		return true
	}
	if r.URL.RawQuery == "" || !(r.URL.Path == "/" || r.URL.Path == "/index.php") {
		return false
	}
	q := r.URL.Query()
	for _, k := range []string{"p", "page_id", "attachment_id", "cat", "tag", "author", "s", "feed", "m"} {
		if q.Has(k) {
			return true
		}
	}
	return false
}

// find resolves r, logging (not failing) on database errors.
func (rs *Resolver) find(r *http.Request, log *slog.Logger) string {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	to, err := rs.Resolve(ctx, r.URL.Path, r.URL.Query())
	if err != nil {
		log.Error("wordpress redirect lookup failed", "path", r.URL.Path, "err", err)
		return ""
	}
	if to == r.URL.RequestURI() {
		return "" // never redirect to itself
	}
	return to
}

func redirect(w http.ResponseWriter, to string) {
	h := w.Header()
	for _, k := range []string{"Content-Type", "Content-Length", "Content-Encoding", "Etag", "Last-Modified", "Surrogate-Key", "Cache-Control", "Vary", "X-Cache"} {
		h.Del(k)
	}
	h.Set("Location", escapeLocation(to))
	h.Set("Cache-Control", "public, max-age=86400")
	w.WriteHeader(http.StatusMovedPermanently)
}

// catcher passes a response through unless it is a 404 or a permanent
// redirect for a URL an import knows: then it answers with the import's
// redirect instead and drops the body. (Warta redirects an old dated
// permalink to the post that now has its slug, which after a duplicate
// slug is another post; the import knows which post the URL was.)
type catcher struct {
	http.ResponseWriter
	r       *http.Request
	rs      *Resolver
	log     *slog.Logger
	decided bool
	caught  bool
}

func (c *catcher) WriteHeader(code int) {
	if c.decided {
		return
	}
	c.decided = true
	if code == http.StatusNotFound || code == http.StatusMovedPermanently || code == http.StatusPermanentRedirect {
		if to := c.rs.find(c.r, c.log); to != "" {
			c.caught = true
			redirect(c.ResponseWriter, to)
			return
		}
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *catcher) Write(b []byte) (int, error) {
	if !c.decided {
		c.WriteHeader(http.StatusOK)
	}
	if c.caught {
		return len(b), nil
	}
	return c.ResponseWriter.Write(b)
}

// Flush lets streamed responses through.
func (c *catcher) Flush() {
	if f, ok := c.ResponseWriter.(http.Flusher); ok && !c.caught {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the underlying writer.
func (c *catcher) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// escapeLocation percent-encodes the path of a site-relative URL (slugs
// may be in any script); its query is already escaped.
func escapeLocation(to string) string {
	path, rest, cut := strings.Cut(to, "?")
	frag := ""
	if !cut {
		path, frag, cut = strings.Cut(to, "#")
		if cut {
			frag = "#" + frag
		}
	} else {
		rest = "?" + rest
	}
	return (&url.URL{Path: path}).EscapedPath() + rest + frag
}
