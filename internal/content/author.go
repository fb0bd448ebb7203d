package content

import (
	"context"
	"fmt"
	"time"

	"warta/internal/store"
)

// AuthorBySlug returns the author with slug.
func (s *Service) AuthorBySlug(ctx context.Context, slug string) (*Author, error) {
	as, err := s.authorsWhere(ctx, `slug = ?`, slug)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, fmt.Errorf("content: author %q: %w", slug, store.ErrNotFound)
	}
	return &as[0], nil
}

// authorsWhere reads authors from the users table, which the auth package
// owns; readers see only these public fields.
func (s *Service) authorsWhere(ctx context.Context, where string, args ...any) ([]Author, error) {
	rows, err := s.db.Query(ctx, `SELECT id, name, slug, bio FROM users WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("content: authors: %w", err)
	}
	defer rows.Close()
	var as []Author
	for rows.Next() {
		var a Author
		if err := rows.Scan(&a.ID, &a.Name, &a.Slug, &a.Bio); err != nil {
			return nil, fmt.Errorf("content: scan author: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: authors: %w", err)
	}
	return as, nil
}

// Revisions lists the saves of post id, newest first.
func (s *Service) Revisions(ctx context.Context, postID int64) ([]Revision, error) {
	rows, err := s.db.Query(ctx, `SELECT id, post_id, title, lead, body, excerpt, COALESCE(editor_id, 0), created_at
		FROM revisions WHERE post_id = ? ORDER BY id DESC`, postID)
	if err != nil {
		return nil, fmt.Errorf("content: revisions: %w", err)
	}
	defer rows.Close()
	var rs []Revision
	for rows.Next() {
		var r Revision
		var created int64
		if err := rows.Scan(&r.ID, &r.PostID, &r.Title, &r.Lead, &r.Body, &r.Excerpt, &r.EditorID, &created); err != nil {
			return nil, fmt.Errorf("content: scan revision: %w", err)
		}
		r.Created = time.Unix(created, 0)
		rs = append(rs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: revisions: %w", err)
	}
	return rs, nil
}
