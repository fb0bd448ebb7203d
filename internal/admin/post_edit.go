package admin

import (
	"context"
	"net/http"
	"strconv"

	"warta/internal/content"
)

// editorBody is the data of the editor page.
type editorBody struct {
	Kind                    *kind
	ID                      int64
	IsNew                   bool
	Form                    postForm
	Status                  content.Status
	StatusLabel             string
	Errors                  map[string]string // field name → message
	Categories              []catOption
	Lock                    *content.EditLock
	Conflict                bool
	ViewURL, ActionURL      string
	PreviewURL, AutosaveURL string
	RevisionsURL            string
	Revisions               int
	CanPublish, CanTrash    bool
	Timezone                string
	// Newsroom duties on a published article.
	Notices                []content.Notice
	NoticesURL, RetractURL string
	Retraction             string
	CanNotice              bool
	// Typed is a notice or reason for retraction that was not saved, put
	// back in its form. DutiesOnly shows those forms without the article:
	// after the session ended, nothing stored is shown.
	Typed      *dutyForm
	DutiesOnly bool
}

// postNew shows an empty editor (GET /admin/posts/new).
func (a *Admin) postNew(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		b := &editorBody{Kind: k, IsNew: true, Status: content.Draft, Form: postForm{CommentsOpen: true}}
		return a.showEditor(w, r, rq, http.StatusOK, b, "", "")
	}
}

// postEdit shows the editor for a post (GET /admin/posts/{id}) and warns
// when someone else has it open.
func (a *Admin) postEdit(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		p, err := a.loadPost(ctx, k, r, rq.user)
		if err != nil {
			return err
		}
		b := &editorBody{Kind: k, ID: p.ID, Status: p.Status, Form: a.formOf(p)}
		if b.Lock, err = a.Content.TouchLock(ctx, p.ID, rq.user.ID); err != nil {
			return err
		}
		return a.showEditor(w, r, rq, http.StatusOK, b, a.t(rq, flash(r.URL.Query().Get("msg"))), "")
	}
}

// showEditor completes b and renders the editor with status.
func (a *Admin) showEditor(w http.ResponseWriter, r *http.Request, rq *request, status int, b *editorBody, notice, problem string) error {
	ctx := r.Context()
	k := b.Kind
	b.StatusLabel = a.t(rq, statusLabel(b.Status))
	b.CanPublish = rq.user != nil && rq.can(k.publish)
	b.Timezone = a.Location.String()
	b.ActionURL = k.base
	b.PreviewURL = k.base + "/preview"
	b.AutosaveURL = k.base + "/autosave"
	if !b.IsNew {
		b.ActionURL = k.base + "/" + strconv.FormatInt(b.ID, 10)
	}
	if !b.IsNew && rq.user != nil {
		id := strconv.FormatInt(b.ID, 10)
		b.RevisionsURL = k.base + "/" + id + "/revisions"
		b.CanTrash = b.Status != content.Trash && (!live(b.Status) || b.CanPublish)
		if n, err := a.revisionCount(ctx, b.ID); err == nil {
			b.Revisions = n
		} else {
			return err
		}
		if b.Status == content.Published {
			if err := a.newsroomDuties(r, rq, b); err != nil {
				return err
			}
		}
	}
	cats, err := a.categoryOptions(ctx, b.Form.Categories)
	if err != nil {
		return err
	}
	b.Categories = cats
	title := a.t(rq, "Tulis artikel")
	if k.typ == content.TypePage {
		title = a.t(rq, "Tulis halaman")
	}
	if !b.IsNew {
		title = a.t(rq, "Sunting: %s", b.Form.Title)
	}
	p := a.page(rq, title, k.section())
	p.Notice, p.Error = notice, problem
	if len(b.Errors) > 0 && p.Error == "" {
		p.Error = a.t(rq, "Tulisan belum disimpan. Perbaiki isian yang ditandai, lalu simpan lagi.")
	}
	p.Body = b
	return a.render(w, status, "edit", p)
}

func (a *Admin) revisionCount(ctx context.Context, postID int64) (int, error) {
	revs, err := a.Content.Revisions(ctx, postID)
	return len(revs), err
}

// newsroomDuties fills the corrections and retraction part of the editor
// for a published article.
func (a *Admin) newsroomDuties(r *http.Request, rq *request, b *editorBody) error {
	ctx := r.Context()
	p, err := a.Content.Get(ctx, b.ID)
	if err != nil {
		return err
	}
	if a.PostURL != nil {
		b.ViewURL = a.PostURL(p)
	}
	if b.Kind.typ != content.TypePost {
		return nil
	}
	if b.Notices, err = a.Content.Notices(ctx, p.ID); err != nil {
		return err
	}
	id := strconv.FormatInt(p.ID, 10)
	b.NoticesURL, b.RetractURL = b.Kind.base+"/"+id+"/notices", b.Kind.base+"/"+id+"/retract"
	b.Retraction, b.CanNotice = p.Retraction, b.Kind.canMove(rq.user, p, p.Status)
	return nil
}
