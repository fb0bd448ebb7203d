package api

import "net/http"

// getPost shows one post or page: to anyone when it is published, else
// only to those who may edit it.
func (k *postKind) getPost(w http.ResponseWriter, r *http.Request) error {
	p, err := k.load(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, k.postJSON(p))
}
