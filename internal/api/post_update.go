package api

import (
	"net/http"

	"warta/internal/auth"
	"warta/internal/content"
)

// updatePost changes the fields present in the request and keeps the
// others. A "version" in the request must match the stored one.
func (k *postKind) updatePost(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	user := auth.UserFrom(ctx)
	p, err := k.find(r)
	if err != nil {
		return err
	}
	var req postRequest
	has, err := readJSON(w, r, &req, false)
	if err != nil {
		return err
	}
	// The rest of the post is written back as loaded, so a concurrent save
	// between Get and Update must fail rather than be undone.
	in := p.Input()
	if has.has("version") {
		if req.Version != p.Version {
			return content.ErrConflict
		}
	}
	if err := req.apply(&in, has); err != nil {
		return err
	}
	if err := k.checkEdit(user, p, in.Status); err != nil {
		return err
	}
	if has.has("categories") {
		if err := k.checkCategories(ctx, user, in.Categories); err != nil {
			return err
		}
	}
	p, err = k.content.Update(ctx, p.ID, in, user.ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, k.postJSON(p))
}
