package admin

import (
	"net/http"
)

// mediaItemJSON is one file for the editor's media picker.
type mediaItemJSON struct {
	ID      int64  `json:"id"`
	URL     string `json:"url"`
	Thumb   string `json:"thumb"`
	Name    string `json:"name"`
	Alt     string `json:"alt"`
	Caption string `json:"caption"`
	Width   int    `json:"width"`
	Height  int    `json:"height"`
}

// mediaJSON lists library files for the editor's picker (GET
// /admin/media.json?q=…). Contributors may insert files others uploaded.
func (a *Admin) mediaJSON(w http.ResponseWriter, r *http.Request, rq *request) error {
	items, total, err := a.Media.List(r.Context(), r.URL.Query().Get("q"), 60, 0)
	if err != nil {
		return err
	}
	out := make([]mediaItemJSON, 0, len(items))
	for _, e := range items {
		out = append(out, mediaItemJSON{ID: e.ID, URL: e.URL, Thumb: e.Thumb(), Name: e.Name, Alt: e.Alt,
			Caption: e.Caption, Width: e.Width, Height: e.Height})
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": out, "total": total})
}
