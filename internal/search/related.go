package search

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"warta/internal/content"
	"warta/internal/store"
)

// Tuning of related posts.
const (
	queryTerms    = 12   // characteristic terms in the OR query, at most…
	dfBudget      = 2000 // …together held by no more articles than this
	simTerms      = 40   // characteristic terms compared in re-ranking
	numCandidates = 40   // articles the query hands to re-ranking
	minShared     = 2    // characteristic terms a related article must hold
	maxDFShare    = 0.2  // terms in more than this share of articles…
	minDFCapDocs  = 200  // …characterise nothing, once there are this many
	// Bonuses added to the text score (at most 1).
	categoryBonus = 0.1   // sharing a category
	tagBonus      = 0.1   // per shared tag
	maxTagBonus   = 0.3   // for all shared tags
	recencyBonus  = 0.05  // for appearing at the same time, halving…
	recencyDays   = 180.0 // …every so many days apart
)

// weighted is a term with its tf-idf weight in one article.
type weighted struct {
	term string
	w    float64
	idf  float64
	df   int
}

// candidate is an article considered for a related list.
type candidate struct {
	id        int64
	published int64
	nterms    int
	tf        map[string]int
	cats      map[int64]bool
	tags      map[int64]bool
	score     float64
}

// refreshList computes and stores the related list of article id. It
// returns the articles most like it, best first (the list and as many
// more: those whose lists it may enter), and whether the list differs
// from the one stored before.
func (x *Index) refreshList(ctx context.Context, id int64) ([]int64, bool, error) {
	like, err := x.computeRelated(ctx, x.db, id)
	if err != nil {
		return nil, false, err
	}
	changed, err := storeRelated(ctx, x.db, id, like[:min(len(like), MaxRelated)])
	return like, changed, err
}

// computeRelated returns the articles most like article id, best first,
// at most twice MaxRelated: its related list is the first MaxRelated.
// None when id is not indexed.
func (x *Index) computeRelated(ctx context.Context, db store.Querier, id int64) ([]int64, error) {
	src, err := loadCandidate(ctx, db, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	top, err := characteristicTerms(ctx, db, src.tf)
	if err != nil || len(top) == 0 {
		return nil, err
	}
	hits, err := x.eng.similar(ctx, db, queryTermsOf(top), id, numCandidates)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	cands, err := loadCandidates(ctx, db, append(hits, id))
	if err != nil {
		return nil, err
	}
	self := cands[id]
	if self == nil {
		return nil, nil
	}
	ranked := make([]*candidate, 0, len(hits))
	for _, h := range hits {
		if c := cands[h]; c != nil {
			ranked = append(ranked, c)
		}
	}
	ranked = rank(self, top, ranked)
	out := make([]int64, 0, 2*MaxRelated)
	for _, c := range ranked[:min(len(ranked), 2*MaxRelated)] {
		out = append(out, c.id)
	}
	return out, nil
}

// characteristicTerms returns the terms of tf with the highest tf-idf,
// leaving out those only this article has (they find nothing), those
// most articles have (they find everything) and bare numbers.
func characteristicTerms(ctx context.Context, db store.Querier, tf map[string]int) ([]weighted, error) {
	terms := make([]string, 0, len(tf))
	for t := range tf {
		if !isNumber(t) {
			terms = append(terms, t)
		}
	}
	df, n, err := loadDF(ctx, db, terms)
	if err != nil {
		return nil, err
	}
	limit := n
	if n >= minDFCapDocs {
		limit = int(maxDFShare * float64(n))
	}
	ws := make([]weighted, 0, len(terms))
	for _, t := range terms {
		d := df[t]
		if d < 2 || d > limit {
			continue
		}
		i := idf(d, n)
		ws = append(ws, weighted{term: t, w: logTF(tf[t]) * i, idf: i, df: d})
	}
	slices.SortFunc(ws, func(a, b weighted) int {
		return cmp.Or(cmp.Compare(b.w, a.w), strings.Compare(a.term, b.term))
	})
	return ws[:min(len(ws), simTerms)], nil
}

// queryTermsOf picks the terms of the OR query from the characteristic
// terms, best first, leaving out those that would make it reach more than
// dfBudget articles (the query's cost grows with them). If every term is
// that common, the rarest one is used.
func queryTermsOf(top []weighted) []weighted {
	var out []weighted
	sum := 0
	rarest := -1
	for i, t := range top {
		if rarest < 0 || t.df < top[rarest].df {
			rarest = i
		}
		if len(out) < queryTerms && sum+t.df <= dfBudget {
			out = append(out, t)
			sum += t.df
		}
	}
	if len(out) == 0 && rarest >= 0 {
		out = append(out, top[rarest])
	}
	return out
}

// isNumber reports whether a term has no letter: years, amounts.
func isNumber(t string) bool { return strings.IndexFunc(t, unicode.IsLetter) < 0 }

// rank orders cands for the article self, leaving out those that share
// fewer than minShared characteristic terms with it. The text score is
// the share of self's characteristic terms (by weight) that a candidate
// holds, so that it means the same whatever the other candidates are;
// shared categories and tags and closeness in time add to it.
func rank(self *candidate, top []weighted, cands []*candidate) []*candidate {
	total := 0.0
	for _, t := range top {
		total += t.w
	}
	kept := cands[:0]
	for _, c := range cands {
		s, n := 0.0, 0
		for _, t := range top {
			if tf := c.tf[t.term]; tf > 0 {
				s += t.w * min(1, logTF(tf)/logTF(max(self.tf[t.term], 1)))
				n++
			}
		}
		if n < minShared {
			continue // one word in common is chance, not kinship
		}
		kept = append(kept, c)
		c.score = s / max(total, 1e-9)
		if shared(self.cats, c.cats) > 0 {
			c.score += categoryBonus
		}
		c.score += min(maxTagBonus, tagBonus*float64(shared(self.tags, c.tags)))
		days := math.Abs(float64(self.published-c.published)) / 86400
		c.score += recencyBonus * math.Exp2(-days/recencyDays)
	}
	slices.SortStableFunc(kept, func(a, b *candidate) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.published, a.published), cmp.Compare(a.id, b.id))
	})
	return kept
}

func shared(a, b map[int64]bool) int {
	n := 0
	for id := range a {
		if b[id] {
			n++
		}
	}
	return n
}

// loadCandidate reads one indexed article.
func loadCandidate(ctx context.Context, db store.Querier, id int64) (*candidate, error) {
	c := &candidate{id: id}
	var tf string
	err := db.QueryRow(ctx, `SELECT published_at, nterms, tf FROM search_docs WHERE post_id = ?`, id).Scan(&c.published, &c.nterms, &tf)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("search: doc %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("search: read doc %d: %w", id, err)
	}
	c.tf = decodeTF(tf)
	return c, nil
}

// loadCandidates reads indexed articles with their categories and tags.
func loadCandidates(ctx context.Context, db store.Querier, ids []int64) (map[int64]*candidate, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	in := placeholders(len(ids))
	rows, err := db.Query(ctx, `SELECT post_id, published_at, nterms, tf FROM search_docs WHERE post_id IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("search: read candidates: %w", err)
	}
	out := make(map[int64]*candidate, len(ids))
	for rows.Next() {
		c := &candidate{cats: map[int64]bool{}, tags: map[int64]bool{}}
		var tf string
		if err := rows.Scan(&c.id, &c.published, &c.nterms, &tf); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: scan candidate: %w", err)
		}
		c.tf = decodeTF(tf)
		out[c.id] = c
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("search: read candidates: %w", err)
	}
	rows, err = db.Query(ctx, `SELECT pt.post_id, pt.term_id, t.taxonomy FROM post_terms pt JOIN terms t ON t.id = pt.term_id
		WHERE pt.post_id IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("search: read candidate terms: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var postID, termID int64
		var taxonomy string
		if err := rows.Scan(&postID, &termID, &taxonomy); err != nil {
			return nil, fmt.Errorf("search: scan candidate term: %w", err)
		}
		if c := out[postID]; c != nil {
			if taxonomy == content.Category {
				c.cats[termID] = true
			} else {
				c.tags[termID] = true
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: read candidate terms: %w", err)
	}
	return out, nil
}

// storeRelated replaces the stored list of article id with list and
// reports whether it changed. An unchanged list costs one read.
func storeRelated(ctx context.Context, db *store.DB, id int64, list []int64) (bool, error) {
	old, err := queryIDs(ctx, db, `SELECT related_id FROM related_posts WHERE post_id = ? ORDER BY position`, id)
	if err != nil || slices.Equal(old, list) {
		return false, err
	}
	err = db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM related_posts WHERE post_id = ?`, id); err != nil {
			return fmt.Errorf("search: clear related list of %d: %w", id, err)
		}
		if len(list) == 0 {
			return nil
		}
		rows := make([]string, len(list))
		args := make([]any, 0, 3*len(list))
		for i, rel := range list {
			rows[i] = "(?, ?, ?)"
			args = append(args, id, i, rel)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO related_posts (post_id, position, related_id) VALUES `+strings.Join(rows, ", "), args...); err != nil {
			return fmt.Errorf("search: store related list of %d: %w", id, err)
		}
		return nil
	})
	return err == nil, err
}
