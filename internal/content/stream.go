package content

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// StreamQuery selects published posts for feeds and sitemaps, which may
// walk the whole archive. Zero fields don't filter.
type StreamQuery struct {
	Type     Type    // TypePost when empty
	TermIDs  []int64 // posts in any of these terms
	AuthorID int64
	IDs      []int64   // only these posts (a page's worth, not the archive)
	Since    time.Time // published at or after
	// IDFrom and IDTo bound the post ids, both inclusive, zero for no
	// bound. With either set, posts come in id order instead of newest
	// first: what a sitemap split into id ranges needs.
	IDFrom, IDTo int64
	Limit        int  // at most this many posts; zero for all
	Light        bool // only what a URL and a date need: no texts but the title, no image, terms or author
}

// streamBatch is how many posts one query of EachPublished reads.
const streamBatch = 500

// lightColumns are postColumns with the texts a URL and a date do not
// need replaced by empty values, for sitemaps: scanPost still reads them,
// and SQLite need not fetch the long ones. Derived from postColumns so the
// two cannot drift apart; a column this does not know stays as it is.
func lightColumns() string {
	return strings.NewReplacer(
		"p.lead,", "'',", "p.body,", "'',", "p.excerpt,", "'',",
		"p.image_url,", "'',", "p.image_alt,", "'',", "p.image_caption,", "'',",
		"p.image_width,", "0,", "p.image_height,", "0,",
		"p.seo_title,", "'',", "p.seo_description,", "'',",
	).Replace(postColumns)
}

// streamCursor is where the previous batch ended.
type streamCursor struct {
	set       bool
	published int64
	id        int64
}

// EachPublished calls fn with every published post q selects, newest
// first (or by id, see StreamQuery), reading the archive in keyset-paged
// batches so that memory stays bounded by one batch whatever its size.
// Authors and terms are attached per batch in two queries. fn's error
// stops the walk and is returned as is.
func (s *Service) EachPublished(ctx context.Context, q StreamQuery, fn func(*Post) error) error {
	if q.Type == "" {
		q.Type = TypePost
	}
	var cur streamCursor
	seen := 0
	for {
		n := streamBatch
		if q.Limit > 0 {
			n = min(n, q.Limit-seen)
		}
		if n <= 0 {
			return nil
		}
		query, args := streamSQL(q, cur, n)
		rows, err := s.db.Query(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("content: stream posts: %w", err)
		}
		posts, err := scanPosts(rows)
		if err != nil {
			return err
		}
		if !q.Light {
			if err := s.attach(ctx, posts); err != nil {
				return err
			}
		}
		for _, p := range posts {
			if err := fn(p); err != nil {
				return err
			}
		}
		seen += len(posts)
		if len(posts) < n {
			return nil
		}
		last := posts[len(posts)-1]
		cur = streamCursor{set: true, published: last.Published.Unix(), id: last.ID}
	}
}

// streamSQL builds one batch's query. A single term pages through the
// post_terms listing index; everything else through posts' own indexes.
func streamSQL(q StreamQuery, cur streamCursor, n int) (string, []any) {
	cols := postColumns
	if q.Light {
		cols = lightColumns()
	}
	byID := q.IDFrom != 0 || q.IDTo != 0
	from := "posts p"
	where := []string{"p.type = ?", "p.status = 'published'", "p.published_at IS NOT NULL"}
	if byID {
		// An id range is walked by primary key. The "|| ''" keeps SQLite
		// from picking the listing index for type and status instead,
		// which would read and sort every published post per batch.
		where[0], where[1] = "p.type || '' = ?", "p.status || '' = 'published'"
	}
	args := []any{q.Type}
	// order and the keyset condition name the columns of the index walked.
	timeCol, idCol := "p.published_at", "p.id"
	switch {
	case len(q.TermIDs) == 1:
		from = "post_terms pt JOIN posts p ON p.id = pt.post_id"
		where = append(where, "pt.term_id = ?", "pt.listed_at IS NOT NULL")
		args = append(args, q.TermIDs[0])
		if !byID {
			timeCol, idCol = "pt.listed_at", "pt.post_id"
		}
	case len(q.TermIDs) > 1:
		where = append(where, "p.id IN (SELECT post_id FROM post_terms WHERE listed_at IS NOT NULL AND term_id IN ("+placeholders(len(q.TermIDs))+"))")
		for _, id := range q.TermIDs {
			args = append(args, id)
		}
	}
	if q.AuthorID != 0 {
		where, args = append(where, "p.author_id = ?"), append(args, q.AuthorID)
	}
	if len(q.IDs) > 0 {
		where = append(where, "p.id IN ("+placeholders(len(q.IDs))+")")
		for _, id := range q.IDs {
			args = append(args, id)
		}
	}
	if !q.Since.IsZero() {
		where, args = append(where, "p.published_at >= ?"), append(args, q.Since.Unix())
	}
	if q.IDFrom != 0 {
		where, args = append(where, "p.id >= ?"), append(args, q.IDFrom)
	}
	if q.IDTo != 0 {
		where, args = append(where, "p.id <= ?"), append(args, q.IDTo)
	}
	order := timeCol + " DESC, " + idCol + " DESC"
	switch {
	case byID:
		order = "p.id"
		if cur.set {
			where, args = append(where, "p.id > ?"), append(args, cur.id)
		}
	case cur.set:
		where = append(where, "("+timeCol+", "+idCol+") < (?, ?)")
		args = append(args, cur.published, cur.id)
	}
	query := `SELECT ` + cols + ` FROM ` + from + ` WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY ` + order + ` LIMIT ?`
	return query, append(args, n)
}
