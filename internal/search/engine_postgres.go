package search

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"warta/internal/store"
	"warta/internal/textproc"
)

// postgresEngine is the index on PostgreSQL: a tsvector per article built
// by the built-in configuration of its language, a GIN index, ts_rank.
type postgresEngine struct{}

// postgresBatch is how many docs one INSERT carries.
const postgresBatch = 100

// pgConfig names the text search configuration of a language.
func pgConfig(l textproc.Lang) string {
	if l == textproc.English {
		return "english"
	}
	return "indonesian"
}

// lock takes a transaction-scoped advisory lock on the article, so that
// two servers saving it at once update the term counts one after the
// other.
func (postgresEngine) lock(ctx context.Context, tx *store.Tx, id int64) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(7274, (? % 2147483647)::int)`, id); err != nil {
		return fmt.Errorf("search: lock doc %d: %w", id, err)
	}
	return nil
}

func (e postgresEngine) put(ctx context.Context, tx *store.Tx, docs []*doc) error {
	for len(docs) > 0 {
		n := min(len(docs), postgresBatch)
		if err := e.putBatch(ctx, tx, docs[:n]); err != nil {
			return err
		}
		docs = docs[n:]
	}
	return nil
}

func (postgresEngine) putBatch(ctx context.Context, tx *store.Tx, docs []*doc) error {
	rows := make([]string, len(docs))
	args := make([]any, 0, 12*len(docs))
	for i, d := range docs {
		rows[i] = `(?, ?, ?, ?, ?, setweight(to_tsvector(?::regconfig, ?), 'A') ||
			setweight(to_tsvector(?::regconfig, ?), 'B') || to_tsvector(?::regconfig, ?) || CAST(? AS tsvector))`
		cfg := pgConfig(d.lang)
		cats := make([]string, len(d.categories))
		for j, id := range d.categories {
			cats[j] = tsLexeme(categoryLexeme(id))
		}
		args = append(append(args, docRow(d)...), cfg, d.title, cfg, d.lead, cfg, d.body, strings.Join(cats, " "))
	}
	_, err := tx.Exec(ctx, `INSERT INTO search_docs (post_id, lang, published_at, nterms, tf, tsv) VALUES `+
		strings.Join(rows, ", ")+` ON CONFLICT (post_id) DO UPDATE SET lang = excluded.lang,
		published_at = excluded.published_at, nterms = excluded.nterms, tf = excluded.tf, tsv = excluded.tsv`, args...)
	if err != nil {
		return fmt.Errorf("search: index docs: %w", err)
	}
	return nil
}

func (postgresEngine) drop(ctx context.Context, tx *store.Tx, ids []int64) error {
	return execIDs(ctx, tx, `DELETE FROM search_docs WHERE post_id IN (%s)`, ids)
}

// postgresWindow is how many of the newest matches are ranked: ts_rank
// costs about 25 microseconds per article.
const postgresWindow = 200

func (postgresEngine) window() int { return postgresWindow }

// pgSelect returns a statement selecting cols from the articles matching
// q and f (search_docs d, the tsquery q.q), then tail, and its arguments.
func pgSelect(q *query, f filter, cols, tail string, tailArgs ...any) (string, []any) {
	tsq, args := pgQuery(q)
	if len(f.termIDs) > 0 {
		cats := make([]string, len(f.termIDs))
		for i, id := range f.termIDs {
			cats[i] = tsLexeme(categoryLexeme(id))
		}
		tsq = "(" + tsq + ") && CAST(? AS tsquery)"
		args = append(args, strings.Join(cats, " | "))
	}
	cond, fargs := f.where("d.post_id")
	sql := `WITH q AS (SELECT ` + tsq + ` AS q) SELECT ` + cols + ` FROM search_docs d, q WHERE d.tsv @@ q.q` + cond + ` ` + tail
	return sql, append(append(args, fargs...), tailArgs...)
}

// categoryLexeme names category id in the tsvectors. The colon keeps it
// out of reach of query text, which the parser splits at colons.
func categoryLexeme(id int64) string { return "cat:" + strconv.FormatInt(id, 10) }

// newest walks the primary key backwards, testing each article, when
// the query is dense (most articles match, the walk ends soon); else it
// lets the GIN index find the matches and sorts them ("+ 0" keeps the
// planner from walking the key, testing thousands of articles for one
// match).
func (postgresEngine) newest(ctx context.Context, db store.Querier, q *query, f filter, limit int) ([]int64, error) {
	order := "ORDER BY d.post_id + 0 DESC LIMIT ?"
	if q.dense && len(f.termIDs) == 0 {
		order = "ORDER BY d.post_id DESC LIMIT ?"
	}
	sql, args := pgSelect(q, f, "d.post_id", order, limit)
	return queryIDs(ctx, db, sql, args...)
}

// rank reads the articles of ids by primary key: walking an id range
// would test, and read the tsvector of, every article in it.
func (postgresEngine) rank(ctx context.Context, db store.Querier, q *query, _ filter, ids []int64, limit, offset int) ([]hit, error) {
	tsq, args := pgQuery(q)
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = strconv.FormatInt(id, 10)
	}
	args = append(args, "{"+strings.Join(list, ",")+"}", limit, offset)
	rows, err := db.Query(ctx, `WITH q AS (SELECT `+tsq+` AS q) SELECT d.post_id, ts_rank(d.tsv, q.q) AS score
		FROM search_docs d, q WHERE d.post_id = ANY(CAST(? AS bigint[]))
		ORDER BY score DESC, d.post_id DESC LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("search: rank: %w", err)
	}
	return scanHits(rows, 1)
}

// similar runs the OR query one term at a time (each a GIN lookup),
// learning which terms each article holds, and ranks the articles by the
// weights of the terms they hold. ts_rank would read the whole tsvector of
// every article holding any term; one statement for all terms would be
// planned as a parallel scan whose workers take longer to start than the
// lookups take.
func (postgresEngine) similar(ctx context.Context, db store.Querier, terms []weighted, exclude int64, limit int) ([]int64, error) {
	score := map[int64]float64{}
	for _, t := range terms {
		ids, err := queryIDs(ctx, db, `SELECT post_id FROM search_docs WHERE tsv @@ CAST(? AS tsquery) AND post_id <> ?`,
			tsLexeme(t.term), exclude)
		if err != nil {
			return nil, fmt.Errorf("search: similar: %w", err)
		}
		for _, id := range ids {
			score[id] += t.w
		}
	}
	return best(score, limit), nil
}

// writers is the CPU count: PostgreSQL builds the tsvectors, and each
// transaction uses one server process.
func (postgresEngine) writers() int { return max(2, runtime.NumCPU()) }

// bulk lets the GIN index gather more new entries before merging them
// into its tree (optimize flushes them at the end).
func (postgresEngine) bulk(ctx context.Context, db *store.DB, on bool) error {
	sql := `ALTER INDEX search_docs_tsv RESET (gin_pending_list_limit)`
	if on {
		sql = `ALTER INDEX search_docs_tsv SET (gin_pending_list_limit = 65536)`
	}
	if _, err := db.Exec(ctx, sql); err != nil {
		return fmt.Errorf("search: gin pending list: %w", err)
	}
	return nil
}

func (postgresEngine) optimize(ctx context.Context, db *store.DB) error {
	if _, err := db.Exec(ctx, `VACUUM (ANALYZE) search_docs`); err != nil {
		return fmt.Errorf("search: vacuum: %w", err)
	}
	if _, err := db.Exec(ctx, `ANALYZE search_terms`); err != nil {
		return fmt.Errorf("search: analyze: %w", err)
	}
	return nil
}

// pgQuery writes q as a tsquery expression and its arguments. The
// reader's words reach PostgreSQL only as arguments of plainto_tsquery and
// phraseto_tsquery, which read no syntax, under both configurations (the
// query does not say its language); prefixes are lexemes quoted here.
func pgQuery(q *query) (string, []any) {
	parts := make([]string, 0, len(q.clauses))
	var args []any
	for _, c := range q.clauses {
		text := strings.Join(c.tokens, " ")
		switch c.kind {
		case wordClause:
			parts = append(parts, `(plainto_tsquery('indonesian', ?) || plainto_tsquery('english', ?))`)
			args = append(args, strings.ReplaceAll(text, "'", ""), text)
		case phraseClause:
			parts = append(parts, `(phraseto_tsquery('indonesian', ?) || phraseto_tsquery('english', ?))`)
			args = append(args, strings.ReplaceAll(text, "'", ""), text)
		case prefixClause:
			alts := make([]string, len(c.prefixes))
			for i, p := range c.prefixes {
				alts[i] = tsLexeme(p) + ":*"
			}
			parts = append(parts, `CAST(? AS tsquery)`)
			args = append(args, strings.Join(alts, " | "))
		}
	}
	return strings.Join(parts, " && "), args
}

// tsLexeme quotes s as a tsquery lexeme.
func tsLexeme(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// best returns the limit ids of highest score, ties to the newer (higher)
// id.
func best(score map[int64]float64, limit int) []int64 {
	ids := make([]int64, 0, len(score))
	for id := range score {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int { return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(b, a)) })
	return ids[:min(len(ids), limit)]
}
