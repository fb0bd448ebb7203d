// Package i18n holds Warta's message catalogs (Indonesian, the source,
// and English) and formats dates and numbers the way readers of each
// language expect them.
//
// Messages are looked up by their Indonesian text, so a template reads in
// the site's default language: {{t "Oleh"}}. A key missing from a catalog
// comes back unchanged rather than as an error, so a missing translation
// shows Indonesian text instead of breaking a page; the package tests
// make sure that never happens for the keys the theme uses.
package i18n
