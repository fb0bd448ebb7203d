package content

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"warta/internal/store"
)

var errNoRows = sql.ErrNoRows

const postColumns = `p.id, p.type, p.status, p.slug, p.title, p.lead, p.body, p.excerpt,
	p.image_url, p.image_alt, p.image_caption, p.image_width, p.image_height, COALESCE(p.author_id, 0),
	p.comment_status, p.seo_title, p.seo_description, p.version, p.created_at, p.updated_at, p.published_at,
	p.sponsored, p.retraction, p.retracted_at`

func scanPost(sc interface{ Scan(...any) error }) (*Post, error) {
	var p Post
	var created, updated int64
	var published, retracted sql.NullInt64
	var sponsored int
	err := sc.Scan(&p.ID, &p.Type, &p.Status, &p.Slug, &p.Title, &p.Lead, &p.Body, &p.Excerpt,
		&p.Image.URL, &p.Image.Alt, &p.Image.Caption, &p.Image.Width, &p.Image.Height, &p.AuthorID,
		&p.CommentStatus, &p.SEOTitle, &p.SEODescription, &p.Version, &created, &updated, &published,
		&sponsored, &p.Retraction, &retracted)
	if err != nil {
		return nil, err
	}
	p.Sponsored = sponsored != 0
	if retracted.Valid {
		p.Retracted = time.Unix(retracted.Int64, 0)
	}
	p.Created, p.Updated = time.Unix(created, 0), time.Unix(updated, 0)
	if published.Valid {
		p.Published = time.Unix(published.Int64, 0)
	}
	return &p, nil
}

// Get returns post id with its author and terms, whatever its status.
func (s *Service) Get(ctx context.Context, id int64) (*Post, error) {
	return s.getWhere(ctx, `p.id = ?`, id)
}

// BySlug returns the post of type typ with slug, whatever its status.
func (s *Service) BySlug(ctx context.Context, typ Type, slug string) (*Post, error) {
	return s.getWhere(ctx, `p.type = ? AND p.slug = ?`, typ, slug)
}

func (s *Service) getWhere(ctx context.Context, where string, args ...any) (*Post, error) {
	p, err := scanPost(s.db.QueryRow(ctx, `SELECT `+postColumns+` FROM posts p WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content: post: %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("content: get post: %w", err)
	}
	if err := s.attach(ctx, []*Post{p}); err != nil {
		return nil, err
	}
	return p, nil
}

// ListQuery selects posts for a list page. Zero fields don't filter.
type ListQuery struct {
	Type     Type   // TypePost when empty
	Status   Status // Published when empty
	TermIDs  []int64
	AuthorID int64
	From, To time.Time // publication time in [From, To)
	Search   string    // substring of the title (admin lists)
	Limit    int       // 10 when zero
	Offset   int
}

// List returns one page of posts, newest first, and how many match in all.
func (s *Service) List(ctx context.Context, q ListQuery) ([]*Post, int, error) {
	if q.Type == "" {
		q.Type = TypePost
	}
	if q.Status == "" {
		q.Status = Published
	}
	if q.Limit <= 0 {
		q.Limit = 10
	}
	where := []string{"p.type = ?", "p.status = ?"}
	args := []any{q.Type, q.Status}
	if len(q.TermIDs) > 0 {
		cond := "p.id IN (SELECT pt.post_id FROM post_terms pt WHERE pt.term_id IN (" + placeholders(len(q.TermIDs)) + "))"
		where = append(where, cond)
		for _, id := range q.TermIDs {
			args = append(args, id)
		}
	}
	if q.AuthorID != 0 {
		where, args = append(where, "p.author_id = ?"), append(args, q.AuthorID)
	}
	if !q.From.IsZero() {
		where, args = append(where, "p.published_at >= ?"), append(args, q.From.Unix())
	}
	if !q.To.IsZero() {
		where, args = append(where, "p.published_at < ?"), append(args, q.To.Unix())
	}
	if q.Search != "" {
		where, args = append(where, "LOWER(p.title) LIKE ?"), append(args, "%"+strings.ToLower(q.Search)+"%")
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM posts p WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("content: count posts: %w", err)
	}
	if total == 0 || q.Offset >= total {
		return nil, total, nil
	}
	order := "p.published_at DESC, p.id DESC"
	if q.Status != Published && q.Status != Scheduled {
		order = "p.updated_at DESC, p.id DESC"
	}
	rows, err := s.db.Query(ctx, `SELECT `+postColumns+` FROM posts p WHERE `+cond+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("content: list posts: %w", err)
	}
	posts, err := scanPosts(rows)
	if err != nil {
		return nil, 0, err
	}
	if err := s.attach(ctx, posts); err != nil {
		return nil, 0, err
	}
	return posts, total, nil
}

// ListTerm is List for one term's archive, paging through the post_terms
// listing index (published posts only).
func (s *Service) ListTerm(ctx context.Context, termID int64, limit, offset int) ([]*Post, int, error) {
	var total int
	err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM post_terms WHERE term_id = ? AND listed_at IS NOT NULL`, termID).Scan(&total)
	if err != nil {
		return nil, 0, fmt.Errorf("content: count term posts: %w", err)
	}
	if total == 0 || offset >= total {
		return nil, total, nil
	}
	rows, err := s.db.Query(ctx, `SELECT `+postColumns+` FROM post_terms pt JOIN posts p ON p.id = pt.post_id
		WHERE pt.term_id = ? AND pt.listed_at IS NOT NULL AND p.type = 'post'
		ORDER BY pt.listed_at DESC, pt.post_id DESC LIMIT ? OFFSET ?`, termID, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("content: list term posts: %w", err)
	}
	posts, err := scanPosts(rows)
	if err != nil {
		return nil, 0, err
	}
	if err := s.attach(ctx, posts); err != nil {
		return nil, 0, err
	}
	return posts, total, nil
}

func scanPosts(rows *sql.Rows) ([]*Post, error) {
	defer rows.Close()
	var posts []*Post
	for rows.Next() {
		p, err := scanPost(rows)
		if err != nil {
			return nil, fmt.Errorf("content: scan post: %w", err)
		}
		posts = append(posts, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: scan posts: %w", err)
	}
	return posts, nil
}

// attach loads the authors and terms of posts in two queries.
func (s *Service) attach(ctx context.Context, posts []*Post) error {
	if len(posts) == 0 {
		return nil
	}
	byID := make(map[int64]*Post, len(posts))
	ids := make([]any, 0, len(posts))
	authorIDs := []any{}
	seenAuthor := map[int64]bool{}
	for _, p := range posts {
		byID[p.ID] = p
		ids = append(ids, p.ID)
		if p.AuthorID != 0 && !seenAuthor[p.AuthorID] {
			seenAuthor[p.AuthorID] = true
			authorIDs = append(authorIDs, p.AuthorID)
		}
	}
	rows, err := s.db.Query(ctx, `SELECT pt.post_id, `+termColumns+` FROM post_terms pt JOIN terms t ON t.id = pt.term_id
		WHERE pt.post_id IN (`+placeholders(len(ids))+`) ORDER BY pt.post_id, pt.position, t.name`, ids...)
	if err != nil {
		return fmt.Errorf("content: post terms: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var postID int64
		var t Term
		if err := rows.Scan(&postID, &t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID); err != nil {
			return fmt.Errorf("content: scan post term: %w", err)
		}
		p := byID[postID]
		if t.Taxonomy == Category {
			p.Categories = append(p.Categories, t)
		} else {
			p.Tags = append(p.Tags, t)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("content: post terms: %w", err)
	}
	if len(authorIDs) == 0 {
		return nil
	}
	authors, err := s.authorsWhere(ctx, `id IN (`+placeholders(len(authorIDs))+`)`, authorIDs...)
	if err != nil {
		return err
	}
	for _, p := range posts {
		for _, a := range authors {
			if a.ID == p.AuthorID {
				p.Author = a
			}
		}
	}
	return nil
}

func scanIDs(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
