package site

import (
	"net/http"
	"strings"

	"warta/internal/comment"
	"warta/internal/i18n"
	"warta/internal/view"
)

// commentReport receives a reader's report ("Laporkan") on a comment.
// comments.js sends it in the background and wants JSON; without the
// script the reader gets the article again with the outcome, for them
// only.
func (s *Site) commentReport(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	perr := parseForm(w, r, maxReportBody)
	f := r.PostForm
	in := comment.ReportInput{CommentID: queryID(f.Get("comment_id")), Reason: f.Get("reason"), Note: f.Get("note"),
		IP: clientIP(r), Honeypot: f.Get("extra_info")}
	ref := s.formRefusal(r, perr)
	if ref == nil {
		err := s.Comments.Report(r.Context(), in)
		if e, ok := comment.AsError(err); ok {
			ref = s.commentRefusal(e)
			if e.Code == comment.CodeRateLimited {
				ref.message = i18n.T(s.Lang, "Terlalu banyak laporan dalam waktu singkat. Coba lagi nanti.")
			}
		} else if err != nil {
			return err
		}
	}
	thanks := i18n.T(s.Lang, "Terima kasih. Laporan Anda kami terima dan akan ditinjau paling lambat 2 x 24 jam.")
	if strings.Contains(r.Header.Get("Accept"), "application/json") {
		if ref != nil {
			return writeCommentJSON(w, ref.status, map[string]any{"ok": false, "message": ref.message})
		}
		return writeCommentJSON(w, http.StatusOK, map[string]any{"ok": true, "message": thanks})
	}
	c, err := s.Comments.Get(r.Context(), in.CommentID)
	if err != nil || c.Status != comment.Approved {
		msg := thanks
		status := http.StatusOK
		if ref != nil {
			msg, status = ref.message, ref.status
		}
		return s.renderNotice(w, r, status, i18n.T(s.Lang, "Laporkan komentar"), &view.Comments{Notice: msg})
	}
	rq, err := s.begin(r.Context())
	if err != nil {
		return err
	}
	p, err := s.Content.Get(r.Context(), c.PostID)
	if err != nil {
		return err
	}
	if ref == nil {
		return s.renderPrivate(w, r, http.StatusOK, rq, p, placement{}, func(v *view.Comments) { v.Notice = thanks })
	}
	return s.renderPrivate(w, r, ref.status, rq, p, placement{reportOn: c.ID}, func(v *view.Comments) {
		for i := range v.Thread {
			if rf := reportIn(&v.Thread[i]); rf != nil {
				rf.Error = ref.message
			}
		}
	})
}

// reportIn finds the report form placed under c or its replies.
func reportIn(c *view.Comment) *view.ReportForm {
	if c.Report != nil {
		return c.Report
	}
	for i := range c.Replies {
		if f := reportIn(&c.Replies[i]); f != nil {
			return f
		}
	}
	return nil
}
