package admin

import (
	"net/http"
	"time"

	"warta/internal/i18n"
)

// setLang switches the admin language (POST /admin/lang): stored for the
// signed-in user, and in a cookie for the login pages.
func (a *Admin) setLang(w http.ResponseWriter, r *http.Request, rq *request) error {
	ok := a.formTokenOK(r)
	if rq.sess != nil {
		ok = a.csrfOK(r, rq)
	}
	if !ok {
		return &publicError{status: http.StatusForbidden, msg: msgCSRF}
	}
	l, err := i18n.Parse(r.PostFormValue("lang"))
	if err != nil {
		return errBadRequest("Bahasa tidak dikenal.")
	}
	if rq.user != nil {
		if err := a.Auth.SetLocale(r.Context(), rq.user.ID, string(l)); err != nil {
			return err
		}
	}
	setCookie(w, r, langCookie, string(l), 365*24*time.Hour)
	http.Redirect(w, r, safeNext(r.PostFormValue("back")), http.StatusSeeOther)
	return nil
}
