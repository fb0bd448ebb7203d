package comment

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"warta/internal/store"
)

const columns = `c.id, c.post_id, COALESCE(c.parent_id, 0), c.depth, c.author, c.email, c.url, c.content,
	c.status, c.reasons, c.score, c.ip_hash, c.user_agent, COALESCE(c.user_id, 0), c.created_at, c.updated_at`

func scanComment(sc interface{ Scan(...any) error }) (*Comment, error) {
	var c Comment
	var reasons string
	var created, updated int64
	err := sc.Scan(&c.ID, &c.PostID, &c.ParentID, &c.Depth, &c.Author, &c.Email, &c.URL, &c.Content,
		&c.Status, &reasons, &c.Score, &c.IPHash, &c.UserAgent, &c.UserID, &created, &updated)
	if err != nil {
		return nil, err
	}
	c.Reasons = splitReasons(reasons)
	c.Created, c.Updated = time.Unix(created, 0), time.Unix(updated, 0)
	return &c, nil
}

func scanComments(rows *sql.Rows) ([]*Comment, error) {
	defer rows.Close()
	var out []*Comment
	for rows.Next() {
		c, err := scanComment(rows)
		if err != nil {
			return nil, fmt.Errorf("comment: scan: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("comment: read rows: %w", err)
	}
	return out, nil
}

func splitReasons(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func joinReasons(rs []string) string { return strings.Join(rs, "\n") }

// contentHash identifies a text regardless of case and spacing, for
// finding the same comment posted twice.
func contentHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(strings.ToLower(text)), " ")))
	return hex.EncodeToString(sum[:16])
}

// Get returns comment id, whatever its status.
func (s *Service) Get(ctx context.Context, id int64) (*Comment, error) {
	return get(ctx, s.db, id)
}

func get(ctx context.Context, q store.Querier, id int64) (*Comment, error) {
	c, err := scanComment(q.QueryRow(ctx, `SELECT `+columns+` FROM comments c WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("comment %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("comment: get %d: %w", id, err)
	}
	return c, nil
}

// insert stores c and sets its ID.
func insert(ctx context.Context, tx *store.Tx, c *Comment) error {
	err := tx.QueryRow(ctx, `INSERT INTO comments (post_id, parent_id, depth, author, email, url, content, content_hash,
		status, reasons, score, ip_hash, user_agent, user_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		c.PostID, nullID(c.ParentID), c.Depth, c.Author, c.Email, c.URL, c.Content, contentHash(c.Content),
		c.Status, joinReasons(c.Reasons), c.Score, c.IPHash, c.UserAgent, nullID(c.UserID),
		c.Created.Unix(), c.Updated.Unix()).Scan(&c.ID)
	if err != nil {
		return fmt.Errorf("comment: insert: %w", err)
	}
	return nil
}

// maxThread bounds the comments one article page shows.
const maxThread = 2000

// Thread returns the approved comments of post, oldest first (at most
// maxThread of them).
func (s *Service) Thread(ctx context.Context, postID int64) ([]*Comment, error) {
	rows, err := s.db.Query(ctx, `SELECT `+columns+` FROM comments c WHERE c.post_id = ? AND c.status = 'approved'
		ORDER BY c.created_at, c.id LIMIT ?`, postID, maxThread)
	if err != nil {
		return nil, fmt.Errorf("comment: thread of post %d: %w", postID, err)
	}
	return scanComments(rows)
}

// Counts returns how many approved comments each of posts has; posts
// without any are absent from the map.
func (s *Service) Counts(ctx context.Context, posts []int64) (map[int64]int, error) {
	out := map[int64]int{}
	if len(posts) == 0 {
		return out, nil
	}
	args := make([]any, len(posts))
	for i, id := range posts {
		args[i] = id
	}
	rows, err := s.db.Query(ctx, `SELECT post_id, COUNT(*) FROM comments
		WHERE status = 'approved' AND post_id IN (`+placeholders(len(posts))+`) GROUP BY post_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("comment: counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("comment: counts: %w", err)
		}
		out[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("comment: counts: %w", err)
	}
	return out, nil
}

// hasApproved reports whether email wrote an approved comment before.
func hasApproved(ctx context.Context, q store.Querier, email string) (bool, error) {
	var n int
	err := q.QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE email = ? AND status = 'approved' LIMIT 1) x`, email).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("comment: earlier approved comments: %w", err)
	}
	return n > 0, nil
}

// isDuplicate reports whether email already said text under post.
func isDuplicate(ctx context.Context, q store.Querier, postID int64, email, text string) (bool, error) {
	var n int
	err := q.QueryRow(ctx, `SELECT COUNT(*) FROM comments WHERE content_hash = ? AND post_id = ? AND email = ? AND status <> 'trash'`,
		contentHash(text), postID, email).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("comment: duplicate check: %w", err)
	}
	return n > 0, nil
}

// repeatedElsewhere counts the other posts that got the same text since.
func repeatedElsewhere(ctx context.Context, q store.Querier, postID int64, text string, since time.Time) (int, error) {
	var n int
	err := q.QueryRow(ctx, `SELECT COUNT(DISTINCT post_id) FROM comments WHERE content_hash = ? AND created_at >= ? AND post_id <> ?`,
		contentHash(text), since.Unix(), postID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("comment: repeat check: %w", err)
	}
	return n, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
