package comment

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"warta/internal/content"
	"warta/internal/spam"
	"warta/internal/store"
)

// Submission is a comment sent through the public form.
type Submission struct {
	PostID   int64
	ParentID int64 // 0 for a top-level comment
	Fields
	IP        string // the sender's address, "host" or "host:port"
	UserAgent string
	// TimeToken is the form's time stamp (see TimeToken and PageToken).
	TimeToken   string
	Honeypot    string // the field people never see; bots fill it in
	AcceptRules bool   // the reader ticked "I accept the comment rules"
}

// Result is an accepted submission: the stored comment (its Status tells
// whether it shows at once) and the token that lets its writer see it
// while it waits (ViewToken).
type Result struct {
	Comment   *Comment
	ViewToken string
}

// repeatWindow is how far back a repeated text on other posts counts;
// repeatMinLength keeps short thanks ("Terima kasih infonya") out of it.
const (
	repeatWindow    = 24 * time.Hour
	repeatMinLength = 30
)

// Submit checks a reader's comment and stores it as approved, pending or
// spam. A refused comment (bad fields, closed post, too many comments,
// a duplicate) returns an *Error and stores nothing.
func (s *Service) Submit(ctx context.Context, sub Submission) (*Result, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.openPost(ctx, sub.PostID, st)
	if err != nil {
		return nil, err
	}
	if err := sub.Fields.clean(); err != nil {
		return nil, err
	}
	if st.RequireRules && !sub.AcceptRules {
		return nil, reject("rules", CodeRules, "the comment rules must be accepted")
	}
	stamp, err := s.checkTimeToken(ctx, sub.TimeToken, p.ID)
	if err != nil {
		return nil, err
	}
	depth, err := s.parentDepth(ctx, p.ID, sub.ParentID, st.MaxDepth)
	if err != nil {
		return nil, err
	}
	ipHash, err := s.checkRates(ctx, sub.IP, sub.Email, st)
	if err != nil {
		return nil, err
	}
	if dup, err := isDuplicate(ctx, s.db, p.ID, sub.Email, sub.Content); err != nil {
		return nil, err
	} else if dup {
		return nil, reject("comment", CodeDuplicate, "this comment was already sent")
	}
	in := spam.Input{Author: sub.Author, Email: sub.Email, URL: sub.URL, Content: sub.Content, IP: sub.IP,
		UserAgent: sub.UserAgent, PostID: p.ID, Elapsed: stamp.elapsed, Honeypot: sub.Honeypot}
	f, err := s.facts(ctx, st, in, stamp)
	if err != nil {
		return nil, err
	}
	status, reasons := decide(f)
	now := s.now()
	c := &Comment{PostID: p.ID, ParentID: sub.ParentID, Depth: depth, Author: sub.Author, Email: sub.Email,
		URL: sub.URL, Content: sub.Content, Status: status, Reasons: reasons, Score: f.verdict.Score,
		IPHash: ipHash, UserAgent: truncate(sub.UserAgent, 300), Created: now, Updated: now}
	if err := s.db.InTx(ctx, func(tx *store.Tx) error { return insert(ctx, tx, c) }); err != nil {
		return nil, err
	}
	s.afterSubmit(ctx, c, p, st)
	tok, err := s.ViewToken(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	return &Result{Comment: c, ViewToken: tok}, nil
}

// facts asks the classifier and the database what the policy needs.
func (s *Service) facts(ctx context.Context, st Settings, in spam.Input, stamp stamp) (facts, error) {
	f := facts{settings: st, script: stamp.script, confirmed: true}
	var err error
	if f.verdict, err = s.spam.Check(ctx, in); err != nil {
		return f, fmt.Errorf("comment: spam check: %w", err)
	}
	if f.known, err = hasApproved(ctx, s.db, in.Email); err != nil {
		return f, err
	}
	if st.RequireConfirm && !f.known {
		if f.confirmed, err = s.isConfirmed(ctx, in.Email); err != nil {
			return f, err
		}
	}
	if utf8.RuneCountInString(in.Content) >= repeatMinLength {
		n, err := repeatedElsewhere(ctx, s.db, in.PostID, in.Content, s.now().Add(-repeatWindow))
		if err != nil {
			return f, err
		}
		f.repeated = n > 0
	}
	return f, nil
}

// afterSubmit does what follows a stored comment: purge the pages that
// now show it, or ask for a confirmation and tell the moderators.
func (s *Service) afterSubmit(ctx context.Context, c *Comment, p *content.Post, st Settings) {
	switch c.Status {
	case Approved:
		s.purgePost(ctx, c.PostID)
	case Pending:
		if slices.Contains(c.Reasons, ReasonUnconfirmed) {
			s.askConfirmation(ctx, c, p)
		}
		s.notifyModerators(ctx, c, p, st)
	}
}

// openPost returns post id if readers may comment on it now.
func (s *Service) openPost(ctx context.Context, id int64, st Settings) (*content.Post, error) {
	p, err := s.content.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && (!p.IsPublic() || p.Type != content.TypePost)) {
		return nil, reject("", CodeNoPost, "there is no such article")
	}
	if err != nil {
		return nil, err
	}
	if !st.Open(p, s.now()) {
		return nil, reject("", CodeClosed, "comments on this article are closed")
	}
	return p, nil
}

// Open reports whether readers may comment on p at now: the post allows
// comments and, when the site closes them after some days, those days
// have not passed since publication.
func (st Settings) Open(p *content.Post, now time.Time) bool {
	if p.CommentStatus != content.CommentsOpen {
		return false
	}
	return st.CloseAfterDays == 0 || p.Published.IsZero() || now.Before(st.ClosesAt(p))
}

// ClosesAt is when comments on p close by age (zero: never).
func (st Settings) ClosesAt(p *content.Post) time.Time {
	if st.CloseAfterDays == 0 || p.Published.IsZero() {
		return time.Time{}
	}
	return p.Published.AddDate(0, 0, st.CloseAfterDays)
}

// parentDepth checks that parent (0: none) is an approved comment of post
// with room for a reply, and returns the new comment's depth.
func (s *Service) parentDepth(ctx context.Context, postID, parentID int64, maxDepth int) (int, error) {
	if parentID == 0 {
		return 1, nil
	}
	par, err := s.Get(ctx, parentID)
	if errors.Is(err, store.ErrNotFound) || (err == nil && (par.PostID != postID || par.Status != Approved)) {
		return 0, reject("parent", CodeBadParent, "the comment being answered is not an approved comment of this article")
	}
	if err != nil {
		return 0, err
	}
	if par.Depth >= maxDepth {
		return 0, reject("parent", CodeTooDeep, "replies may nest at most %d levels", maxDepth)
	}
	return par.Depth + 1, nil
}

// checkRates counts the attempt against the sender's address and email
// and returns the address's hash for storing.
func (s *Service) checkRates(ctx context.Context, ip, email string, st Settings) (string, error) {
	ipHash, err := s.hashOf(ctx, "ip", ipKey(ip))
	if err != nil {
		return "", err
	}
	emailHash, err := s.hashOf(ctx, "email", email)
	if err != nil {
		return "", err
	}
	okIP, err := s.hit(ctx, "ip:"+ipHash, st.IPLimit, st.RateWindow)
	if err != nil {
		return "", err
	}
	okEmail, err := s.hit(ctx, "email:"+emailHash, st.EmailLimit, st.RateWindow)
	if err != nil {
		return "", err
	}
	if !okIP || !okEmail {
		return "", reject("", CodeRateLimited, "too many comments in a short time; try again later")
	}
	return ipHash, nil
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
