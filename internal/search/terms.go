package search

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"warta/internal/store"
)

// dfBatch is how many term rows one statement writes.
const dfBatch = 400

// updateDF adds delta to the document frequencies of its terms. Terms are
// written in sorted order, so that two transactions on PostgreSQL lock
// the rows they share in the same order and cannot deadlock.
func updateDF(ctx context.Context, q store.Querier, delta map[string]int) error {
	terms := make([]string, 0, len(delta))
	for t, n := range delta {
		if n != 0 {
			terms = append(terms, t)
		}
	}
	slices.Sort(terms)
	for len(terms) > 0 {
		n := min(len(terms), dfBatch)
		rows := make([]string, n)
		args := make([]any, 0, 4*n)
		for i, t := range terms[:n] {
			rows[i] = "(?, ?, ?, ?)"
			args = append(args, termRow(t, delta[t])...)
		}
		_, err := q.Exec(ctx, `INSERT INTO search_terms (term, df, head, len) VALUES `+strings.Join(rows, ", ")+
			` ON CONFLICT (term) DO UPDATE SET df = search_terms.df + excluded.df`, args...)
		if err != nil {
			return fmt.Errorf("search: update term counts: %w", err)
		}
		terms = terms[n:]
	}
	return nil
}

// replaceDF replaces every document frequency with df, as a rebuild
// counted them.
func replaceDF(ctx context.Context, q store.Querier, df map[string]int) error {
	if _, err := q.Exec(ctx, `DELETE FROM search_terms`); err != nil {
		return fmt.Errorf("search: clear term counts: %w", err)
	}
	return updateDF(ctx, q, df)
}

// termRow is a search_terms row: term, df, head (first letter), length.
func termRow(t string, df int) []any {
	head, n := termShape(t)
	return []any{t, df, head, n}
}

// termShape returns a term's first letter ("" for the empty term) and
// its length in letters, as search_terms keeps them for suggestions.
func termShape(t string) (head string, n int) {
	if r, _ := utf8.DecodeRuneInString(t); t != "" {
		head = string(r)
	}
	return head, utf8.RuneCountInString(t)
}

// loadDF returns the document frequencies of terms and the number of
// indexed articles.
func loadDF(ctx context.Context, q store.Querier, terms []string) (map[string]int, int, error) {
	df := make(map[string]int, len(terms))
	total := 0
	all := append([]string{""}, terms...)
	for len(all) > 0 {
		n := min(len(all), dfBatch)
		args := make([]any, n)
		for i, t := range all[:n] {
			args[i] = t
		}
		rows, err := q.Query(ctx, `SELECT term, df FROM search_terms WHERE term IN (`+placeholders(n)+`)`, args...)
		if err != nil {
			return nil, 0, fmt.Errorf("search: read term counts: %w", err)
		}
		for rows.Next() {
			var t string
			var c int
			if err := rows.Scan(&t, &c); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("search: scan term count: %w", err)
			}
			if t == "" {
				total = c
			} else {
				df[t] = c
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("search: read term counts: %w", err)
		}
		all = all[n:]
	}
	return df, total, nil
}

// queryDF returns the document frequencies q's estimates need and the
// number of indexed articles: those of its stems, and for each prefix p
// under the key p+"*" the sum of those of the terms it begins (terms
// never hold a '*').
func queryDF(ctx context.Context, db store.Querier, q *query) (map[string]int, int, error) {
	df, n, err := loadDF(ctx, db, q.stems())
	if err != nil {
		return nil, 0, err
	}
	for _, c := range q.clauses {
		for _, p := range c.prefixes {
			head, _ := utf8.DecodeRuneInString(p)
			var sum int
			err := db.QueryRow(ctx, `SELECT COALESCE(SUM(df), 0) FROM search_terms WHERE head = ? AND term LIKE ? ESCAPE '!'`,
				string(head), likePrefix(p)).Scan(&sum)
			if err != nil {
				return nil, 0, fmt.Errorf("search: count prefix %q: %w", p, err)
			}
			df[p+"*"] = sum
		}
	}
	return df, n, nil
}

// likePrefix is a LIKE pattern matching the strings that begin with p,
// escaped with '!'.
func likePrefix(p string) string { return likeEscaper.Replace(p) + "%" }

var likeEscaper = strings.NewReplacer("!", "!!", "%", "!%", "_", "!_")
