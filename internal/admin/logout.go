package admin

import "net/http"

// logout ends the session (POST /admin/logout).
func (a *Admin) logout(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := a.Auth.DeleteSession(r.Context(), rq.token); err != nil {
		return err
	}
	setCookie(w, r, sessionCookie, "", -1)
	http.Redirect(w, r, Prefix+"login?msg=logout", http.StatusSeeOther)
	return nil
}
