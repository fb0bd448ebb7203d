package admin

import (
	"errors"
	"math"
	"net/http"

	"warta/internal/auth"
	"warta/internal/store"
)

// loginSubmit checks the credentials (POST /admin/login), with
// per-address and per-client lockout, and starts a session.
func (a *Admin) loginSubmit(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	email, password := r.PostFormValue("email"), r.PostFormValue("password")
	body := loginBody{Next: safeNext(r.PostFormValue("next")), Email: email}
	if !a.formTokenOK(r) {
		body.FormToken, body.Error = rq.formToken, a.t(rq, msgCSRF)
		return a.showLogin(w, rq, http.StatusForbidden, body)
	}
	body.FormToken = rq.formToken
	keys := auth.NewLoginKeys(clientIP(r), email)
	wait, err := a.Auth.LoginBlocked(ctx, keys)
	if err != nil {
		return err
	}
	if wait > 0 {
		body.Error = a.t(rq, "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %d menit.", int(math.Ceil(wait.Minutes())))
		w.Header().Set("Retry-After", itoa(int(math.Ceil(wait.Seconds()))))
		return a.showLogin(w, rq, http.StatusTooManyRequests, body)
	}
	u, err := a.Auth.CheckLoginEven(ctx, email, password)
	if errors.Is(err, store.ErrNotFound) || errors.Is(err, auth.ErrInvalid) {
		if err := a.Auth.LoginFailed(ctx, keys); err != nil {
			return err
		}
		body.Error = a.t(rq, "Email atau kata sandi salah.")
		return a.showLogin(w, rq, http.StatusUnauthorized, body)
	}
	if err != nil {
		return err
	}
	if err := a.Auth.LoginSucceeded(ctx, keys); err != nil {
		return err
	}
	token, _, err := a.Auth.CreateSession(ctx, u.ID)
	if err != nil {
		return err
	}
	setCookie(w, r, sessionCookie, token, auth.SessionLifetime)
	setCookie(w, r, loginCookie, "", -1)
	a.Log.Info("admin login", "user_id", u.ID)
	http.Redirect(w, r, body.Next, http.StatusSeeOther)
	return nil
}
