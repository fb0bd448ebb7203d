package api

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/search"
	"warta/internal/store"
)

// searchJSON is one page of search results.
type searchJSON struct {
	Query      string          `json:"query"`    // the query as it was read
	Searched   bool            `json:"searched"` // false: nothing to search for
	Total      int             `json:"total"`
	More       bool            `json:"more"` // more than total match
	Page       int             `json:"page"`
	PerPage    int             `json:"per_page"`
	Items      []searchHitJSON `json:"items"`
	Suggestion *suggestionJSON `json:"suggestion"`
}

// searchHitJSON is one article found. Snippet is the passage that best
// matches, as plain text; Highlight is the same passage in pieces, the
// matching words marked.
type searchHitJSON struct {
	ID          int64          `json:"id"`
	Title       string         `json:"title"`
	URL         string         `json:"url"`
	Snippet     string         `json:"snippet"`
	Highlight   []fragmentJSON `json:"highlight"`
	PublishedAt string         `json:"published_at"`
	Author      *authorRef     `json:"author"`
	Categories  []termRef      `json:"categories"`
}

type fragmentJSON struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

type suggestionJSON struct {
	Query string `json:"query"`
	Kind  string `json:"kind"` // spelling, fewer or nofilter
}

// searchPosts runs a reader's search over the published articles:
// q (any text), category (slug, with its subcategories), from and to
// (YYYY-MM-DD or RFC 3339, to inclusive for a date), page, per_page.
func (a *api) searchPosts(w http.ResponseWriter, r *http.Request) error {
	if a.search == nil {
		return &apiError{status: http.StatusNotFound, code: "not_found", message: "search is not available"}
	}
	q := r.URL.Query()
	page, err := intParam(q, "page", 1, search.MaxPage)
	if err != nil {
		return err
	}
	perPage, err := intParam(q, "per_page", defaultPerPage, search.MaxPerPage)
	if err != nil {
		return err
	}
	req := search.Request{Query: q.Get("q"), Page: page, PerPage: perPage}
	if err := a.searchFilters(r, q, &req); err != nil {
		return err
	}
	res, err := a.search.Search(r.Context(), req)
	if err != nil {
		return err
	}
	out := searchJSON{Query: res.Query, Searched: res.Searched, Total: res.Total, More: res.More,
		Page: res.Page, PerPage: res.PerPage, Items: make([]searchHitJSON, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Items = append(out.Items, a.searchHit(h))
	}
	if s := res.Suggestion; s != nil {
		out.Suggestion = &suggestionJSON{Query: s.Query, Kind: s.Kind}
	}
	return writeJSON(w, http.StatusOK, out)
}

func (a *api) searchHit(h search.Hit) searchHitJSON {
	p := h.Post
	out := searchHitJSON{ID: p.ID, Title: p.Title, URL: a.url(p), PublishedAt: timeJSON(p.Published),
		Categories: termRefs(p.Categories), Highlight: make([]fragmentJSON, 0, len(h.Snippet))}
	var b strings.Builder
	for _, f := range h.Snippet {
		b.WriteString(f.Text)
		out.Highlight = append(out.Highlight, fragmentJSON(f))
	}
	out.Snippet = b.String()
	if p.AuthorID != 0 {
		out.Author = &authorRef{Name: p.Author.Name, Slug: p.Author.Slug}
	}
	return out
}

// searchFilters reads the category and date filters into req.
func (a *api) searchFilters(r *http.Request, q url.Values, req *search.Request) error {
	ctx := r.Context()
	if slug := q.Get("category"); slug != "" {
		t, err := a.content.TermBySlug(ctx, content.Category, slug)
		if errors.Is(err, store.ErrNotFound) {
			return errBadRequest("invalid", "category", "no category has the slug "+strconv.Quote(slug))
		} else if err != nil {
			return err
		}
		if req.Categories, err = a.content.Descendants(ctx, t.ID); err != nil {
			return err
		}
	}
	var err error
	if req.From, err = dateParam(q, "from", false); err != nil {
		return err
	}
	req.To, err = dateParam(q, "to", true)
	return err
}

// dateParam reads a date (YYYY-MM-DD, UTC) or an RFC 3339 time. A date
// given as an end is inclusive: its day's end is returned.
func dateParam(q url.Values, name string, end bool) (time.Time, error) {
	s := q.Get(name)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		if end {
			t = t.AddDate(0, 0, 1)
		}
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, errBadRequest("invalid", name, name+" must be a date (YYYY-MM-DD) or an RFC 3339 time")
}
