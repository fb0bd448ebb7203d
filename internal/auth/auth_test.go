package auth_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"warta/internal/auth"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestPasswordHash(t *testing.T) {
	t.Parallel()
	h, err := auth.HashPassword("rahasia-sekali")
	if err != nil || !strings.HasPrefix(h, "$argon2id$") {
		t.Fatalf("hash %q, %v", h, err)
	}
	if ok, _ := auth.CheckPassword(h, "rahasia-sekali"); !ok {
		t.Error("right password rejected")
	}
	if ok, _ := auth.CheckPassword(h, "rahasia-sekalI"); ok {
		t.Error("wrong password accepted")
	}
	if _, err := auth.CheckPassword("$2y$bcrypt", "x"); err == nil {
		t.Error("a non-argon2id hash was accepted")
	}
}

func TestRoles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		role auth.Role
		cap  auth.Capability
		want bool
	}{
		{auth.Administrator, auth.ManageSettings, true},
		{auth.Editor, auth.EditOthersPosts, true},
		{auth.Editor, auth.ManageUsers, false},
		{auth.Author, auth.PublishPosts, true},
		{auth.Author, auth.EditOthersPosts, false},
		{auth.Contributor, auth.PublishPosts, false},
		{auth.Contributor, auth.UploadFiles, false},
		{auth.Contributor, auth.EditPosts, true},
	}
	for _, tt := range tests {
		if got := tt.role.Can(tt.cap); got != tt.want {
			t.Errorf("%s.Can(%s) = %v", tt.role, tt.cap, got)
		}
	}
}

func TestUsersAndTokens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		svc := auth.NewService(db)
		u, err := svc.AddUser(ctx, auth.NewUser{Email: "Dewi@Example.invalid", Name: "Dewi Lestari", Role: auth.Editor, Password: "kopi-tubruk-pagi"})
		if err != nil {
			t.Fatal(err)
		}
		if u.Email != "dewi@example.invalid" || u.Slug != "dewi-lestari" {
			t.Errorf("user %+v", u)
		}
		bad := []auth.NewUser{
			{Email: "dewi@example.invalid", Name: "Lagi", Role: auth.Author},
			{Email: "not-an-email", Name: "X", Role: auth.Author},
			{Email: "x@example.invalid", Name: "X", Role: "owner"},
			{Email: "y@example.invalid", Name: "Y", Role: auth.Author, Password: "short"},
			{Email: "z@example.invalid", Name: "", Role: auth.Author},
		}
		for _, nu := range bad {
			if _, err := svc.AddUser(ctx, nu); !errors.Is(err, auth.ErrInvalid) {
				t.Errorf("AddUser(%+v) = %v, want ErrInvalid", nu, err)
			}
		}
		if _, err := svc.CheckLogin(ctx, "DEWI@example.invalid", "kopi-tubruk-pagi"); err != nil {
			t.Errorf("login: %v", err)
		}
		if _, err := svc.CheckLogin(ctx, "dewi@example.invalid", "salah"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("wrong password: %v", err)
		}
		tok, err := svc.CreateToken(ctx, u.ID, "cli")
		if err != nil {
			t.Fatal(err)
		}
		got, err := svc.Authenticate(ctx, tok)
		if err != nil || got.ID != u.ID {
			t.Fatalf("Authenticate = %+v, %v", got, err)
		}
		for _, bad := range []string{"", "warta_nope", tok + "x", strings.ToUpper(tok)} {
			if _, err := svc.Authenticate(ctx, bad); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("Authenticate(%q) = %v", bad, err)
			}
		}
		var stored string
		if err := db.QueryRow(ctx, `SELECT token_hash FROM api_tokens`).Scan(&stored); err != nil || strings.Contains(stored, tok) {
			t.Errorf("token stored in clear: %v", err)
		}
	})
}
