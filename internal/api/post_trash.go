package api

import (
	"net/http"

	"warta/internal/content"
)

// trashPost moves a post to the trash (POST …/trash and DELETE …/{id}).
// Nothing is ever deleted through the API.
func (k *postKind) trashPost(w http.ResponseWriter, r *http.Request) error {
	req, has, err := readMove(w, r, false)
	if err != nil {
		return err
	}
	return k.move(w, r, transition{to: content.Trash}, req, has)
}
