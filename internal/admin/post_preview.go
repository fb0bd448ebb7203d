package admin

import (
	"net/http"
	"strconv"

	"warta/internal/content"
)

// postPreview shows the editor's current fields as the real article page,
// without saving them (POST /admin/posts/preview, opened in a new tab).
func (a *Admin) postPreview(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		if a.Preview == nil {
			return &publicError{status: http.StatusNotFound, msg: msgNotFound}
		}
		ctx := r.Context()
		f := readForm(r)
		in, err := a.input(ctx, k, f, content.Draft)
		if err != nil {
			return errBadRequest("Pratinjau tidak dapat dibuat: periksa isian tulisan.")
		}
		p := &content.Post{Type: k.typ, Status: content.Draft, Title: in.Title, Lead: in.Lead, Body: in.Body,
			Excerpt: in.Excerpt, Slug: in.Slug, Image: in.Image, CommentStatus: in.CommentStatus,
			SEOTitle: in.SEOTitle, SEODescription: in.SEODescription, Published: in.PublishAt,
			Updated: a.Now(), Created: a.Now(), AuthorID: rq.user.ID}
		if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
			r.SetPathValue("id", strconv.FormatInt(id, 10))
			old, err := a.loadPost(ctx, k, r, rq.user)
			if err != nil {
				return err
			}
			p.ID, p.AuthorID, p.Author, p.Created = old.ID, old.AuthorID, old.Author, old.Created
			if p.Slug == "" {
				p.Slug = old.Slug
			}
		} else {
			p.Author = content.Author{ID: rq.user.ID, Name: rq.user.Name, Slug: rq.user.Slug}
		}
		if p.Published.IsZero() {
			p.Published = a.Now()
		}
		if p.Slug == "" {
			p.Slug = content.Slugify(p.Title)
		}
		for _, slug := range in.Categories {
			if t, err := a.Content.TermBySlug(ctx, content.Category, slug); err == nil {
				p.Categories = append(p.Categories, *t)
			}
		}
		for _, name := range in.Tags {
			p.Tags = append(p.Tags, content.Term{Taxonomy: content.Tag, Name: name, Slug: content.Slugify(name)})
		}
		return a.Preview.Preview(w, r, p)
	}
}
