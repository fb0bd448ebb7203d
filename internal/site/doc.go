// Package site serves Warta's public pages: the home page, articles,
// static pages, category / tag / author / date archives and the localized
// 404. routes.go is the site map; each page has its own file.
//
// Handlers return an error; one adapter turns store.ErrNotFound into the
// 404 page and anything else into a logged 500 page that shows no cause.
// Every cacheable page tags its response with surrogate keys (see
// content.Key*) so that the page cache can purge exactly what a write
// touches.
//
// What every page shows around its content (settings, category
// navigation, footer pages: chrome.go) is read once and kept until
// Forget, which the app calls with every purge of the page cache, its own
// and those the purge bus brings from other processes. Article bodies are
// shown as stored: content sanitises them before storing them.
package site
