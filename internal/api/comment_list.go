package api

import (
	"net/http"
	"strconv"

	"warta/internal/auth"
	"warta/internal/comment"
)

// listComments lists comments, newest first (with reported=true: those
// with open reports, the nearest deadline first). Anyone may list
// approved comments and sees their public part; other statuses, reports
// and private fields need the moderate_comments capability.
func (a *api) listComments(w http.ResponseWriter, r *http.Request) error {
	if a.comments == nil {
		return errCommentsOff()
	}
	q := r.URL.Query()
	page, err := intParam(q, "page", 1, maxPage)
	if err != nil {
		return err
	}
	perPage, err := intParam(q, "per_page", defaultPerPage, maxPerPage)
	if err != nil {
		return err
	}
	lq := comment.ListQuery{Status: comment.Approved, Limit: perPage, Offset: (page - 1) * perPage}
	if s := q.Get("status"); s != "" {
		st, ok := comment.ParseStatus(s)
		if !ok {
			return errBadRequest("invalid", "status", "status must be one of pending, approved, spam, trash")
		}
		lq.Status = st
	}
	if s := q.Get("post"); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			return errBadRequest("invalid", "post", "post must be a post ID")
		}
		lq.PostID = id
	}
	switch s := q.Get("reported"); s {
	case "", "false", "0":
	case "true", "1":
		lq.Reported = true
		if q.Get("status") == "" {
			lq.Status = ""
		}
	default:
		return errBadRequest("invalid", "reported", "reported must be true or false")
	}
	mod := moderator(r)
	if (lq.Status != comment.Approved || lq.Reported) && !mod {
		return allow(auth.UserFrom(r.Context()), auth.ModerateComments)
	}
	lq.Public = !mod
	list, total, err := a.comments.List(r.Context(), lq)
	if err != nil {
		return err
	}
	out := listJSON[commentJSON]{Items: make([]commentJSON, 0, len(list)), Total: total, Page: page, PerPage: perPage}
	for _, c := range list {
		out.Items = append(out.Items, a.commentJSON(c, mod))
	}
	return writeJSON(w, http.StatusOK, out)
}

// getComment shows one comment: an approved one to anyone, others only
// to moderators.
func (a *api) getComment(w http.ResponseWriter, r *http.Request) error {
	c, err := a.findComment(r)
	if err != nil {
		return err
	}
	mod := moderator(r)
	if !mod {
		p, err := a.content.Get(r.Context(), c.PostID)
		if err != nil || c.Status != comment.Approved || !p.IsPublic() {
			return errCommentNotFound()
		}
	}
	if mod {
		if err := a.comments.WithReports(r.Context(), c); err != nil {
			return err
		}
	}
	return writeJSON(w, http.StatusOK, a.commentJSON(c, mod))
}
