package content

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// LockTTL is how long an editor's open post counts as being edited after
// its last heartbeat (the editor beats about every 30 seconds).
const LockTTL = 2 * time.Minute

// EditLock says who else has a post open in the editor.
type EditLock struct {
	UserID   int64
	UserName string
	Seen     time.Time
}

// TouchLock records that user has post id open now and returns who else
// had it open within LockTTL, or nil. The lock only warns: saves are
// guarded by the post's version, not by the lock.
func (s *Service) TouchLock(ctx context.Context, postID, userID int64) (*EditLock, error) {
	now := s.now()
	var other EditLock
	var seen int64
	err := s.db.QueryRow(ctx, `SELECT l.user_id, u.name, l.seen_at FROM post_locks l JOIN users u ON u.id = l.user_id
		WHERE l.post_id = ? AND l.user_id <> ? AND l.seen_at > ?`, postID, userID, now.Add(-LockTTL).Unix()).
		Scan(&other.UserID, &other.UserName, &seen)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content: read lock: %w", err)
	}
	if err == nil {
		// Someone else holds it: keep their lock, just warn.
		other.Seen = time.Unix(seen, 0)
		return &other, nil
	}
	_, err = s.db.Exec(ctx, `INSERT INTO post_locks (post_id, user_id, seen_at) VALUES (?, ?, ?)
		ON CONFLICT (post_id) DO UPDATE SET user_id = excluded.user_id, seen_at = excluded.seen_at`, postID, userID, now.Unix())
	if err != nil {
		return nil, fmt.Errorf("content: write lock: %w", err)
	}
	return nil, nil
}
