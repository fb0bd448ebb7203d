package admin

import (
	"errors"
	"net/http"
	"strings"

	"warta/internal/auth"
)

// resetBody is the data of the new-password page.
type resetBody struct {
	FormToken, Token string
	Valid            bool
	Error            string
}

// resetForm asks for a new password (GET /admin/password/reset?token=…).
func (a *Admin) resetForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	token := r.URL.Query().Get("token")
	body := resetBody{FormToken: rq.formToken, Token: token}
	if _, err := a.Auth.ResetUser(r.Context(), token); errors.Is(err, auth.ErrResetInvalid) {
		body.Error = a.t(rq, "Tautan ini tidak berlaku atau sudah kedaluwarsa. Minta tautan baru.")
		return a.showReset(w, rq, http.StatusNotFound, body)
	} else if err != nil {
		return err
	}
	body.Valid = true
	return a.showReset(w, rq, http.StatusOK, body)
}

func (a *Admin) showReset(w http.ResponseWriter, rq *request, status int, body resetBody) error {
	p := a.page(rq, a.t(rq, "Kata sandi baru"), "login")
	p.Body = body
	return a.render(w, status, "reset", p)
}

// resetSubmit sets the new password (POST /admin/password/reset).
func (a *Admin) resetSubmit(w http.ResponseWriter, r *http.Request, rq *request) error {
	token := r.PostFormValue("token")
	body := resetBody{FormToken: rq.formToken, Token: token, Valid: true}
	if !a.formTokenOK(r) {
		body.Error = a.t(rq, msgCSRF)
		return a.showReset(w, rq, http.StatusForbidden, body)
	}
	pw := r.PostFormValue("password")
	if pw != r.PostFormValue("password2") {
		body.Error = a.t(rq, "Kedua kata sandi tidak sama.")
		return a.showReset(w, rq, http.StatusUnprocessableEntity, body)
	}
	_, err := a.Auth.Reset(r.Context(), token, pw)
	switch {
	case errors.Is(err, auth.ErrResetInvalid):
		body.Valid = false
		body.Error = a.t(rq, "Tautan ini tidak berlaku atau sudah kedaluwarsa. Minta tautan baru.")
		return a.showReset(w, rq, http.StatusNotFound, body)
	case errors.Is(err, auth.ErrInvalid):
		body.Error = a.t(rq, "Kata sandi minimal %d karakter.", auth.MinPasswordLen)
		if strings.Contains(err.Error(), "too long") {
			body.Error = a.t(rq, "Kata sandi terlalu panjang.")
		}
		return a.showReset(w, rq, http.StatusUnprocessableEntity, body)
	case err != nil:
		return err
	}
	http.Redirect(w, r, Prefix+"login?msg=reset", http.StatusSeeOther)
	return nil
}
