package site

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/comment"
	"warta/internal/i18n"
	"warta/internal/store"
	"warta/internal/view"
)

// commentConfirmPage is where a confirmation link from the e-mail leads:
// the article with the reader's waiting comment and a button. The link
// is used only when the button is pressed, so that mail scanners that
// open links do not confirm addresses for their owners.
func (s *Site) commentConfirmPage(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	token := r.URL.Query().Get("t")
	c, err := s.Comments.ConfirmTarget(r.Context(), token)
	if errors.Is(err, store.ErrNotFound) {
		return s.deadConfirmation(w, r)
	}
	if err != nil {
		return err
	}
	return s.renderConfirm(w, r, c, func(v *view.Comments) {
		v.Confirm = &view.ConfirmForm{Action: commentConfirmPath, Token: token}
		v.Notice = i18n.T(s.Lang, "Konfirmasikan alamat email Anda untuk menerbitkan komentar ini.")
	})
}

// commentConfirm uses a confirmation link. A comment published by it is
// shown at its place in the article; one that still waits for a
// moderator is shown to its writer as waiting.
func (s *Site) commentConfirm(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	if perr := parseForm(w, r, maxReportBody); s.formRefusal(r, perr) != nil {
		return s.deadConfirmation(w, r)
	}
	c, err := s.Comments.Confirm(r.Context(), r.PostForm.Get("t"))
	if errors.Is(err, store.ErrNotFound) {
		return s.deadConfirmation(w, r)
	}
	if err != nil {
		return err
	}
	if c.Status == comment.Approved {
		rq, err := s.begin(r.Context())
		if err != nil {
			return err
		}
		p, err := s.Content.Get(r.Context(), c.PostID)
		if err != nil {
			return err
		}
		http.Redirect(w, r, rq.urls.Post(p)+"#comment-"+strconv.FormatInt(c.ID, 10), http.StatusSeeOther)
		return nil
	}
	return s.renderConfirm(w, r, c, func(v *view.Comments) {
		v.Notice = i18n.T(s.Lang, "Terima kasih, alamat email Anda sudah dikonfirmasi.") + " " +
			i18n.T(s.Lang, "Komentar Anda menunggu moderasi.")
	})
}

// renderConfirm shows the article of c to its writer with c in place.
func (s *Site) renderConfirm(w http.ResponseWriter, r *http.Request, c *comment.Comment, edit func(*view.Comments)) error {
	rq, err := s.begin(r.Context())
	if err != nil {
		return err
	}
	p, err := s.Content.Get(r.Context(), c.PostID)
	if err != nil {
		return err
	}
	return s.renderPrivate(w, r, http.StatusOK, rq, p, placement{}, func(v *view.Comments) {
		if c.Status != comment.Approved {
			insertOwn(v, s.commentView(c), c.ParentID)
		}
		edit(v)
	})
}

func (s *Site) deadConfirmation(w http.ResponseWriter, r *http.Request) error {
	return s.renderNotice(w, r, http.StatusNotFound, i18n.T(s.Lang, "Konfirmasi alamat email"),
		&view.Comments{Error: i18n.T(s.Lang, "Tautan konfirmasi ini tidak berlaku lagi.")})
}
