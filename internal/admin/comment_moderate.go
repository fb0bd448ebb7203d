package admin

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"warta/internal/comment"
)

// commentActions maps the queue's buttons to statuses; "delete" removes
// the comment for good.
var commentActions = map[string]comment.Status{
	"approve": comment.Approved, "unapprove": comment.Pending, "spam": comment.Spam, "trash": comment.Trash, "restore": comment.Pending,
}

// commentModerate applies one action to one comment (POST
// /admin/comments/{id}) or, from the bulk form, to every checked one
// (POST /admin/comments/bulk).
func (a *Admin) commentModerate(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	action := r.PostFormValue("action")
	ids := r.PostForm["id"]
	if r.PathValue("id") != "" {
		ids = []string{r.PathValue("id")}
	}
	st, known := commentActions[action]
	if !known && action != "delete" {
		return errBadRequest("Pilih tindakan massal.")
	}
	for _, raw := range ids {
		id, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			continue
		}
		if action == "delete" {
			err = a.Comments.Delete(ctx, id)
		} else {
			_, err = a.Comments.SetStatus(ctx, id, st, rq.user.ID)
		}
		if err != nil && !isNotFound(err) {
			return err
		}
	}
	back := r.PostFormValue("back")
	if !strings.HasPrefix(back, Prefix+"comments") {
		back = Prefix + "comments"
	}
	u, _ := url.Parse(back)
	v := u.Query()
	v.Set("msg", "moderated")
	http.Redirect(w, r, u.Path+"?"+v.Encode(), http.StatusSeeOther)
	return nil
}

// commentReply answers a comment as the signed-in staff member (POST
// /admin/comments/{id}/reply); a held comment is approved first, since
// answering it publishes the thread.
func (a *Admin) commentReply(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	c, err := a.Comments.Get(ctx, id)
	if err != nil {
		return err
	}
	if c.Status == comment.Pending {
		if _, err := a.Comments.SetStatus(ctx, id, comment.Approved, rq.user.ID); err != nil {
			return err
		}
	}
	_, err = a.Comments.Reply(ctx, c.PostID, c.ID, r.PostFormValue("text"), comment.Staff{ID: rq.user.ID, Name: rq.user.Name, Email: rq.user.Email})
	var ce *comment.Error
	if errors.As(err, &ce) {
		return errBadRequest("Balasan tidak dapat dikirim: isinya kosong, terlalu panjang, atau artikelnya belum terbit.")
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"comments?status=approved&msg=replied", http.StatusSeeOther)
	return nil
}
