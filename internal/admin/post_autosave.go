package admin

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"warta/internal/content"
	"warta/internal/store"
)

// autosaveReply is the JSON answer of the autosave endpoint.
type autosaveReply struct {
	Saved    bool   `json:"saved"`
	ID       int64  `json:"id,omitempty"`
	Version  int    `json:"version,omitempty"`
	EditURL  string `json:"edit_url,omitempty"`
	SavedAt  string `json:"saved_at,omitempty"`
	Conflict bool   `json:"conflict,omitempty"`
	LockedBy string `json:"locked_by,omitempty"`
	Message  string `json:"message,omitempty"`
}

// postAutosave keeps a draft safe while it is written (POST
// /admin/posts/autosave, every ~30 s from the editor's script) and beats
// the editing lock. Only drafts are saved: a live post changes only when
// its writer presses Update.
func (a *Admin) postAutosave(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		f := readForm(r)
		id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64)
		if id == 0 {
			if strings.TrimSpace(f.Title) == "" && strings.TrimSpace(f.Body) == "" {
				return writeJSON(w, http.StatusOK, autosaveReply{})
			}
			in, err := a.input(ctx, k, f, content.Draft)
			if err != nil {
				return a.autosaveError(w, rq, err)
			}
			in.AuthorID = rq.user.ID
			p, err := a.Content.Create(ctx, in, rq.user.ID)
			if err != nil {
				return a.autosaveError(w, rq, err)
			}
			return a.autosaved(w, rq, k, p)
		}
		r.SetPathValue("id", strconv.FormatInt(id, 10))
		old, err := a.loadPost(ctx, k, r, rq.user)
		if err != nil {
			return err
		}
		reply := autosaveReply{ID: old.ID, Version: old.Version}
		lock, err := a.Content.TouchLock(ctx, old.ID, rq.user.ID)
		if err != nil {
			return err
		}
		if lock != nil {
			reply.LockedBy = lock.UserName
		}
		if old.Status != content.Draft || r.PostFormValue("heartbeat") == "1" {
			return writeJSON(w, http.StatusOK, reply)
		}
		if f.Version != old.Version {
			reply.Conflict = true
			reply.Message = a.t(rq, "Tulisan ini sudah diubah orang lain. Simpan otomatis berhenti agar tidak menimpa versi mereka.")
			return writeJSON(w, http.StatusConflict, reply)
		}
		in, err := a.input(ctx, k, f, content.Draft)
		if err != nil {
			return a.autosaveError(w, rq, err)
		}
		in.AuthorID = old.AuthorID
		p, err := a.Content.Update(ctx, old.ID, in, rq.user.ID)
		if errors.Is(err, content.ErrConflict) {
			reply.Conflict = true
			reply.Message = a.t(rq, "Tulisan ini sudah diubah orang lain. Simpan otomatis berhenti agar tidak menimpa versi mereka.")
			return writeJSON(w, http.StatusConflict, reply)
		}
		if err != nil {
			return a.autosaveError(w, rq, err)
		}
		reply2 := a.autosaveReplyOf(rq, k, p)
		reply2.LockedBy = reply.LockedBy
		return writeJSON(w, http.StatusOK, reply2)
	}
}

func (a *Admin) autosaved(w http.ResponseWriter, rq *request, k *kind, p *content.Post) error {
	return writeJSON(w, http.StatusOK, a.autosaveReplyOf(rq, k, p))
}

func (a *Admin) autosaveReplyOf(rq *request, k *kind, p *content.Post) autosaveReply {
	return autosaveReply{Saved: true, ID: p.ID, Version: p.Version, EditURL: k.base + "/" + strconv.FormatInt(p.ID, 10),
		SavedAt: a.t(rq, "Tersimpan otomatis %s", p.Updated.In(a.Location).Format("15:04"))}
}

// autosaveError answers a draft that cannot be saved yet (a field error)
// without alarming: the writer is still typing.
func (a *Admin) autosaveError(w http.ResponseWriter, rq *request, err error) error {
	var fe *content.FieldError
	if errors.As(err, &fe) {
		_, msg := fieldMessage(fe)
		return writeJSON(w, http.StatusUnprocessableEntity, autosaveReply{Message: a.t(rq, msg)})
	}
	if errors.Is(err, store.ErrNotFound) {
		return err
	}
	return err
}
