package search

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"warta/internal/store"
)

// postgresEngine is the index on PostgreSQL: a tsvector per article of
// the stems textproc produced, with their positions, and a GIN index.
// The vectors are written, not computed by the server: textproc is the
// analysis on both databases, so a search finds the same articles on
// both, and PostgreSQL's own parser and stemmers would cost it about
// 300 microseconds per article, most of a rebuild.
type postgresEngine struct{}

// postgresBatch is how many docs one INSERT carries.
const postgresBatch = 250

// lock takes a transaction-scoped advisory lock on the article, so that
// two servers saving it at once update the term counts one after the
// other.
func (postgresEngine) lock(ctx context.Context, tx *store.Tx, id int64) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7274, (? % 2147483647)::int)`, id); err != nil {
		return fmt.Errorf("search: lock doc %d: %w", id, err)
	}
	return nil
}

// put writes docs in statements of postgresBatch rows.
func (postgresEngine) put(ctx context.Context, tx *store.Tx, docs []*doc) error {
	for len(docs) > 0 {
		n := min(len(docs), postgresBatch)
		rows := make([]string, n)
		args := make([]any, 0, 7*n)
		for i, d := range docs[:n] {
			rows[i] = `(?, ?, ?, ?, ?, CAST(? AS tsvector), ?)`
			args = append(append(args, docRow(d)...), tsVector(d), pairFilter(d))
		}
		_, err := tx.Exec(ctx, `INSERT INTO search_docs (post_id, lang, published_at, nterms, tf, tsv, pairs) VALUES `+
			strings.Join(rows, ", ")+` ON CONFLICT (post_id) DO UPDATE SET lang = excluded.lang,
			published_at = excluded.published_at, nterms = excluded.nterms, tf = excluded.tf, tsv = excluded.tsv,
			pairs = excluded.pairs`, args...)
		if err != nil {
			return fmt.Errorf("search: index docs: %w", err)
		}
		docs = docs[n:]
	}
	return nil
}

// tsVector writes d as a tsvector in its text form (see vectorWriter).
func tsVector(d *doc) string {
	var w vectorWriter
	w.group(d)
	return string(w.appendText(nil))
}

// vectorWriter writes docs as tsvectors: each stem of the title, lead and
// body with its positions among the stems (stopwords left out, as
// SQLite's index has them, so phrases match alike), a gap between the
// fields so that no phrase spans two, and a lexeme per category. Each
// lexeme is written once, in PostgreSQL's order, with its positions in
// order and no more of them than the server keeps: the server then
// neither sorts nor merges, which was most of its work in a rebuild.
//
// group reads a doc; appendText and appendBinary write it. The zero
// value is ready; reusing one saves allocations.
type vectorWriter struct {
	// lexemes are the doc's terms, by their index in the doc, then its
	// categories' lexemes.
	lexemes []string
	// Each lexeme's occurrences form a list, in the order of their
	// positions: first[t] and last[t] are its ends (-1: none), next[o] the
	// occurrence after o.
	first, last []int32
	pos, next   []int32
	order       []int32 // lexeme indexes in lexeme order
}

// group reads d's lexemes and positions.
func (w *vectorWriter) group(d *doc) {
	w.lexemes, w.first, w.last, w.pos, w.next = w.lexemes[:0], w.first[:0], w.last[:0], w.pos[:0], w.next[:0]
	for _, t := range d.terms {
		w.lexemes, w.first, w.last = append(w.lexemes, t.text), append(w.first, -1), append(w.last, -1)
	}
	pos := 0
	for _, field := range d.fields {
		for _, i := range field {
			pos++
			p := int32(min(pos, maxTSPosition))
			if l := w.last[i]; l >= 0 && w.pos[l] == p {
				continue // past maxTSPosition
			}
			o := int32(len(w.pos))
			w.pos, w.next = append(w.pos, p), append(w.next, -1)
			if w.last[i] < 0 {
				w.first[i] = o
			} else {
				w.next[w.last[i]] = o
			}
			w.last[i] = o
		}
		pos++
	}
	// A stem holds no ':', so a category's lexeme is no term's.
	for _, id := range d.categories {
		if l := categoryLexeme(id); !slices.Contains(w.lexemes[len(d.terms):], l) {
			w.lexemes, w.first, w.last = append(w.lexemes, l), append(w.first, -1), append(w.last, -1)
		}
	}
	w.order = w.order[:0]
	for i := range w.lexemes {
		w.order = append(w.order, int32(i))
	}
	slices.SortFunc(w.order, func(a, b int32) int { return strings.Compare(w.lexemes[a], w.lexemes[b]) })
}

// positions calls fn with the positions of term i that a tsvector keeps.
func (w *vectorWriter) positions(i int32, fn func(p int32)) {
	n := 0
	for o := w.first[i]; o >= 0 && n < maxTSPositions; o = w.next[o] {
		fn(w.pos[o])
		n++
	}
}

// appendText appends the grouped doc in tsvector's text form.
func (w *vectorWriter) appendText(b []byte) []byte {
	for k, i := range w.order {
		if k > 0 {
			b = append(b, ' ')
		}
		b = appendLexeme(b, w.lexemes[i])
		sep := byte(':')
		w.positions(i, func(p int32) {
			b = strconv.AppendInt(append(b, sep), int64(p), 10)
			sep = ','
		})
	}
	return b
}

// appendBinary appends the grouped doc in tsvector's binary form: the
// lexeme count, then each lexeme NUL-terminated, its position count and
// its positions (weight bits zero), as the server's tsvector_recv reads
// them.
func (w *vectorWriter) appendBinary(b []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(w.order)))
	for _, i := range w.order {
		b = append(append(b, w.lexemes[i]...), 0)
		at := len(b)
		b = append(b, 0, 0)
		n := 0
		w.positions(i, func(p int32) {
			b = binary.BigEndian.AppendUint16(b, uint16(p))
			n++
		})
		binary.BigEndian.PutUint16(b[at:], uint16(n))
	}
	return b
}

// appendLexeme appends s quoted as a lexeme of a tsvector or tsquery.
func appendLexeme(b []byte, s string) []byte {
	b = append(b, '\'')
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'', '\\':
			b = append(b, s[i])
		}
		b = append(b, s[i])
	}
	return append(b, '\'')
}

// A tsvector records positions up to maxTSPosition, and at most
// maxTSPositions of one lexeme.
const (
	maxTSPosition  = 16383
	maxTSPositions = 256
)

func (postgresEngine) drop(ctx context.Context, tx *store.Tx, ids []int64) error {
	return execIDs(ctx, tx, `DELETE FROM search_docs WHERE post_id IN (%s)`, ids)
}

// pgSelect returns a statement selecting cols from the articles matching
// q and f (search_docs d), then tail, and its arguments.
// The GIN index answers for the words, prefixes and categories; phrases
// are checked by pgPhraseCheck.
func pgSelect(q *query, f filter, cols, tail string, tailArgs ...any) (string, []any) {
	tsq := pgQuery(q, false)
	if len(f.termIDs) > 0 {
		cats := make([]string, len(f.termIDs))
		for i, id := range f.termIDs {
			cats[i] = tsLexeme(categoryLexeme(id))
		}
		tsq += " & (" + strings.Join(cats, " | ") + ")"
	}
	phrases, pargs := pgPhraseCheck(q)
	cond, fargs := f.where("d.post_id")
	sql := `SELECT ` + cols + ` FROM search_docs d WHERE d.tsv @@ CAST(? AS tsquery)` + phrases + cond + ` ` + tail
	args := append(append([]any{tsq}, pargs...), fargs...)
	return sql, append(args, tailArgs...)
}

// categoryLexeme names category id in the tsvectors. The colon keeps it
// out of reach of query text, which the parser splits at colons.
func categoryLexeme(id int64) string { return "cat:" + strconv.FormatInt(id, 10) }

// newest walks the primary key backwards, testing each article, when
// the query is dense: most articles match, so the walk ends soon, and it
// reads the newest articles, whose vectors the last searches read too.
// Else it reads the matches newest first, in ranges of article ids: a
// range sized to hold the matches still wanted, going by the query's
// expected share, then, when it held fewer, a larger one as the share
// found there tells. Each range is a bitmap scan of the GIN index and
// the primary key together, which reads the heap rows of the range's
// matches only and no vector but for a phrase's candidates (see
// pairFilter). Left to itself, the planner would walk the primary key
// for a range too, testing the vector of every article, so plain index
// scans are turned off for these statements.
func (postgresEngine) newest(ctx context.Context, db *store.DB, q *query, f filter, limit int) ([]int64, error) {
	if q.dense && len(f.termIDs) == 0 {
		stmt, args := pgSelect(q, f, "d.post_id", "ORDER BY d.post_id DESC LIMIT ?", limit)
		return queryIDs(ctx, db, stmt, args...)
	}
	var ids []int64
	err := db.InTx(ctx, func(tx *store.Tx) error {
		var top sql.NullInt64
		err := tx.QueryRow(ctx, `SELECT MAX(post_id), set_config('enable_indexscan', 'off', true) FROM search_docs`).Scan(&top, new(string))
		if err != nil {
			return fmt.Errorf("search: newest article: %w", err)
		}
		lo, hi := max(f.minID, 1), top.Int64+1
		if f.maxID != 0 {
			hi = min(hi, f.maxID)
		}
		share := q.expected
		for hi > lo && len(ids) < limit {
			need := limit - len(ids)
			from := lo
			if share > 0 {
				from = max(lo, hi-int64(rangeSlack*float64(need)/share)-minRange)
			}
			// Bounds that leave out nothing are left out: the planner
			// would read the whole primary key for them.
			r := f
			r.minID, r.maxID = 0, 0
			if from > lo || f.minID != 0 {
				r.minID = from
			}
			if hi <= top.Int64 {
				r.maxID = hi
			}
			stmt, args := pgSelect(q, r, "d.post_id", "ORDER BY d.post_id + 0 DESC LIMIT ?", need)
			got, err := queryIDs(ctx, tx, stmt, args...)
			if err != nil {
				return err
			}
			ids = append(ids, got...)
			share = max(float64(len(got))/float64(hi-from), share/4)
			hi = from
		}
		return nil
	})
	return ids, err
}

// A range of newest is rangeSlack times as long as its expected matches
// need, and minRange ids longer.
const (
	rangeSlack = 1.5
	minRange   = 100
)

// similar runs the OR query one term at a time (each a GIN lookup), in
// one statement that adds up, per article, the weights of the terms it
// holds and returns the best. ts_rank would read the whole tsvector of
// every article holding any term; one tsquery of all the terms would be
// planned as a parallel scan whose workers take longer to start than the
// lookups take. Ties go to the newer (higher) id.
func (postgresEngine) similar(ctx context.Context, db store.Querier, terms []weighted, exclude int64, limit int) ([]int64, error) {
	values := make([]string, len(terms))
	args := make([]any, 0, 2*len(terms)+2)
	for i, t := range terms {
		values[i] = "(CAST(? AS float8), CAST(? AS tsquery))"
		args = append(args, t.w, tsLexeme(t.term))
	}
	ids, err := queryIDs(ctx, db, `SELECT d.post_id FROM (VALUES `+strings.Join(values, ", ")+`) AS t(w, q)
		CROSS JOIN LATERAL (SELECT post_id FROM search_docs WHERE tsv @@ t.q AND post_id <> ?) d
		GROUP BY d.post_id ORDER BY sum(t.w) DESC, d.post_id DESC LIMIT ?`, append(args, exclude, limit)...)
	if err != nil {
		return nil, fmt.Errorf("search: similar: %w", err)
	}
	return ids, nil
}

// postgresLoader rebuilds the index into a new table, search_docs_new,
// loaded with COPY: its GIN index fills as the loads go, through a large
// pending list, and its other indexes are built at the end. finish swaps
// the tables in a transaction; until then searches read the old table,
// and a rebuild cut short leaves it as it was.
type postgresLoader struct {
	db   *store.DB
	rows sync.Pool // of *store.CopyRows, reused from batch to batch
}

// rebuildTable is the table a rebuild fills.
const rebuildTable = "search_docs_new"

func (postgresEngine) rebuild(ctx context.Context, db *store.DB) (loader, error) {
	l := &postgresLoader{db: db}
	if err := l.abandon(ctx); err != nil { // left by a rebuild that died
		return nil, err
	}
	// Defaults, storage and toast_tuple_target as search_docs has them.
	// The GIN index is made empty, so that the loads fill it as they go
	// (see loadingListLimit).
	for _, sql := range []string{
		`CREATE TABLE ` + rebuildTable + ` (LIKE search_docs INCLUDING DEFAULTS INCLUDING STORAGE) WITH (toast_tuple_target = 128)`,
		`CREATE INDEX search_docs_new_tsv ON ` + rebuildTable + ` USING GIN (tsv) WITH (gin_pending_list_limit = ` + loadingListLimit + `)`,
	} {
		if _, err := db.Exec(ctx, sql); err != nil {
			return nil, fmt.Errorf("search: create rebuild table: %w", err)
		}
	}
	return l, nil
}

// writers is the CPU count: each transaction uses one server process,
// which parses the vectors and files their entries in the GIN index.
func (*postgresLoader) writers() int { return max(2, runtime.NumCPU()) }

// put loads docs with COPY in the binary format: the server parses no
// statement and no text, and the tsvectors arrive sorted.
func (l *postgresLoader) put(ctx context.Context, docs []*doc) error {
	var w vectorWriter
	rows, _ := l.rows.Get().(*store.CopyRows)
	if rows == nil {
		rows = new(store.CopyRows)
	}
	defer func() { rows.Reset(); l.rows.Put(rows) }()
	for _, d := range docs {
		w.group(d)
		rows.Row(len(docColumns))
		rows.Int64(d.id)
		rows.Text(string(d.lang))
		rows.Int64(d.published)
		rows.Int32(int32(len(d.terms)))
		rows.Field(func(b []byte) []byte { return appendTF(b, d.terms) })
		rows.Field(w.appendBinary)
		rows.Bytes(pairFilter(d))
	}
	if _, err := l.db.CopyFrom(ctx, rebuildTable, docColumns, rows); err != nil {
		return fmt.Errorf("search: index docs: %w", err)
	}
	return nil
}

// docColumns are the columns of search_docs on PostgreSQL, in the order
// put writes them.
var docColumns = []string{"post_id", "lang", "published_at", "nterms", "tf", "tsv", "pairs"}

// loadingListLimit is the GIN index's pending list limit, in kB, while a
// rebuild loads: each load appends its vectors' entries to the pending
// list, and the one that takes it past the limit moves them into the
// index. The index is so built in the loading transactions, on every
// CPU and beside the analysis, where building it after the load, which
// PostgreSQL 15 does in one process, took about as long as the load
// itself. A larger list leaves more of the work to the end.
const loadingListLimit = "16384"

// buildMemory is the maintenance_work_mem of the index builds.
const buildMemory = "256MB"

// finish moves the GIN index's pending list into it, gathers the new
// table's statistics, builds its other indexes and swaps it in. A new search_terms table from
// df is made meanwhile on another connection; the swap then replaces
// both tables in one transaction. The indexes and constraints are named
// as the migration names search_docs's, with the table's name changed
// back on the swap.
func (l *postgresLoader) finish(ctx context.Context, _ map[int64]bool, df map[string]int) (int, error) {
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() {
		// The planner needs the lexeme statistics to tell common words
		// from rare ones (the term counts are never filtered on): they
		// are gathered here, so that searches have them from the swap.
		errs[0] = l.build(ctx, `SELECT gin_clean_pending_list('search_docs_new_tsv')`,
			`ANALYZE search_docs_new (post_id, published_at, tsv)`)
	})
	wg.Go(func() {
		errs[1] = l.build(ctx,
			`CREATE UNIQUE INDEX search_docs_new_pkey ON search_docs_new (post_id)`,
			`CREATE INDEX search_docs_new_published ON search_docs_new (published_at, post_id)`)
		if errs[1] == nil {
			errs[1] = l.loadTerms(ctx, df)
		}
	})
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return 0, err
	}
	var removed int
	err := l.db.InTx(ctx, func(tx *store.Tx) error {
		// Posts deleted during the rebuild: lock out more deletions, drop
		// their entries and add the keys.
		for _, sql := range []string{
			`LOCK TABLE posts IN SHARE ROW EXCLUSIVE MODE`,
			`DELETE FROM search_docs_new n WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = n.post_id)`,
			`ALTER INDEX search_docs_new_tsv SET (fastupdate = off)`, // as migrated: saves go straight in
			`ALTER INDEX search_docs_new_tsv RESET (gin_pending_list_limit)`,
			`ALTER TABLE search_docs_new ADD CONSTRAINT search_docs_new_pkey PRIMARY KEY USING INDEX search_docs_new_pkey`,
			`ALTER TABLE search_docs_new ADD CONSTRAINT search_docs_new_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE`,
		} {
			if _, err := tx.Exec(ctx, sql); err != nil {
				return fmt.Errorf("search: prepare rebuild table: %w", err)
			}
		}
		err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM search_docs o
			WHERE NOT EXISTS (SELECT 1 FROM search_docs_new n WHERE n.post_id = o.post_id)`).Scan(&removed)
		if err != nil {
			return fmt.Errorf("search: count stale entries: %w", err)
		}
		// Searches wait from here to the commit.
		for _, sql := range []string{
			`DROP TABLE search_docs, search_terms`,
			`ALTER TABLE search_docs_new RENAME TO search_docs`,
			`ALTER INDEX search_docs_new_pkey RENAME TO search_docs_pkey`,
			`ALTER INDEX search_docs_new_published RENAME TO search_docs_published`,
			`ALTER INDEX search_docs_new_tsv RENAME TO search_docs_tsv`,
			`ALTER TABLE search_docs RENAME CONSTRAINT search_docs_new_post_id_fkey TO search_docs_post_id_fkey`,
			`ALTER TABLE search_terms_new RENAME TO search_terms`,
			`ALTER INDEX search_terms_new_pkey RENAME TO search_terms_pkey`,
			`ALTER INDEX search_terms_new_head RENAME TO search_terms_head`,
			`DELETE FROM related_posts WHERE post_id NOT IN (SELECT post_id FROM search_docs)`,
		} {
			if _, err := tx.Exec(ctx, sql); err != nil {
				return fmt.Errorf("search: swap in rebuilt index: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	// A date range reads only the index once the pages are marked
	// all-visible.
	if _, err := l.db.Exec(ctx, `VACUUM search_docs`); err != nil {
		return removed, fmt.Errorf("search: vacuum: %w", err)
	}
	return removed, nil
}

// build runs index builds in a transaction with buildMemory.
func (l *postgresLoader) build(ctx context.Context, sqls ...string) error {
	return l.db.InTx(ctx, func(tx *store.Tx) error {
		for _, sql := range append([]string{`SET LOCAL maintenance_work_mem = '` + buildMemory + `'`}, sqls...) {
			if _, err := tx.Exec(ctx, sql); err != nil {
				return fmt.Errorf("search: index rebuild table: %w", err)
			}
		}
		return nil
	})
}

// loadTerms writes df into a new table, search_terms_new, shaped and
// indexed as search_terms.
func (l *postgresLoader) loadTerms(ctx context.Context, df map[string]int) error {
	for _, sql := range []string{
		`DROP TABLE IF EXISTS search_terms_new`,
		`CREATE TABLE search_terms_new (LIKE search_terms INCLUDING DEFAULTS INCLUDING STORAGE)`,
	} {
		if _, err := l.db.Exec(ctx, sql); err != nil {
			return fmt.Errorf("search: create term table: %w", err)
		}
	}
	var rows store.CopyRows
	for t, n := range df {
		head, length := termShape(t)
		rows.Row(4)
		rows.Text(t)
		rows.Int64(int64(n))
		rows.Text(head)
		rows.Int32(int32(length))
	}
	if _, err := l.db.CopyFrom(ctx, "search_terms_new", []string{"term", "df", "head", "len"}, &rows); err != nil {
		return fmt.Errorf("search: write term counts: %w", err)
	}
	for _, sql := range []string{
		`ALTER TABLE search_terms_new ADD CONSTRAINT search_terms_new_pkey PRIMARY KEY (term)`,
		`CREATE INDEX search_terms_new_head ON search_terms_new (head, len)`,
		`ANALYZE search_terms_new`,
	} {
		if _, err := l.db.Exec(ctx, sql); err != nil {
			return fmt.Errorf("search: index term table: %w", err)
		}
	}
	return nil
}

// abandon drops the rebuild tables.
func (l *postgresLoader) abandon(ctx context.Context) error {
	if _, err := l.db.Exec(ctx, `DROP TABLE IF EXISTS `+rebuildTable+`, search_terms_new`); err != nil {
		return fmt.Errorf("search: drop rebuild table: %w", err)
	}
	return nil
}

// pgQuery writes q as a tsquery: every clause required, a word or phrase
// as its stems under either language, a prefix as its beginnings. A
// phrase's stems follow each other when phrases is set, else they are
// only all required, its narrow stems once planned (see clause.narrow):
// the GIN index answers such a query without reading any vector. Every
// lexeme is quoted here, so nothing the reader typed acts as syntax.
func pgQuery(q *query, phrases bool) string {
	follow := " & "
	if phrases {
		follow = " <-> "
	}
	parts := make([]string, 0, len(q.clauses))
	for _, c := range q.clauses {
		var alts []string
		switch c.kind {
		case prefixClause:
			for _, p := range c.prefixes {
				alts = append(alts, tsLexeme(p)+":*")
			}
		default:
			langs := [][]string{c.id, c.en}
			if !phrases && (c.narrow[0] != nil || c.narrow[1] != nil) {
				langs = c.narrow[:] // the phrase check tests the rest
			}
			for _, stems := range langs {
				if len(stems) == 0 {
					continue
				}
				lex := make([]string, len(stems))
				for i, t := range stems {
					lex[i] = tsLexeme(t)
				}
				alt := strings.Join(lex, follow)
				if len(lex) > 1 {
					alt = "(" + alt + ")"
				}
				if !slices.Contains(alts, alt) {
					alts = append(alts, alt)
				}
			}
		}
		parts = append(parts, "("+strings.Join(alts, " | ")+")")
	}
	return strings.Join(parts, " & ")
}

// tsLexeme quotes s as a tsquery lexeme.
func tsLexeme(s string) string { return string(appendLexeme(nil, s)) }
