package comment

import (
	"context"
	"fmt"
	"time"
)

// Retention of comments nobody needs any more, as WordPress empties its
// trash: trash after 30 days, spam after 60.
const (
	keepTrash = 30 * 24 * time.Hour
	keepSpam  = 60 * 24 * time.Hour
)

// Maintain is the comment system's periodic job: it forgets old rate
// counters, used or expired confirmation links and old trash and spam,
// and purges the cached pages of posts whose comments closed by age
// since the last run (their form must go). Run it every minute or so on
// every server; each step is safe to repeat.
func (s *Service) Maintain(ctx context.Context) error {
	now := s.now()
	if err := s.pruneRates(ctx); err != nil {
		return err
	}
	steps := []struct {
		q   string
		arg int64
	}{
		{`DELETE FROM comment_confirmations WHERE expires_at < ?`, now.Add(-24 * time.Hour).Unix()},
		{`DELETE FROM comments WHERE status = 'trash' AND updated_at < ?`, now.Add(-keepTrash).Unix()},
		{`DELETE FROM comments WHERE status = 'spam' AND updated_at < ?`, now.Add(-keepSpam).Unix()},
	}
	for _, st := range steps {
		if _, err := s.db.Exec(ctx, st.q, st.arg); err != nil {
			return fmt.Errorf("comment: maintain: %w", err)
		}
	}
	return s.purgeClosed(ctx, now)
}

// purgeClosed purges the posts whose comments closed by age between the
// previous run (an hour back on the first) and now.
func (s *Service) purgeClosed(ctx context.Context, now time.Time) error {
	st, err := s.Settings(ctx)
	if err != nil || st.CloseAfterDays == 0 {
		return err
	}
	s.mu.Lock()
	since := s.maintained
	s.maintained = now
	s.mu.Unlock()
	if since.IsZero() {
		since = now.Add(-time.Hour)
	}
	from, to := since.AddDate(0, 0, -st.CloseAfterDays), now.AddDate(0, 0, -st.CloseAfterDays)
	rows, err := s.db.Query(ctx, `SELECT id FROM posts WHERE type = 'post' AND status = 'published'
		AND comment_status = 'open' AND published_at >= ? AND published_at < ?`, from.Unix(), to.Unix())
	if err != nil {
		return fmt.Errorf("comment: posts closing: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("comment: posts closing: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("comment: posts closing: %w", err)
	}
	for _, id := range ids {
		s.purgePost(ctx, id)
	}
	return nil
}
