package admin_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"warta/internal/store"
)

var formTokenRe = regexp.MustCompile(`name="form_token" value="([^"]+)"`)

// loginPage fetches the login form and returns its token and cookie.
func loginPage(t *testing.T, ts *testSite) (token string, cookie *http.Cookie) {
	t.Helper()
	res := ts.req(t, "", "GET", "/admin/login", nil)
	m := formTokenRe.FindStringSubmatch(res.body)
	if res.status != 200 || m == nil {
		t.Fatalf("login page: %d\n%s", res.status, res.body)
	}
	for _, c := range (&http.Response{Header: res.header}).Cookies() {
		if c.Name == "warta_login" {
			cookie = c
		}
	}
	if cookie == nil || cookie.Value != m[1] {
		t.Fatalf("login cookie %v does not match the form token", cookie)
	}
	return m[1], cookie
}

// login posts the login form and returns the response.
func login(t *testing.T, ts *testSite, email, pw string, extra func(r *http.Request)) response {
	t.Helper()
	token, cookie := loginPage(t, ts)
	f := url.Values{"email": {email}, "password": {pw}, "form_token": {token}, "next": {"/admin/posts?status=draft"}}
	r, _ := http.NewRequest("POST", ts.srv.URL+"/admin/login", strings.NewReader(f.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Origin", ts.srv.URL)
	r.AddCookie(cookie)
	if extra != nil {
		extra(r)
	}
	return ts.do(t, r)
}

func sessionCookie(res response) *http.Cookie {
	for _, c := range (&http.Response{Header: res.header}).Cookies() {
		if c.Name == "warta_session" && c.Value != "" {
			return c
		}
	}
	return nil
}

func TestLoginLogout(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, true)
		res := login(t, ts, "Editor@example.invalid", password, nil)
		c := sessionCookie(res)
		if res.status != http.StatusSeeOther || res.header.Get("Location") != "/admin/posts?status=draft" || c == nil {
			t.Fatalf("login: %d %q cookie %v\n%s", res.status, res.header.Get("Location"), c, res.body)
		}
		if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure || c.Path != "/" {
			t.Errorf("cookie flags: %+v", c)
		}
		secure := login(t, ts, "editor@example.invalid", password, func(r *http.Request) {
			r.Header.Set("X-Forwarded-Proto", "https")
			r.Header.Set("Origin", "https://"+r.Host)
		})
		if c := sessionCookie(secure); c == nil || !c.Secure {
			t.Errorf("cookie behind HTTPS is not Secure: %+v", c)
		}
		// The session works, and logout ends it.
		r, _ := http.NewRequest("GET", ts.srv.URL+"/admin/", nil)
		r.AddCookie(c)
		if got := ts.do(t, r); got.status != 200 || !strings.Contains(got.body, "Uji editor") || got.header.Get("Cache-Control") != "no-store" {
			t.Fatalf("dashboard with the new session: %d %q", got.status, got.header.Get("Cache-Control"))
		}
		csrf := regexp.MustCompile(`name="csrf_token" value="([^"]+)"`).FindStringSubmatch(ts.do(t, r).body)
		if csrf == nil {
			t.Fatal("no CSRF token on the dashboard")
		}
		out, _ := http.NewRequest("POST", ts.srv.URL+"/admin/logout", strings.NewReader("csrf_token="+url.QueryEscape(csrf[1])))
		out.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		out.AddCookie(c)
		if got := ts.do(t, out); got.status != http.StatusSeeOther || !strings.Contains(got.header.Get("Location"), "msg=logout") {
			t.Fatalf("logout: %d", got.status)
		}
		if got := ts.do(t, r); got.status != http.StatusSeeOther || !strings.HasPrefix(got.header.Get("Location"), "/admin/login?next=") {
			t.Errorf("session still valid after logout: %d", got.status)
		}
	})
}

func TestLoginFailures(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, true)
		tests := []struct {
			name        string
			email, pw   string
			extra       func(r *http.Request)
			status      int
			mustContain string
		}{
			{"wrong password", "editor@example.invalid", "salah-sekali-ini", nil, 401, "Email atau kata sandi salah."},
			{"unknown email", "siapa@example.invalid", password, nil, 401, "Email atau kata sandi salah."},
			{"foreign origin", "editor@example.invalid", password, func(r *http.Request) { r.Header.Set("Origin", "https://evil.example") }, 403, "kedaluwarsa"},
			{"no login cookie", "editor@example.invalid", password, func(r *http.Request) { r.Header.Del("Cookie") }, 403, "kedaluwarsa"},
		}
		for _, tt := range tests {
			res := login(t, ts, tt.email, tt.pw, tt.extra)
			if res.status != tt.status || !strings.Contains(res.body, tt.mustContain) || sessionCookie(res) != nil {
				t.Errorf("%s: %d, want %d with %q", tt.name, res.status, tt.status, tt.mustContain)
			}
			if tt.email != "" && res.status != 303 && !strings.Contains(res.body, `value="`+tt.email+`"`) {
				t.Errorf("%s: the email typed is not kept", tt.name)
			}
		}
		// Lockout: after five failures even the right password is refused.
		for i := 0; i < 4; i++ {
			login(t, ts, "author@example.invalid", "keliru-keliru-keliru", nil)
		}
		login(t, ts, "author@example.invalid", "keliru-keliru-keliru", nil)
		res := login(t, ts, "author@example.invalid", password, nil)
		if res.status != http.StatusTooManyRequests || res.header.Get("Retry-After") == "" || sessionCookie(res) != nil {
			t.Errorf("locked-out login: %d", res.status)
		}
		if res := login(t, ts, "contributor@example.invalid", password, nil); sessionCookie(res) == nil {
			t.Errorf("another account is locked out too: %d", res.status)
		}
	})
}

func TestAnonymousAndCSRF(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		if res := ts.req(t, "", "GET", "/admin/posts?status=draft", nil); res.status != 303 ||
			res.header.Get("Location") != "/admin/login?next=%2Fadmin%2Fposts%3Fstatus%3Ddraft" {
			t.Errorf("anonymous page: %d %q", res.status, res.header.Get("Location"))
		}
		expired := ts.req(t, "", "POST", "/admin/posts", url.Values{"title": {"Judul yang tidak boleh hilang"}, "body": {"<p>Isi panjang</p>"}, "action": {"draft"}})
		if expired.status != 401 || !strings.Contains(expired.body, "Judul yang tidak boleh hilang") || !strings.Contains(expired.body, "Sesi Anda telah berakhir") {
			t.Errorf("expired session on save: %d\n%s", expired.status, expired.body)
		}
		badToken := ts.req(t, "editor", "POST", "/admin/posts", url.Values{"csrf_token": {"palsu"}, "title": {"Tetap di sini"}, "action": {"draft"}})
		if badToken.status != 403 || !strings.Contains(badToken.body, "Tetap di sini") || !strings.Contains(badToken.body, ts.csrf["editor"]) {
			t.Errorf("bad CSRF token on save: %d", badToken.status)
		}
		r, _ := http.NewRequest("POST", ts.srv.URL+"/admin/posts/bulk", strings.NewReader("bulk_action=trash&csrf_token="+url.QueryEscape(ts.csrf["editor"])))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Origin", "https://evil.example")
		r.AddCookie(&http.Cookie{Name: "warta_session", Value: ts.tokens["editor"]})
		if res := ts.do(t, r); res.status != 403 {
			t.Errorf("cross-origin post with a valid token: %d", res.status)
		}
		var n int
		if err := db.QueryRow(t.Context(), `SELECT COUNT(*) FROM posts`).Scan(&n); err != nil || n != 0 {
			t.Errorf("rejected requests saved %d posts (%v)", n, err)
		}
		if res := ts.req(t, "editor", "GET", "/admin/nope", nil); res.status != 404 {
			t.Errorf("unknown admin path: %d", res.status)
		}
	})
}

func TestPasswordResetByMail(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, true)
		token, cookie := loginPage(t, ts)
		post := func(path string, f url.Values) response {
			f.Set("form_token", token)
			r, _ := http.NewRequest("POST", ts.srv.URL+path, strings.NewReader(f.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.AddCookie(cookie)
			return ts.do(t, r)
		}
		res := post("/admin/password/forgot", url.Values{"email": {"author@example.invalid"}})
		if res.status != 200 || !strings.Contains(res.body, "Bila alamat itu terdaftar") {
			t.Fatalf("forgot: %d", res.status)
		}
		same := post("/admin/password/forgot", url.Values{"email": {"tidak-ada@example.invalid"}})
		if same.status != 200 || !strings.Contains(same.body, "Bila alamat itu terdaftar") {
			t.Errorf("unknown address answered differently: %d", same.status)
		}
		m := regexp.MustCompile(`password/reset\?token=(\S+)`).FindStringSubmatch(ts.mail.last())
		if m == nil || !strings.HasPrefix(ts.mail.last(), "author@example.invalid") {
			t.Fatalf("no reset mail: %q", ts.mail.last())
		}
		if res := ts.req(t, "", "GET", "/admin/password/reset?token="+m[1], nil); res.status != 200 || !strings.Contains(res.body, `name="password2"`) {
			t.Fatalf("reset form: %d", res.status)
		}
		if res := post("/admin/password/reset", url.Values{"token": {m[1]}, "password": {"baru-baru-baru-1"}, "password2": {"lain-lain-lain-1"}}); res.status != 422 {
			t.Errorf("mismatched passwords: %d", res.status)
		}
		if res := post("/admin/password/reset", url.Values{"token": {m[1]}, "password": {"baru-baru-baru-1"}, "password2": {"baru-baru-baru-1"}}); res.status != 303 {
			t.Fatalf("reset: %d\n%s", res.status, res.body)
		}
		if res := login(t, ts, "author@example.invalid", "baru-baru-baru-1", nil); sessionCookie(res) == nil {
			t.Errorf("new password refused: %d", res.status)
		}
		if res := ts.req(t, "", "GET", "/admin/password/reset?token="+m[1], nil); res.status != 404 {
			t.Errorf("used token: %d", res.status)
		}
	})
}

func TestLanguage(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		if res := ts.req(t, "author", "GET", "/admin/", nil); !strings.Contains(res.body, "Dasbor") || !strings.Contains(res.body, `lang="id"`) {
			t.Fatalf("default language is not Indonesian")
		}
		if res := ts.req(t, "author", "POST", "/admin/lang", url.Values{"lang": {"en"}, "back": {"/admin/posts"}}); res.status != 303 || res.header.Get("Location") != "/admin/posts" {
			t.Fatalf("switch: %d %q", res.status, res.header.Get("Location"))
		}
		res := ts.req(t, "author", "GET", "/admin/", nil)
		if !strings.Contains(res.body, "Dashboard") || !strings.Contains(res.body, `<html lang="en">`) {
			t.Errorf("English not kept for the user")
		}
		if res := ts.req(t, "editor", "GET", "/admin/", nil); !strings.Contains(res.body, "Dasbor") {
			t.Errorf("another user's language changed")
		}
		if res := ts.req(t, "author", "POST", "/admin/lang", url.Values{"lang": {"fr"}}); res.status != 400 {
			t.Errorf("unknown language: %d", res.status)
		}
	})
}
