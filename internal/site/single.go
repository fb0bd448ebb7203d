package site

import (
	"errors"
	"net/http"
	"warta/internal/seo"

	"warta/internal/content"
	"warta/internal/store"
)

// single serves an article by permalink, or a static page by slug.
func (s *Site) single(w http.ResponseWriter, r *http.Request, segs []string) error {
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	if m, ok := rq.urls.Permalink.Match(r.URL.Path); ok {
		var p *content.Post
		if m.ID != 0 {
			p, err = s.Content.Get(ctx, m.ID)
		} else {
			p, err = s.Content.BySlug(ctx, content.TypePost, m.Slug)
		}
		switch {
		case err == nil && p.IsPublic() && p.Type == content.TypePost:
			if want := rq.urls.Post(p); want != r.URL.Path {
				http.Redirect(w, r, want, http.StatusMovedPermanently)
				return nil
			}
			return s.renderArticle(w, r, rq, p)
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return err
		}
	}
	if len(segs) == 1 {
		p, err := s.Content.BySlug(ctx, content.TypePage, segs[0])
		if err != nil {
			return err
		}
		if p.IsPublic() {
			return s.renderArticle(w, r, rq, p)
		}
	}
	return notFoundErr(r.URL.Path)
}

func (s *Site) renderArticle(w http.ResponseWriter, r *http.Request, rq *request, p *content.Post) error {
	a := s.article(rq, p)
	var relatedKeys []string
	a.Related, relatedKeys = s.related(r.Context(), rq, p)
	if err := s.attachNotices(r.Context(), p, a); err != nil {
		return err
	}
	if err := s.attachComments(w, r, rq, p, a); err != nil {
		return err
	}
	desc := p.SEODescription
	if desc == "" {
		desc = p.Summary(rq.settings.ExcerptWords)
	}
	title := p.Title
	if p.SEOTitle != "" {
		title = p.SEOTitle
	}
	page := rq.page(title, desc, a.URL)
	if len(p.Categories) > 0 {
		rq.markCurrent(seo.TermPath(&p.Categories[0]))
		page.Site = rq.site
	}
	page.Body = a
	s.articleMeta(rq, p, a, &page)
	keys := []string{content.KeyPost(p.ID)}
	if p.AuthorID != 0 {
		keys = append(keys, content.KeyAuthor(p.AuthorID))
	}
	for _, t := range append(p.Categories, p.Tags...) {
		keys = append(keys, content.KeyTerm(t.ID))
	}
	keys = append(keys, relatedKeys...)
	return s.render(w, "article", page, keys...)
}
