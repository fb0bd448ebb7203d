package site

import (
	"bytes"
	"net/http"

	"warta/internal/content"
	"warta/internal/sanitize"
)

// Preview writes p, saved or not and whatever its status, as its article
// page would look: the newsroom's "preview before publishing". The page
// is marked noindex and never cached (no surrogate keys, no-store).
func (s *Site) Preview(w http.ResponseWriter, r *http.Request, p *content.Post) error {
	rq, err := s.begin(r.Context())
	if err != nil {
		return err
	}
	a := s.article(rq, p)
	a.Body = sanitize.HTML(p.Body) // the editor's fields, not a stored body
	if err := s.attachNotices(r.Context(), p, a); err != nil {
		return err
	}
	page := rq.page(p.Title, "", a.URL)
	page.NoIndex = true
	page.Body = a
	var buf bytes.Buffer
	if err := s.View.Render(&buf, "article", page); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Robots-Tag", "noindex")
	_, err = buf.WriteTo(w)
	return err
}
