// Package content owns Warta's articles and static pages: posts, their
// categories and tags, authors as readers see them, revisions, slugs,
// excerpts, the publishing workflow (draft → pending → scheduled →
// published → trash) and the SQL behind all of it.
//
// Every write goes through Service, which sanitises HTML on the way in,
// keeps a revision for every save, and tells a Purger which cached pages
// the write made stale.
//
// A stored body is safe HTML: every path that writes posts.body (Create,
// Update, the bulk import's PrepareImport/WriteImport, Relink and
// RelinkImported, which only put site paths into href values) runs it
// through sanitize.HTML first, and a BodyFilter must keep it safe. Pages
// show stored bodies without sanitising them again, so a new path that
// writes a body must sanitise it too.
package content
