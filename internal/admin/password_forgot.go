package admin

import (
	"errors"
	"net/http"
	"strings"

	"warta/internal/auth"
	"warta/internal/store"
)

// forgotBody is the data of the forgotten-password page.
type forgotBody struct {
	FormToken, Email string
	CanMail          bool // a mailer is configured
	Sent             bool
	Error            string
}

// forgotForm asks for the address to send a reset link to (GET
// /admin/password/forgot), or explains `warta user reset` when the site
// cannot send mail.
func (a *Admin) forgotForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	return a.showForgot(w, rq, http.StatusOK, forgotBody{FormToken: rq.formToken, CanMail: a.Mailer != nil})
}

func (a *Admin) showForgot(w http.ResponseWriter, rq *request, status int, body forgotBody) error {
	p := a.page(rq, a.t(rq, "Lupa kata sandi"), "login")
	p.Body = body
	return a.render(w, status, "forgot", p)
}

// forgotSubmit mails a one-time reset link (POST /admin/password/forgot).
// The answer is the same whether or not the address has an account, and
// requests are throttled like failed logins.
func (a *Admin) forgotSubmit(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	email := strings.TrimSpace(r.PostFormValue("email"))
	body := forgotBody{FormToken: rq.formToken, Email: email, CanMail: a.Mailer != nil}
	if !a.formTokenOK(r) {
		body.Error = a.t(rq, msgCSRF)
		return a.showForgot(w, rq, http.StatusForbidden, body)
	}
	if a.Mailer == nil {
		return a.showForgot(w, rq, http.StatusOK, body)
	}
	keys := auth.NewLoginKeys(clientIP(r), email)
	if wait, err := a.Auth.LoginBlocked(ctx, keys); err != nil {
		return err
	} else if wait > 0 {
		body.Error = a.t(rq, "Terlalu banyak permintaan. Coba lagi nanti.")
		return a.showForgot(w, rq, http.StatusTooManyRequests, body)
	}
	if err := a.Auth.LoginFailed(ctx, keys); err != nil {
		return err
	}
	u, err := a.Auth.UserByEmail(ctx, email)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return err
	default:
		token, err := a.Auth.CreateReset(ctx, u.ID)
		if err != nil {
			return err
		}
		link := a.BaseURL + Prefix + "password/reset?token=" + token
		msg := translate(rq.lang, "Seseorang (semoga Anda) meminta kata sandi baru untuk akun Warta Anda. Buka tautan ini dalam satu jam untuk memilih kata sandi baru:\n\n%s\n\nAbaikan email ini bila Anda tidak memintanya.", link)
		if err := a.Mailer.Send(ctx, []string{u.Email}, translate(rq.lang, "Atur ulang kata sandi"), msg); err != nil {
			a.Log.Error("reset mail failed", "user_id", u.ID, "err", err)
		}
	}
	body.Sent = true
	return a.showForgot(w, rq, http.StatusOK, body)
}
