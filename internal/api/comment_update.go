package api

import (
	"net/http"
	"strconv"

	"warta/internal/auth"
	"warta/internal/comment"
)

// updateComment moderates a comment: {"status": "approved"} and so on.
// Marking spam or not-spam teaches the spam filter; the open reports on
// the comment count as handled.
func (a *api) updateComment(w http.ResponseWriter, r *http.Request) error {
	c, err := a.findComment(r)
	if err != nil {
		return err
	}
	var req struct {
		Status string `json:"status"`
	}
	has, err := readJSON(w, r, &req, false)
	if err != nil {
		return err
	}
	st, ok := comment.ParseStatus(req.Status)
	if !has.has("status") || !ok {
		return &apiError{status: http.StatusUnprocessableEntity, code: "invalid", field: "status",
			message: "status must be one of pending, approved, spam, trash"}
	}
	c, err = a.comments.SetStatus(r.Context(), c.ID, st, auth.UserFrom(r.Context()).ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a.commentJSON(c, true))
}

// deleteComment moves a comment to the trash, or with ?force=true deletes
// it for good.
func (a *api) deleteComment(w http.ResponseWriter, r *http.Request) error {
	c, err := a.findComment(r)
	if err != nil {
		return err
	}
	switch r.URL.Query().Get("force") {
	case "true", "1":
		if err := a.comments.Delete(r.Context(), c.ID); err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, map[string]any{"id": c.ID, "deleted": true})
	case "", "false", "0":
	default:
		return errBadRequest("invalid", "force", "force must be true or false")
	}
	c, err = a.comments.SetStatus(r.Context(), c.ID, comment.Trash, auth.UserFrom(r.Context()).ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a.commentJSON(c, true))
}

// createCommentRequest is a newsroom reply.
type createCommentRequest struct {
	Post    int64  `json:"post"`
	Parent  int64  `json:"parent"`
	Content string `json:"content"`
}

// createComment publishes a reply written by the signed-in newsroom user,
// under their name; it needs no moderation.
func (a *api) createComment(w http.ResponseWriter, r *http.Request) error {
	if a.comments == nil {
		return errCommentsOff()
	}
	var req createCommentRequest
	if _, err := readJSON(w, r, &req, false); err != nil {
		return err
	}
	if req.Post <= 0 {
		return &apiError{status: http.StatusUnprocessableEntity, code: "required", field: "post", message: "post is required"}
	}
	u := auth.UserFrom(r.Context())
	c, err := a.comments.Reply(r.Context(), req.Post, req.Parent, req.Content, comment.Staff{ID: u.ID, Name: u.Name, Email: u.Email})
	if err != nil {
		return commentError(err)
	}
	w.Header().Set("Location", Prefix+"comments/"+strconv.FormatInt(c.ID, 10))
	return writeJSON(w, http.StatusCreated, a.commentJSON(c, moderator(r)))
}
