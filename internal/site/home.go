package site

import (
	"net/http"
	"warta/internal/seo"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/view"
)

// home serves the front page: the newest article as the lead story, then
// the latest list; later pages list older articles.
func (s *Site) home(w http.ResponseWriter, r *http.Request, n int) error {
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	posts, total, err := s.Content.List(ctx, content.ListQuery{Limit: perPage, Offset: (n - 1) * perPage})
	if err != nil {
		return err
	}
	if n > 1 && len(posts) == 0 {
		return notFoundErr("home page")
	}
	home := &view.Home{Latest: s.summaries(rq, posts), Pagination: pagination("/", n, total)}
	if n == 1 && len(home.Latest) > 0 {
		lead := home.Latest[0]
		home.Lead, home.Latest = &lead, home.Latest[1:]
	}
	title := ""
	if n > 1 {
		title = i18n.T(s.Lang, "Halaman %d dari %d", n, home.Pagination.Pages)
	}
	p := rq.page(title, rq.settings.Tagline, seo.PagePath("/", n))
	p.Body = home
	s.homeMeta(rq, &p, n)
	keys := []string{content.KeyHome}
	for _, post := range posts {
		keys = append(keys, content.KeyPost(post.ID))
	}
	return s.render(w, "home", p, keys...)
}
