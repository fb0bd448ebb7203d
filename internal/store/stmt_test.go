package store_test

import (
	"context"
	"fmt"
	"testing"

	"warta/internal/store"
	"warta/internal/storetest"
)

// TestReadsStayCorrectWhenPrepared runs read queries often enough to be
// served by prepared statements (on SQLite) and checks their answers
// through writes, a schema change, more distinct queries than are kept
// prepared, and a query that cannot be prepared.
func TestReadsStayCorrectWhenPrepared(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if _, err := db.Exec(ctx, `CREATE TABLE stmt_probe (id BIGINT PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
			t.Fatal(err)
		}
		count := func() int {
			t.Helper()
			var n int
			if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM stmt_probe WHERE id > ?`, 0).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		for i := 1; i <= 5; i++ {
			if _, err := db.Exec(ctx, `INSERT INTO stmt_probe (id, name) VALUES (?, ?)`, i, fmt.Sprint("n", i)); err != nil {
				t.Fatal(err)
			}
			if got := count(); got != i {
				t.Fatalf("after %d inserts the prepared count says %d", i, got)
			}
		}
		names := func() []string {
			t.Helper()
			rows, err := db.Query(ctx, `SELECT * FROM stmt_probe WHERE id <= ? ORDER BY id`, 2)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			cols, _ := rows.Columns()
			var out []string // each row as fmt prints it
			for rows.Next() {
				vals := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range vals {
					ptrs[i] = &vals[i]
				}
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				out = append(out, fmt.Sprint(vals))
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			return out
		}
		if got, want := fmt.Sprint(names()), "[[1 n1] [2 n2]]"; got != want {
			t.Errorf("SELECT * = %s, want %s", got, want)
		}
		// SQLite prepares a kept statement again after a schema change.
		// (pgx, which keeps statements itself, fails the first query after
		// one: Warta changes its schema only before it serves.)
		if db.Dialect() == store.SQLite {
			if _, err := db.Exec(ctx, `ALTER TABLE stmt_probe ADD COLUMN note TEXT NOT NULL DEFAULT 'x'`); err != nil {
				t.Fatal(err)
			}
			if got, want := fmt.Sprint(names()), "[[1 n1 x] [2 n2 x]]"; got != want {
				t.Errorf("SELECT * after ADD COLUMN = %s, want %s", got, want)
			}
		}
		for i := range 300 { // more distinct strings than are kept prepared
			var n int
			if err := db.QueryRow(ctx, fmt.Sprintf(`SELECT COUNT(*) + %d FROM stmt_probe`, i)).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 5+i {
				t.Fatalf("query %d = %d, want %d", i, n, 5+i)
			}
		}
		if got := count(); got != 5 {
			t.Errorf("count after the cache filled = %d, want 5", got)
		}
		for range 2 {
			if _, err := db.Query(ctx, `SELECT nope FROM stmt_probe`); err == nil {
				t.Error("a query of a missing column did not fail")
			}
			if err := db.QueryRow(ctx, `SELEKT 1`).Scan(new(int)); err == nil {
				t.Error("a malformed query did not fail")
			}
		}
	})
}
