package auth

import (
	"context"
	"fmt"
	"time"

	"warta/internal/sanitize"
)

// Users lists every user by name.
func (s *Service) Users(ctx context.Context) ([]User, error) {
	rows, err := s.db.Query(ctx, `SELECT `+userColumns+` FROM users ORDER BY name, id`)
	if err != nil {
		return nil, fmt.Errorf("auth: list users: %w", err)
	}
	defer rows.Close()
	var us []User
	for rows.Next() {
		var u User
		var created int64
		if err := rows.Scan(&u.ID, &u.Email, &u.Name, &u.Slug, &u.Bio, &u.Role, &created); err != nil {
			return nil, fmt.Errorf("auth: scan user: %w", err)
		}
		u.Created = time.Unix(created, 0)
		us = append(us, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("auth: list users: %w", err)
	}
	return us, nil
}

// UserChange is an administrator's edit of a user's profile and role.
type UserChange struct {
	Name, Bio string
	Role      Role
}

// UpdateUser changes a user's name, bio and role. A role change signs the
// user out everywhere, so the new rights apply at once.
func (s *Service) UpdateUser(ctx context.Context, id int64, c UserChange) error {
	old, err := s.UserByID(ctx, id)
	if err != nil {
		return err
	}
	name := sanitize.Plain(c.Name)
	if name == "" || len([]rune(name)) > 100 {
		return fmt.Errorf("auth: %w: name must be 1 to 100 characters", ErrInvalid)
	}
	if _, ok := ParseRole(string(c.Role)); !ok {
		return fmt.Errorf("auth: %w: role must be administrator, editor, author or contributor", ErrInvalid)
	}
	if _, err := s.db.Exec(ctx, `UPDATE users SET name = ?, bio = ?, role = ? WHERE id = ?`, name, sanitize.Plain(c.Bio), c.Role, id); err != nil {
		return fmt.Errorf("auth: update user: %w", err)
	}
	if old.Role != c.Role {
		return s.DeleteUserSessions(ctx, id)
	}
	return nil
}

// CountRole counts the users holding role (to keep the last
// administrator from being demoted).
func (s *Service) CountRole(ctx context.Context, r Role) (int, error) {
	var n int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM users WHERE role = ?`, r).Scan(&n); err != nil {
		return 0, fmt.Errorf("auth: count role: %w", err)
	}
	return n, nil
}

// Locale returns the admin language user id chose ("" for none).
func (s *Service) Locale(ctx context.Context, id int64) (string, error) {
	var l string
	if err := s.db.QueryRow(ctx, `SELECT locale FROM users WHERE id = ?`, id).Scan(&l); err != nil {
		return "", fmt.Errorf("auth: locale: %w", err)
	}
	return l, nil
}

// SetLocale stores the admin language of user id ("id" or "en").
func (s *Service) SetLocale(ctx context.Context, id int64, locale string) error {
	if locale != "id" && locale != "en" {
		return fmt.Errorf("auth: %w: language must be id or en", ErrInvalid)
	}
	if _, err := s.db.Exec(ctx, `UPDATE users SET locale = ? WHERE id = ?`, locale, id); err != nil {
		return fmt.Errorf("auth: set locale: %w", err)
	}
	return nil
}
