// Package admin is Warta's newsroom: the browser UI under /admin/ where
// journalists and editors sign in, write and schedule articles, manage
// media, categories, users and settings.
//
// Like the public site it has one handler per file and a routes.go that
// reads like its map, naming the capability each route needs; every
// handler returns an error that one adapter turns into a page. Sessions
// live in the database (package auth), every state-changing request is
// checked against the session's CSRF token and the request's Origin, and
// every page is rendered from the embedded templates of web/admin in the
// signed-in user's language. Nothing here is cached: responses carry
// Cache-Control: no-store.
package admin
