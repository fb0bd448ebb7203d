package content

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// IDRange is one part of a listing split by id, as sitemaps split the
// archive: number N holds the rows with ids from (N-1)*size+1 to N*size.
// Splitting by id keeps every row in the same part for ever, so a new
// post changes only the last part. Ranges without a public row are not
// reported; a range's Count may therefore be far below size.
type IDRange struct {
	N       int
	Count   int
	LastMod time.Time // newest change among the rows; zero if not known
}

// Bounds returns the first and last id of range n of the given size.
func Bounds(n, size int) (from, to int64) {
	return int64(n-1)*int64(size) + 1, int64(n) * int64(size)
}

// PublishedRanges splits the published posts of type typ into ranges of
// size ids. It reads only the listing index, so LastMod stays zero: the
// newest edit in a range would take reading every row of the archive.
func (s *Service) PublishedRanges(ctx context.Context, typ Type, size int) ([]IDRange, error) {
	return s.ranges(ctx, `SELECT (p.id - 1) / ?, COUNT(*), NULL FROM posts p
		WHERE p.type = ? AND p.status = 'published' GROUP BY 1 ORDER BY 1`, size, typ)
}

// termLast is each term of a taxonomy with its newest listed publication
// (NULL when it lists none), one index probe per term.
const termLast = `SELECT t.id, t.taxonomy, t.name, t.slug, t.description, COALESCE(t.parent_id, 0) AS parent_id,
	(SELECT MAX(pt.listed_at) FROM post_terms pt WHERE pt.term_id = t.id) AS last
	FROM terms t WHERE t.taxonomy = ?`

// TermRanges splits the terms of a taxonomy that list at least one
// published post into ranges of size ids. LastMod is the newest
// publication in the range. With all, terms without posts of their own
// count too (a parent category lists its children's posts).
func (s *Service) TermRanges(ctx context.Context, taxonomy string, size int, all bool) ([]IDRange, error) {
	return s.ranges(ctx, `SELECT (x.id - 1) / ?, COUNT(*), MAX(x.last) FROM (`+termLast+`) x
		WHERE (? OR x.last IS NOT NULL) GROUP BY 1 ORDER BY 1`, size, taxonomy, all)
}

// authorLast is every user with their newest published article (NULL for
// none), one index probe per user.
const authorLast = `SELECT u.id, u.name, u.slug, u.bio,
	(SELECT MAX(p.published_at) FROM posts p WHERE p.author_id = u.id AND p.type = 'post' AND p.status = 'published') AS last
	FROM users u`

// AuthorRanges splits the authors of at least one published article into
// ranges of size ids. LastMod is their newest publication.
func (s *Service) AuthorRanges(ctx context.Context, size int) ([]IDRange, error) {
	return s.ranges(ctx, `SELECT (x.id - 1) / ?, COUNT(*), MAX(x.last) FROM (`+authorLast+`) x
		WHERE x.last IS NOT NULL GROUP BY 1 ORDER BY 1`, size)
}

func (s *Service) ranges(ctx context.Context, query string, args ...any) ([]IDRange, error) {
	rows, err := s.db.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("content: id ranges: %w", err)
	}
	defer rows.Close()
	var out []IDRange
	for rows.Next() {
		var r IDRange
		var last sql.NullInt64
		if err := rows.Scan(&r.N, &r.Count, &last); err != nil {
			return nil, fmt.Errorf("content: scan id range: %w", err)
		}
		r.N++
		if last.Valid {
			r.LastMod = time.Unix(last.Int64, 0)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: id ranges: %w", err)
	}
	return out, nil
}

// EachListedTerm calls fn, in id order, with every term of a taxonomy
// whose id is in [from, to] and that lists a published post, and the
// newest publication among its posts. With all, terms without posts come
// too, with a zero time. Rows are read as fn consumes them.
func (s *Service) EachListedTerm(ctx context.Context, taxonomy string, from, to int64, all bool, fn func(*Term, time.Time) error) error {
	rows, err := s.db.Query(ctx, `SELECT x.id, x.taxonomy, x.name, x.slug, x.description, x.parent_id, x.last
		FROM (`+termLast+` AND t.id BETWEEN ? AND ?) x WHERE (? OR x.last IS NOT NULL) ORDER BY x.id`, taxonomy, from, to, all)
	if err != nil {
		return fmt.Errorf("content: stream terms: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t Term
		var last sql.NullInt64
		if err := rows.Scan(&t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID, &last); err != nil {
			return fmt.Errorf("content: scan term: %w", err)
		}
		if err := fn(&t, unixOrZero(last)); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("content: stream terms: %w", err)
	}
	return nil
}

// EachListedAuthor calls fn, in id order, with every author whose id is in
// [from, to] and who has a published article, and their newest one's time.
func (s *Service) EachListedAuthor(ctx context.Context, from, to int64, fn func(*Author, time.Time) error) error {
	rows, err := s.db.Query(ctx, `SELECT x.id, x.name, x.slug, x.bio, x.last
		FROM (`+authorLast+` WHERE u.id BETWEEN ? AND ?) x WHERE x.last IS NOT NULL ORDER BY x.id`, from, to)
	if err != nil {
		return fmt.Errorf("content: stream authors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Author
		var last sql.NullInt64
		if err := rows.Scan(&a.ID, &a.Name, &a.Slug, &a.Bio, &last); err != nil {
			return fmt.Errorf("content: scan author: %w", err)
		}
		if err := fn(&a, unixOrZero(last)); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("content: stream authors: %w", err)
	}
	return nil
}

func unixOrZero(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0)
}
