package api

import (
	"net/http"
	"time"

	"warta/internal/auth"
	"warta/internal/content"
)

// moveRequest is the optional body of the workflow endpoints.
type moveRequest struct {
	PublishedAt string `json:"published_at"` // schedule only
	Version     int    `json:"version"`
}

// transition is one workflow step.
type transition struct {
	to   content.Status
	at   time.Time      // publication time; zero keeps the post's own or uses now
	from content.Status // the status the post must have; "" for any
}

// move is what publish, schedule, trash and restore share: it moves the
// post along t after checking the caller may, and answers with the post.
func (k *postKind) move(w http.ResponseWriter, r *http.Request, t transition, req moveRequest, has fields) error {
	ctx := r.Context()
	user := auth.UserFrom(ctx)
	p, err := k.find(r)
	if err != nil {
		return err
	}
	if err := k.checkEdit(user, p, t.to); err != nil {
		return err
	}
	if has.has("version") && req.Version != p.Version {
		return content.ErrConflict
	}
	if (t.from != "" && p.Status != t.from) || !content.CanMove(p.Status, t.to) {
		return &content.FieldError{Field: "status", Code: "invalid",
			Message: "a " + string(p.Status) + " " + string(k.typ) + " cannot become " + string(t.to) + " this way"}
	}
	p, err = k.content.SetStatus(ctx, p.ID, t.to, t.at, user.ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, k.postJSON(p))
}

// readMove reads a workflow endpoint's optional body; published_at is
// accepted only when allowTime.
func readMove(w http.ResponseWriter, r *http.Request, allowTime bool) (moveRequest, fields, error) {
	var req moveRequest
	has, err := readJSON(w, r, &req, true)
	if err != nil {
		return req, nil, err
	}
	if has.has("published_at") && !allowTime {
		return req, nil, errBadRequest("unknown_field", "published_at", "use the schedule endpoint to set a publication time")
	}
	return req, has, nil
}
