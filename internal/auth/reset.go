package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"warta/internal/store"
)

// ResetLifetime is how long a password-reset link works.
const ResetLifetime = time.Hour

// ErrResetInvalid means a reset token is unknown, used or expired; its
// message is safe to show.
var ErrResetInvalid = errors.New("auth: the reset link is invalid or has expired")

// CreateReset makes a one-time password-reset token for user id and
// returns it; only its hash is stored.
func (s *Service) CreateReset(ctx context.Context, userID int64) (string, error) {
	token, err := randomToken(32)
	if err != nil {
		return "", err
	}
	now := s.now()
	_, err = s.db.Exec(ctx, `INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		hashToken(token), userID, now.Unix(), now.Add(ResetLifetime).Unix())
	if err != nil {
		return "", fmt.Errorf("auth: create reset: %w", err)
	}
	return token, nil
}

// ResetUser returns the user a live reset token belongs to, or
// ErrResetInvalid.
func (s *Service) ResetUser(ctx context.Context, token string) (*User, error) {
	if len(token) < 20 || len(token) > 100 {
		return nil, ErrResetInvalid
	}
	var userID int64
	err := s.db.QueryRow(ctx, `SELECT user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`,
		hashToken(token), s.now().Unix()).Scan(&userID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrResetInvalid
	}
	if err != nil {
		return nil, fmt.Errorf("auth: reset: %w", err)
	}
	return s.UserByID(ctx, userID)
}

// Reset sets a new password with a reset token, spends the token and
// signs the user out everywhere. Nothing changes when either is invalid.
func (s *Service) Reset(ctx context.Context, token, password string) (*User, error) {
	u, err := s.ResetUser(ctx, token)
	if err != nil {
		return nil, err
	}
	hash, err := checkedHash(password)
	if err != nil {
		return nil, err
	}
	now := s.now().Unix()
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		res, err := tx.Exec(ctx, `UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL`, now, hashToken(token))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return errors.Join(ErrResetInvalid, err)
		}
		return setPassword(ctx, tx, u.ID, hash)
	})
	if err != nil {
		if errors.Is(err, ErrResetInvalid) {
			return nil, ErrResetInvalid
		}
		return nil, fmt.Errorf("auth: reset password: %w", err)
	}
	return u, nil
}

// SetPassword replaces user id's password and signs them out everywhere.
func (s *Service) SetPassword(ctx context.Context, userID int64, password string) error {
	hash, err := checkedHash(password)
	if err != nil {
		return err
	}
	err = s.db.InTx(ctx, func(tx *store.Tx) error { return setPassword(ctx, tx, userID, hash) })
	if err != nil {
		return fmt.Errorf("auth: set password: %w", err)
	}
	return nil
}

func checkedHash(password string) (string, error) {
	if len([]rune(password)) < MinPasswordLen {
		return "", fmt.Errorf("auth: %w: password must be at least %d characters", ErrInvalid, MinPasswordLen)
	}
	if len(password) > 1024 {
		return "", fmt.Errorf("auth: %w: password is too long", ErrInvalid)
	}
	return HashPassword(password)
}

func setPassword(ctx context.Context, tx *store.Tx, userID int64, hash string) error {
	res, err := tx.Exec(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, hash, userID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("auth: user %d: %w", userID, store.ErrNotFound)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `DELETE FROM password_resets WHERE user_id = ? AND used_at IS NULL`, userID)
	return err
}
