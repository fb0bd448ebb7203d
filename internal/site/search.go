package site

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/sanitize"
	"warta/internal/search"
	"warta/internal/view"
)

// relatedWords is the length of a related post's excerpt.
const relatedWords = 30

// dateLayout is how the search form writes dates (<input type="date">).
const dateLayout = "2006-01-02"

// searchPage serves /search?q=&category=&from=&to=&page= and WordPress's
// /?s= (with paged=). Whatever the query holds, the answer is a results
// page: the search package reads any text.
//
// Search pages are not cached (no Surrogate-Key): each query is its own
// URL, so caching them would let anyone fill the page cache with
// one-off pages, and the index changes on every publish. A search costs a
// few indexed queries, about what a cache miss of an article costs. They
// are marked noindex.
func (s *Site) searchPage(w http.ResponseWriter, r *http.Request) error {
	if s.Search == nil {
		return notFoundErr("search")
	}
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	params := r.URL.Query()
	text := params.Get("q")
	if text == "" {
		text = params.Get("s")
	}
	page := pageParam(params.Get("page"), params.Get("paged"))
	sv := &view.Search{}
	req := search.Request{Query: text, Page: page, PerPage: perPage}
	if err := s.searchFilters(ctx, params, sv, &req); err != nil {
		return err
	}
	res, err := s.Search.Search(ctx, req)
	if err != nil {
		return err
	}
	if len(res.Hits) == 0 && res.Total > 0 {
		return notFoundErr("search page") // past the last page
	}
	sv.Query, sv.Searched, sv.Total, sv.More = res.Query, res.Searched, res.Total, res.More
	for _, h := range res.Hits {
		sv.Results = append(sv.Results, view.SearchResult{
			URL: rq.urls.Post(h.Post), Title: fragments(h.Title), Snippet: fragments(h.Snippet),
			Published: h.Post.Published.In(s.Location), Categories: terms(h.Post.Categories),
		})
	}
	if sg := res.Suggestion; sg != nil {
		alt := *sv
		alt.Query = sg.Query
		if sg.Kind == search.SuggestNoFilter {
			alt.Category, alt.From, alt.To = "", "", ""
		}
		sv.Suggestion = &view.SearchSuggestion{Query: sg.Query, Kind: sg.Kind, URL: searchURL(&alt, 1)}
	}
	sv.Pagination = searchPagination(sv, res)
	title := i18n.T(s.Lang, "Pencarian")
	if res.Searched {
		title = i18n.T(s.Lang, "Hasil pencarian untuk “%s”", res.Query)
	}
	p := rq.page(title, title, searchURL(sv, res.Page))
	p.NoIndex = true
	p.Body = sv
	w.Header().Set("X-Robots-Tag", "noindex")
	return s.render(w, "search", p)
}

// searchFilters reads the category and date filters into the view and the
// request. Unknown categories and malformed dates are ignored.
func (s *Site) searchFilters(ctx context.Context, params url.Values, sv *view.Search, req *search.Request) error {
	cats, err := s.Content.Terms(ctx, content.Category)
	if err != nil {
		return err
	}
	slug := params.Get("category")
	for _, c := range cats {
		selected := c.Slug == slug
		sv.Categories = append(sv.Categories, view.Option{Value: c.Slug, Label: c.Name, Selected: selected})
		if selected {
			if req.Categories, err = s.Content.Descendants(ctx, c.ID); err != nil {
				return err
			}
			sv.Category = c.Slug
		}
	}
	if t, err := time.ParseInLocation(dateLayout, params.Get("from"), s.Location); err == nil {
		req.From, sv.From = t, t.Format(dateLayout)
	}
	if t, err := time.ParseInLocation(dateLayout, params.Get("to"), s.Location); err == nil {
		req.To, sv.To = t.AddDate(0, 0, 1), t.Format(dateLayout) // the whole last day
	}
	return nil
}

// pageParam reads the first valid page number of values, or 1.
func pageParam(values ...string) int {
	for _, v := range values {
		if n, err := strconv.Atoi(v); err == nil && n >= 1 {
			return min(n, search.MaxPage)
		}
	}
	return 1
}

// searchURL is the path of page n of the search sv describes.
func searchURL(sv *view.Search, n int) string {
	v := url.Values{}
	v.Set("q", sv.Query)
	if sv.Category != "" {
		v.Set("category", sv.Category)
	}
	if sv.From != "" {
		v.Set("from", sv.From)
	}
	if sv.To != "" {
		v.Set("to", sv.To)
	}
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	return "/search?" + v.Encode()
}

func searchPagination(sv *view.Search, res *search.Results) view.Pagination {
	pages := min(search.MaxPage, max(1, (res.Total+res.PerPage-1)/res.PerPage))
	p := view.Pagination{Page: res.Page, Pages: pages}
	if res.Page > 1 {
		p.PrevURL = searchURL(sv, res.Page-1)
	}
	if res.Page < pages {
		p.NextURL = searchURL(sv, res.Page+1)
	}
	return p
}

func fragments(fs []search.Fragment) []view.Fragment {
	out := make([]view.Fragment, len(fs))
	for i, f := range fs {
		out[i] = view.Fragment(f)
	}
	return out
}

// related returns the related posts of an article for its page and the
// surrogate keys of their pages: a related post's new title or excerpt,
// or its unpublishing, must reach this page too. A failure is logged and
// the page shown without them.
func (s *Site) related(ctx context.Context, rq *request, p *content.Post) ([]view.Summary, []string) {
	if s.Search == nil || p.Type != content.TypePost {
		return nil, nil
	}
	posts, err := s.Search.Related(ctx, p.ID)
	if err != nil {
		s.Log.Error("related posts failed", "post_id", p.ID, "err", err)
		return nil, nil
	}
	out := make([]view.Summary, 0, len(posts))
	keys := make([]string, 0, len(posts))
	for _, rp := range posts {
		excerpt := rp.Excerpt
		if excerpt == "" {
			excerpt = rp.Body
		}
		out = append(out, view.Summary{Title: rp.Title, URL: rq.urls.Post(rp), Excerpt: sanitize.Excerpt(excerpt, relatedWords)})
		keys = append(keys, content.KeyPost(rp.ID))
	}
	return out, keys
}
