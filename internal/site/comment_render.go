package site

import (
	"bytes"
	"errors"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"

	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/view"
)

// Body limits of the comment forms: a comment of comment.MaxContent
// characters fits percent-encoded with room to spare.
const (
	maxCommentBody = 128 << 10
	maxReportBody  = 16 << 10
)

// renderPrivate renders the article page of p for one reader (a refused
// comment, their waiting comment, a confirmation): never cached, never
// indexed, and tagged with no surrogate key. edit adjusts the comment
// section before rendering.
func (s *Site) renderPrivate(w http.ResponseWriter, r *http.Request, status int, rq *request, p *content.Post, at placement, edit func(*view.Comments)) error {
	a := s.article(rq, p)
	c, _, err := s.commentSection(r.Context(), rq, p, a.URL, at)
	if err != nil {
		return err
	}
	edit(c)
	a.Comments = c
	page := rq.page(p.Title, p.Summary(rq.settings.ExcerptWords), a.URL)
	page.NoIndex = true
	page.Body = a
	return s.writePrivate(w, status, page)
}

// renderNotice renders a bare page for one reader with a title and the
// comment section's notice, error or kept text (for a comment on a post
// that does not exist, or a dead confirmation link).
func (s *Site) renderNotice(w http.ResponseWriter, r *http.Request, status int, title string, c *view.Comments) error {
	rq, err := s.begin(r.Context())
	if err != nil {
		return err
	}
	page := rq.page(title, "", r.URL.Path)
	page.NoIndex = true
	page.Body = &view.Article{Title: title, IsPage: true, Comments: c}
	return s.writePrivate(w, status, page)
}

func (s *Site) writePrivate(w http.ResponseWriter, status int, page view.Page) error {
	var buf bytes.Buffer
	if err := s.View.Render(&buf, "article", page); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store, private")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// refusal is why a form was not accepted, for its reader.
type refusal struct {
	status  int
	message string
	field   string
}

// errBodyTooLarge and errMalformed are the ways a form body can fail to
// parse.
var (
	errBodyTooLarge = errors.New("site: form body too large")
	errMalformed    = errors.New("site: malformed form")
)

// parseForm reads an urlencoded form body of at most limit bytes into
// r.PostForm. A malformed body still leaves whatever pairs could be read.
func parseForm(w http.ResponseWriter, r *http.Request, limit int64) error {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	err := r.ParseForm()
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return errBodyTooLarge
	case err != nil || ct != "application/x-www-form-urlencoded":
		if r.PostForm == nil {
			r.PostForm = url.Values{}
		}
		return errMalformed
	}
	return nil
}

// formRefusal is the refusal for a form that could not be read, or came
// from another site, or nil.
func (s *Site) formRefusal(r *http.Request, parseErr error) *refusal {
	switch {
	case errors.Is(parseErr, errBodyTooLarge):
		return &refusal{http.StatusRequestEntityTooLarge, i18n.T(s.Lang, "Komentar terlalu besar untuk dikirim."), ""}
	case parseErr != nil:
		return &refusal{http.StatusBadRequest, i18n.T(s.Lang, "Formulir tidak dapat dibaca. Coba kirim lagi."), ""}
	case !s.sameOrigin(r):
		return &refusal{http.StatusForbidden, i18n.T(s.Lang, "Formulir ini harus dikirim dari situs ini."), ""}
	}
	return nil
}

// sameOrigin rejects forms that a browser says came from another site.
// Browsers send Origin (and Sec-Fetch-Site) with every form post; clients
// that send neither are let through, and meet the other defences.
func (s *Site) sameOrigin(r *http.Request) bool {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	if err != nil {
		return false
	}
	if base, err := url.Parse(s.BaseURL); err == nil && strings.EqualFold(u.Host, base.Host) {
		return true
	}
	return strings.EqualFold(u.Host, r.Host)
}

// clientIP is the reader's address: the connection's peer or, when that
// is this machine (a reverse proxy in front of Warta), the address the
// proxy added last to X-Forwarded-For.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if last := strings.TrimSpace(parts[len(parts)-1]); net.ParseIP(last) != nil {
				return last
			}
		}
	}
	return host
}

// commentRefusal is the reader's message for a comment the service
// refused, with its HTTP status.
func (s *Site) commentRefusal(e *comment.Error) *refusal {
	msg, status := s.commentMessage(e), http.StatusUnprocessableEntity
	switch e.Code {
	case comment.CodeNoPost:
		status = http.StatusNotFound
	case comment.CodeClosed:
		status = http.StatusForbidden
	case comment.CodeRateLimited:
		status = http.StatusTooManyRequests
	case comment.CodeExpired:
		status = http.StatusBadRequest
	case comment.CodeDuplicate:
		status = http.StatusConflict
	}
	return &refusal{status: status, message: msg, field: e.Field}
}

// commentMessage localizes a refusal of the comment service.
func (s *Site) commentMessage(e *comment.Error) string {
	t := func(key string, args ...any) string { return i18n.T(s.Lang, key, args...) }
	type fc struct{ field, code string }
	switch (fc{e.Field, e.Code}) {
	case fc{"comment", comment.CodeRequired}:
		return t("Komentar masih kosong.")
	case fc{"comment", comment.CodeTooLong}:
		return t("Komentar terlalu panjang (maksimal %d karakter).", comment.MaxContent)
	case fc{"author", comment.CodeRequired}:
		return t("Nama wajib diisi.")
	case fc{"author", comment.CodeTooLong}:
		return t("Nama terlalu panjang (maksimal %d karakter).", comment.MaxAuthor)
	case fc{"email", comment.CodeRequired}:
		return t("Email wajib diisi.")
	case fc{"email", comment.CodeTooLong}:
		return t("Alamat email terlalu panjang (maksimal %d karakter).", comment.MaxEmail)
	case fc{"email", comment.CodeInvalid}:
		return t("Alamat email tidak valid.")
	case fc{"url", comment.CodeTooLong}:
		return t("Alamat situs web terlalu panjang (maksimal %d karakter).", comment.MaxURL)
	case fc{"url", comment.CodeInvalid}:
		return t("Situs web harus berupa alamat http atau https.")
	case fc{"reason", comment.CodeInvalid}:
		return t("Pilih alasan laporan.")
	case fc{"note", comment.CodeTooLong}:
		return t("Keterangan terlalu panjang (maksimal %d karakter).", comment.MaxNote)
	case fc{"comment_id", comment.CodeBadParent}:
		return t("Komentar itu tidak ada atau sudah tidak tayang.")
	}
	switch e.Code {
	case comment.CodeNoPost:
		return t("Artikel ini tidak ada atau tidak bisa dikomentari.")
	case comment.CodeClosed:
		return t("Komentar untuk artikel ini sudah ditutup.")
	case comment.CodeBadParent:
		return t("Komentar yang Anda balas tidak ada atau belum ditayangkan.")
	case comment.CodeTooDeep:
		return t("Komentar ini tidak bisa dibalas lagi.")
	case comment.CodeRules:
		return t("Centang persetujuan aturan komentar untuk mengirim.")
	case comment.CodeExpired:
		return t("Formulir kedaluwarsa. Periksa komentar Anda lalu kirim lagi.")
	case comment.CodeDuplicate:
		return t("Komentar yang sama sudah Anda kirim.")
	case comment.CodeRateLimited:
		return t("Terlalu banyak komentar dalam waktu singkat. Coba lagi beberapa menit lagi.")
	}
	return t("Formulir tidak dapat dibaca. Coba kirim lagi.")
}
