package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/content"
	"warta/internal/i18n"
)

// actions maps the editor's buttons to the status they move a post to and
// the notice shown afterwards. "save" keeps the current status.
var actions = map[string]struct {
	to   content.Status
	done string
}{
	"save":     {"", "saved"},
	"draft":    {content.Draft, "saved"},
	"submit":   {content.Pending, "submitted"},
	"publish":  {content.Published, "published"},
	"schedule": {content.Scheduled, "scheduled"},
	"trash":    {content.Trash, "trashed"},
	"restore":  {content.Draft, "restored"},
}

// postSave saves the editor (POST /admin/posts and /admin/posts/{id}):
// it checks the user may make the move, validates, and either saves
// everything or nothing and shows the form again with what was typed.
func (a *Admin) postSave(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		var old *content.Post
		if r.PathValue("id") != "" {
			var err error
			if old, err = a.loadPost(ctx, k, r, rq.user); err != nil {
				return err
			}
		}
		f := readForm(r)
		b := &editorBody{Kind: k, IsNew: old == nil, Form: f, Status: content.Draft, Errors: map[string]string{}}
		if old != nil {
			b.ID, b.Status = old.ID, old.Status
		}
		act, ok := actions[r.PostFormValue("action")]
		if !ok {
			return errBadRequest("Tindakan tidak dikenal.")
		}
		to := act.to
		if to == "" {
			to = b.Status
		}
		switch {
		case old != nil && old.Status == content.Trash && to != content.Draft && to != content.Trash:
			return a.showEditor(w, r, rq, http.StatusUnprocessableEntity, b, "", a.t(rq, "Pulihkan tulisan dari tempat sampah sebelum menyuntingnya."))
		case !k.canMove(rq.user, old, to):
			return a.showEditor(w, r, rq, http.StatusForbidden, b, "", a.t(rq, "Peran Anda tidak boleh menerbitkan, menjadwalkan, atau mengubah tulisan yang sudah terbit. Kirim untuk ditinjau."))
		case old != nil && f.Version != old.Version:
			return a.conflict(w, r, rq, b, old)
		}
		var p *content.Post
		var err error
		if old != nil && (to == content.Trash || r.PostFormValue("action") == "restore") {
			p, err = a.Content.SetStatus(ctx, old.ID, to, old.Published, rq.user.ID)
		} else {
			p, err = a.saveInput(r, rq, k, old, f, to)
		}
		var fe *content.FieldError
		switch {
		case errors.As(err, &fe):
			field, msg := fieldMessage(fe)
			b.Errors[field] = a.t(rq, msg)
			return a.showEditor(w, r, rq, http.StatusUnprocessableEntity, b, "", "")
		case errors.Is(err, content.ErrConflict):
			cur, gerr := a.Content.Get(ctx, old.ID)
			if gerr != nil {
				return gerr
			}
			return a.conflict(w, r, rq, b, cur)
		case err != nil:
			return err
		}
		done := act.done
		if p.Status == content.Scheduled && to == content.Published {
			done = "scheduled"
		}
		if p.Status == content.Trash {
			http.Redirect(w, r, k.base+"?msg=trashed", http.StatusSeeOther)
			return nil
		}
		http.Redirect(w, r, k.base+"/"+strconv.FormatInt(p.ID, 10)+"?msg="+done, http.StatusSeeOther)
		return nil
	}
}

// saveInput validates f for status to and creates or updates the post.
func (a *Admin) saveInput(r *http.Request, rq *request, k *kind, old *content.Post, f postForm, to content.Status) (*content.Post, error) {
	ctx := r.Context()
	in, err := a.input(ctx, k, f, to)
	if err != nil {
		return nil, err
	}
	var self int64
	if old != nil {
		self = old.ID
	}
	if err := a.checkSlug(ctx, k, in.Slug, self); err != nil {
		return nil, err
	}
	if to == content.Published && old != nil && old.Status != content.Published && f.PublishAt == "" {
		in.PublishAt = a.Now()
	}
	if old == nil {
		in.AuthorID = rq.user.ID
		return a.Content.Create(ctx, in, rq.user.ID)
	}
	in.AuthorID = old.AuthorID
	if old.Status == content.Scheduled && to == content.Published && !in.PublishAt.After(a.Now()) {
		in.PublishAt = a.Now()
	}
	return a.Content.Update(ctx, old.ID, in, rq.user.ID)
}

// conflict shows the editor with the user's work and a warning that
// someone saved a newer version. The form now carries that version, so
// saving again deliberately replaces it.
func (a *Admin) conflict(w http.ResponseWriter, r *http.Request, rq *request, b *editorBody, cur *content.Post) error {
	b.Conflict = true
	b.Form.Version = cur.Version
	b.Status = cur.Status
	msg := a.t(rq, "Tulisan ini sudah diubah orang lain sejak Anda membukanya (%s). Perubahan Anda belum disimpan dan masih ada di bawah. Bandingkan dengan versi terbaru di tab lain; bila menekan simpan lagi, versi Anda menggantikannya.", i18n.DateTime(rq.lang, cur.Updated.In(a.Location)))
	return a.showEditor(w, r, rq, http.StatusConflict, b, "", msg)
}

// postKeep shows the editor again with what was typed when a save is
// rejected before it reaches the handler (expired session, failed CSRF
// check).
func (a *Admin) postKeep(k *kind) keepFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request, status int, msg string) error {
		b := &editorBody{Kind: k, IsNew: r.PathValue("id") == "", Form: readForm(r), Status: content.Draft}
		if !b.IsNew {
			id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
			b.ID = id
			if rq.user != nil {
				if p, err := a.loadPost(r.Context(), k, r, rq.user); err == nil {
					b.Status = p.Status
				}
			}
		}
		return a.showEditor(w, r, rq, status, b, "", a.t(rq, msg))
	}
}
