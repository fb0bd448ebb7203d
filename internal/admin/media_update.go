package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/media"
)

// mediaForm is the alt text and caption typed into the form of file ID
// (POST /admin/media/{id}), or into the upload form when ID is 0.
type mediaForm struct {
	ID           int64
	Alt, Caption string
}

func readMediaForm(r *http.Request) mediaForm {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return mediaForm{ID: id, Alt: r.PostFormValue("alt"), Caption: r.PostFormValue("caption")}
}

// mediaUpdate saves a file's alt text and caption (POST /admin/media/{id}).
func (a *Admin) mediaUpdate(w http.ResponseWriter, r *http.Request, rq *request) error {
	f := readMediaForm(r)
	if f.ID == 0 {
		return &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	err := a.Media.Describe(r.Context(), f.ID, f.Alt, f.Caption)
	if errors.Is(err, media.ErrRejected) {
		return a.showMediaForm(w, r, rq, http.StatusUnprocessableEntity, f, a.t(rq, "Teks alternatif dan keterangan paling panjang 600 karakter."))
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"media?msg=saved", http.StatusSeeOther)
	return nil
}

// showMediaForm shows a media form again with what was typed and
// problem. A file's form comes alone, with its picture when someone is
// signed in (after the session ended, nothing stored is shown); the upload
// form keeps its text, but the files must be chosen again: no page can
// refill a file field.
func (a *Admin) showMediaForm(w http.ResponseWriter, r *http.Request, rq *request, status int, f mediaForm, problem string) error {
	b := &mediaBody{Page: 1, Pages: 1, MaxMB: media.MaxSize >> 20}
	if f.ID == 0 && rq.user != nil {
		var err error
		if b, err = a.mediaPage(r, "", 1); err != nil {
			return err
		}
	}
	if f.ID == 0 {
		b.UploadAlt, b.UploadCaption = f.Alt, f.Caption
		problem += " " + a.t(rq, "Pilih berkasnya sekali lagi.")
		return a.showMedia(w, rq, status, b, "", problem)
	}
	e := &media.Entry{Item: media.Item{ID: f.ID}}
	if rq.user != nil {
		var err error
		if e, err = a.Media.Get(r.Context(), f.ID); err != nil {
			return err
		}
	}
	e.Alt, e.Caption = f.Alt, f.Caption
	b.Items = []*media.Entry{e}
	return a.showMedia(w, rq, status, b, "", problem)
}
