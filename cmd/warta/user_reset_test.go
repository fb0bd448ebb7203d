package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"warta/internal/auth"
	"warta/internal/store"
)

func TestUserReset(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	if code, _, errOut := cli(t, "sandi-awal-panjang\n", "user", "add", "--data", dir, "--email", "redaksi@example.invalid", "--name", "Redaksi", "--role", "editor"); code != 0 {
		t.Fatalf("user add: %d %s", code, errOut)
	}
	code, out, errOut := cli(t, "", "user", "reset", "--data", dir, "--base-url", "https://warta.example", "--email", "redaksi@example.invalid")
	link := regexp.MustCompile(`https://warta\.example/admin/password/reset\?token=(\S+)`).FindStringSubmatch(out)
	if code != 0 || link == nil {
		t.Fatalf("user reset: %d\n%s\n%s", code, out, errOut)
	}
	db, err := store.Open(context.Background(), store.SQLitePath(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := auth.NewService(db)
	if _, err := svc.ResetUser(context.Background(), link[1]); err != nil {
		t.Errorf("the printed link does not work: %v", err)
	}
	if code, _, errOut := cli(t, "sandi-baru-dari-stdin\n", "user", "reset", "--data", dir, "--stdin", "--email", "redaksi@example.invalid"); code != 0 {
		t.Fatalf("user reset --stdin: %d %s", code, errOut)
	}
	if _, err := svc.CheckLogin(context.Background(), "redaksi@example.invalid", "sandi-baru-dari-stdin"); err != nil {
		t.Errorf("new password refused: %v", err)
	}
	if code, _, errOut := cli(t, "", "user", "reset", "--data", dir, "--email", "siapa@example.invalid"); code != 1 || !strings.Contains(errOut, "no user") {
		t.Errorf("unknown user: %d %s", code, errOut)
	}
	if code, _, _ := cli(t, "", "user", "reset", "--data", dir); code != 2 {
		t.Errorf("missing --email: %d", code)
	}
}
