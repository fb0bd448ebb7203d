package admin

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net"
	"net/http"
	"strings"
	"time"
)

// Forms shown before sign-in (login, password reset) have no session to
// hold a CSRF token, so they use a double-submit token: a random value in
// a cookie and in a hidden field, which another site can neither read nor
// set.
const formTokenField = "form_token"

// formToken returns the browser's form token, setting the cookie when it
// has none.
func formToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(loginCookie); err == nil && len(c.Value) >= 20 && len(c.Value) <= 64 {
		return c.Value
	}
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	v := base64.RawURLEncoding.EncodeToString(b)
	setCookie(w, r, loginCookie, v, 24*time.Hour)
	return v
}

// formTokenOK checks a pre-sign-in form's double-submit token and origin.
func (a *Admin) formTokenOK(r *http.Request) bool {
	c, err := r.Cookie(loginCookie)
	if err != nil || c.Value == "" || !a.sameOrigin(r) {
		return false
	}
	got := r.PostFormValue(formTokenField)
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(c.Value)) == 1
}

// clientIP is the address the request came from. X-Forwarded-For is not
// trusted: anyone can write it.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// safeNext returns next when it is a path inside the admin, else the
// dashboard: the login form must not redirect anywhere else.
func safeNext(next string) string {
	if !strings.HasPrefix(next, Prefix) || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return Prefix
	}
	return next
}
