package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/media"
)

// mediaUpdate saves a file's alt text and caption (POST /admin/media/{id}).
func (a *Admin) mediaUpdate(w http.ResponseWriter, r *http.Request, rq *request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	err = a.Media.Describe(r.Context(), id, r.PostFormValue("alt"), r.PostFormValue("caption"))
	if errors.Is(err, media.ErrRejected) {
		return errBadRequest("Teks alternatif dan keterangan paling panjang 600 karakter.")
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"media?msg=saved", http.StatusSeeOther)
	return nil
}
