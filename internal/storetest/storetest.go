// Package storetest gives each test a fresh, migrated Warta database: a
// SQLite file in the test's temp directory, or, when WARTA_TEST_POSTGRES
// holds a DSN, a new PostgreSQL schema dropped when the test ends.
//
// Tests that must run on both databases call Each, which runs the test
// body once per available dialect.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"warta/internal/store"
)

// PostgresEnv names the environment variable holding the PostgreSQL DSN
// used by tests. When it is unset, PostgreSQL tests are skipped.
const PostgresEnv = "WARTA_TEST_POSTGRES"

// SQLite opens a fresh SQLite database in t's temp directory.
func SQLite(t testing.TB) *store.DB {
	t.Helper()
	path := store.SQLitePath(t.TempDir())
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("storetest: open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Postgres opens a fresh schema in the database named by WARTA_TEST_POSTGRES
// and skips the test when the variable is unset. The schema is dropped when
// the test ends.
func Postgres(t testing.TB) *store.DB {
	t.Helper()
	dsn := PostgresDSN(t)
	if dsn == "" {
		t.Skipf("storetest: %s not set; skipping PostgreSQL", PostgresEnv)
	}
	return open(t, dsn)
}

// PostgresDSN returns a DSN for a new, empty PostgreSQL schema that is
// dropped when the test ends, or "" when WARTA_TEST_POSTGRES is unset. It
// serves tests that start whole processes on the database.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		return ""
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("storetest: open postgres: %v", err)
	}
	defer admin.Close()
	schema := "t_" + randomHex(8)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("storetest: create schema (is PostgreSQL reachable at %s?): %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		_, _ = admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("storetest: parse %s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func open(t testing.TB, dsn string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("storetest: open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Each runs fn as a subtest once on SQLite and once on PostgreSQL (when
// WARTA_TEST_POSTGRES is set), each with a fresh database.
func Each(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		fn(t, SQLite(t))
	})
	t.Run("postgres", func(t *testing.T) {
		t.Parallel()
		fn(t, Postgres(t))
	})
}

// TempDataDir is a data directory for tests that open a whole site.
func TempDataDir(t testing.TB) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "data")
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
