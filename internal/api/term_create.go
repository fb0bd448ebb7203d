package api

import (
	"net/http"

	"warta/internal/content"
)

// termRequest is the body of POST /categories and /tags.
type termRequest struct {
	Name        string `json:"name"`
	Slug        string `json:"slug"`
	Description string `json:"description"`
	Parent      string `json:"parent"` // categories only: the parent's slug
}

// createTerm adds a category or a tag. A taken slug is a 422 on "slug".
func (k *termKind) createTerm(w http.ResponseWriter, r *http.Request) error {
	var req termRequest
	has, err := readJSON(w, r, &req, false)
	if err != nil {
		return err
	}
	if has.has("parent") && k.taxonomy != content.Category {
		return errBadRequest("unknown_field", "parent", "only categories have parents")
	}
	t, err := k.content.CreateTerm(r.Context(), k.taxonomy, content.TermInput{
		Name: req.Name, Slug: req.Slug, Description: req.Description, Parent: req.Parent,
	})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, newTermJSON(*t, req.Parent))
}
