package search

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"

	"warta/internal/content"
	"warta/internal/sanitize"
)

// Paging limits of Search.
const (
	DefaultPerPage = 10
	MaxPerPage     = 50
	// MaxPage bounds how deep a reader can page.
	MaxPage = 100
	// MaxTotal is the most matches counted; Results.More tells there are
	// more.
	// A query with a "quoted phrase" counts as many as it ranks (100).
	MaxTotal = 1000
)

// Request is a reader's search.
type Request struct {
	Query      string    // as typed; any text is accepted
	Categories []int64   // only articles in one of these categories (the caller adds subcategories)
	From, To   time.Time // only articles published in [From, To); zero: unbounded
	Page       int       // 1-based; 1 when below 1, MaxPage when above
	PerPage    int       // DefaultPerPage when below 1, at most MaxPerPage
}

// Results is one page of a search.
type Results struct {
	// Query is the input as it was read: cleaned and cut to length.
	Query string
	// Searched is false when the query had nothing to search for (empty,
	// only punctuation or only very common words).
	Searched      bool
	Total         int  // articles matching, at most MaxTotal (100 with a phrase)
	More          bool // more than Total articles match
	Page, PerPage int
	Hits          []Hit
	// Suggestion is set when nothing matched and something else would.
	Suggestion *Suggestion
}

// Hit is one article found.
type Hit struct {
	// Post is the published article with its author's name and its
	// categories; its tags are not loaded.
	Post *content.Post
	// Title is the post's title and Snippet the passage of its text that
	// best matches the query, matching words marked.
	Title, Snippet []Fragment
}

// Search runs a reader's query. Whatever the query holds, it returns
// results or none, never an error caused by the query's text; errors are
// the database's.
func (x *Index) Search(ctx context.Context, r Request) (*Results, error) {
	r.Page = min(max(r.Page, 1), MaxPage)
	if r.PerPage < 1 {
		r.PerPage = DefaultPerPage
	}
	r.PerPage = min(r.PerPage, MaxPerPage)
	q := parseQuery(r.Query)
	res := &Results{Query: q.text, Page: r.Page, PerPage: r.PerPage, Searched: !q.empty()}
	if q.empty() {
		return res, nil
	}
	f, err := x.filterOf(ctx, r)
	if err != nil {
		return nil, err
	}
	if f.none { // nothing was published in the date range
		n, err := x.count(ctx, &q, filter{}, 1)
		if n > 0 {
			res.Suggestion = &Suggestion{Query: q.text, Kind: SuggestNoFilter}
		}
		return res, err
	}
	df, n, err := queryDF(ctx, x.db, &q)
	if err != nil {
		return nil, err
	}
	offset := (r.Page - 1) * r.PerPage
	maxTotal := MaxTotal
	if hasPhrase(&q) {
		// Each match of a phrase is checked on its article's positions,
		// read out of line on PostgreSQL: counting stops with the
		// matches the ranking reads anyway.
		maxTotal = x.window
	}
	limit := maxTotal + 1
	if len(f.termIDs) == 0 && atLeast(&q, df, n, f.articles(n)) > maxTotal {
		// Counted already: read only the matches the page needs.
		limit = min(limit, max(x.window, offset+r.PerPage))
	}
	q.plan(df, n, limit)
	newest, err := x.eng.newest(ctx, x.db, &q, f.filter, limit)
	if err != nil {
		return nil, err
	}
	res.Total, res.More = min(len(newest), maxTotal), len(newest) > maxTotal
	if limit <= maxTotal {
		res.Total, res.More = maxTotal, true
	}
	if res.Total == 0 {
		res.Suggestion, err = x.suggest(ctx, &q, f.filter)
		return res, err
	}
	if offset >= res.Total {
		return res, nil
	}
	hits, err := x.page(ctx, &q, df, n, newest, min(r.PerPage, res.Total-offset), offset)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	posts, err := x.postsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	m := newMatcher(&q)
	for _, h := range hits {
		p := posts[h.id]
		if p == nil {
			continue // unpublished since it was indexed
		}
		res.Hits = append(res.Hits, Hit{Post: p, Title: highlight(p.Title, m), Snippet: snippet(passageText(p), m)})
	}
	return res, nil
}

// Density estimates: a query is dense when more than denseShare of the
// articles may match it and MaxTotal+1 matches are wanted, less when
// fewer are (see matchShare and isDense). A phrase is guessed to match
// one in phraseShare of the articles holding its rarest word.
const (
	denseShare  = 0.2
	phraseShare = 10
)

// matchShare estimates from the term counts df of n articles (see
// queryDF) the share of the articles that match q: at most (upper), and
// expected were its clauses independent. Each clause matches at most as
// many articles as its rarest stem (under the likelier language) or, a
// prefix, as hold the words it begins; the query at most as many as its
// rarest clause.
func matchShare(q *query, df map[string]int, n int) (upper, expected float64) {
	if n == 0 {
		return 0, 0
	}
	upper, expected = 1, 1
	for _, c := range q.clauses {
		estimate := 0
		switch c.kind {
		case prefixClause:
			for _, p := range c.prefixes {
				estimate += df[p+"*"]
			}
		case phraseClause:
			estimate = max(rarest(df, c.id), rarest(df, c.en)) / phraseShare
		case wordClause:
			estimate = max(rarest(df, c.id), rarest(df, c.en))
		}
		share := min(1, float64(estimate)/float64(n))
		upper, expected = min(upper, share), expected*share
	}
	return upper, expected
}

// plan sets q's share, expected share and density from the term counts
// df of n articles (see queryDF), for a search wanting limit matches.
// Before that, a phrase's stems under one language are dropped when no
// article holds one of them and the other language's are all held: they
// cannot match, and the phrase's check would test them on every
// candidate. Then each phrase gets its narrow stems (see clause.narrow).
func (q *query) plan(df map[string]int, n, limit int) {
	held := func(stems []string) bool {
		for _, s := range stems {
			if df[s] == 0 {
				return false
			}
		}
		return len(stems) > 0
	}
	for i := range q.clauses {
		c := &q.clauses[i]
		switch {
		case c.kind != phraseClause:
		case held(c.id) && !held(c.en):
			c.en = nil
		case held(c.en) && !held(c.id):
			c.id = nil
		}
		if c.kind == phraseClause {
			c.narrow = [2][]string{narrowStems(df, n, c.id), narrowStems(df, n, c.en)}
		}
	}
	q.share, q.expected = matchShare(q, df, n)
	q.dense = isDense(q.share, limit)
}

// looseShare is the share of the articles above which a phrase's stem
// is left out of its narrow stems: reading the stem's list in the index
// then costs more than the candidates it would rule out cost to check.
const looseShare = 0.5

// narrowStems returns stems but those held by more than looseShare of the
// n articles, keeping the rarest.
func narrowStems(df map[string]int, n int, stems []string) []string {
	var out []string
	r := rarest(df, stems)
	for _, s := range stems {
		if float64(df[s]) <= looseShare*float64(n) || df[s] == r && len(out) == 0 {
			out = append(out, s)
		}
	}
	return out
}

// isDense tells from a query's matchShare whether so many articles match
// it that the newest limit are found sooner by testing the articles
// newest first than by listing every match and sorting: the first tests
// about limit/share articles, the second handles all share·n matches, so
// the threshold share grows with the square root of limit.
func isDense(share float64, limit int) bool {
	return share > denseShare*math.Sqrt(float64(limit)/float64(MaxTotal+1))
}

// atLeast is how many of m articles surely match q, going by the term
// counts df of all n articles: every article holding each word's stem
// (under either language) matches, and at most n minus its count lack
// it. Phrases and prefixes give no such bound.
func atLeast(q *query, df map[string]int, n, m int) int {
	lacking := 0
	for _, c := range q.clauses {
		if c.kind != wordClause {
			return 0
		}
		lacking += n - max(df[c.id[0]], df[c.en[0]])
	}
	return m - lacking
}

// rarest is the smallest count among stems (0 for none).
func rarest(df map[string]int, stems []string) int {
	if len(stems) == 0 {
		return 0
	}
	m := df[stems[0]]
	for _, s := range stems[1:] {
		m = min(m, df[s])
	}
	return m
}

// requestFilter is a request's filter, and whether it excludes every
// article.
type requestFilter struct {
	filter
	none bool
	// inRange is the number of indexed articles published in the date
	// range, when there is one.
	inRange int
}

// articles returns how many of the n indexed articles pass the date
// range; the categories are not counted.
func (f requestFilter) articles(n int) int {
	if f.from == 0 && f.to == 0 {
		return n
	}
	return f.inRange
}

// filterOf turns a request's filters into a filter. A date range also
// bounds the article ids, to the first and last article published in it:
// the engines narrow by id cheaply, by date only article by article. Its
// articles are counted too.
func (x *Index) filterOf(ctx context.Context, r Request) (requestFilter, error) {
	f := requestFilter{filter: filter{termIDs: r.Categories}}
	if r.From.IsZero() && r.To.IsZero() {
		return f, nil
	}
	from, to := int64(math.MinInt64), int64(math.MaxInt64)
	if !r.From.IsZero() {
		from, f.from = r.From.Unix(), r.From.Unix()
	}
	if !r.To.IsZero() {
		to, f.to = r.To.Unix(), r.To.Unix()
	}
	var lo, hi sql.NullInt64
	// The subquery reads the date index over the range; alone, MIN and
	// MAX would walk the primary key testing dates.
	err := x.db.QueryRow(ctx, `SELECT MIN(post_id), MAX(post_id), COUNT(*) FROM
		(SELECT post_id FROM search_docs WHERE published_at >= ? AND published_at < ? LIMIT 1000000000) r`, from, to).Scan(&lo, &hi, &f.inRange)
	if err != nil {
		return f, fmt.Errorf("search: date range: %w", err)
	}
	if !lo.Valid {
		f.none = true
		return f, nil
	}
	f.minID, f.maxID = lo.Int64, hi.Int64+1
	return f, nil
}

// page returns limit matches from offset: the window of newest
// matches ranked best first, then the older matches newest first. newest
// holds the ids of the matches counted, newest first (one more than
// MaxTotal when there are more); df and n are the term counts of q's
// stems and the number of indexed articles.
func (x *Index) page(ctx context.Context, q *query, df map[string]int, n int, newest []int64, limit, offset int) ([]hit, error) {
	w := x.window
	if len(newest) <= w {
		return x.rank(ctx, q, df, n, newest, limit, offset)
	}
	var hits []hit
	if offset < w {
		var err error
		if hits, err = x.rank(ctx, q, df, n, newest[:w], min(limit, w-offset), offset); err != nil {
			return nil, err
		}
		limit -= len(hits)
		offset = w
	}
	for _, id := range newest[offset:min(len(newest), offset+max(limit, 0))] {
		hits = append(hits, hit{id: id})
	}
	return hits, nil
}

// passageText is the text a snippet is cut from: the lead, then the body,
// on one line.
func passageText(p *content.Post) string {
	body := sanitize.Line(p.Body)
	if p.Lead == "" {
		return body
	}
	return p.Lead + " " + body
}
