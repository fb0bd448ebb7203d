package admin

import (
	"net/http"
)

// loginBody is the data of the login page.
type loginBody struct {
	FormToken, Next, Email string
	Error, Notice          string
}

// loginForm shows the sign-in form (GET /admin/login).
func (a *Admin) loginForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	next := safeNext(r.URL.Query().Get("next"))
	if rq.user != nil {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return nil
	}
	body := loginBody{FormToken: rq.formToken, Next: next, Notice: a.t(rq, flash(r.URL.Query().Get("msg")))}
	return a.showLogin(w, rq, http.StatusOK, body)
}

func (a *Admin) showLogin(w http.ResponseWriter, rq *request, status int, body loginBody) error {
	p := a.page(rq, a.t(rq, "Masuk"), "login")
	p.Body = body
	return a.render(w, status, "login", p)
}

// flash maps the msg query parameter of a redirect to its message; unknown
// codes show nothing (the parameter is not a way to put text on a page).
func flash(code string) string {
	return map[string]string{
		"logout":    "Anda sudah keluar.",
		"reset":     "Kata sandi baru tersimpan. Silakan masuk.",
		"saved":     "Perubahan tersimpan.",
		"created":   "Tersimpan.",
		"deleted":   "Dihapus.",
		"trashed":   "Dipindahkan ke tempat sampah.",
		"restored":  "Dipulihkan.",
		"published": "Diterbitkan.",
		"scheduled": "Dijadwalkan.",
		"submitted": "Dikirim untuk ditinjau.",
		"uploaded":  "Berkas diunggah.",
		"bulk":      "Tindakan massal selesai.",
		"noticed":   "Catatan ditambahkan di atas artikel.",
		"moderated": "Komentar diperbarui.",
		"replied":   "Balasan terbit.",
		"retracted": "Status pencabutan artikel diperbarui.",
	}[code]
}
