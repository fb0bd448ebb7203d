package store_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"warta/internal/store"
	"warta/internal/storetest"
)

func TestRebind(t *testing.T) {
	t.Parallel()
	tests := []struct {
		d    store.Dialect
		in   string
		want string
	}{
		{store.SQLite, "SELECT ? , ?", "SELECT ? , ?"},
		{store.Postgres, "SELECT a FROM t WHERE a = ? AND b = ?", "SELECT a FROM t WHERE a = $1 AND b = $2"},
		{store.Postgres, "SELECT '?' , ?", "SELECT '?' , $1"},
		{store.Postgres, "SELECT 1", "SELECT 1"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			t.Parallel()
			if got := tt.d.Rebind(tt.in); got != tt.want {
				t.Errorf("Rebind(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMigrationsMatchAcrossDialects(t *testing.T) {
	t.Parallel()
	versions := func(d store.Dialect) []int {
		ms, err := store.Migrations(d)
		if err != nil {
			t.Fatal(err)
		}
		var vs []int
		for i, m := range ms {
			if i > 0 && m.Version == ms[i-1].Version {
				t.Errorf("%s: two migrations have version %d", d, m.Version)
			}
			vs = append(vs, m.Version)
		}
		return vs
	}
	lite, pg := versions(store.SQLite), versions(store.Postgres)
	if !slices.Equal(lite, pg) || len(lite) == 0 {
		t.Fatalf("sqlite versions %v, postgres versions %v: they must be the same", lite, pg)
	}
}

func TestStore(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var id int64
		err := db.InTx(ctx, func(tx *store.Tx) error {
			return tx.QueryRow(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) RETURNING 1`, "a", "b").Scan(&id)
		})
		if err != nil || id != 1 {
			t.Fatalf("insert returning: %v (id %d)", err, id)
		}
		var v string
		if err := db.QueryRow(ctx, `SELECT value FROM settings WHERE key = ?`, "a").Scan(&v); err != nil || v != "b" {
			t.Fatalf("read back: %q, %v", v, err)
		}
		_, err = db.Exec(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)`, "a", "c")
		if !db.Dialect().IsUniqueViolation(err) {
			t.Fatalf("duplicate key: want unique violation, got %v", err)
		}
		boom := errors.New("boom")
		err = db.InTx(ctx, func(tx *store.Tx) error {
			if _, err := tx.Exec(ctx, `UPDATE settings SET value = ? WHERE key = ?`, "z", "a"); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("InTx error = %v, want boom", err)
		}
		if err := db.QueryRow(ctx, `SELECT value FROM settings WHERE key = ?`, "a").Scan(&v); err != nil || v != "b" {
			t.Fatalf("rolled back value = %q, %v; want b", v, err)
		}
		if _, err := db.Exec(ctx, `INSERT INTO posts (type, status, slug, title, author_id, created_at, updated_at) VALUES ('post','draft','x','X', 999, 0, 0)`); err == nil {
			t.Fatal("foreign key to a missing user was accepted; foreign keys must be enforced")
		}
	})
}

func TestReopenAppliesNothingTwice(t *testing.T) {
	t.Parallel()
	path := store.SQLitePath(t.TempDir())
	for range 2 {
		db, err := store.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := db.QueryRow(context.Background(), `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		ms, _ := store.Migrations(store.SQLite)
		if n != len(ms) {
			t.Fatalf("schema_migrations has %d rows, want %d", n, len(ms))
		}
		db.Close()
	}
}

// Rows loaded with COPY arrive whole, and CopyRows can be emptied and
// filled again.
func TestCopyFrom(t *testing.T) {
	t.Parallel()
	db := storetest.Postgres(t)
	ctx := context.Background()
	if _, err := db.Exec(ctx, `CREATE TABLE copied (id BIGINT, n INTEGER, name TEXT, data BYTEA, note TEXT)`); err != nil {
		t.Fatal(err)
	}
	var rows store.CopyRows
	for round := range 2 {
		rows.Reset()
		for i := range 3 {
			id := int64(10*round + i)
			rows.Row(5)
			rows.Int64(id)
			rows.Int32(int32(-i))
			rows.Text("baris " + strings.Repeat("é", i))
			rows.Bytes([]byte{byte(i), 0, 0xff})
			rows.Field(func(b []byte) []byte { return append(b, "catatan"...) })
		}
		n, err := db.CopyFrom(ctx, "copied", []string{"id", "n", "name", "data", "note"}, &rows)
		if err != nil || n != 3 {
			t.Fatalf("round %d: copied %d rows, %v", round, n, err)
		}
	}
	var got string
	err := db.QueryRow(ctx, `SELECT string_agg(id || ' ' || n || ' ' || name || ' ' || encode(data, 'hex') || ' ' || note, '; ' ORDER BY id) FROM copied`).Scan(&got)
	if err != nil {
		t.Fatal(err)
	}
	want := "0 0 baris  0000ff catatan; 1 -1 baris é 0100ff catatan; 2 -2 baris éé 0200ff catatan; " +
		"10 0 baris  0000ff catatan; 11 -1 baris é 0100ff catatan; 12 -2 baris éé 0200ff catatan"
	if got != want {
		t.Errorf("copied rows:\n%s\nwant\n%s", got, want)
	}
}
