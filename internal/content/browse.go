package content

import (
	"context"
	"fmt"
	"strings"
)

// BrowseQuery selects posts for the newsroom's lists, in any status.
// Zero fields don't filter; an empty Status means every status but trash.
type BrowseQuery struct {
	Type       Type // TypePost when empty
	Status     Status
	Search     string // substring of the title, any case
	CategoryID int64
	AuthorID   int64
	Limit      int // 20 when zero
	Offset     int
}

// Browse returns one page of posts, most recently changed first, and how
// many match in all.
func (s *Service) Browse(ctx context.Context, q BrowseQuery) ([]*Post, int, error) {
	if q.Type == "" {
		q.Type = TypePost
	}
	if q.Limit <= 0 {
		q.Limit = 20
	}
	where := []string{"p.type = ?"}
	args := []any{q.Type}
	if q.Status == "" {
		where = append(where, "p.status <> 'trash'")
	} else {
		where, args = append(where, "p.status = ?"), append(args, q.Status)
	}
	if q.Search != "" {
		where, args = append(where, "LOWER(p.title) LIKE ?"), append(args, "%"+strings.ToLower(q.Search)+"%")
	}
	if q.CategoryID != 0 {
		where, args = append(where, "p.id IN (SELECT post_id FROM post_terms WHERE term_id = ?)"), append(args, q.CategoryID)
	}
	if q.AuthorID != 0 {
		where, args = append(where, "p.author_id = ?"), append(args, q.AuthorID)
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM posts p WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("content: count posts: %w", err)
	}
	if total == 0 || q.Offset >= total {
		return nil, total, nil
	}
	rows, err := s.db.Query(ctx, `SELECT `+postColumns+` FROM posts p WHERE `+cond+
		` ORDER BY p.updated_at DESC, p.id DESC LIMIT ? OFFSET ?`, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("content: browse posts: %w", err)
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

// StatusCounts counts the posts of typ per status, only authorID's when
// it is not zero.
func (s *Service) StatusCounts(ctx context.Context, typ Type, authorID int64) (map[Status]int, error) {
	q := `SELECT status, COUNT(*) FROM posts WHERE type = ?`
	args := []any{typ}
	if authorID != 0 {
		q, args = q+` AND author_id = ?`, append(args, authorID)
	}
	rows, err := s.db.Query(ctx, q+` GROUP BY status`, args...)
	if err != nil {
		return nil, fmt.Errorf("content: count statuses: %w", err)
	}
	defer rows.Close()
	out := map[Status]int{}
	for rows.Next() {
		var st Status
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("content: count statuses: %w", err)
		}
		out[st] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: count statuses: %w", err)
	}
	return out, nil
}
