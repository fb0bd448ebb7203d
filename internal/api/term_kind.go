package api

import "warta/internal/content"

// termKind serves one taxonomy: categories or tags.
type termKind struct {
	*api
	taxonomy string
}

// termJSON is a category or tag. Parent is the parent category's slug.
type termJSON struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Slug        string `json:"slug"`
	Description string `json:"description"`
	Parent      string `json:"parent,omitempty"`
}

func newTermJSON(t content.Term, parent string) termJSON {
	return termJSON{ID: t.ID, Name: t.Name, Slug: t.Slug, Description: t.Description, Parent: parent}
}
