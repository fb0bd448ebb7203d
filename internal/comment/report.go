package comment

import (
	"context"
	"errors"
	"fmt"
	"time"

	"warta/internal/store"
)

// ReportDeadline is how long moderators have to act on a report: the
// press council's guideline for online media asks for 2x24 hours.
const ReportDeadline = 48 * time.Hour

// Report is a reader's report on a comment.
type Report struct {
	ID        int64
	CommentID int64
	Reason    string // one of ReportReasons
	Note      string
	Created   time.Time
	Due       time.Time // Created + ReportDeadline
}

// ReportReasons are the reasons a reader may give, in the form's order.
func ReportReasons() []string { return []string{"spam", "abuse", "hoax", "privacy", "other"} }

// ReportInput is a report sent by a reader.
type ReportInput struct {
	CommentID int64
	Reason    string
	Note      string
	IP        string
	Honeypot  string
}

// reportLimit is how many reports one address may send per reportWindow.
const (
	reportLimit  = 10
	reportWindow = 10 * time.Minute
)

// Report stores a reader's report on an approved comment. A second report
// of the same comment from the same address changes nothing. When the
// comment's open reports reach the site's threshold it is hidden (moved
// to pending with the reason "reported") until a moderator decides.
func (s *Service) Report(ctx context.Context, in ReportInput) error {
	if !validReason(in.Reason) {
		return reject("reason", CodeInvalid, "choose one of the reasons")
	}
	in.Note = cleanLine(in.Note)
	if len([]rune(in.Note)) > MaxNote {
		return reject("note", CodeTooLong, "the note is longer than %d characters", MaxNote)
	}
	c, err := s.Get(ctx, in.CommentID)
	if errors.Is(err, store.ErrNotFound) || (err == nil && c.Status != Approved) {
		return reject("comment_id", CodeBadParent, "there is no such published comment")
	}
	if err != nil {
		return err
	}
	ipHash, err := s.hashOf(ctx, "ip", ipKey(in.IP))
	if err != nil {
		return err
	}
	if ok, err := s.hit(ctx, "report:"+ipHash, reportLimit, reportWindow); err != nil {
		return err
	} else if !ok {
		return reject("", CodeRateLimited, "too many reports in a short time; try again later")
	}
	if in.Honeypot != "" {
		return nil // a bot: thank it and keep nothing
	}
	now := s.now()
	_, err = s.db.Exec(ctx, `INSERT INTO comment_reports (comment_id, reason, note, ip_hash, created_at, due_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (comment_id, ip_hash) DO NOTHING`,
		c.ID, in.Reason, in.Note, ipHash, now.Unix(), now.Add(ReportDeadline).Unix())
	if err != nil {
		return fmt.Errorf("comment: store report: %w", err)
	}
	return s.hideIfReported(ctx, c)
}

func validReason(r string) bool {
	for _, v := range ReportReasons() {
		if r == v {
			return true
		}
	}
	return false
}

// hideIfReported moves c to pending when its open reports reach the
// site's threshold.
func (s *Service) hideIfReported(ctx context.Context, c *Comment) error {
	st, err := s.Settings(ctx)
	if err != nil || st.ReportHide == 0 {
		return err
	}
	var n int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM comment_reports WHERE comment_id = ? AND resolved_at IS NULL`, c.ID).Scan(&n); err != nil {
		return fmt.Errorf("comment: count reports: %w", err)
	}
	if n < st.ReportHide {
		return nil
	}
	res, err := s.db.Exec(ctx, `UPDATE comments SET status = 'pending', reasons = ?, updated_at = ? WHERE id = ? AND status = 'approved'`,
		joinReasons(append(without(c.Reasons, ReasonReported), ReasonReported)), s.now().Unix(), c.ID)
	if err != nil {
		return fmt.Errorf("comment: hide reported comment: %w", err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		s.purgePost(ctx, c.PostID)
	}
	return nil
}
