// Package admin holds the newsroom's embedded files: its HTML templates,
// its stylesheet and the editor bundle built from src/ by esbuild at
// development time (dist/ is committed, so go build never needs Node).
package admin

import "embed"

// FS holds templates/*.html, static/* and dist/*, at those paths.
//
//go:embed templates static dist
var FS embed.FS
