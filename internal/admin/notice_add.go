package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/content"
)

// dutyForm is a notice (correction, clarification, right of reply) or a
// reason for retraction as typed on a published article.
type dutyForm struct {
	PostID  int64
	Retract bool
	Kind    string // the notice's kind
	Text    string
}

func readNoticeForm(r *http.Request) dutyForm {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return dutyForm{PostID: id, Kind: r.PostFormValue("kind"), Text: r.PostFormValue("text")}
}

func readRetractForm(r *http.Request) dutyForm {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return dutyForm{PostID: id, Retract: true, Text: r.PostFormValue("reason")}
}

// showDutyForm shows the article's editor again with f in its form and
// problem; after the session ended, the notice and retraction forms alone.
func (a *Admin) showDutyForm(w http.ResponseWriter, r *http.Request, rq *request, status int, f dutyForm, problem string) error {
	b := &editorBody{Kind: postsKind, ID: f.PostID, Status: content.Published, Typed: &f, DutiesOnly: rq.user == nil}
	if rq.user != nil {
		p, err := a.loadPost(r.Context(), postsKind, r, rq.user)
		if err != nil {
			return err
		}
		b.Status, b.Form = p.Status, a.formOf(p)
	} else {
		id := strconv.FormatInt(f.PostID, 10)
		b.NoticesURL, b.RetractURL, b.CanNotice = postsKind.base+"/"+id+"/notices", postsKind.base+"/"+id+"/retract", true
		b.Form.Title = a.t(rq, "Ralat, klarifikasi, dan hak jawab")
	}
	return a.showEditor(w, r, rq, status, b, "", problem)
}

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
	f := readNoticeForm(r)
	kind, ok := content.ParseNoticeKind(f.Kind)
	if !ok {
		return a.showDutyForm(w, r, rq, http.StatusUnprocessableEntity, f, a.t(rq, "Pilih jenis catatan: ralat, klarifikasi, atau hak jawab."))
	}
	_, err = a.Content.AddNotice(ctx, p.ID, kind, f.Text, rq.user.ID)
	var fe *content.FieldError
	if errors.As(err, &fe) {
		return a.showDutyForm(w, r, rq, http.StatusUnprocessableEntity, f, a.t(rq, "Catatan perlu isi, paling panjang %d karakter.", content.MaxNotice))
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
	f := readRetractForm(r)
	if _, err := a.Content.Retract(ctx, p.ID, f.Text); err != nil {
		var fe *content.FieldError
		if errors.As(err, &fe) {
			return a.showDutyForm(w, r, rq, http.StatusUnprocessableEntity, f, a.t(rq, "Alasan pencabutan paling panjang 5000 karakter."))
		}
		return err
	}
	http.Redirect(w, r, postsKind.base+"/"+strconv.FormatInt(p.ID, 10)+"?msg=retracted", http.StatusSeeOther)
	return nil
}
