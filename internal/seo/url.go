package seo

import (
	"fmt"
	"strconv"
	"time"

	"warta/internal/content"
)

// URLs builds the public paths of posts, pages, terms and authors. Every
// surface that links to content (site, API, feeds, sitemaps) uses it.
type URLs struct {
	Permalink Permalink
	Location  *time.Location // the site's zone: permalink dates are local
}

// Post is the path of a post or static page. Unpublished posts have no
// permalink yet and get WordPress's "/?p=ID".
func (u URLs) Post(p *content.Post) string {
	switch {
	case p.Type == content.TypePage:
		return "/" + p.Slug + "/"
	case p.Status != content.Published:
		return "/?p=" + strconv.FormatInt(p.ID, 10)
	}
	return u.Permalink.Build(p.ID, p.Slug, p.Published.In(u.Location))
}

// TermPath is the archive path of a category or tag.
func TermPath(t *content.Term) string {
	if t.Taxonomy == content.Tag {
		return "/tag/" + t.Slug + "/"
	}
	return "/category/" + t.Slug + "/"
}

// AuthorPath is the archive path of an author.
func AuthorPath(a *content.Author) string { return "/author/" + a.Slug + "/" }

// PagePath appends WordPress's /page/N/ to a list's path (nothing for page 1).
func PagePath(base string, n int) string {
	if n <= 1 {
		return base
	}
	return fmt.Sprintf("%spage/%d/", base, n)
}
