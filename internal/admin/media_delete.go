package admin

import (
	"net/http"
	"strconv"
)

// mediaDelete deletes a file (POST /admin/media/{id}/delete). When posts
// use it, the first request only lists them and asks again; the second,
// with confirm=1, deletes.
func (a *Admin) mediaDelete(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	e, err := a.Media.Get(ctx, id)
	if err != nil {
		return err
	}
	if r.PostFormValue("confirm") != "1" {
		used, err := a.Content.PostsUsing(ctx, e.URL, 20)
		if err != nil {
			return err
		}
		if len(used) > 0 {
			b, err := a.mediaPage(r, "", 1)
			if err != nil {
				return err
			}
			b.Confirm = &deleteConfirm{Entry: e, Used: a.rows(rq, used)}
			return a.showMedia(w, rq, http.StatusConflict, b, "", a.t(rq, "Berkas ini dipakai %d tulisan. Menghapusnya membuat gambar hilang dari tulisan itu.", len(used)))
		}
	}
	if err := a.Media.Delete(ctx, id); err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"media?msg=deleted", http.StatusSeeOther)
	return nil
}
