package content

import (
	"context"
	"fmt"
	"time"
)

// Purger is told which cached pages a write made stale, as surrogate keys.
// The key "all" means every page (for changes shown on every page, such as
// the category navigation or the footer's static pages).
type Purger interface {
	Purge(ctx context.Context, keys ...string)
}

// Surrogate keys shared with the public site's handlers.
const (
	KeyAll     = "all"
	KeyHome    = "home"
	KeyFeed    = "feed"
	KeySitemap = "sitemap"
)

// KeyPost tags a page showing post id.
func KeyPost(id int64) string { return fmt.Sprintf("post:%d", id) }

// KeyTerm tags a page listing or naming term id.
func KeyTerm(id int64) string { return fmt.Sprintf("term:%d", id) }

// KeyAuthor tags a page listing or naming author id.
func KeyAuthor(id int64) string { return fmt.Sprintf("author:%d", id) }

// KeyYear tags the date archives (year, month and day pages) of a year.
func KeyYear(year int) string { return fmt.Sprintf("date:%04d", year) }

// PostKeys lists the pages that show p: its own and the lists it appears
// in, for changes beside the post itself that those pages show (such as
// its comment count).
func PostKeys(p *Post, loc *time.Location) []string { return postKeys(p, loc) }

// postKeys lists the pages that show p: its own, the lists it appears in.
func postKeys(p *Post, loc *time.Location) []string {
	if p.Type == TypePage {
		return []string{KeyAll}
	}
	keys := []string{KeyPost(p.ID), KeyHome, KeyFeed, KeySitemap}
	if p.AuthorID != 0 {
		keys = append(keys, KeyAuthor(p.AuthorID))
	}
	if !p.Published.IsZero() {
		keys = append(keys, KeyYear(p.Published.In(loc).Year()))
	}
	for _, t := range p.Categories {
		keys = append(keys, KeyTerm(t.ID))
	}
	for _, t := range p.Tags {
		keys = append(keys, KeyTerm(t.ID))
	}
	return keys
}
