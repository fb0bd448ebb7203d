package api

import (
	"net/http"

	"warta/internal/content"
)

// restorePost takes a post out of the trash as a draft.
func (k *postKind) restorePost(w http.ResponseWriter, r *http.Request) error {
	req, has, err := readMove(w, r, false)
	if err != nil {
		return err
	}
	return k.move(w, r, transition{to: content.Draft, from: content.Trash}, req, has)
}
