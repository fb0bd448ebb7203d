// Package demo holds the demo content of a fresh Warta site: an invented
// Indonesian news portal with authors, categories, static pages and a few
// dozen original articles, each with generated illustrations.
//
// The package is pure data. It imports no other Warta package and touches
// no database; `warta demo` and `warta serve --demo` load it through the
// content service. Images are painted on demand (flat colours on a
// 1200x675 canvas, encoded as PNG) and are deterministic: the same image
// name always yields the same bytes, so a demo site looks the same on
// every machine.
//
// Article bodies are HTML written in the subset the content sanitiser
// accepts. Inline images appear as `<img src="{{img:N}}">`; the loader
// uploads Article.InlineImages[N] and replaces the placeholder with the
// stored file's URL.
package demo
