package admin

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

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
// answering it publishes the thread (and only approved comments can be
// answered). The reply is checked before that, so a refused one comes
// back in its form and changes nothing.
func (a *Admin) commentReply(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	f := readReplyForm(r)
	c, err := a.Comments.Get(ctx, f.ID)
	if err != nil {
		return err
	}
	refused := func() error {
		return a.showReplyForm(w, r, rq, http.StatusUnprocessableEntity, f, a.t(rq, "Balasan tidak dapat dikirim: isinya kosong, terlalu panjang, atau artikelnya belum terbit."))
	}
	text := strings.TrimSpace(f.Text)
	if text == "" || utf8.RuneCountInString(text) > comment.MaxContent {
		return refused()
	}
	if p, err := a.Content.Get(ctx, c.PostID); err != nil || !p.IsPublic() {
		if err != nil && !isNotFound(err) {
			return err
		}
		return refused()
	}
	if c.Status == comment.Pending {
		if _, err := a.Comments.SetStatus(ctx, c.ID, comment.Approved, rq.user.ID); err != nil {
			return err
		}
	}
	_, err = a.Comments.Reply(ctx, c.PostID, c.ID, f.Text, comment.Staff{ID: rq.user.ID, Name: rq.user.Name, Email: rq.user.Email})
	var ce *comment.Error
	if errors.As(err, &ce) {
		return refused()
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"comments?status=approved&msg=replied", http.StatusSeeOther)
	return nil
}

// replyForm is a reply typed under comment ID.
type replyForm struct {
	ID   int64
	Text string
}

func readReplyForm(r *http.Request) replyForm {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return replyForm{ID: id, Text: r.PostFormValue("text")}
}

// showReplyForm shows one comment's reply form again, open, with the
// typed reply and problem: under the comment for a signed-in moderator,
// alone after the session ended (nothing stored is shown then).
func (a *Admin) showReplyForm(w http.ResponseWriter, r *http.Request, rq *request, status int, f replyForm, problem string) error {
	row := commentRow{ID: f.ID}
	if rq.user != nil {
		c, err := a.Comments.Get(r.Context(), f.ID)
		if err != nil {
			return err
		}
		rows, err := a.commentRows(r.Context(), rq, []*comment.Comment{c})
		if err != nil {
			return err
		}
		row = rows[0]
	}
	row.Reply = f.Text
	p := a.page(rq, a.t(rq, "Komentar"), "comments")
	p.Path = Prefix + "comments" // where the comment's buttons come back to
	p.Error, p.Body = problem, commentsBody{Rows: []commentRow{row}, Page: 1, Pages: 1}
	return a.render(w, status, "comments", p)
}
