package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"warta/internal/store"
)

const tokenPrefix = "warta_"

// CreateToken makes a new API bearer token for user id and returns it. Only
// its hash is stored: the token cannot be shown again.
func (s *Service) CreateToken(ctx context.Context, userID int64, name string) (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("auth: token: %w", err)
	}
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(raw)
	_, err := s.db.Exec(ctx, `INSERT INTO api_tokens (user_id, token_hash, name, created_at) VALUES (?, ?, ?, ?)`,
		userID, hashToken(token), name, s.now().Unix())
	if err != nil {
		return "", fmt.Errorf("auth: store token: %w", err)
	}
	return token, nil
}

// Authenticate returns the user owning token, or an error wrapping
// store.ErrNotFound.
func (s *Service) Authenticate(ctx context.Context, token string) (*User, error) {
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 200 {
		return nil, fmt.Errorf("auth: malformed token: %w", store.ErrNotFound)
	}
	return s.userWhere(ctx, `id = (SELECT user_id FROM api_tokens WHERE token_hash = ?)`, hashToken(token))
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
