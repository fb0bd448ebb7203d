package api

import "net/http"

// listTerms lists every category or tag by name. Taxonomies are small
// enough for one response.
func (k *termKind) listTerms(w http.ResponseWriter, r *http.Request) error {
	terms, err := k.content.Terms(r.Context(), k.taxonomy)
	if err != nil {
		return err
	}
	slugs := make(map[int64]string, len(terms))
	for _, t := range terms {
		slugs[t.ID] = t.Slug
	}
	out := listJSON[termJSON]{Items: make([]termJSON, 0, len(terms)), Total: len(terms), Page: 1, PerPage: len(terms)}
	for _, t := range terms {
		out.Items = append(out.Items, newTermJSON(t, slugs[t.ParentID]))
	}
	return writeJSON(w, http.StatusOK, out)
}
