package admin

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
	"time"

	"warta/internal/auth"
	"warta/internal/i18n"
)

// Cookies. The page cache skips every request carrying sessionCookie.
const (
	sessionCookie = "warta_session"
	loginCookie   = "warta_login" // double-submit token of the login form
	langCookie    = "warta_lang"
	csrfField     = "csrf_token"
	csrfHeader    = "X-CSRF-Token"
)

// secure reports whether the browser reached us over HTTPS (directly or
// through a proxy that says so), so cookies get the Secure flag.
func secure(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// setCookie writes an HttpOnly, SameSite=Lax cookie for the whole site.
// maxAge < 0 deletes it.
func setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge time.Duration) {
	c := &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, Secure: secure(r), SameSite: http.SameSiteLaxMode}
	if maxAge < 0 {
		c.MaxAge = -1
	} else if maxAge > 0 {
		c.MaxAge = int(maxAge / time.Second)
	}
	http.SetCookie(w, c)
}

// csrfOK checks a state-changing request: its token must be the
// session's, and its Origin (or Referer) must be this site.
func (a *Admin) csrfOK(r *http.Request, rq *request) bool {
	if rq.sess == nil || !a.sameOrigin(r) {
		return false
	}
	got := r.Header.Get(csrfHeader)
	if got == "" {
		got = formValue(r, csrfField)
	}
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(rq.sess.CSRF)) == 1
}

// formValue reads a form field of a urlencoded or multipart body.
func formValue(r *http.Request, name string) string {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		if r.MultipartForm == nil {
			if err := r.ParseMultipartForm(multipartMemory); err != nil {
				return ""
			}
		}
	}
	return r.PostFormValue(name)
}

// multipartMemory is how much of an upload is kept in memory; the rest
// spills to temporary files.
const multipartMemory = 8 << 20

// sameOrigin reports whether the request's Origin, or its Referer when
// there is no Origin, names this site. A request with neither passes: the
// token check still applies, and old clients send neither.
func (a *Admin) sameOrigin(r *http.Request) bool {
	src := r.Header.Get("Origin")
	if src == "" {
		src = r.Header.Get("Referer")
		if src == "" {
			return true
		}
	}
	u, err := url.Parse(src)
	if err != nil || u.Host == "" {
		return false
	}
	origin := u.Scheme + "://" + u.Host
	scheme := "http"
	if secure(r) {
		scheme = "https"
	}
	if strings.EqualFold(origin, scheme+"://"+r.Host) {
		return true
	}
	if b, err := url.Parse(a.BaseURL); err == nil && b.Host != "" {
		return strings.EqualFold(origin, b.Scheme+"://"+b.Host)
	}
	return false
}

// langOf picks the admin language: the user's choice, then the language
// cookie, then the site's.
func (a *Admin) langOf(r *http.Request, u *auth.User) i18n.Lang {
	if u != nil {
		if l, err := a.Auth.Locale(r.Context(), u.ID); err == nil && l != "" {
			if lang, err := i18n.Parse(l); err == nil {
				return lang
			}
		}
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if lang, err := i18n.Parse(c.Value); err == nil {
			return lang
		}
	}
	return a.Lang
}
