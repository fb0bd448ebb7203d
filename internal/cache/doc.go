// Package cache keeps rendered public pages in memory and throws them away
// by surrogate key when a write changes what they show.
//
// A public page, feed or sitemap is the same bytes for every anonymous
// reader, so Middleware renders it once, stores it gzipped (plain only
// when gzip does not make it smaller) with strong ETags, and serves every later request for the same
// path and query from memory. Handlers opt in by tagging a 200 response
// with a Surrogate-Key header ("post:42 term:7 home"); a response without
// one is never stored, so admin and per-user pages cannot leak into the
// cache by accident. A write calls Purge with the keys it touched; no TTL
// guessing.
//
// With several servers on one PostgreSQL database, Bus carries purges
// between them through the purge_log table: a server publishes the keys it
// purged and every server (itself included) applies them within one poll.
package cache
