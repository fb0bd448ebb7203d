// Package api is Warta's JSON API, version 1, served under /api/v1/.
//
// Clients authenticate with a bearer token (see auth.Service.CreateToken);
// anonymous clients may read what is public. Every route and the
// capability it needs is listed in routes.go. Handlers return errors and
// one adapter turns them into JSON error bodies of the form
//
//	{"error": {"code": "invalid", "field": "slug", "message": "…"}}
//
// where code is stable for programs, field (when present) names the JSON
// field at fault and message is for people. Internal errors are logged and
// answered with a generic 500; their text never reaches the client.
package api
