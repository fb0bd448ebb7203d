package search

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
)

// rankWindow is how many of the newest matches of a search are ranked;
// older matches follow, newest first. Ranking one costs reading its term
// counts, ten to fifteen microseconds on PostgreSQL, which keeps them out
// of line: a window of 100 instead of 200 took 1.5 ms off a typical
// search there (bench/search).
const rankWindow = 100

// BM25 constants of the ranking: how fast repeats of a term stop adding
// (k1) and how much a long article's counts are discounted (b).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// rank orders the articles of ids, which all match q, best first and
// returns limit of them from offset.
//
// The score is BM25 over the term counts of search_docs (title and lead
// words already weighted there) with the idf of search_terms: the same
// on both databases, and its cost grows with the articles ranked, not
// with how many articles match. The database's own ranking functions
// (FTS5's bm25, ts_rank) first count every match of every query term,
// tens of milliseconds for the common words of a large archive.
func (x *Index) rank(ctx context.Context, q *query, df map[string]int, n int, ids []int64, limit, offset int) ([]hit, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := x.db.Query(ctx, `SELECT post_id, nterms, tf FROM search_docs WHERE post_id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("search: rank: %w", err)
	}
	defer rows.Close()
	s := newScorer(q, df, n, len(ids))
	type counted struct {
		id     int64
		nterms int
		tf     []float64
	}
	docs := make([]counted, 0, len(ids))
	total := 0
	for rows.Next() {
		var d counted
		var tf sql.RawBytes
		if err := rows.Scan(&d.id, &d.nterms, &tf); err != nil {
			return nil, fmt.Errorf("search: rank: %w", err)
		}
		d.tf = s.counts(tf)
		total += d.nterms
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: rank: %w", err)
	}
	avg := max(1, float64(total)/float64(max(1, len(docs))))
	hits := make([]hit, len(docs))
	for i, d := range docs {
		hits[i] = hit{id: d.id, score: s.score(d.tf, float64(d.nterms)/avg)}
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.id, a.id)) })
	if offset >= len(hits) {
		return nil, nil
	}
	return hits[offset:min(len(hits), offset+limit)], nil
}

// scorer scores articles for the clauses of a query. Each clause has
// alternatives (its stems under each language); an article counts the
// alternative it holds most.
type scorer struct {
	clauses []scoredClause
}

type scoredClause struct {
	alts [][]string // word: one stem; phrase: its stems (counted by the rarest)
	pre  []string   // prefix clause: the beginnings
	idf  float64
}

// newScorer prepares the clauses of q; df and n are the term counts and
// the number of indexed articles, matches the number of articles ranked.
func newScorer(q *query, df map[string]int, n, matches int) *scorer {
	s := &scorer{}
	for _, c := range q.clauses {
		sc := scoredClause{}
		switch c.kind {
		case prefixClause:
			sc.pre = c.prefixes
			// At least as many articles hold the prefix as are ranked.
			sc.idf = idf(matches, n)
		default:
			for _, stems := range [][]string{c.id, c.en} {
				if len(stems) == 0 {
					continue
				}
				sc.alts = append(sc.alts, stems)
				w := 0.0
				for _, t := range stems {
					w += idf(df[t], n)
				}
				sc.idf = max(sc.idf, w)
			}
		}
		s.clauses = append(s.clauses, sc)
	}
	return s
}

// counts returns the count of each clause in an article's encoded term
// counts (see encodeTF).
func (s *scorer) counts(tf []byte) []float64 {
	out := make([]float64, len(s.clauses))
	for i, c := range s.clauses {
		if c.pre != nil {
			out[i] = float64(prefixCount(tf, c.pre))
			continue
		}
		for _, alt := range c.alts {
			m := -1
			for _, t := range alt {
				if k := termCount(tf, t); m < 0 || k < m {
					m = k
				}
			}
			out[i] = max(out[i], float64(m))
		}
	}
	return out
}

// score is BM25 of an article with clause counts tf and length norm, its
// distinct terms over the average of the articles ranked.
func (s *scorer) score(tf []float64, norm float64) float64 {
	score := 0.0
	for i, c := range s.clauses {
		score += c.idf * tf[i] * (bm25K1 + 1) / (tf[i] + bm25K1*(1-bm25B+bm25B*norm))
	}
	return score
}

// termCount finds term in encoded term counts and returns its count (0
// when absent).
func termCount(tf []byte, term string) int {
	for i := 0; i < len(tf); {
		j := bytes.Index(tf[i:], []byte(term))
		if j < 0 {
			return 0
		}
		j += i
		end := j + len(term)
		if (j == 0 || tf[j-1] == ' ') && end < len(tf) && tf[end] == ':' {
			return parseCount(tf[end+1:])
		}
		i = j + 1
	}
	return 0
}

// prefixCount adds the counts of the terms starting with any of prefixes.
func prefixCount(tf []byte, prefixes []string) int {
	total := 0
	for len(tf) > 0 {
		pair := tf
		if k := bytes.IndexByte(tf, ' '); k >= 0 {
			pair, tf = tf[:k], tf[k+1:]
		} else {
			tf = nil
		}
		colon := bytes.LastIndexByte(pair, ':')
		if colon <= 0 {
			continue
		}
		for _, p := range prefixes {
			if bytes.HasPrefix(pair[:colon], []byte(p)) {
				total += parseCount(pair[colon+1:])
				break
			}
		}
	}
	return total
}

// parseCount reads the decimal count at the start of b.
func parseCount(b []byte) int {
	end := 0
	for end < len(b) && b[end] >= '0' && b[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(string(b[:end]))
	return n
}
