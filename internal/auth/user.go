package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"warta/internal/sanitize"
	"warta/internal/store"
)

// User is a person with an account. Email is private: never render it on
// a public page or log it.
type User struct {
	ID      int64
	Email   string
	Name    string
	Slug    string
	Bio     string
	Role    Role
	Created time.Time
}

// Service manages users and tokens.
type Service struct {
	db  *store.DB
	now func() time.Time
}

// NewService returns a Service over db.
func NewService(db *store.DB) *Service { return &Service{db: db, now: time.Now} }

// ErrInvalid is wrapped by errors about bad user input; its message is
// safe to show.
var ErrInvalid = errors.New("invalid")

// NewUser is what AddUser needs. An empty Password makes an account that
// cannot log in until a password is set (imported or demo authors).
type NewUser struct {
	Email, Name, Slug, Bio string
	Role                   Role
	Password               string
}

// AddUser creates a user.
func (s *Service) AddUser(ctx context.Context, nu NewUser) (*User, error) {
	email, err := NormalizeEmail(nu.Email)
	if err != nil {
		return nil, err
	}
	name := sanitize.Plain(nu.Name)
	if name == "" || len([]rune(name)) > 100 {
		return nil, fmt.Errorf("auth: %w: name must be 1 to 100 characters", ErrInvalid)
	}
	if _, ok := ParseRole(string(nu.Role)); !ok {
		return nil, fmt.Errorf("auth: %w: role must be administrator, editor, author or contributor", ErrInvalid)
	}
	hash := ""
	if nu.Password != "" {
		if len([]rune(nu.Password)) < MinPasswordLen {
			return nil, fmt.Errorf("auth: %w: password must be at least %d characters", ErrInvalid, MinPasswordLen)
		}
		if hash, err = HashPassword(nu.Password); err != nil {
			return nil, err
		}
	}
	slug := nu.Slug
	if slug == "" {
		slug = slugOf(name)
	}
	u := &User{Email: email, Name: name, Slug: slug, Bio: sanitize.Plain(nu.Bio), Role: nu.Role, Created: s.now().Truncate(time.Second)}
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		for n := 1; ; n++ {
			try := slug
			if n > 1 {
				try = fmt.Sprintf("%s-%d", slug, n)
			}
			var taken int
			if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM users WHERE slug = ?`, try).Scan(&taken); err != nil {
				return err
			}
			if taken == 0 {
				u.Slug = try
				break
			}
		}
		return tx.QueryRow(ctx, `INSERT INTO users (email, name, slug, bio, role, password_hash, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, u.Email, u.Name, u.Slug, u.Bio, u.Role, hash, u.Created.Unix()).Scan(&u.ID)
	})
	if s.db.Dialect().IsUniqueViolation(err) {
		return nil, fmt.Errorf("auth: %w: a user with that email exists", ErrInvalid)
	}
	if err != nil {
		return nil, fmt.Errorf("auth: add user: %w", err)
	}
	return u, nil
}

// NormalizeEmail checks an address and lower-cases it.
func NormalizeEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || len(s) > 254 {
		return "", fmt.Errorf("auth: %w: not a valid email address", ErrInvalid)
	}
	return strings.ToLower(s), nil
}

const userColumns = `id, email, name, slug, bio, role, created_at`

func (s *Service) userWhere(ctx context.Context, where string, args ...any) (*User, error) {
	var u User
	var created int64
	err := s.db.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE `+where, args...).
		Scan(&u.ID, &u.Email, &u.Name, &u.Slug, &u.Bio, &u.Role, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("auth: user: %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("auth: get user: %w", err)
	}
	u.Created = time.Unix(created, 0)
	return &u, nil
}

// UserByEmail finds a user by address (case-insensitive).
func (s *Service) UserByEmail(ctx context.Context, email string) (*User, error) {
	return s.userWhere(ctx, `email = ?`, strings.ToLower(strings.TrimSpace(email)))
}

// UserByID finds a user by id.
func (s *Service) UserByID(ctx context.Context, id int64) (*User, error) {
	return s.userWhere(ctx, `id = ?`, id)
}

// CheckLogin returns the user whose email and password match. Any mismatch
// gives the same store.ErrNotFound, so callers cannot tell which was wrong.
func (s *Service) CheckLogin(ctx context.Context, email, password string) (*User, error) {
	u, err := s.UserByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	var hash string
	if err := s.db.QueryRow(ctx, `SELECT password_hash FROM users WHERE id = ?`, u.ID).Scan(&hash); err != nil {
		return nil, fmt.Errorf("auth: password: %w", err)
	}
	if hash == "" {
		return nil, fmt.Errorf("auth: login: %w", store.ErrNotFound)
	}
	ok, err := CheckPassword(hash, password)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("auth: login: %w", store.ErrNotFound)
	}
	return u, nil
}

// slugOf makes an author slug from a display name.
func slugOf(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "penulis"
	}
	return b.String()
}
