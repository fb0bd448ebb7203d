// Package web holds Warta's default public theme: the HTML templates and
// static files compiled into the binary. Package view serves them and lets
// a theme directory override any of them.
package web

import "embed"

// FS holds templates/*.html and static/*, at those paths.
//
//go:embed templates static
var FS embed.FS
