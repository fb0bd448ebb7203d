// Package content owns Warta's articles and static pages: posts, their
// categories and tags, authors as readers see them, revisions, slugs,
// excerpts, the publishing workflow (draft → pending → scheduled →
// published → trash) and the SQL behind all of it.
//
// Every write goes through Service, which sanitises HTML on the way in,
// keeps a revision for every save, and tells a Purger which cached pages
// the write made stale.
package content
