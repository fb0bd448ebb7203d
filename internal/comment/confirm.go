package comment

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/store"
)

// confirmTTL is how long a confirmation link works.
const confirmTTL = 7 * 24 * time.Hour

// ConfirmPath is the public path of confirmation links; the token follows
// in the query parameter "t".
const ConfirmPath = "/comments/confirm"

// isConfirmed reports whether email went through a confirmation link.
func (s *Service) isConfirmed(ctx context.Context, email string) (bool, error) {
	h, err := s.hashOf(ctx, "email", email)
	if err != nil {
		return false, err
	}
	var n int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM comment_emails WHERE email_hash = ?`, h).Scan(&n); err != nil {
		return false, fmt.Errorf("comment: confirmed address: %w", err)
	}
	return n > 0, nil
}

// askConfirmation stores a one-time link for c's address and mails it.
// Without a mailer the comment simply waits for a moderator.
func (s *Service) askConfirmation(ctx context.Context, c *Comment, p *content.Post) {
	if s.mail == nil {
		s.log.Warn("comment confirmation needs an SMTP server; the comment waits for a moderator", "comment_id", c.ID)
		return
	}
	token, err := s.newConfirmation(ctx, c)
	if err != nil {
		s.log.Error("comment confirmation failed", "comment_id", c.ID, "err", err)
		return
	}
	link := s.baseURL + ConfirmPath + "?t=" + url.QueryEscape(token)
	subject := i18n.T(s.lang, "Konfirmasi komentar Anda di %s", p.Title)
	body := i18n.T(s.lang, "Halo %s,\n\nTerima kasih atas komentar Anda pada artikel \"%s\". Untuk menerbitkannya, konfirmasikan alamat email Anda dengan membuka tautan ini dalam %d hari:\n\n%s\n\nBila Anda tidak mengirim komentar ini, abaikan email ini.",
		c.Author, p.Title, int(confirmTTL/(24*time.Hour)), link)
	s.send(ctx, "confirmation", []string{c.Email}, subject, body)
}

// newConfirmation stores a confirmation token for c and returns it.
func (s *Service) newConfirmation(ctx context.Context, c *Comment) (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("comment: confirmation token: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(b)
	eh, err := s.hashOf(ctx, "email", c.Email)
	if err != nil {
		return "", err
	}
	now := s.now()
	_, err = s.db.Exec(ctx, `INSERT INTO comment_confirmations (token_hash, comment_id, email_hash, created_at, expires_at)
		VALUES (?, ?, ?, ?, ?)`, tokenHash(token), c.ID, eh, now.Unix(), now.Add(confirmTTL).Unix())
	if err != nil {
		return "", fmt.Errorf("comment: store confirmation: %w", err)
	}
	return token, nil
}

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// ConfirmTarget returns the comment an unused, unexpired confirmation
// token was sent for, without using the token.
func (s *Service) ConfirmTarget(ctx context.Context, token string) (*Comment, error) {
	var id int64
	err := s.db.QueryRow(ctx, `SELECT comment_id FROM comment_confirmations
		WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`, tokenHash(token), s.now().Unix()).Scan(&id)
	if err != nil {
		return nil, fmt.Errorf("comment: confirmation: %w", store.ErrNotFound)
	}
	return s.Get(ctx, id)
}

// Confirm uses a confirmation token once: the address counts as confirmed
// from now on, and its comments held only for the confirmation are
// published. It returns the comment the link was sent for, as it is now.
func (s *Service) Confirm(ctx context.Context, token string) (*Comment, error) {
	c, err := s.ConfirmTarget(ctx, token)
	if err != nil {
		return nil, err
	}
	eh, err := s.hashOf(ctx, "email", c.Email)
	if err != nil {
		return nil, err
	}
	now := s.now().Unix()
	var released []int64
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		res, err := tx.Exec(ctx, `UPDATE comment_confirmations SET used_at = ?
			WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`, now, tokenHash(token), now)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return fmt.Errorf("comment: confirmation used meanwhile: %w", store.ErrNotFound)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO comment_emails (email_hash, confirmed_at) VALUES (?, ?)
			ON CONFLICT (email_hash) DO NOTHING`, eh, now); err != nil {
			return err
		}
		released, err = release(ctx, tx, c.Email, now)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("comment: confirm: %w", err)
	}
	for _, postID := range released {
		s.purgePost(ctx, postID)
	}
	return s.Get(ctx, c.ID)
}

// release drops the confirmation reason from email's pending comments and
// approves those with no reason left. It returns the posts that changed.
func release(ctx context.Context, tx *store.Tx, email string, now int64) ([]int64, error) {
	rows, err := tx.Query(ctx, `SELECT `+columns+` FROM comments c WHERE c.email = ? AND c.status = 'pending'`, email)
	if err != nil {
		return nil, err
	}
	held, err := scanComments(rows)
	if err != nil {
		return nil, err
	}
	var posts []int64
	for _, c := range held {
		if !slices.Contains(c.Reasons, ReasonUnconfirmed) {
			continue
		}
		reasons := without(c.Reasons, ReasonUnconfirmed)
		status := Pending
		if len(reasons) == 0 {
			status = Approved
			posts = append(posts, c.PostID)
		}
		if _, err := tx.Exec(ctx, `UPDATE comments SET status = ?, reasons = ?, updated_at = ? WHERE id = ?`,
			status, joinReasons(reasons), now, c.ID); err != nil {
			return nil, err
		}
	}
	return posts, nil
}
