package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"warta/internal/comment"
	"warta/internal/i18n"
	"warta/internal/store"
	"warta/internal/view"
)

// commentToken answers comments.js with a time token for the form of
// ?post=ID, stamped now: the time trap measures from it.
func (s *Site) commentToken(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	id := queryID(r.URL.Query().Get("post"))
	if id == 0 {
		return writeCommentJSON(w, http.StatusBadRequest, map[string]string{"error": "post must be a post ID"})
	}
	tok, err := s.Comments.TimeToken(r.Context(), id)
	if err != nil {
		return err
	}
	return writeCommentJSON(w, http.StatusOK, map[string]string{"token": tok})
}

// ownJSON is the reader's own comment as comments.js shows it. It holds
// nothing the reader did not type, and never the email address.
type ownJSON struct {
	ID         int64        `json:"id"`
	Post       int64        `json:"post"`
	Parent     int64        `json:"parent"`
	Author     string       `json:"author"`
	AuthorURL  string       `json:"author_url"`
	Initials   string       `json:"initials"`
	Hue        int          `json:"hue"`
	Date       string       `json:"date"`
	ISO        string       `json:"iso"`
	Status     string       `json:"status"`
	Paragraphs [][]spanJSON `json:"paragraphs"`
}

type spanJSON struct {
	Text string `json:"text,omitempty"`
	URL  string `json:"url,omitempty"`
	BR   bool   `json:"br,omitempty"`
}

// commentOwn answers comments.js with the comment a view token (?t=) is
// for, so that its writer sees it while it waits for moderation.
func (s *Site) commentOwn(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	c, err := s.Comments.Own(r.Context(), r.URL.Query().Get("t"))
	if errors.Is(err, store.ErrNotFound) {
		return writeCommentJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
	}
	if err != nil {
		return err
	}
	v := s.commentView(c)
	out := ownJSON{ID: c.ID, Post: c.PostID, Parent: c.ParentID, Author: v.Author, AuthorURL: v.AuthorURL,
		Initials: v.Initials, Hue: v.Hue, Date: i18n.DateTime(s.Lang, v.Published), ISO: v.Published.Format("2006-01-02T15:04:05Z07:00"),
		Status: string(c.Status), Paragraphs: [][]spanJSON{}}
	for _, p := range v.Paragraphs {
		para := make([]spanJSON, 0, len(p))
		for _, sp := range p {
			para = append(para, spanJSON{Text: sp.Text, URL: sp.URL, BR: sp.Break})
		}
		out.Paragraphs = append(out.Paragraphs, para)
	}
	return writeCommentJSON(w, http.StatusOK, out)
}

func writeCommentJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store, private")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// commentSubmitted is the page a reader without the script lands on
// after posting a comment that waits for moderation: the article with
// their comment in the thread, marked as waiting. It is theirs alone and
// never cached.
func (s *Site) commentSubmitted(w http.ResponseWriter, r *http.Request) error {
	if s.Comments == nil {
		return notFoundErr("comments")
	}
	ctx := r.Context()
	c, err := s.Comments.Own(ctx, r.URL.Query().Get("t"))
	if err != nil {
		return err
	}
	return s.renderOwn(w, r, c, "")
}

// renderOwn renders the article of c for its writer, with c in the
// thread (marked as waiting unless it is approved) and notice on top.
func (s *Site) renderOwn(w http.ResponseWriter, r *http.Request, c *comment.Comment, notice string) error {
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	p, err := s.Content.Get(ctx, c.PostID)
	if err != nil {
		return err
	}
	if !p.IsPublic() {
		return notFoundErr("post of comment")
	}
	if notice == "" && c.Status != comment.Approved {
		notice = i18n.T(s.Lang, "Komentar Anda menunggu moderasi.")
	}
	return s.renderPrivate(w, r, http.StatusOK, rq, p, placement{}, func(v *view.Comments) {
		v.Notice = notice
		if c.Status != comment.Approved {
			insertOwn(v, s.commentView(c), c.ParentID)
		}
	})
}

// insertOwn puts the reader's waiting comment under its parent, or at
// the end of the thread.
func insertOwn(v *view.Comments, own view.Comment, parent int64) {
	if parent != 0 && insertUnder(v.Thread, own, parent) {
		return
	}
	v.Thread = append(v.Thread, own)
}

func insertUnder(list []view.Comment, own view.Comment, parent int64) bool {
	for i := range list {
		if list[i].ID == parent {
			list[i].Replies = append(list[i].Replies, own)
			return true
		}
		if insertUnder(list[i].Replies, own, parent) {
			return true
		}
	}
	return false
}
