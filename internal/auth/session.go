package auth

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"warta/internal/store"
)

// Session lifetimes: a session ends SessionLifetime after sign-in, or
// after SessionIdle without a request, whichever comes first.
const (
	SessionLifetime = 14 * 24 * time.Hour
	SessionIdle     = 3 * 24 * time.Hour
	// touchEvery limits last_seen writes to one a minute per session.
	touchEvery = time.Minute
)

// Session is a signed-in browser. The cookie holds a random token; the
// database holds only its SHA-256, so sessions survive restarts and are
// shared by every node on PostgreSQL.
type Session struct {
	UserID   int64
	CSRF     string // synchronizer token for the session's forms
	Created  time.Time
	Expires  time.Time
	LastSeen time.Time
	hash     string
}

// CreateSession signs user in and returns the cookie token (shown only
// here) and the session.
func (s *Service) CreateSession(ctx context.Context, userID int64) (string, *Session, error) {
	token, err := randomToken(32)
	if err != nil {
		return "", nil, err
	}
	csrf, err := randomToken(32)
	if err != nil {
		return "", nil, err
	}
	now := s.now().Truncate(time.Second)
	sess := &Session{UserID: userID, CSRF: csrf, Created: now, Expires: now.Add(SessionLifetime), LastSeen: now, hash: hashToken(token)}
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		// Sign-in is a good moment to drop every expired session.
		if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE expires_at <= ? OR last_seen <= ?`,
			now.Unix(), now.Add(-SessionIdle).Unix()); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO sessions (id, user_id, csrf, created_at, expires_at, last_seen) VALUES (?, ?, ?, ?, ?, ?)`,
			sess.hash, userID, csrf, now.Unix(), sess.Expires.Unix(), now.Unix())
		return err
	})
	if err != nil {
		return "", nil, fmt.Errorf("auth: create session: %w", err)
	}
	return token, sess, nil
}

// SessionUser returns the live session of token and its user, or an error
// wrapping store.ErrNotFound when the token is unknown, expired or idle
// too long. It records the activity.
func (s *Service) SessionUser(ctx context.Context, token string) (*Session, *User, error) {
	if len(token) < 20 || len(token) > 100 {
		return nil, nil, fmt.Errorf("auth: malformed session: %w", store.ErrNotFound)
	}
	sess := &Session{hash: hashToken(token)}
	var created, expires, seen int64
	err := s.db.QueryRow(ctx, `SELECT user_id, csrf, created_at, expires_at, last_seen FROM sessions WHERE id = ?`, sess.hash).
		Scan(&sess.UserID, &sess.CSRF, &created, &expires, &seen)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("auth: session: %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("auth: session: %w", err)
	}
	sess.Created, sess.Expires, sess.LastSeen = time.Unix(created, 0), time.Unix(expires, 0), time.Unix(seen, 0)
	now := s.now()
	if !now.Before(sess.Expires) || now.Sub(sess.LastSeen) >= SessionIdle {
		_, _ = s.db.Exec(ctx, `DELETE FROM sessions WHERE id = ?`, sess.hash)
		return nil, nil, fmt.Errorf("auth: session expired: %w", store.ErrNotFound)
	}
	u, err := s.UserByID(ctx, sess.UserID)
	if err != nil {
		return nil, nil, err
	}
	if now.Sub(sess.LastSeen) >= touchEvery {
		if _, err := s.db.Exec(ctx, `UPDATE sessions SET last_seen = ? WHERE id = ?`, now.Unix(), sess.hash); err != nil {
			return nil, nil, fmt.Errorf("auth: touch session: %w", err)
		}
		sess.LastSeen = now.Truncate(time.Second)
	}
	return sess, u, nil
}

// DeleteSession signs the session of token out. An unknown token is not
// an error: signing out twice is fine.
func (s *Service) DeleteSession(ctx context.Context, token string) error {
	if _, err := s.db.Exec(ctx, `DELETE FROM sessions WHERE id = ?`, hashToken(token)); err != nil {
		return fmt.Errorf("auth: delete session: %w", err)
	}
	return nil
}

// DeleteUserSessions signs user out everywhere (after a password change,
// a role change or removal).
func (s *Service) DeleteUserSessions(ctx context.Context, userID int64) error {
	if _, err := s.db.Exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
		return fmt.Errorf("auth: delete sessions: %w", err)
	}
	return nil
}

// randomToken returns n random bytes, base64url-encoded.
func randomToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("auth: random: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
