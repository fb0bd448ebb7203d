package site

import (
	"context"
	"fmt"
	"strconv"

	"warta/internal/content"
	"warta/internal/seo"
	"warta/internal/setting"
)

// postPath is the public path of a published post or page. Unpublished
// posts have no permalink yet and get WordPress's "/?p=ID".
func (s *Site) postPath(pl seo.Permalink, p *content.Post) string {
	switch {
	case p.Type == content.TypePage:
		return "/" + p.Slug + "/"
	case p.Status != content.Published:
		return "/?p=" + strconv.FormatInt(p.ID, 10)
	}
	return pl.Build(p.ID, p.Slug, p.Published.In(s.Location))
}

// URL is the absolute public URL of p, for the API and the CLI.
func (s *Site) URL(ctx context.Context, p *content.Post) string {
	st, err := setting.Load(ctx, s.Content.DB())
	if err != nil {
		st = setting.Defaults()
	}
	pl, err := seo.ParsePermalink(st.Permalink)
	if err != nil {
		pl, _ = seo.ParsePermalink(seo.DefaultPermalink)
	}
	return seo.Absolute(s.BaseURL, s.postPath(pl, p))
}

func termPath(t *content.Term) string {
	if t.Taxonomy == content.Tag {
		return "/tag/" + t.Slug + "/"
	}
	return "/category/" + t.Slug + "/"
}

func authorPath(a *content.Author) string { return "/author/" + a.Slug + "/" }

// pagePath appends WordPress's /page/N/ to a list's path.
func pagePath(base string, n int) string {
	if n <= 1 {
		return base
	}
	return fmt.Sprintf("%spage/%d/", base, n)
}
