package search

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"warta/internal/textproc"
)

// Kinds of Suggestion.
const (
	// SuggestSpelling: words no article holds were replaced by similar
	// words of the index (and words with no similar one left out).
	SuggestSpelling = "spelling"
	// SuggestFewer: words were left out.
	SuggestFewer = "fewer"
	// SuggestNoFilter: the same query finds articles without the category
	// and date filters.
	SuggestNoFilter = "nofilter"
)

// Suggestion is another query that finds articles where the reader's
// found none.
type Suggestion struct {
	Query string // the query to offer
	Kind  string // why: SuggestSpelling, SuggestFewer or SuggestNoFilter
}

// Limits on the work a suggestion may cost.
const (
	maxDropTries   = 4    // queries tried with one clause left out
	nearCandidates = 2000 // index terms compared with a misspelt word
)

// suggest looks for a query that finds something: misspelt words
// corrected, then fewer words, then no filters.
func (x *Index) suggest(ctx context.Context, q *query, f filter) (*Suggestion, error) {
	if s, err := x.suggestSpelling(ctx, q, f); s != nil || err != nil {
		return s, err
	}
	if len(q.clauses) > 1 {
		best, bestN := "", 0
		for i := range q.clauses[:min(len(q.clauses), maxDropTries)] {
			alt := parseQuery(queryText(q, i, nil))
			n, err := x.count(ctx, &alt, f, MaxTotal)
			if err != nil {
				return nil, err
			}
			if n > bestN {
				best, bestN = alt.text, n
			}
		}
		if bestN > 0 {
			return &Suggestion{Query: best, Kind: SuggestFewer}, nil
		}
	}
	if f.from != 0 || f.to != 0 || len(f.termIDs) > 0 {
		n, err := x.count(ctx, q, filter{}, 1)
		if err != nil || n == 0 {
			return nil, err
		}
		return &Suggestion{Query: q.text, Kind: SuggestNoFilter}, nil
	}
	return nil, nil
}

// count returns how many articles match q and f, up to limit.
func (x *Index) count(ctx context.Context, q *query, f filter, limit int) (int, error) {
	ids, err := x.newest(ctx, q, f, limit)
	return len(ids), err
}

// newest returns the ids of the limit newest articles matching q and f,
// the engine told how many articles may match.
func (x *Index) newest(ctx context.Context, q *query, f filter, limit int) ([]int64, error) {
	if q.empty() {
		return nil, nil
	}
	df, n, err := queryDF(ctx, x.db, q)
	if err != nil {
		return nil, err
	}
	q.plan(df, n, limit)
	return x.eng.newest(ctx, x.db, q, f, limit)
}

// suggestSpelling replaces the words of q that no article holds.
func (x *Index) suggestSpelling(ctx context.Context, q *query, f filter) (*Suggestion, error) {
	var stems []string
	for _, c := range q.clauses {
		if c.kind == wordClause {
			stems = append(stems, c.id[0], c.en[0])
		}
	}
	if len(stems) == 0 {
		return nil, nil
	}
	df, _, err := loadDF(ctx, x.db, stems)
	if err != nil {
		return nil, err
	}
	replace := map[int]string{}
	for i, c := range q.clauses {
		if c.kind != wordClause || df[c.id[0]] > 0 || df[c.en[0]] > 0 {
			continue
		}
		near, err := x.nearTerm(ctx, c.tokens[0], c.id[0])
		if err == nil && near != "" {
			near, err = x.surfaceWord(ctx, near)
		}
		if err != nil {
			return nil, err
		}
		replace[i] = near // "" leaves the word out
	}
	if len(replace) == 0 {
		return nil, nil
	}
	alt := parseQuery(queryText(q, -1, replace))
	if alt.empty() {
		return nil, nil
	}
	n, err := x.count(ctx, &alt, f, 1)
	if err != nil || n == 0 {
		return nil, err
	}
	kind := SuggestFewer
	for _, w := range replace {
		if w != "" {
			kind = SuggestSpelling
		}
	}
	return &Suggestion{Query: alt.text, Kind: kind}, nil
}

// queryText writes q back as a reader would type it, without clause skip
// and with the words of replace put in ("" leaves one out).
func queryText(q *query, skip int, replace map[int]string) string {
	var parts []string
	for i, c := range q.clauses {
		if i == skip {
			continue
		}
		if w, ok := replace[i]; ok {
			if w != "" {
				parts = append(parts, w)
			}
			continue
		}
		switch c.kind {
		case phraseClause:
			parts = append(parts, `"`+strings.Join(c.tokens, " ")+`"`)
		case prefixClause:
			parts = append(parts, c.prefixes[0]+"*")
		default:
			parts = append(parts, c.tokens[0])
		}
	}
	return strings.Join(parts, " ")
}

// nearTerm returns the index term closest in spelling to one of words
// (the word as typed, its stem), the most frequent among equals, or "".
// Only terms that begin with the same letter are considered.
func (x *Index) nearTerm(ctx context.Context, words ...string) (string, error) {
	best, bestDist := "", 3
	for _, w := range words {
		n := utf8.RuneCountInString(w)
		if n < 3 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		limit := 1
		if n > 5 {
			limit = 2
		}
		rows, err := x.db.Query(ctx, `SELECT term FROM search_terms WHERE head = ? AND len BETWEEN ? AND ? AND df >= 1
			ORDER BY df DESC LIMIT ?`, string(r), n-limit, n+limit, nearCandidates)
		if err != nil {
			return "", fmt.Errorf("search: near terms: %w", err)
		}
		for rows.Next() {
			var t string
			if err := rows.Scan(&t); err != nil {
				rows.Close()
				return "", fmt.Errorf("search: scan near term: %w", err)
			}
			if d := editDistance(w, t, limit); d <= limit && d < bestDist && d > 0 {
				best, bestDist = t, d
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return "", fmt.Errorf("search: near terms: %w", err)
		}
	}
	return best, nil
}

// surfaceWord returns a word of the articles whose stem is stem, so that
// a suggestion reads as a word ("sungai", not its stem "sunga"): the stem
// itself when the newest few articles holding it use it as a word, else
// the shortest of their words with that stem, or "".
func (x *Index) surfaceWord(ctx context.Context, stem string) (string, error) {
	q := query{clauses: []clause{{kind: wordClause, tokens: []string{stem}, id: []string{stem}, en: []string{stem}}}}
	ids, err := x.newest(ctx, &q, filter{}, 3)
	if err != nil || len(ids) == 0 {
		return "", err
	}
	posts, err := x.postsByID(ctx, ids)
	if err != nil {
		return "", err
	}
	// Stemming removes affixes and may change a first or last letter
	// (menyapu: sapu, happy: happi): a word without the stem's middle
	// letters does not have it.
	middle := stem
	if n := utf8.RuneCountInString(stem); n > 2 {
		_, first := utf8.DecodeRuneInString(stem)
		_, last := utf8.DecodeLastRuneInString(stem)
		middle = stem[first : len(stem)-last]
	}
	best := ""
	for _, p := range posts {
		for _, tok := range textproc.Tokens(p.Title + "\n" + p.Lead + "\n" + p.Body) {
			if !strings.Contains(tok, middle) ||
				textproc.Stem(textproc.Indonesian, tok) != stem && textproc.Stem(textproc.English, tok) != stem {
				continue
			}
			if tok == stem {
				return tok, nil
			}
			if best == "" || len(tok) < len(best) || (len(tok) == len(best) && tok < best) {
				best = tok
			}
		}
	}
	return best, nil
}

// editDistance is the Levenshtein distance of a and b in runes, or
// limit+1 when it is more than limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
