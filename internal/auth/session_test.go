package auth

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"warta/internal/store"
	"warta/internal/storetest"
)

// clock is a settable time source for the service.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newTestService(t *testing.T, db *store.DB) (*Service, *clock, *User) {
	t.Helper()
	c := &clock{t: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)}
	s := &Service{db: db, now: c.now}
	u, err := s.AddUser(context.Background(), NewUser{Email: "sesi@example.invalid", Name: "Sesi", Role: Author, Password: "sandi-rahasia-1"})
	if err != nil {
		t.Fatal(err)
	}
	return s, c, u
}

func TestSessions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, c, u := newTestService(t, db)
		token, sess, err := s.CreateSession(ctx, u.ID)
		if err != nil || token == "" || sess.CSRF == "" {
			t.Fatalf("CreateSession = %q, %+v, %v", token, sess, err)
		}
		var stored int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM sessions WHERE id = ?`, token).Scan(&stored); err != nil || stored != 0 {
			t.Errorf("session token stored in clear (%d, %v)", stored, err)
		}
		got, gu, err := s.SessionUser(ctx, token)
		if err != nil || gu.ID != u.ID || got.CSRF != sess.CSRF {
			t.Fatalf("SessionUser = %+v, %+v, %v", got, gu, err)
		}
		for _, bad := range []string{"", "short", token + "x", token[1:] + "A"} {
			if _, _, err := s.SessionUser(ctx, bad); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("SessionUser(%q) = %v, want not found", bad, err)
			}
		}
		// Activity keeps an idle session alive; silence ends it.
		c.t = c.t.Add(SessionIdle - time.Hour)
		if _, _, err := s.SessionUser(ctx, token); err != nil {
			t.Fatalf("session ended early: %v", err)
		}
		c.t = c.t.Add(SessionIdle - time.Hour)
		if _, _, err := s.SessionUser(ctx, token); err != nil {
			t.Fatalf("touched session ended: %v", err)
		}
		c.t = c.t.Add(SessionIdle)
		if _, _, err := s.SessionUser(ctx, token); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("idle session still valid: %v", err)
		}
		// The absolute lifetime ends even a busy session.
		token2, _, err := s.CreateSession(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		for step := time.Duration(0); step < SessionLifetime; step += SessionIdle / 2 {
			c.t = c.t.Add(SessionIdle / 2)
			_, _, err = s.SessionUser(ctx, token2)
		}
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("session outlived its lifetime: %v", err)
		}
		token3, _, _ := s.CreateSession(ctx, u.ID)
		if err := s.DeleteSession(ctx, token3); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.SessionUser(ctx, token3); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("deleted session still valid: %v", err)
		}
	})
}

func TestLockout(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, c, _ := newTestService(t, db)
		k := NewLoginKeys("192.0.2.7", "Sesi@example.invalid")
		for i := 0; i < MaxEmailFailures; i++ {
			if wait, err := s.LoginBlocked(ctx, k); err != nil || wait != 0 {
				t.Fatalf("attempt %d blocked (%v, %v)", i, wait, err)
			}
			if err := s.LoginFailed(ctx, k); err != nil {
				t.Fatal(err)
			}
			c.t = c.t.Add(time.Second)
		}
		wait, err := s.LoginBlocked(ctx, k)
		if err != nil || wait <= 0 || wait > LockoutWindow {
			t.Fatalf("after %d failures: wait %v, %v", MaxEmailFailures, wait, err)
		}
		other := NewLoginKeys("192.0.2.8", "lain@example.invalid")
		if wait, _ := s.LoginBlocked(ctx, other); wait != 0 {
			t.Errorf("another account and client are blocked too")
		}
		c.t = c.t.Add(LockoutWindow)
		if wait, _ := s.LoginBlocked(ctx, k); wait != 0 {
			t.Errorf("still blocked after the window: %v", wait)
		}
		// Many accounts from one client lock the client out.
		for i := 0; i < MaxIPFailures; i++ {
			if err := s.LoginFailed(ctx, NewLoginKeys("198.51.100.1", fmt.Sprintf("u%d@example.invalid", i))); err != nil {
				t.Fatal(err)
			}
		}
		if wait, _ := s.LoginBlocked(ctx, NewLoginKeys("198.51.100.1", "fresh@example.invalid")); wait == 0 {
			t.Error("a client spraying accounts is not blocked")
		}
		if err := s.LoginSucceeded(ctx, k); err != nil {
			t.Fatal(err)
		}
	})
}

func TestPasswordReset(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, c, u := newTestService(t, db)
		session, _, _ := s.CreateSession(ctx, u.ID)
		token, err := s.CreateReset(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Reset(ctx, token, "short"); !errors.Is(err, ErrInvalid) {
			t.Errorf("short password: %v", err)
		}
		if _, err := s.Reset(ctx, "nope-nope-nope-nope-nope", "sandi-baru-yang-panjang"); !errors.Is(err, ErrResetInvalid) {
			t.Errorf("unknown token: %v", err)
		}
		if _, err := s.Reset(ctx, token, "sandi-baru-yang-panjang"); err != nil {
			t.Fatal(err)
		}
		if _, err := s.CheckLogin(ctx, u.Email, "sandi-baru-yang-panjang"); err != nil {
			t.Errorf("new password refused: %v", err)
		}
		if _, _, err := s.SessionUser(ctx, session); !errors.Is(err, store.ErrNotFound) {
			t.Error("old session survived a password reset")
		}
		if _, err := s.Reset(ctx, token, "sandi-ketiga-panjang"); !errors.Is(err, ErrResetInvalid) {
			t.Errorf("token used twice: %v", err)
		}
		late, _ := s.CreateReset(ctx, u.ID)
		c.t = c.t.Add(ResetLifetime + time.Second)
		if _, err := s.ResetUser(ctx, late); !errors.Is(err, ErrResetInvalid) {
			t.Errorf("expired token: %v", err)
		}
	})
}

func TestCheckLoginEven(t *testing.T) {
	t.Parallel()
	s, _, u := newTestService(t, storetest.SQLite(t))
	ctx := context.Background()
	if ok, err := CheckPassword(decoyHash, "tidak-dipakai-untuk-apa-pun"); !ok || err != nil {
		t.Fatalf("the decoy hash is not a valid argon2id hash: %v", err)
	}
	if got, err := s.CheckLoginEven(ctx, u.Email, "sandi-rahasia-1"); err != nil || got.ID != u.ID {
		t.Errorf("right password: %v", err)
	}
	for _, c := range [][2]string{{u.Email, "salah-salah-salah"}, {"tidak-ada@example.invalid", "sandi-rahasia-1"}} {
		if _, err := s.CheckLoginEven(ctx, c[0], c[1]); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("CheckLoginEven(%q) = %v", c[0], err)
		}
	}
}
