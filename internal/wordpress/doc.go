// Package wordpress moves a WordPress site into Warta: it reads a
// WordPress eXtended RSS (WXR 1.0–1.2) export as a stream, converts
// WordPress content (Gutenberg blocks, wpautop line breaks, shortcodes,
// old-site links) into Warta's sanitised HTML, writes authors, terms,
// media, posts, pages and comments idempotently, and answers the old
// site's URLs with 301 redirects to the new pages.
//
// An import reads the export twice over: a first streaming pass checks
// the whole file (well-formed UTF-8 XML, no DTD, a supported WXR version)
// and spools what it read to temporary files, so that a bad file writes
// nothing; the second pass writes from the spool in small transactions.
// The first pass reads a file through fastXML, a reader for the plain XML
// of real exports, and leaves any file it cannot vouch for to
// encoding/xml, which also words every error. Posts are converted and
// sanitised by workers on every CPU while one writer writes them in
// order, a batch (with its comments, through comment.Import) per
// transaction.
// On SQLite the writer tunes its connection for the import, and an
// import into a site without comments builds the comment indexes whose
// keys fall all over the table once at the end, not row by row
// (sqlite_tuning.go).
// Every write records what the WordPress object became in
// wp_import_map, so an interrupted import is finished, and a repeated one
// updated, by running it again.
package wordpress
