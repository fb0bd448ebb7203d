package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/content"
)

// noticeAdd dates a correction, clarification or right of reply onto a
// published article (POST /admin/posts/{id}/notices).
func (a *Admin) noticeAdd(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	p, err := a.loadPost(ctx, postsKind, r, rq.user)
	if err != nil {
		return err
	}
	if p.Status != content.Published || !postsKind.canMove(rq.user, p, p.Status) {
		return errForbidden()
	}
	kind, ok := content.ParseNoticeKind(r.PostFormValue("kind"))
	if !ok {
		return errBadRequest("Pilih jenis catatan: ralat, klarifikasi, atau hak jawab.")
	}
	_, err = a.Content.AddNotice(ctx, p.ID, kind, r.PostFormValue("text"), rq.user.ID)
	var fe *content.FieldError
	if errors.As(err, &fe) {
		b := &editorBody{Kind: postsKind, ID: p.ID, Status: p.Status, Form: a.formOf(p)}
		msg := a.t(rq, "Catatan perlu isi, paling panjang %d karakter.", content.MaxNotice)
		return a.showEditor(w, r, rq, http.StatusUnprocessableEntity, b, "", msg)
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, postsKind.base+"/"+strconv.FormatInt(p.ID, 10)+"?msg=noticed", http.StatusSeeOther)
	return nil
}

// postRetract retracts a published article, or withdraws its retraction
// with an empty reason (POST /admin/posts/{id}/retract). The article stays
// at its URL and shows the reason instead of its body.
func (a *Admin) postRetract(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	p, err := a.loadPost(ctx, postsKind, r, rq.user)
	if err != nil {
		return err
	}
	if p.Status != content.Published || !postsKind.canMove(rq.user, p, p.Status) {
		return errForbidden()
	}
	if _, err := a.Content.Retract(ctx, p.ID, r.PostFormValue("reason")); err != nil {
		var fe *content.FieldError
		if errors.As(err, &fe) {
			return errBadRequest("Alasan pencabutan paling panjang 5000 karakter.")
		}
		return err
	}
	http.Redirect(w, r, postsKind.base+"/"+strconv.FormatInt(p.ID, 10)+"?msg=retracted", http.StatusSeeOther)
	return nil
}
