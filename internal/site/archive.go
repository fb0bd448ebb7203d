package site

import (
	"net/http"
	"strings"
	"time"
	"warta/internal/seo"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/view"
)

// archivePath splits "{slug}/" or "{parent}/{slug}/page/N/" into the last
// slug and the page number.
func archivePath(raw string) (string, int, bool) {
	if raw == "" || !strings.HasSuffix(raw, "/") {
		return "", 0, false
	}
	segs, n, ok := splitPage(strings.Split(strings.Trim(raw, "/"), "/"))
	if !ok || len(segs) == 0 || segs[len(segs)-1] == "" {
		return "", 0, false
	}
	return segs[len(segs)-1], n, true
}

func (s *Site) categoryArchive(w http.ResponseWriter, r *http.Request) error {
	return s.termArchive(w, r, content.Category)
}

func (s *Site) tagArchive(w http.ResponseWriter, r *http.Request) error {
	return s.termArchive(w, r, content.Tag)
}

// termArchive lists a category's (with its subcategories') or a tag's
// articles.
func (s *Site) termArchive(w http.ResponseWriter, r *http.Request, taxonomy string) error {
	slug, n, ok := archivePath(r.PathValue("path"))
	if !ok {
		return s.slashOrNotFound(w, r)
	}
	ctx := r.Context()
	term, err := s.Content.TermBySlug(ctx, taxonomy, slug)
	if err != nil {
		return err
	}
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	var posts []*content.Post
	var total int
	ids := []int64{term.ID}
	if taxonomy == content.Category {
		if ids, err = s.Content.Descendants(ctx, term.ID); err != nil {
			return err
		}
	}
	if len(ids) == 1 {
		posts, total, err = s.Content.ListTerm(ctx, term.ID, perPage, (n-1)*perPage)
	} else {
		posts, total, err = s.Content.List(ctx, content.ListQuery{TermIDs: ids, Limit: perPage, Offset: (n - 1) * perPage})
	}
	if err != nil {
		return err
	}
	if n > 1 && len(posts) == 0 {
		return notFoundErr("archive page")
	}
	base := seo.TermPath(term)
	rq.markCurrent(base)
	heading := "Kategori: %s"
	if taxonomy == content.Tag {
		heading = "Tag: %s"
	}
	a := &view.Archive{Kind: taxonomy, Name: term.Name, Description: term.Description,
		Items: s.summaries(rq, posts), Pagination: pagination(base, n, total)}
	keys := []string{}
	for _, id := range ids {
		keys = append(keys, content.KeyTerm(id))
	}
	return s.renderArchive(w, rq, a, i18n.T(s.Lang, heading, term.Name), seo.PagePath(base, n), keys)
}

func (s *Site) authorArchive(w http.ResponseWriter, r *http.Request) error {
	slug, n, ok := archivePath(r.PathValue("path"))
	if !ok {
		return s.slashOrNotFound(w, r)
	}
	ctx := r.Context()
	au, err := s.Content.AuthorBySlug(ctx, slug)
	if err != nil {
		return err
	}
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	posts, total, err := s.Content.List(ctx, content.ListQuery{AuthorID: au.ID, Limit: perPage, Offset: (n - 1) * perPage})
	if err != nil {
		return err
	}
	if n > 1 && len(posts) == 0 {
		return notFoundErr("archive page")
	}
	base := seo.AuthorPath(au)
	a := &view.Archive{Kind: "author", Name: au.Name, Description: au.Bio,
		Items: s.summaries(rq, posts), Pagination: pagination(base, n, total)}
	return s.renderArchive(w, rq, a, i18n.T(s.Lang, "Penulis: %s", au.Name), seo.PagePath(base, n), []string{content.KeyAuthor(au.ID)})
}

// dateArchive lists the articles of a year, month or day (site time zone).
func (s *Site) dateArchive(w http.ResponseWriter, r *http.Request, y, m, d, n int) error {
	ctx := r.Context()
	from := time.Date(y, time.Month(max(m, 1)), max(d, 1), 0, 0, 0, 0, s.Location)
	if (m > 0 && int(from.Month()) != m) || (d > 0 && from.Day() != d) {
		return notFoundErr("date") // 31 February and such
	}
	var to time.Time
	var name, base string
	switch {
	case d > 0:
		to, name, base = from.AddDate(0, 0, 1), i18n.Date(s.Lang, from), from.Format("/2006/01/02/")
	case m > 0:
		to, name, base = from.AddDate(0, 1, 0), i18n.MonthYear(s.Lang, y, from.Month()), from.Format("/2006/01/")
	default:
		to, name, base = from.AddDate(1, 0, 0), from.Format("2006"), from.Format("/2006/")
	}
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	posts, total, err := s.Content.List(ctx, content.ListQuery{From: from, To: to, Limit: perPage, Offset: (n - 1) * perPage})
	if err != nil {
		return err
	}
	if len(posts) == 0 {
		return notFoundErr("empty date archive")
	}
	a := &view.Archive{Kind: "date", Name: name, Items: s.summaries(rq, posts), Pagination: pagination(base, n, total)}
	return s.renderArchive(w, rq, a, i18n.T(s.Lang, "Arsip: %s", name), seo.PagePath(base, n), []string{content.KeyYear(y)})
}

func (s *Site) renderArchive(w http.ResponseWriter, rq *request, a *view.Archive, title, path string, keys []string) error {
	desc := a.Description
	if desc == "" {
		desc = title
	}
	p := rq.page(title, desc, path)
	p.Body = a
	s.archiveMeta(rq, a, &p, a.Name)
	return s.render(w, "archive", p, keys...)
}

// slashOrNotFound redirects "/tag/x" to "/tag/x/"; anything else is 404.
func (s *Site) slashOrNotFound(w http.ResponseWriter, r *http.Request) error {
	p := r.URL.Path
	if !strings.HasSuffix(p, "/") && !strings.Contains(p, ".") && strings.Count(p, "/") >= 2 {
		http.Redirect(w, r, p+"/", http.StatusMovedPermanently)
		return nil
	}
	return notFoundErr(p)
}
