package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/content"
)

// revisionRestore puts a revision's title, lead, body and excerpt back
// into the post as a new save (POST
// /admin/posts/{id}/revisions/{rev}/restore); the later saves stay in the
// list, so a restore can itself be undone.
func (a *Admin) revisionRestore(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		p, err := a.loadPost(ctx, k, r, rq.user)
		if err != nil {
			return err
		}
		if !k.canMove(rq.user, p, p.Status) {
			return errForbidden()
		}
		revID, err := strconv.ParseInt(r.PathValue("rev"), 10, 64)
		if err != nil {
			return &publicError{status: http.StatusNotFound, msg: msgNotFound}
		}
		rev, err := a.findRevision(ctx, p, revID)
		if err != nil {
			return err
		}
		in := p.Input()
		in.Title, in.Lead, in.Body, in.Excerpt = rev.Title, rev.Lead, rev.Body, rev.Excerpt
		_, err = a.Content.Update(ctx, p.ID, in, rq.user.ID)
		var fe *content.FieldError
		if errors.As(err, &fe) {
			return errBadRequest("Revisi ini tidak dapat dipulihkan untuk status tulisan sekarang (misalnya judulnya kosong).")
		}
		if errors.Is(err, content.ErrConflict) {
			return &publicError{status: http.StatusConflict, msg: "Tulisan ini baru saja diubah orang lain. Muat ulang daftar revisi, lalu coba lagi."}
		}
		if err != nil {
			return err
		}
		http.Redirect(w, r, k.base+"/"+strconv.FormatInt(p.ID, 10)+"?msg=restored", http.StatusSeeOther)
		return nil
	}
}
