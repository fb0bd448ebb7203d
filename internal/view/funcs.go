package view

import (
	"html/template"
	"time"

	"warta/internal/i18n"
)

// card is the data of the "summary" partial: a post, the level of its
// heading (2 or 3) and whether its image is loaded eagerly because it is
// likely above the fold.
type card struct {
	Summary
	Level int
	Eager bool
}

// newCard builds a card; it is the template func "card".
func newCard(s Summary, level int, eager bool) card {
	return card{Summary: s, Level: level, Eager: eager}
}

// funcs returns the template functions bound to language l.
func (e *Engine) funcs(l i18n.Lang) template.FuncMap {
	return template.FuncMap{
		"t":        func(key string, args ...any) string { return i18n.T(l, key, args...) },
		"date":     func(t time.Time) string { return i18n.Date(l, t) },
		"datetime": func(t time.Time) string { return i18n.DateTime(l, t) },
		"isodate":  func(t time.Time) string { return t.Format(time.RFC3339) },
		"number":   func(n int) string { return i18n.Number(l, n) },
		"asset":    e.assets.url,
		"card":     newCard,
	}
}
