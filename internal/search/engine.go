package search

import (
	"context"
	"fmt"
	"strings"

	"warta/internal/store"
)

// engine is the full-text index of one database dialect: it stores the
// entries and finds the matches. Everything else in the package, ranking
// included, is written once for both.
type engine interface {
	// lock serialises changes to one article's index entry across
	// processes, inside tx.
	lock(ctx context.Context, tx *store.Tx, id int64) error
	// put stores docs, replacing earlier versions: their search_docs rows
	// and full-text entries.
	put(ctx context.Context, tx *store.Tx, docs []*doc) error
	// drop removes the entries of ids.
	drop(ctx context.Context, tx *store.Tx, ids []int64) error
	// newest returns the ids of the limit newest articles matching q and
	// f, newest first.
	newest(ctx context.Context, db *store.DB, q *query, f filter, limit int) ([]int64, error)
	// similar runs the OR query of terms (textproc stems with their
	// weights) and returns the best limit articles, except exclude.
	similar(ctx context.Context, db store.Querier, terms []weighted, exclude int64, limit int) ([]int64, error)
	// rebuild starts replacing the whole index with the docs put into
	// the loader it returns. Searches keep reading the old entries until
	// finish (SQLite: until each is overwritten).
	rebuild(ctx context.Context, db *store.DB) (loader, error)
}

// loader writes the entries of a rebuild: put, from up to writers()
// goroutines at once, then finish or, when anything failed, abandon.
type loader interface {
	// writers is how many puts may run at once.
	writers() int
	// put stores docs, in a transaction of its own.
	put(ctx context.Context, docs []*doc) error
	// finish makes the docs put the index: it drops the entries and
	// related lists of the articles not in seen, replaces the term counts
	// with df (df[""] the article count) and compacts the index. It
	// returns how many entries it dropped.
	finish(ctx context.Context, seen map[int64]bool, df map[string]int) (int, error)
	// abandon undoes what an unfinished rebuild left behind; the index
	// stays as it was or as far as the rebuild got.
	abandon(ctx context.Context) error
}

// newEngine picks the engine of the database's dialect. It is the only
// place that does.
func newEngine(d store.Dialect) engine {
	if d == store.Postgres {
		return postgresEngine{}
	}
	return sqliteEngine{}
}

// hit is one article found, with a score where higher is better.
type hit struct {
	id    int64
	score float64
}

// filter narrows a search by category, publication time and article id.
// Zero fields don't filter.
type filter struct {
	termIDs      []int64 // any of these categories
	from, to     int64   // published in [from, to), Unix seconds
	minID, maxID int64   // article id in [minID, maxID)
}

// onDocs reports whether the filter needs the search_docs table.
func (f filter) onDocs() bool { return f.from != 0 || f.to != 0 }

// where returns the filter's conditions, each starting with " AND ", and
// their arguments. id names the article id column; the dates are on
// search_docs aliased d. The categories are left to the engine.
func (f filter) where(id string) (string, []any) {
	var b strings.Builder
	var args []any
	if f.minID != 0 {
		b.WriteString(" AND " + id + " >= ?")
		args = append(args, f.minID)
	}
	if f.maxID != 0 {
		b.WriteString(" AND " + id + " < ?")
		args = append(args, f.maxID)
	}
	// "+ 0" keeps the planners from walking the date index and testing
	// every article in the range for the query: the id range above, taken
	// from the dates, narrows the matches, and the dates are checked on
	// them.
	if f.from != 0 {
		b.WriteString(" AND d.published_at + 0 >= ?")
		args = append(args, f.from)
	}
	if f.to != 0 {
		b.WriteString(" AND d.published_at + 0 < ?")
		args = append(args, f.to)
	}
	return b.String(), args
}

// placeholders returns "?, ?, ?" for n arguments.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// docRow is the search_docs part every engine writes.
func docRow(d *doc) []any {
	return []any{d.id, string(d.lang), d.published, len(d.terms), encodeTF(d.terms)}
}

// idChunk bounds the ids of one statement.
const idChunk = 500

// execIDs runs format, whose %s takes the placeholders, for ids in chunks.
func execIDs(ctx context.Context, q store.Querier, format string, ids []int64) error {
	for len(ids) > 0 {
		n := min(len(ids), idChunk)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		if _, err := q.Exec(ctx, fmt.Sprintf(format, placeholders(n)), args...); err != nil {
			return fmt.Errorf("search: %w", err)
		}
		ids = ids[n:]
	}
	return nil
}
