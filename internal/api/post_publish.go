package api

import (
	"net/http"

	"warta/internal/content"
)

// publishPost publishes a post now (or at its own time, if it had one).
func (k *postKind) publishPost(w http.ResponseWriter, r *http.Request) error {
	req, has, err := readMove(w, r, false)
	if err != nil {
		return err
	}
	return k.move(w, r, transition{to: content.Published}, req, has)
}
