package view

import (
	"fmt"
	"io"
	"time"

	"warta/internal/i18n"
)

// check renders every page in every language with a full and a sparse
// sample, so that templates which parse but fail on data (a misspelt
// field, an unknown asset, an escaping error) stop start-up.
func (e *Engine) check() error {
	for _, l := range i18n.Langs() {
		for _, s := range samples(l) {
			if err := e.Render(io.Discard, s.name, s.page); err != nil {
				return fmt.Errorf("view: theme check of %s (%s sample, %s): %w", e.origins[s.name], s.label, l, err)
			}
		}
	}
	return nil
}

type sample struct {
	name, label string
	page        Page
}

// samples returns pages exercising every branch the default theme has:
// everything filled in, and everything optional left out.
func samples(l i18n.Lang) []sample {
	when := time.Date(2026, time.January, 2, 3, 4, 5, 0, time.UTC)
	img := &Image{URL: "/x.jpg", Alt: "x", Caption: "x", Width: 3, Height: 2}
	terms := []Term{{Name: "x", URL: "/x/"}, {Name: "y", URL: "/y/"}}
	full := Summary{Title: "x", URL: "/x/", Excerpt: "x", Published: when,
		Author: Author{Name: "x", URL: "/x/", Bio: "x"}, Categories: terms, Image: img, Comments: 2}
	bare := Summary{Title: "x", URL: "/x/"}
	pg := Pagination{Page: 2, Pages: 3, PrevURL: "/1/", NextURL: "/3/"}
	site := Site{Title: "x", Tagline: "x", BaseURL: "http://x", Lang: l,
		Nav: []Link{{Title: "x", URL: "/x/", Current: true}}, FooterLinks: []Link{{Title: "x", URL: "/x/"}}}
	page := func(body any) Page {
		return Page{Site: site, Title: "x", Description: "x", Canonical: "http://x/", NoIndex: true, Body: body}
	}
	bareSite := Page{Site: Site{Lang: l}}
	with := func(body any) Page { p := bareSite; p.Body = body; return p }
	return []sample{
		{"home", "full", page(&Home{Lead: &full, Latest: []Summary{full, bare}, Pagination: pg})},
		{"home", "empty", with(&Home{})},
		{"article", "full", page(&Article{Title: "x", Lead: "x", URL: "/x/", Body: "<p>x</p>",
			Published: when, Modified: when.Add(time.Hour), Author: full.Author,
			Categories: terms, Tags: terms, Image: img, Related: []Summary{full, bare}, Comments: sampleComments(when)})},
		{"article", "comments", with(&Article{Title: "x", Comments: sampleCommentsClosed(when)})},
		{"article", "bare", with(&Article{Title: "x"})},
		{"article", "page", page(&Article{Title: "x", Body: "<p>x</p>", IsPage: true})},
		{"archive", "full", page(&Archive{Kind: "category", Name: "x", Description: "x",
			Items: []Summary{full, bare, full}, Pagination: pg})},
		{"archive", "tag", with(&Archive{Kind: "tag", Name: "x"})},
		{"archive", "author", with(&Archive{Kind: "author", Name: "x"})},
		{"archive", "date", with(&Archive{Kind: "date", Name: "x"})},
		{"archive", "other", with(&Archive{})},
		{"search", "full", page(sampleSearch(when, terms, pg))},
		{"search", "empty", with(&Search{})},
		{"search", "none", with(&Search{Query: "x", Searched: true, Suggestion: &SearchSuggestion{Query: "y", URL: "/y", Kind: "spelling"}})},
		{"article", "retracted", page(&Article{Title: "x", Sponsored: true, Retraction: "x", Retracted: when,
			Notices: []Notice{{Kind: "correction", Text: "x", Date: when, ID: "ralat-1"}, {Kind: "reply", Text: "x", Date: when, ID: "ralat-2"}}})},
		{"corrections", "full", page(&Corrections{Items: []CorrectionItem{{Notice: Notice{Kind: "clarification", Text: "x", Date: when, ID: "ralat-1"}, Title: "x", URL: "/x/"}}, Pagination: pg})},
		{"corrections", "empty", with(&Corrections{})},
		{"notfound", "full", page(nil)},
		{"notfound", "bare", bareSite},
		{"error", "full", page(nil)},
		{"error", "bare", bareSite},
	}
}
