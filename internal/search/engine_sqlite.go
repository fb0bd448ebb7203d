package search

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"warta/internal/store"
)

// sqliteEngine is the index on SQLite: FTS5 over the stems textproc
// produced; related posts are ranked by its bm25.
type sqliteEngine struct{}

// sqliteRank weighs the title five times, the lead twice, the body once, and
// the category tokens not at all.
const sqliteRank = `bm25(search_fts, 5.0, 2.0, 1.0, 0.0)`

// sqliteBatch is how many docs one INSERT carries: a rebuild's whole
// transaction (rebuildBatch), as FTS5 writes its pending terms out as a
// new segment at every statement, and each segment is merged again
// later. Five values a doc keep a statement within SQLite's 32,766.
const sqliteBatch = rebuildBatch

// lock does nothing: SQLite runs one write transaction at a time.
func (sqliteEngine) lock(context.Context, *store.Tx, int64) error { return nil }

func (e sqliteEngine) put(ctx context.Context, tx *store.Tx, docs []*doc) error {
	for len(docs) > 0 {
		n := min(len(docs), sqliteBatch)
		if err := e.putBatch(ctx, tx, docs[:n]); err != nil {
			return err
		}
		docs = docs[n:]
	}
	return nil
}

func (e sqliteEngine) putBatch(ctx context.Context, tx *store.Tx, docs []*doc) error {
	ids := make([]int64, len(docs))
	rows := make([]string, len(docs))
	args := make([]any, 0, 5*len(docs))
	for i, d := range docs {
		ids[i], rows[i] = d.id, "(?, ?, ?, ?, ?)"
		args = append(args, docRow(d)...)
	}
	_, err := tx.Exec(ctx, `INSERT INTO search_docs (post_id, lang, published_at, nterms, tf) VALUES `+
		strings.Join(rows, ", ")+` ON CONFLICT (post_id) DO UPDATE SET lang = excluded.lang,
		published_at = excluded.published_at, nterms = excluded.nterms, tf = excluded.tf`, args...)
	if err != nil {
		return fmt.Errorf("search: store docs: %w", err)
	}
	if err := e.dropFTS(ctx, tx, ids); err != nil {
		return err
	}
	args = args[:0]
	for i, d := range docs {
		cats := make([]string, len(d.categories))
		for j, id := range d.categories {
			cats[j] = categoryToken(id)
		}
		rows[i] = "(?, ?, ?, ?, ?)"
		args = append(args, d.id, d.field(0), d.field(1), d.field(2), strings.Join(cats, " "))
	}
	if _, err := tx.Exec(ctx, `INSERT INTO search_fts (rowid, title, lead, body, cats) VALUES `+strings.Join(rows, ", "), args...); err != nil {
		return fmt.Errorf("search: index docs: %w", err)
	}
	return nil
}

func (e sqliteEngine) drop(ctx context.Context, tx *store.Tx, ids []int64) error {
	if err := e.dropFTS(ctx, tx, ids); err != nil {
		return err
	}
	return execIDs(ctx, tx, `DELETE FROM search_docs WHERE post_id IN (%s)`, ids)
}

func (sqliteEngine) dropFTS(ctx context.Context, tx *store.Tx, ids []int64) error {
	return execIDs(ctx, tx, `DELETE FROM search_fts WHERE rowid IN (%s)`, ids)
}

// sqliteFrom returns the FROM and WHERE clauses of q and f, and their
// arguments. search_docs is joined only when a filter needs it.
func sqliteFrom(q *query, f filter) (string, []any) {
	from := ` FROM search_fts`
	if f.onDocs() {
		from += ` JOIN search_docs d ON d.post_id = search_fts.rowid`
	}
	cond, args := f.where("search_fts.rowid")
	return from + ` WHERE search_fts MATCH ?` + cond, append([]any{ftsQuery(q) + ftsCategories(f.termIDs)}, args...)
}

// ftsCategories restricts an FTS5 query to articles in one of the
// categories ids: the cats column holds a token per category, so FTS5
// intersects the lists itself instead of probing post_terms per match.
func ftsCategories(ids []int64) string {
	if len(ids) == 0 {
		return ""
	}
	alts := make([]string, len(ids))
	for i, id := range ids {
		alts[i] = ftsString(categoryToken(id))
	}
	return " AND cats : (" + strings.Join(alts, " OR ") + ")"
}

// categoryToken names category id in the cats column.
func categoryToken(id int64) string { return "c" + strconv.FormatInt(id, 10) }

func (sqliteEngine) newest(ctx context.Context, db *store.DB, q *query, f filter, limit int) ([]int64, error) {
	from, args := sqliteFrom(q, f)
	return queryIDs(ctx, db, `SELECT search_fts.rowid`+from+` ORDER BY search_fts.rowid DESC LIMIT ?`, append(args, limit)...)
}

// similar ranks with bm25, whose idf weighs the terms as tf-idf did.
func (sqliteEngine) similar(ctx context.Context, db store.Querier, terms []weighted, exclude int64, limit int) ([]int64, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	alts := make([]string, len(terms))
	for i, t := range terms {
		alts[i] = ftsString(t.term)
	}
	return queryIDs(ctx, db, `SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid <> ?
		ORDER BY `+sqliteRank+` LIMIT ?`, textColumns(alts, false)+"("+strings.Join(alts, " OR ")+")", exclude, limit)
}

// sqliteLoader rebuilds the index in place: each batch replaces the
// entries of its articles in a transaction, with FTS5's automatic merging
// off, and finish merges the whole index once.
type sqliteLoader struct{ db *store.DB }

func (sqliteEngine) rebuild(ctx context.Context, db *store.DB) (loader, error) {
	if err := setFTS(ctx, db, true); err != nil {
		return nil, err
	}
	return sqliteLoader{db}, nil
}

// writers is one: SQLite writes one transaction at a time.
func (sqliteLoader) writers() int { return 1 }

func (l sqliteLoader) put(ctx context.Context, docs []*doc) error {
	return l.db.InTx(ctx, func(tx *store.Tx) error { return sqliteEngine{}.put(ctx, tx, docs) })
}

func (l sqliteLoader) finish(ctx context.Context, seen map[int64]bool, df map[string]int) (int, error) {
	ids, err := queryIDs(ctx, l.db, `SELECT post_id FROM search_docs`)
	if err != nil {
		return 0, err
	}
	var stale []int64
	for _, id := range ids {
		if !seen[id] {
			stale = append(stale, id)
		}
	}
	err = l.db.InTx(ctx, func(tx *store.Tx) error {
		if err := (sqliteEngine{}).drop(ctx, tx, stale); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM related_posts WHERE post_id NOT IN (SELECT post_id FROM search_docs)`); err != nil {
			return fmt.Errorf("search: drop stale related lists: %w", err)
		}
		return replaceDF(ctx, tx, df)
	})
	if err != nil {
		return 0, err
	}
	if err := l.abandon(ctx); err != nil {
		return 0, err
	}
	if _, err := l.db.Exec(ctx, `INSERT INTO search_fts (search_fts) VALUES ('optimize')`); err != nil {
		return 0, fmt.Errorf("search: optimize: %w", err)
	}
	return len(stale), nil
}

// abandon restores FTS5's settings for single saves.
func (l sqliteLoader) abandon(ctx context.Context) error { return setFTS(ctx, l.db, false) }

// setFTS turns FTS5's automatic merging off for a rebuild (on), which
// merges everything once at the end, and lets it keep more pending terms
// in memory between flushes; off restores the defaults.
func setFTS(ctx context.Context, db *store.DB, on bool) error {
	automerge, hashsize := 4, 1<<20 // FTS5's defaults
	if on {
		automerge, hashsize = 0, 16<<20
	}
	for _, set := range []struct {
		name  string
		value int
	}{{"automerge", automerge}, {"hashsize", hashsize}} {
		if _, err := db.Exec(ctx, `INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)`, set.name, set.value); err != nil {
			return fmt.Errorf("search: set %s: %w", set.name, err)
		}
	}
	return nil
}

// ftsQuery writes q as an FTS5 expression on the text columns. Every term
// is a quoted string, so nothing the reader typed can act as FTS5 syntax.
func ftsQuery(q *query) string {
	parts := make([]string, 0, len(q.clauses))
	var prefixes []string
	for _, c := range q.clauses {
		switch c.kind {
		case prefixClause:
			alts := make([]string, len(c.prefixes))
			for i, p := range c.prefixes {
				alts[i] = ftsString(p) + "*"
			}
			prefixes = append(prefixes, c.prefixes...)
			parts = append(parts, "("+strings.Join(alts, " OR ")+")")
		case wordClause, phraseClause:
			parts = append(parts, ftsAlternatives(strings.Join(c.id, " "), strings.Join(c.en, " ")))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	cols := textColumns(q.stems(), false)
	if cols == "" {
		cols = textColumns(prefixes, true)
	}
	return cols + "(" + strings.Join(parts, " AND ") + ")"
}

// textColumns returns the column filter "{title lead body} : " when one
// of terms (or of prefixes, with prefix) could match a category token,
// else "". The filter is left out when it cannot change the matches:
// with it, FTS5 reads the positions of every match to learn its columns.
func textColumns(terms []string, prefix bool) string {
	for _, t := range terms {
		// The parts FTS5's unicode61 tokeniser cuts the term into, and
		// more: it keeps combining marks and some symbols in a token.
		parts := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for i, p := range parts {
			if categoryLike(p, prefix && i == len(parts)-1) {
				return "{title lead body} : "
			}
		}
	}
	return ""
}

// categoryLike reports whether token p is a category token ("c7"), or
// with prefix the beginning of one.
func categoryLike(p string, prefix bool) bool {
	rest, ok := strings.CutPrefix(p, "c")
	if !ok || (rest == "" && !prefix) {
		return false
	}
	return strings.Trim(rest, "0123456789") == ""
}

// ftsAlternatives matches either language's stems.
func ftsAlternatives(id, en string) string {
	switch {
	case id == en || en == "":
		return ftsString(id)
	case id == "":
		return ftsString(en)
	}
	return "(" + ftsString(id) + " OR " + ftsString(en) + ")"
}

// ftsString quotes s as an FTS5 string.
func ftsString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
