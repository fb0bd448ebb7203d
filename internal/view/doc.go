// Package view renders Warta's public pages from the theme embedded in
// package web, any file of which a theme directory may replace.
//
// A theme is templates/*.html and static/*. Every page is rendered by
// executing templates/layout.html, which calls the "content" template;
// each page kind has its own file defining "content" (home.html,
// article.html, archive.html, notfound.html, error.html) and may also
// define "head" (extra <head> elements) and "brand" (the site title).
// Other files in templates/ are shared partials parsed into every page.
// Templates receive a Page as "." and can call:
//
//	t        translate a catalog message: {{t "Halaman %d dari %d" .Page .Pages}}
//	date     localized date: 24 Desember 2026
//	datetime localized date and time: 24 Desember 2026, 14.05 WIB
//	isodate  RFC 3339 time for <time datetime>
//	number   localized number: 100.000
//	asset    hashed URL of a static file: {{asset "style.css"}}
//	card     data for the "summary" partial: (card SUMMARY LEVEL EAGER)
//
// There is deliberately no function that turns a string into
// template.HTML: trusted HTML is what the content sanitiser produced,
// either just now or when content stored it (Article.Body is the stored
// body, sanitised on save; see package content).
//
// Templates are parsed and test-rendered with sample data when the Engine
// is made, so a broken theme stops start-up instead of a page view.
package view
