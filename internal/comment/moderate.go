package comment

import (
	"context"
	"errors"
	"fmt"
	"time"

	"warta/internal/content"
	"warta/internal/spam"
	"warta/internal/store"
)

// SetStatus moves comment id to status as moderator userID decided, and
// resolves the open reports on it. Marking a comment spam teaches the
// filter spam; approving a held or spam comment teaches it not-spam.
// Pages showing the post are purged when the public thread changed.
func (s *Service) SetStatus(ctx context.Context, id int64, status Status, userID int64) (*Comment, error) {
	old, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	now := s.now().Unix()
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE comments SET status = ?, updated_at = ? WHERE id = ?`, status, now, id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE comment_reports SET resolved_at = ?, resolved_by = ? WHERE comment_id = ? AND resolved_at IS NULL`,
			now, nullID(userID), id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("comment: set status of %d: %w", id, err)
	}
	switch {
	case status == Spam && old.Status != Spam:
		s.learn(ctx, old, true)
	case status == Approved && (old.Status == Spam || old.Status == Pending) && !old.IsStaff():
		s.learn(ctx, old, false)
	}
	if status != old.Status && (status == Approved || old.Status == Approved) {
		s.purgePost(ctx, old.PostID)
	}
	return s.Get(ctx, id)
}

// learn hands a moderator's decision to the classifier. A failure is
// logged: the decision itself stands.
func (s *Service) learn(ctx context.Context, c *Comment, isSpam bool) {
	in := spam.Input{Author: c.Author, Email: c.Email, URL: c.URL, Content: c.Content, UserAgent: c.UserAgent, PostID: c.PostID}
	if err := s.spam.Learn(ctx, in, isSpam); err != nil {
		s.log.Error("spam learning failed", "comment_id", c.ID, "err", err)
	}
}

// Delete removes comment id for good; its replies move up to its place's
// parent level (their parent becomes none).
func (s *Service) Delete(ctx context.Context, id int64) error {
	old, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	if _, err := s.db.Exec(ctx, `DELETE FROM comments WHERE id = ?`, id); err != nil {
		return fmt.Errorf("comment: delete %d: %w", id, err)
	}
	if old.Status == Approved {
		s.purgePost(ctx, old.PostID)
	}
	return nil
}

// Staff is the newsroom user writing a reply.
type Staff struct {
	ID          int64
	Name, Email string
}

// Reply stores a newsroom user's comment on post (under parent, 0 for
// none) as approved. Staff may answer on posts whose comments are closed.
func (s *Service) Reply(ctx context.Context, postID, parentID int64, text string, by Staff) (*Comment, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.content.Get(ctx, postID)
	if errors.Is(err, store.ErrNotFound) || (err == nil && (!p.IsPublic() || p.Type != content.TypePost)) {
		return nil, reject("post", CodeNoPost, "there is no such published article")
	}
	if err != nil {
		return nil, err
	}
	f := Fields{Author: by.Name, Email: by.Email, Content: text}
	if err := f.clean(); err != nil {
		return nil, err
	}
	depth, err := s.parentDepth(ctx, postID, parentID, st.MaxDepth)
	if err != nil {
		return nil, err
	}
	now := s.now()
	c := &Comment{PostID: postID, ParentID: parentID, Depth: depth, Author: f.Author, Email: f.Email,
		Content: f.Content, Status: Approved, UserID: by.ID, Created: now, Updated: now}
	if err := s.db.InTx(ctx, func(tx *store.Tx) error { return insert(ctx, tx, c) }); err != nil {
		return nil, err
	}
	s.purgePost(ctx, postID)
	return c, nil
}

// Probe is a comment to score without storing it.
type Probe struct {
	PostID   int64
	ParentID int64
	Fields
	IP, UserAgent string
	Elapsed       time.Duration // time the writer spent on the form; 0 if unknown
	Honeypot      string
}

// Evaluation is what Submit would decide for a probe.
type Evaluation struct {
	Status   Status
	Decision spam.Decision // the classifier's
	Score    float64
	Reasons  []string // the classifier's reasons, then the policy's
}

// Evaluate scores a comment as Submit would, without storing anything or
// counting it against rate limits. Field errors are returned as *Error.
func (s *Service) Evaluate(ctx context.Context, pr Probe) (*Evaluation, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.content.Get(ctx, pr.PostID)
	if errors.Is(err, store.ErrNotFound) || (err == nil && p.Type != content.TypePost) {
		return nil, reject("post", CodeNoPost, "there is no such article")
	}
	if err != nil {
		return nil, err
	}
	if err := pr.Fields.clean(); err != nil {
		return nil, err
	}
	if _, err := s.parentDepth(ctx, p.ID, pr.ParentID, st.MaxDepth); err != nil {
		return nil, err
	}
	in := spam.Input{Author: pr.Author, Email: pr.Email, URL: pr.URL, Content: pr.Content, IP: pr.IP,
		UserAgent: pr.UserAgent, PostID: p.ID, Elapsed: pr.Elapsed, Honeypot: pr.Honeypot}
	f, err := s.facts(ctx, st, in, stamp{script: true, elapsed: pr.Elapsed})
	if err != nil {
		return nil, err
	}
	status, reasons := decide(f)
	if f.verdict.Decision == spam.Ham {
		reasons = append(append([]string(nil), f.verdict.Reasons...), reasons...)
	}
	if !st.Open(p, s.now()) {
		reasons = append(reasons, "closed")
	}
	return &Evaluation{Status: status, Decision: f.verdict.Decision, Score: f.verdict.Score, Reasons: reasons}, nil
}
