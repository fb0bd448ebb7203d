package view

import "time"

// Search is the search page: the form as the reader filled it, then the
// results, or why there are none.
type Search struct {
	// Query is the query as it was read (cleaned, cut to length); the
	// search box shows it again.
	Query string
	// Category is the selected category's slug ("" for all); From and To
	// are the date range as YYYY-MM-DD ("" for open).
	Category, From, To string
	Categories         []Option // the category choices
	// Searched is false when there was nothing to search for: the page
	// then shows the form and a hint.
	Searched bool
	// Total is how many articles match; More tells that more than Total
	// do (Total is then the most counted).
	Total   int
	More    bool
	Results []SearchResult
	// Suggestion, when set, is offered when nothing matched.
	Suggestion *SearchSuggestion
	Pagination Pagination
}

// Option is one choice of a select box.
type Option struct {
	Value, Label string
	Selected     bool
}

// SearchResult is one article found: its title and the passage that best
// matches, with the matching words marked.
type SearchResult struct {
	URL        string
	Title      []Fragment
	Snippet    []Fragment
	Published  time.Time
	Categories []Term
}

// Fragment is a piece of text; Match marks words the query found, shown
// in <mark>.
type Fragment struct {
	Text  string
	Match bool
}

// SearchSuggestion is another query that finds something. Kind picks the
// wording: "spelling" (did you mean), "fewer" (fewer words), "nofilter"
// (all categories and dates).
type SearchSuggestion struct {
	Query, URL, Kind string
}

// sampleSearch is the start-up check's search page with every part.
func sampleSearch(when time.Time, terms []Term, pg Pagination) *Search {
	full := SearchResult{URL: "/x/", Title: []Fragment{{Text: "x"}, {Text: "y", Match: true}},
		Snippet:   []Fragment{{Text: "… x "}, {Text: "y", Match: true}, {Text: "…"}},
		Published: when, Categories: terms}
	bare := SearchResult{URL: "/y/", Title: []Fragment{{Text: "y"}}}
	return &Search{
		Query: "y", Category: "x", From: "2026-01-01", To: "2026-02-01", Searched: true,
		Categories: []Option{{Value: "x", Label: "x", Selected: true}, {Value: "y", Label: "y"}},
		Total:      1000, More: true, Results: []SearchResult{full, bare},
		Suggestion: &SearchSuggestion{Query: "y", URL: "/search?q=y", Kind: "fewer"},
		Pagination: pg,
	}
}
