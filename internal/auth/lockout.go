package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"warta/internal/store"
)

// Login throttling: after MaxEmailFailures failed logins for one address,
// or MaxIPFailures from one client address, within LockoutWindow, further
// attempts are refused until the oldest failure leaves the window. The
// limits live in the database, so every node enforces them together.
const (
	MaxEmailFailures = 5
	MaxIPFailures    = 20
	LockoutWindow    = 15 * time.Minute
)

// LoginKeys are the throttle keys of one attempt: the client address and
// the SHA-256 of the lower-cased email (the address itself is not kept).
type LoginKeys struct{ IP, Email string }

// NewLoginKeys builds the keys of an attempt from ip and email.
func NewLoginKeys(ip, email string) LoginKeys {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(email))))
	return LoginKeys{IP: "ip:" + ip, Email: "email:" + hex.EncodeToString(sum[:])}
}

// LoginBlocked reports whether k is locked out now and, if so, for how
// much longer.
func (s *Service) LoginBlocked(ctx context.Context, k LoginKeys) (time.Duration, error) {
	now := s.now()
	since := now.Add(-LockoutWindow).Unix()
	var wait time.Duration
	for _, c := range []struct {
		key string
		max int
	}{{k.Email, MaxEmailFailures}, {k.IP, MaxIPFailures}} {
		var n int
		var oldest int64
		err := s.db.QueryRow(ctx, `SELECT COUNT(*), COALESCE(MIN(created_at), 0) FROM login_attempts WHERE key = ? AND created_at > ?`,
			c.key, since).Scan(&n, &oldest)
		if err != nil {
			return 0, fmt.Errorf("auth: login attempts: %w", err)
		}
		if n >= c.max {
			wait = max(wait, time.Unix(oldest, 0).Add(LockoutWindow).Sub(now))
		}
	}
	if wait > 0 && wait < time.Second {
		wait = time.Second
	}
	return wait, nil
}

// LoginFailed records a failed attempt under both keys, and forgets
// failures older than the window.
func (s *Service) LoginFailed(ctx context.Context, k LoginKeys) error {
	now := s.now().Unix()
	if _, err := s.db.Exec(ctx, `DELETE FROM login_attempts WHERE created_at <= ?`, now-int64(LockoutWindow/time.Second)); err != nil {
		return fmt.Errorf("auth: prune login attempts: %w", err)
	}
	if _, err := s.db.Exec(ctx, `INSERT INTO login_attempts (key, created_at) VALUES (?, ?), (?, ?)`, k.IP, now, k.Email, now); err != nil {
		return fmt.Errorf("auth: record login attempt: %w", err)
	}
	return nil
}

// LoginSucceeded clears the address's failures (not the client's: one
// good login must not reset a guesser spraying many accounts).
func (s *Service) LoginSucceeded(ctx context.Context, k LoginKeys) error {
	if _, err := s.db.Exec(ctx, `DELETE FROM login_attempts WHERE key = ?`, k.Email); err != nil {
		return fmt.Errorf("auth: clear login attempts: %w", err)
	}
	return nil
}

// decoyHash is an argon2id hash of a password nobody has: checking a
// password against it takes as long as a real check.
const decoyHash = "$argon2id$v=19$m=65536,t=3,p=2$LhuOyDF6hirGCPI2R/04MQ$09emj8wK5C8WH0RbpC8fl2h0A0gUnTOfA51dn9TZrYo"

// CheckLoginEven is CheckLogin taking the same time whether or not the
// address has an account, so that timing does not tell which addresses
// exist.
func (s *Service) CheckLoginEven(ctx context.Context, email, password string) (*User, error) {
	if _, err := s.UserByEmail(ctx, email); errors.Is(err, store.ErrNotFound) {
		_, _ = CheckPassword(decoyHash, password)
		return nil, err
	}
	return s.CheckLogin(ctx, email, password)
}
