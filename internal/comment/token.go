package comment

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"warta/internal/store"
)

// secretKey is the settings row holding the key that signs tokens and
// hashes addresses. It lives in the database so that every server of a
// PostgreSQL site shares it.
const secretKey = "comment_secret"

// secret returns the signing key, creating it on first use. Two servers
// racing to create it both end up with the one that was stored first.
func (s *Service) secret(ctx context.Context) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.key != nil {
		return s.key, nil
	}
	var v string
	err := s.db.QueryRow(ctx, `SELECT value FROM settings WHERE key = ?`, secretKey).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("comment: make secret: %w", err)
		}
		if _, err := s.db.Exec(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`,
			secretKey, hex.EncodeToString(b)); err != nil {
			return nil, fmt.Errorf("comment: store secret: %w", err)
		}
		err = s.db.QueryRow(ctx, `SELECT value FROM settings WHERE key = ?`, secretKey).Scan(&v)
	}
	if err != nil {
		return nil, fmt.Errorf("comment: load secret: %w", err)
	}
	key, err := hex.DecodeString(v)
	if err != nil || len(key) < 16 {
		return nil, fmt.Errorf("comment: the stored secret is malformed")
	}
	s.key = key
	return key, nil
}

// mac is the keyed hash of the parts of msg.
func mac(key []byte, parts ...string) []byte {
	h := hmac.New(sha256.New, key)
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum(nil)
}

// hashOf is a short keyed hash for storing addresses without keeping them
// readable (IPs) or for looking them up (emails in rate buckets).
func (s *Service) hashOf(ctx context.Context, kind, v string) (string, error) {
	key, err := s.secret(ctx)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(mac(key, kind, v)[:16]), nil
}

// sign makes a token carrying fields, readable by open with the same key.
func sign(key []byte, fields ...string) string {
	payload := strings.Join(fields, ".")
	sig := mac(key, "token", payload)[:18]
	return base64.RawURLEncoding.EncodeToString([]byte(payload)) + "." + base64.RawURLEncoding.EncodeToString(sig)
}

// open checks a token's signature and returns its fields.
func open(key []byte, token string) ([]string, bool) {
	p64, s64, ok := strings.Cut(token, ".")
	if !ok || len(token) > 200 {
		return nil, false
	}
	payload, err1 := base64.RawURLEncoding.DecodeString(p64)
	sig, err2 := base64.RawURLEncoding.DecodeString(s64)
	if err1 != nil || err2 != nil {
		return nil, false
	}
	want := mac(key, "token", string(payload))[:18]
	if subtle.ConstantTimeCompare(sig, want) != 1 {
		return nil, false
	}
	return strings.Split(string(payload), "."), true
}

// Kinds of time token: stamped by the script when the reader starts on
// the form, or rendered into the (cached) page.
const (
	stampScript = "j"
	stampPage   = "p"
)

// maxFormAge is how long a script-stamped form stays valid.
const maxFormAge = 24 * time.Hour

// TimeToken signs the moment a reader started on the form of post: the
// script fetches one when the form is first used. A time token is what
// the time trap measures from.
func (s *Service) TimeToken(ctx context.Context, postID int64) (string, error) {
	return s.timeToken(ctx, stampScript, postID)
}

// PageToken is the time token rendered into the article page itself. The
// page is cached, so its time is when the page was rendered, not when the
// reader opened it: a form sent with it (the reader has no script) proves
// only that it came from the page, and the comment is held.
func (s *Service) PageToken(ctx context.Context, postID int64) (string, error) {
	return s.timeToken(ctx, stampPage, postID)
}

func (s *Service) timeToken(ctx context.Context, kind string, postID int64) (string, error) {
	key, err := s.secret(ctx)
	if err != nil {
		return "", err
	}
	return sign(key, "t", kind, strconv.FormatInt(postID, 10), strconv.FormatInt(s.now().Unix(), 10)), nil
}

// stamp is a checked time token.
type stamp struct {
	script  bool
	elapsed time.Duration
}

// checkTimeToken verifies a form's time token for post.
func (s *Service) checkTimeToken(ctx context.Context, token string, postID int64) (stamp, error) {
	key, err := s.secret(ctx)
	if err != nil {
		return stamp{}, err
	}
	expired := reject("", CodeExpired, "the form's time token is missing or not valid; reload the page")
	f, ok := open(key, token)
	if !ok || len(f) != 4 || f[0] != "t" || (f[1] != stampScript && f[1] != stampPage) {
		return stamp{}, expired
	}
	post, err1 := strconv.ParseInt(f[2], 10, 64)
	at, err2 := strconv.ParseInt(f[3], 10, 64)
	if err1 != nil || err2 != nil || post != postID {
		return stamp{}, expired
	}
	elapsed := s.now().Sub(time.Unix(at, 0))
	if elapsed < 0 {
		elapsed = 0
	}
	if f[1] == stampScript && elapsed > maxFormAge {
		return stamp{}, expired
	}
	return stamp{script: f[1] == stampScript, elapsed: elapsed}, nil
}

// pendingTTL is how long a commenter can see their own waiting comment.
const pendingTTL = 2 * time.Hour

// ViewToken lets the one who wrote comment id see it while it waits for
// moderation, for a while. Only they get it, in the answer to their post.
func (s *Service) ViewToken(ctx context.Context, id int64) (string, error) {
	key, err := s.secret(ctx)
	if err != nil {
		return "", err
	}
	exp := s.now().Add(pendingTTL).Unix()
	return sign(key, "v", strconv.FormatInt(id, 10), strconv.FormatInt(exp, 10)), nil
}

// viewTokenID returns the comment a view token is for.
func (s *Service) viewTokenID(ctx context.Context, token string) (int64, error) {
	key, err := s.secret(ctx)
	if err != nil {
		return 0, err
	}
	notFound := fmt.Errorf("comment: view token: %w", store.ErrNotFound)
	f, ok := open(key, token)
	if !ok || len(f) != 3 || f[0] != "v" {
		return 0, notFound
	}
	id, err1 := strconv.ParseInt(f[1], 10, 64)
	exp, err2 := strconv.ParseInt(f[2], 10, 64)
	if err1 != nil || err2 != nil || s.now().Unix() > exp {
		return 0, notFound
	}
	return id, nil
}

// FormToken is the time token for a form shown again to its reader after
// a refusal: the token they sent while it is still good for post (fresh
// is then true: the time trap keeps measuring from when they started),
// otherwise a new page token.
func (s *Service) FormToken(ctx context.Context, postID int64, sent string) (token string, fresh bool, err error) {
	if sent != "" {
		if _, err := s.checkTimeToken(ctx, sent, postID); err == nil {
			return sent, true, nil
		}
	}
	token, err = s.PageToken(ctx, postID)
	return token, false, err
}
