package content

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"warta/internal/sanitize"
	"warta/internal/store"
)

// NoticeKind is a kind of dated note added to a published article, as
// the press council's guideline for online media asks.
type NoticeKind string

// The notice kinds.
const (
	Correction    NoticeKind = "correction"    // "Ralat": the article was wrong and is fixed
	Clarification NoticeKind = "clarification" // "Klarifikasi": it was unclear or incomplete
	RightOfReply  NoticeKind = "reply"         // "Hak Jawab": a party's answer to it
)

// ParseNoticeKind checks a notice kind.
func ParseNoticeKind(s string) (NoticeKind, bool) {
	switch k := NoticeKind(s); k {
	case Correction, Clarification, RightOfReply:
		return k, true
	}
	return "", false
}

// MaxNotice bounds the text of one notice.
const MaxNotice = 5000

// KeyCorrections tags the public list of every notice.
const KeyCorrections = "corrections"

// Notice is one dated correction, clarification or reply.
type Notice struct {
	ID       int64
	PostID   int64
	Kind     NoticeKind
	Text     string // plain text
	EditorID int64
	Created  time.Time
}

// AddNotice dates a notice onto post id and makes it the post's latest
// modification (so dateModified follows), in one transaction.
func (s *Service) AddNotice(ctx context.Context, postID int64, kind NoticeKind, text string, editorID int64) (*Notice, error) {
	if _, ok := ParseNoticeKind(string(kind)); !ok {
		return nil, fieldErr("kind", "invalid", "kind must be correction, clarification or reply")
	}
	text = strings.TrimSpace(sanitize.Plain(text))
	if text == "" {
		return nil, fieldErr("text", "required", "a notice needs its text")
	}
	if n := utf8.RuneCountInString(text); n > MaxNotice {
		return nil, fieldErr("text", "too_long", "a notice is at most %d characters", MaxNotice)
	}
	p, err := s.Get(ctx, postID)
	if err != nil {
		return nil, err
	}
	now := s.now().Truncate(time.Second)
	n := &Notice{PostID: postID, Kind: kind, Text: text, EditorID: editorID, Created: now}
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.QueryRow(ctx, `INSERT INTO post_notices (post_id, kind, body, editor_id, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
			postID, kind, text, nullID(editorID), now.Unix()).Scan(&n.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE posts SET updated_at = ? WHERE id = ?`, now.Unix(), postID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("content: add notice to post %d: %w", postID, err)
	}
	s.saved(ctx, p, append(postKeys(p, s.loc), KeyCorrections))
	return n, nil
}

// Notices lists the notices of post id, oldest first.
func (s *Service) Notices(ctx context.Context, postID int64) ([]Notice, error) {
	rows, err := s.db.Query(ctx, `SELECT id, post_id, kind, body, COALESCE(editor_id, 0), created_at
		FROM post_notices WHERE post_id = ? ORDER BY created_at, id`, postID)
	if err != nil {
		return nil, fmt.Errorf("content: notices: %w", err)
	}
	return scanNotices(rows)
}

// NoticeEntry is a notice with its (published) post, for the list of all
// corrections.
type NoticeEntry struct {
	Notice
	Post *Post
}

// RecentNotices lists the notices of published posts, newest first, and
// how many there are.
func (s *Service) RecentNotices(ctx context.Context, limit, offset int) ([]NoticeEntry, int, error) {
	var total int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM post_notices n JOIN posts p ON p.id = n.post_id
		WHERE p.status = 'published'`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("content: count notices: %w", err)
	}
	rows, err := s.db.Query(ctx, `SELECT n.id, n.post_id, n.kind, n.body, COALESCE(n.editor_id, 0), n.created_at
		FROM post_notices n JOIN posts p ON p.id = n.post_id WHERE p.status = 'published'
		ORDER BY n.created_at DESC, n.id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("content: recent notices: %w", err)
	}
	ns, err := scanNotices(rows)
	if err != nil {
		return nil, 0, err
	}
	out := make([]NoticeEntry, 0, len(ns))
	for _, n := range ns {
		p, err := s.Get(ctx, n.PostID)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, NoticeEntry{Notice: n, Post: p})
	}
	return out, total, nil
}

func scanNotices(rows *sql.Rows) ([]Notice, error) {
	defer rows.Close()
	var out []Notice
	for rows.Next() {
		var n Notice
		var created int64
		if err := rows.Scan(&n.ID, &n.PostID, &n.Kind, &n.Text, &n.EditorID, &created); err != nil {
			return nil, fmt.Errorf("content: scan notice: %w", err)
		}
		n.Created = time.Unix(created, 0)
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: notices: %w", err)
	}
	return out, nil
}

// Retract marks post id as retracted with reason: it stays at its URL,
// which shows the reason instead of the body. An empty reason withdraws
// the retraction.
func (s *Service) Retract(ctx context.Context, postID int64, reason string) (*Post, error) {
	reason = strings.TrimSpace(sanitize.Plain(reason))
	if utf8.RuneCountInString(reason) > MaxNotice {
		return nil, fieldErr("reason", "too_long", "a reason is at most %d characters", MaxNotice)
	}
	old, err := s.Get(ctx, postID)
	if err != nil {
		return nil, err
	}
	now := s.now().Unix()
	var at any
	if reason != "" {
		at = now
	}
	res, err := s.db.Exec(ctx, `UPDATE posts SET retraction = ?, retracted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
		reason, at, now, postID)
	if err != nil {
		return nil, fmt.Errorf("content: retract post %d: %w", postID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return nil, fmt.Errorf("content: post %d: %w", postID, store.ErrNotFound)
	}
	p, err := s.Get(ctx, postID)
	if err != nil {
		return nil, err
	}
	s.saved(ctx, p, append(postKeys(old, s.loc), KeyCorrections))
	return p, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
