package site

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/store"
	"warta/internal/view"
)

// commentPost receives the "Leave a Reply" form. A refused comment gets
// the article again, for this reader only, with the reason and what they
// typed; an accepted one is a 303 back to the article. With the script,
// the fragment (#pending=TOKEN, never sent to the server) lets it show
// the reader their comment; without it, a waiting comment is shown on a
// page of its own (commentSubmitted) and a published one at its anchor.
func (s *Site) commentPost(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	perr := parseForm(w, r, maxCommentBody)
	f := r.PostForm
	sub := comment.Submission{
		PostID: queryID(f.Get("post_id")), ParentID: queryID(f.Get("parent_id")),
		Fields: comment.Fields{Author: f.Get("author"), Email: f.Get("email"), URL: f.Get("url"), Content: f.Get("comment")},
		IP:     clientIP(r), UserAgent: r.UserAgent(), TimeToken: f.Get("wt"), Honeypot: f.Get("extra_info"),
		AcceptRules: f.Get("rules") != "",
	}
	ref := s.formRefusal(r, perr)
	if ref == nil {
		res, err := s.Comments.Submit(r.Context(), sub)
		if e, ok := comment.AsError(err); ok {
			ref = s.commentRefusal(e)
		} else if err != nil {
			s.Log.Error("comment failed", "post_id", sub.PostID, "err", err)
			ref = &refusal{http.StatusInternalServerError, i18n.T(s.Lang, "Komentar tidak dapat disimpan karena masalah di server. Coba lagi nanti."), ""}
		} else {
			return s.commentAccepted(w, r, res, f.Get("js") == "1")
		}
	}
	return s.refuseComment(w, r, sub, f.Get("rules") != "", ref)
}

// commentAccepted answers a stored comment with a redirect.
func (s *Site) commentAccepted(w http.ResponseWriter, r *http.Request, res *comment.Result, script bool) error {
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	p, err := s.Content.Get(ctx, res.Comment.PostID)
	if err != nil {
		return err
	}
	target := rq.urls.Post(p) + "#comment-" + strconv.FormatInt(res.Comment.ID, 10)
	switch {
	case script:
		target = rq.urls.Post(p) + "#pending=" + res.ViewToken
	case res.Comment.Status != comment.Approved:
		target = commentSubmittedPath + "?t=" + url.QueryEscape(res.ViewToken)
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, target, http.StatusSeeOther)
	return nil
}

// refuseComment shows the reader why their comment was not stored, with
// the form as they filled it in, or the text they typed when the article
// takes no comments.
func (s *Site) refuseComment(w http.ResponseWriter, r *http.Request, sub comment.Submission, rules bool, ref *refusal) error {
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	p, err := s.Content.Get(ctx, sub.PostID)
	if err != nil || !p.IsPublic() || p.Type != content.TypePost {
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			s.Log.Error("comment refusal page failed", "err", err)
		}
		return s.renderNotice(w, r, ref.status, i18n.T(s.Lang, "Komentar tidak terkirim"),
			&view.Comments{Error: ref.message, Kept: sub.Content})
	}
	tok, fresh, err := s.Comments.FormToken(ctx, p.ID, sub.TimeToken)
	if err != nil {
		return err
	}
	return s.renderPrivate(w, r, ref.status, rq, p, placement{replyTo: sub.ParentID}, func(c *view.Comments) {
		form := c.Form
		if form == nil {
			for i := range c.Thread {
				if form = formIn(&c.Thread[i]); form != nil {
					break
				}
			}
		}
		if form == nil { // closed, or the parent cannot take replies
			c.Error, c.Kept = ref.message, sub.Content
			return
		}
		form.Author, form.Email, form.URL, form.Content = sub.Author, sub.Email, sub.URL, sub.Content
		form.AcceptRules, form.Error, form.ErrorField = rules, ref.message, ref.field
		form.TimeToken, form.FreshToken = tok, fresh
	})
}

// formIn finds the reply form placed under c or its replies.
func formIn(c *view.Comment) *view.CommentForm {
	if c.Form != nil {
		return c.Form
	}
	for i := range c.Replies {
		if f := formIn(&c.Replies[i]); f != nil {
			return f
		}
	}
	return nil
}
