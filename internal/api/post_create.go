package api

import (
	"net/http"
	"strconv"

	"warta/internal/auth"
	"warta/internal/content"
)

// createdJSON answers a create.
type createdJSON struct {
	ID     int64  `json:"id"`
	Slug   string `json:"slug"`
	URL    string `json:"url"`
	Status string `json:"status"`
}

// createPost stores a new post or page written by the token's user.
func (k *postKind) createPost(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	user := auth.UserFrom(ctx)
	var req postRequest
	has, err := readJSON(w, r, &req, false)
	if err != nil {
		return err
	}
	if has.has("version") {
		return errBadRequest("unknown_field", "version", "version is only for updates")
	}
	in := content.Input{Type: k.typ, AuthorID: user.ID}
	if err := req.apply(&in, has); err != nil {
		return err
	}
	if err := k.checkEdit(user, nil, in.Status); err != nil {
		return err
	}
	if err := k.checkCategories(ctx, user, in.Categories); err != nil {
		return err
	}
	p, err := k.content.Create(ctx, in, user.ID)
	if err != nil {
		return err
	}
	w.Header().Set("Location", k.path+"/"+strconv.FormatInt(p.ID, 10))
	return writeJSON(w, http.StatusCreated, createdJSON{ID: p.ID, Slug: p.Slug, URL: k.url(p), Status: string(p.Status)})
}
