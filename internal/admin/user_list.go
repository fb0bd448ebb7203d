package admin

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"warta/internal/auth"
)

// userForm is the add/edit form of a user as typed.
type userForm struct {
	ID               int64
	Email, Name, Bio string
	Role             auth.Role
}

// usersBody is the data of the user pages.
type usersBody struct {
	Users     []auth.User
	Form      userForm
	Errors    map[string]string
	Roles     []roleOption
	ResetLink string // a one-time link to hand to the user
	Self      bool   // the form edits the signed-in user
}

type roleOption struct {
	Role     auth.Role
	Selected bool
}

func roleOptions(sel auth.Role) []roleOption {
	var out []roleOption
	for _, r := range []auth.Role{auth.Administrator, auth.Editor, auth.Author, auth.Contributor} {
		out = append(out, roleOption{Role: r, Selected: r == sel})
	}
	return out
}

// userList lists the users with a form to add one (GET /admin/users).
func (a *Admin) userList(w http.ResponseWriter, r *http.Request, rq *request) error {
	return a.showUsers(w, r, rq, http.StatusOK, &usersBody{Form: userForm{Role: auth.Author}}, a.t(rq, flash(r.URL.Query().Get("msg"))), "")
}

// showUsers renders the user list (or, with b.Form.ID, one user's page).
// Without a signed-in user (a post kept after the session ended) it shows
// the form alone: the users are not theirs to see any more.
func (a *Admin) showUsers(w http.ResponseWriter, r *http.Request, rq *request, status int, b *usersBody, notice, problem string) error {
	if rq.user != nil {
		users, err := a.Auth.Users(r.Context())
		if err != nil {
			return err
		}
		b.Users = users
	}
	b.Roles = roleOptions(b.Form.Role)
	name, title := "users", a.t(rq, "Pengguna")
	if b.Form.ID != 0 {
		name, title = "user", a.t(rq, "Sunting: %s", b.Form.Name)
	}
	p := a.page(rq, title, "users")
	p.Notice, p.Error, p.Body = notice, problem, b
	if len(b.Errors) > 0 && p.Error == "" {
		p.Error = a.t(rq, "Belum disimpan. Perbaiki isian yang ditandai.")
	}
	return a.render(w, status, name, p)
}

// readUserForm is the add or edit form of a user as typed; the password
// is never shown again.
func readUserForm(r *http.Request) *usersBody {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return &usersBody{Form: userForm{ID: id, Email: strings.TrimSpace(r.PostFormValue("email")), Name: r.PostFormValue("name"),
		Bio: r.PostFormValue("bio"), Role: auth.Role(r.PostFormValue("role"))}}
}

// showUserForm shows the form again with b and problem, for a rejected
// post; a signed-in editor also sees the address of the user edited.
func (a *Admin) showUserForm(w http.ResponseWriter, r *http.Request, rq *request, status int, b *usersBody, problem string) error {
	if b.Form.ID != 0 && rq.user != nil {
		u, err := a.Auth.UserByID(r.Context(), b.Form.ID)
		if err != nil {
			return err
		}
		b.Form.Email, b.Self = u.Email, u.ID == rq.user.ID
	}
	return a.showUsers(w, r, rq, status, b, "", problem)
}

// userCreate adds a user (POST /admin/users). With a password the user
// can log in at once; without one, the page shows a one-time link to
// hand over.
func (a *Admin) userCreate(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	b := readUserForm(r)
	b.Form.Bio = ""
	f := b.Form
	u, err := a.Auth.AddUser(ctx, auth.NewUser{Email: f.Email, Name: f.Name, Role: f.Role, Password: r.PostFormValue("password")})
	if errors.Is(err, auth.ErrInvalid) {
		b.Errors = map[string]string{userField(err): a.t(rq, userMessage(err))}
		return a.showUsers(w, r, rq, http.StatusUnprocessableEntity, b, "", "")
	}
	if err != nil {
		return err
	}
	if r.PostFormValue("password") != "" {
		http.Redirect(w, r, Prefix+"users?msg=created", http.StatusSeeOther)
		return nil
	}
	token, err := a.Auth.CreateReset(ctx, u.ID)
	if err != nil {
		return err
	}
	b = &usersBody{Form: userForm{Role: auth.Author}, ResetLink: a.BaseURL + Prefix + "password/reset?token=" + token}
	return a.showUsers(w, r, rq, http.StatusOK, b, a.t(rq, "Pengguna ditambahkan. Berikan tautan di bawah kepadanya untuk memilih kata sandi; tautan berlaku satu jam."), "")
}

// userEdit shows one user's form (GET /admin/users/{id}).
func (a *Admin) userEdit(w http.ResponseWriter, r *http.Request, rq *request) error {
	u, err := a.loadUser(r)
	if err != nil {
		return err
	}
	b := &usersBody{Form: userForm{ID: u.ID, Email: u.Email, Name: u.Name, Bio: u.Bio, Role: u.Role}, Self: u.ID == rq.user.ID}
	return a.showUsers(w, r, rq, http.StatusOK, b, a.t(rq, flash(r.URL.Query().Get("msg"))), "")
}

func (a *Admin) loadUser(r *http.Request) (*auth.User, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return nil, &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	return a.Auth.UserByID(r.Context(), id)
}

// userSave changes a user's name, bio and role (POST /admin/users/{id}).
// Administrators cannot change their own role, and the last
// administrator cannot be demoted: the site would have nobody left to
// manage it.
func (a *Admin) userSave(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	u, err := a.loadUser(r)
	if err != nil {
		return err
	}
	f := userForm{ID: u.ID, Email: u.Email, Name: r.PostFormValue("name"), Bio: r.PostFormValue("bio"), Role: auth.Role(r.PostFormValue("role"))}
	b := &usersBody{Form: f, Self: u.ID == rq.user.ID}
	if f.Role != u.Role && u.Role == auth.Administrator {
		n, err := a.Auth.CountRole(ctx, auth.Administrator)
		if err != nil {
			return err
		}
		if n <= 1 || b.Self {
			b.Errors = map[string]string{"role": a.t(rq, "Administrator terakhir, atau diri Anda sendiri, tidak dapat diturunkan perannya.")}
			return a.showUsers(w, r, rq, http.StatusUnprocessableEntity, b, "", "")
		}
	}
	err = a.Auth.UpdateUser(ctx, u.ID, auth.UserChange{Name: f.Name, Bio: f.Bio, Role: f.Role})
	if errors.Is(err, auth.ErrInvalid) {
		b.Errors = map[string]string{userField(err): a.t(rq, userMessage(err))}
		return a.showUsers(w, r, rq, http.StatusUnprocessableEntity, b, "", "")
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"users/"+strconv.FormatInt(u.ID, 10)+"?msg=saved", http.StatusSeeOther)
	return nil
}

// userReset makes a one-time password link for a user (POST
// /admin/users/{id}/reset) and shows it, or mails it when the site can.
func (a *Admin) userReset(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	u, err := a.loadUser(r)
	if err != nil {
		return err
	}
	token, err := a.Auth.CreateReset(ctx, u.ID)
	if err != nil {
		return err
	}
	link := a.BaseURL + Prefix + "password/reset?token=" + token
	b := &usersBody{Form: userForm{ID: u.ID, Email: u.Email, Name: u.Name, Bio: u.Bio, Role: u.Role}, Self: u.ID == rq.user.ID}
	if a.Mailer != nil {
		msg := translate(rq.lang, "Seseorang (semoga Anda) meminta kata sandi baru untuk akun Warta Anda. Buka tautan ini dalam satu jam untuk memilih kata sandi baru:\n\n%s\n\nAbaikan email ini bila Anda tidak memintanya.", link)
		if err := a.Mailer.Send(ctx, []string{u.Email}, translate(rq.lang, "Atur ulang kata sandi"), msg); err != nil {
			a.Log.Error("reset mail failed", "user_id", u.ID, "err", err)
			b.ResetLink = link
			return a.showUsers(w, r, rq, http.StatusOK, b, "", a.t(rq, "Email tidak terkirim. Berikan tautan di bawah secara langsung."))
		}
		return a.showUsers(w, r, rq, http.StatusOK, b, a.t(rq, "Tautan untuk memilih kata sandi baru sudah dikirim ke alamat pengguna."), "")
	}
	b.ResetLink = link
	return a.showUsers(w, r, rq, http.StatusOK, b, a.t(rq, "Berikan tautan di bawah kepada pengguna; tautan berlaku satu jam dan hanya sekali pakai."), "")
}

// userField names the form field of an auth.ErrInvalid.
func userField(err error) string {
	s := err.Error()
	switch {
	case strings.Contains(s, "email"):
		return "email"
	case strings.Contains(s, "name"):
		return "name"
	case strings.Contains(s, "role"):
		return "role"
	case strings.Contains(s, "password"):
		return "password"
	}
	return "email"
}

// userMessage is the message of an auth.ErrInvalid.
func userMessage(err error) string {
	s := err.Error()
	switch {
	case strings.Contains(s, "exists"):
		return "Sudah ada pengguna dengan email itu."
	case strings.Contains(s, "email"):
		return "Alamat email tidak valid."
	case strings.Contains(s, "name"):
		return "Nama harus 1 sampai 100 karakter."
	case strings.Contains(s, "role"):
		return "Pilih peran yang dikenal."
	case strings.Contains(s, "password"):
		return "Kata sandi minimal 10 karakter."
	}
	return "Isian ini tidak valid."
}
