package site

import (
	"html/template"

	"warta/internal/content"
	"warta/internal/media"
	"warta/internal/seo"
	"warta/internal/view"
)

func (s *Site) summary(rq *request, p *content.Post) view.Summary {
	return view.Summary{
		Title:      p.Title,
		URL:        rq.urls.Post(p),
		Excerpt:    p.Summary(rq.settings.ExcerptWords),
		Published:  p.Published.In(s.Location),
		Author:     author(&p.Author),
		Categories: terms(p.Categories),
		Image:      image(p.Image),
		Sponsored:  p.Sponsored,
	}
}

func (s *Site) summaries(rq *request, posts []*content.Post) []view.Summary {
	out := make([]view.Summary, 0, len(posts))
	for _, p := range posts {
		out = append(out, s.summary(rq, p))
	}
	s.commentCounts(rq, posts, out)
	return out
}

// article converts a stored post. Its body is shown as it is stored:
// content sanitises every body before it stores it (see package content),
// so running the sanitiser again on every render would change nothing.
// A post that was never stored (a preview) must be sanitised by the caller.
func (s *Site) article(rq *request, p *content.Post) *view.Article {
	a := &view.Article{
		Title:      p.Title,
		Lead:       p.Lead,
		URL:        rq.urls.Post(p),
		Body:       template.HTML(p.Body),
		Published:  p.Published.In(s.Location),
		Modified:   p.Updated.In(s.Location),
		Author:     author(&p.Author),
		Categories: terms(p.Categories),
		Tags:       terms(p.Tags),
		Image:      image(p.Image),
		IsPage:     p.Type == content.TypePage,
	}
	if a.Modified.Before(a.Published) {
		a.Modified = a.Published
	}
	return a
}

func author(a *content.Author) view.Author {
	if a.ID == 0 {
		return view.Author{}
	}
	return view.Author{Name: a.Name, URL: seo.AuthorPath(a), Bio: a.Bio}
}

func terms(ts []content.Term) []view.Term {
	out := make([]view.Term, 0, len(ts))
	for i := range ts {
		out = append(out, view.Term{Name: ts[i].Name, URL: seo.TermPath(&ts[i])})
	}
	return out
}

func image(img content.Image) *view.Image {
	if img.URL == "" {
		return nil
	}
	return &view.Image{URL: img.URL, Alt: img.Alt, Caption: img.Caption, Width: img.Width, Height: img.Height,
		Srcset: media.Srcset(img.URL, img.Width, ""), SrcsetWebP: media.Srcset(img.URL, img.Width, ".webp")}
}

// pagination describes page n of total items under base.
func pagination(base string, n, total int) view.Pagination {
	pages := max(1, (total+perPage-1)/perPage)
	p := view.Pagination{Page: n, Pages: pages}
	if n > 1 {
		p.PrevURL = seo.PagePath(base, n-1)
	}
	if n < pages {
		p.NextURL = seo.PagePath(base, n+1)
	}
	return p
}
