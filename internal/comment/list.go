package comment

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// ListQuery selects comments for moderators. Zero fields don't filter.
type ListQuery struct {
	Status   Status
	PostID   int64
	Reported bool // only comments with open reports, the nearest deadline first
	Public   bool // only comments on published posts (for anonymous readers)
	Limit    int  // 20 when zero
	Offset   int
}

// List returns one page of comments, newest first (or by report deadline),
// with their open reports, and how many match in all.
func (s *Service) List(ctx context.Context, q ListQuery) ([]*Comment, int, error) {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	var where []string
	var args []any
	if q.Status != "" {
		where, args = append(where, "c.status = ?"), append(args, q.Status)
	}
	if q.PostID != 0 {
		where, args = append(where, "c.post_id = ?"), append(args, q.PostID)
	}
	if q.Public {
		where = append(where, "c.post_id IN (SELECT id FROM posts WHERE status = 'published')")
	}
	order := "c.created_at DESC, c.id DESC"
	if q.Reported {
		where = append(where, "c.id IN (SELECT comment_id FROM comment_reports WHERE resolved_at IS NULL)")
		order = "(SELECT MIN(r.due_at) FROM comment_reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL), c.id"
	}
	cond := "1 = 1"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	var total int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM comments c WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("comment: count: %w", err)
	}
	if total == 0 || q.Offset >= total {
		return nil, total, nil
	}
	rows, err := s.db.Query(ctx, `SELECT `+columns+` FROM comments c WHERE `+cond+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("comment: list: %w", err)
	}
	cs, err := scanComments(rows)
	if err != nil {
		return nil, 0, err
	}
	if err := s.attachReports(ctx, cs); err != nil {
		return nil, 0, err
	}
	return cs, total, nil
}

// WithReports fills in the open reports of cs.
func (s *Service) WithReports(ctx context.Context, cs ...*Comment) error {
	return s.attachReports(ctx, cs)
}

// attachReports fills in the open reports of cs in one query.
func (s *Service) attachReports(ctx context.Context, cs []*Comment) error {
	if len(cs) == 0 {
		return nil
	}
	byID := make(map[int64]*Comment, len(cs))
	args := make([]any, len(cs))
	for i, c := range cs {
		byID[c.ID], args[i] = c, c.ID
	}
	rows, err := s.db.Query(ctx, `SELECT id, comment_id, reason, note, created_at, due_at FROM comment_reports
		WHERE resolved_at IS NULL AND comment_id IN (`+placeholders(len(cs))+`) ORDER BY due_at, id`, args...)
	if err != nil {
		return fmt.Errorf("comment: reports: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Report
		var created, due int64
		if err := rows.Scan(&r.ID, &r.CommentID, &r.Reason, &r.Note, &created, &due); err != nil {
			return fmt.Errorf("comment: reports: %w", err)
		}
		r.Created, r.Due = time.Unix(created, 0), time.Unix(due, 0)
		byID[r.CommentID].Reports = append(byID[r.CommentID].Reports, r)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("comment: reports: %w", err)
	}
	return nil
}
