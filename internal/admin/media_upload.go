package admin

import (
	"errors"
	"net/http"

	"warta/internal/media"
)

// mediaUpload stores the uploaded images (POST /admin/media, multipart,
// from the drop zone or the file input). Each file is checked on its
// own; refused files are named on the page with the reason.
func (a *Admin) mediaUpload(w http.ResponseWriter, r *http.Request, rq *request) error {
	if r.MultipartForm == nil {
		return errBadRequest("Pilih satu berkas gambar atau lebih.")
	}
	files := r.MultipartForm.File["file"]
	var problems []string
	for _, fh := range files {
		f, err := fh.Open()
		if err != nil {
			problems = append(problems, fh.Filename+": "+a.t(rq, "berkas tidak dapat dibaca."))
			continue
		}
		_, err = a.Media.Upload(r.Context(), fh.Filename, f, r.PostFormValue("alt"), r.PostFormValue("caption"), rq.user.ID)
		f.Close()
		switch {
		case errors.Is(err, media.ErrRejected):
			problems = append(problems, fh.Filename+": "+a.t(rq, "bukan gambar PNG, JPEG, GIF, atau WebP yang dapat dibaca, atau terlalu besar (paling besar %d MiB dan 50 megapiksel).", media.MaxSize>>20))
		case err != nil:
			return err
		}
	}
	if len(files) == 0 {
		problems = append(problems, a.t(rq, "Pilih satu berkas gambar atau lebih."))
	}
	if len(problems) > 0 {
		b, err := a.mediaPage(r, "", 1)
		if err != nil {
			return err
		}
		b.Errors, b.UploadAlt, b.UploadCaption = problems, r.PostFormValue("alt"), r.PostFormValue("caption")
		return a.showMedia(w, rq, http.StatusUnprocessableEntity, b, "", a.t(rq, "Sebagian berkas tidak diunggah."))
	}
	http.Redirect(w, r, Prefix+"media?msg=uploaded", http.StatusSeeOther)
	return nil
}
