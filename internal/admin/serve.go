package admin

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"warta/internal/auth"
	"warta/internal/i18n"
	"warta/internal/media"
	"warta/internal/store"
)

// request is what the adapter learned about one request before the
// handler runs: who is signed in, in which language, with which session.
type request struct {
	user  *auth.User // nil on public routes without a session
	sess  *auth.Session
	token string // the session cookie's value
	lang  i18n.Lang
	// path is where forms on the page come back to; formToken is the
	// double-submit token of signed-out forms.
	path, formToken string
}

// can reports whether the signed-in user has capability c.
func (rq *request) can(c auth.Capability) bool { return rq.user != nil && rq.user.Role.Can(c) }

// handlerFunc is an admin handler: it writes a response and returns nil,
// or writes nothing and returns an error for serve to answer.
type handlerFunc func(w http.ResponseWriter, r *http.Request, rq *request) error

// keepFunc answers a rejected form submission (expired session, failed
// CSRF check) by showing the same form again with what the user typed and
// msg, so that no work is lost. Only posts from this site's own pages are
// kept: another site must not get a form filled in by it shown here,
// ready to be sent.
type keepFunc func(w http.ResponseWriter, r *http.Request, rq *request, status int, msg string) error

// keepForm makes the keepFunc of a form from the two halves its handler
// also uses for validation errors: read takes what the user typed from
// the request, show renders the form page with it and a problem. After
// the session ended show gets no user, and then puts nothing stored on
// the page: only the form and what the request itself carried.
func keepForm[F any](read func(*http.Request) F, show func(http.ResponseWriter, *http.Request, *request, int, F, string) error) keepFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request, status int, msg string) error {
		return show(w, r, rq, status, read(r), translate(rq.lang, msg))
	}
}

// publicError is an error whose message is meant for the user.
type publicError struct {
	status int
	msg    string // an i18n key of the admin catalog
}

func (e *publicError) Error() string { return "admin: " + e.msg }

func errForbidden() error { return &publicError{status: http.StatusForbidden, msg: msgForbidden} }

func errBadRequest(msg string) error { return &publicError{status: http.StatusBadRequest, msg: msg} }

// Messages the adapter shows.
const (
	msgForbidden      = "Anda tidak berhak melakukan ini."
	msgNotFound       = "Halaman ini tidak ada."
	msgSessionExpired = "Sesi Anda telah berakhir. Masuk lagi di tab baru, lalu tekan tombol simpan sekali lagi: isian Anda masih di sini."
	msgCSRF           = "Formulir ini sudah kedaluwarsa atau tidak berasal dari situs ini. Periksa isian Anda, lalu kirim sekali lagi."
	msgInternal       = "Maaf, terjadi kesalahan di server. Coba lagi sebentar lagi."
	msgTooLarge       = "Kiriman ini terlalu besar atau rusak. Setiap gambar paling besar 20 MiB; unggah beberapa berkas sekaligus paling banyak 80 MiB."
)

// serve adapts rt to http.Handler: it loads the session, checks the
// capability and the CSRF token, runs the handler and answers its error.
func (a *Admin) serve(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rq, err := a.begin(r)
		if err == nil && rq.user == nil && !strings.HasPrefix(r.URL.Path, Prefix+"static/") {
			rq.formToken = formToken(w, r)
			if c, cerr := r.Cookie(sessionCookie); cerr == nil && c.Value != "" {
				setCookie(w, r, sessionCookie, "", -1) // ended: stop carrying it
			}
		}
		if err != nil {
			a.fail(w, r, &request{lang: a.Lang}, err)
			return
		}
		safe := r.Method == http.MethodGet || r.Method == http.MethodHead
		if !safe {
			if err := limitBody(w, r); err != nil {
				a.fail(w, r, rq, err)
				return
			}
			if r.MultipartForm != nil {
				defer r.MultipartForm.RemoveAll()
			}
		}
		switch {
		case !rt.public && rq.user == nil:
			a.rejectAnonymous(w, r, rq, rt, safe)
			return
		case !rt.public && rt.need != "" && !rq.can(rt.need):
			a.fail(w, r, rq, errForbidden())
			return
		case !safe && !rt.public && !a.csrfOK(r, rq):
			if rt.keep != nil && a.sameOrigin(r) {
				a.answer(w, r, rq, rt.keep(w, r, rq, http.StatusForbidden, msgCSRF))
				return
			}
			a.fail(w, r, rq, &publicError{status: http.StatusForbidden, msg: msgCSRF})
			return
		}
		a.answer(w, r, rq, rt.handle(w, r, rq))
	})
}

// begin reads the session cookie and picks the language.
func (a *Admin) begin(r *http.Request) (*request, error) {
	rq := &request{lang: a.Lang}
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		sess, u, err := a.Auth.SessionUser(r.Context(), c.Value)
		switch {
		case err == nil:
			rq.user, rq.sess, rq.token = u, sess, c.Value
		case !errors.Is(err, store.ErrNotFound):
			return rq, err
		}
	}
	rq.lang = a.langOf(r, rq.user)
	rq.path = r.URL.Path
	if r.Method == http.MethodGet && r.URL.RawQuery != "" {
		rq.path += "?" + r.URL.RawQuery
	}
	return rq, nil
}

// rejectAnonymous answers a request that needs a session and has none:
// pages send the browser to the login form and back; form posts keep the
// user's work on the page when they can.
func (a *Admin) rejectAnonymous(w http.ResponseWriter, r *http.Request, rq *request, rt route, safe bool) {
	if safe {
		next := r.URL.Path
		if r.URL.RawQuery != "" {
			next += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, Prefix+"login?next="+url.QueryEscape(next), http.StatusSeeOther)
		return
	}
	if rt.keep != nil && a.sameOrigin(r) {
		a.answer(w, r, rq, rt.keep(w, r, rq, http.StatusUnauthorized, msgSessionExpired))
		return
	}
	a.fail(w, r, rq, &publicError{status: http.StatusUnauthorized, msg: msgSessionExpired})
}

// answer handles what a handler returned.
func (a *Admin) answer(w http.ResponseWriter, r *http.Request, rq *request, err error) {
	if err != nil {
		a.fail(w, r, rq, err)
	}
}

// fail answers err with an error page (or JSON for JSON clients).
func (a *Admin) fail(w http.ResponseWriter, r *http.Request, rq *request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	status, msg := http.StatusInternalServerError, msgInternal
	var pe *publicError
	switch {
	case errors.As(err, &pe):
		status, msg = pe.status, pe.msg
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, msgNotFound
	default:
		a.Log.Error("admin request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if wantsJSON(r) {
		writeJSON(w, status, map[string]any{"error": a.t(rq, msg), "status": status})
		return
	}
	p := a.page(rq, a.t(rq, "Terjadi kesalahan"), "")
	p.Body = errorBody{Status: status, Message: a.t(rq, msg), Anonymous: rq.user == nil, Back: a.back(r)}
	if err := a.views.render(w, status, "error", p); err != nil {
		a.Log.Error("admin error page failed", "err", err)
		http.Error(w, a.t(rq, msg), status)
	}
}

// errorBody is the data of the error page.
type errorBody struct {
	Status    int
	Message   string
	Anonymous bool
	Back      string // the admin page the request came from, if known
}

// back is the admin page r was sent from (its Referer on this site), so
// that a refused button leads back to where it was pressed; "" when
// unknown.
func (a *Admin) back(r *http.Request) string {
	ref, err := url.Parse(r.Referer())
	if err != nil || ref.Host == "" || !strings.EqualFold(ref.Host, r.Host) || !strings.HasPrefix(ref.Path, Prefix) {
		return ""
	}
	next := ref.Path
	if ref.RawQuery != "" {
		next += "?" + ref.RawQuery
	}
	if safeNext(next) != next || next == r.URL.Path {
		return ""
	}
	return next
}

// notFound answers paths under /admin/ that no route has.
func (a *Admin) notFound(w http.ResponseWriter, r *http.Request, rq *request) error {
	return &publicError{status: http.StatusNotFound, msg: msgNotFound}
}

func wantsJSON(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "application/json")
}

// Body limits: forms carry at most a post body (2 MiB) and its fields;
// uploads a few images.
const (
	maxFormBody   = 8 << 20
	maxUploadBody = 4*media.MaxSize + 1<<20
)

// limitBody caps the request body and parses a multipart body at once, so
// that an oversize upload is refused with its own message before anything
// reads it (the CSRF check included).
func limitBody(w http.ResponseWriter, r *http.Request) error {
	multipart := strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data")
	limit := int64(maxFormBody)
	if multipart {
		limit = maxUploadBody
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if !multipart {
		return nil
	}
	if err := r.ParseMultipartForm(multipartMemory); err != nil {
		return &publicError{status: http.StatusRequestEntityTooLarge, msg: msgTooLarge}
	}
	return nil
}
