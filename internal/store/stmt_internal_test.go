package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestSQLiteKeepsReadStatementsPrepared(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	kept := func() int {
		db.stmts.mu.RLock()
		defer db.stmts.mu.RUnlock()
		return len(db.stmts.m)
	}
	before := kept()
	for range 3 {
		var n int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM settings WHERE key = ?`, "title").Scan(&n); err != nil {
			t.Fatal(err)
		}
	}
	if got := kept() - before; got != 1 {
		t.Errorf("one query run three times kept %d statements, want 1", got)
	}
	if _, err := db.Query(ctx, `SELECT nope FROM settings`); err == nil {
		t.Error("a bad query did not fail")
	}
	long := make([]any, maxStmtParams+1)
	q := `SELECT COUNT(*) FROM settings WHERE key IN (?` + strings.Repeat(", ?", len(long)-1) + `)`
	for i := range long {
		long[i] = fmt.Sprint("k", i)
	}
	var n int
	if err := db.QueryRow(ctx, q, long...).Scan(&n); err != nil || n != 0 {
		t.Errorf("a long IN list: %d rows, %v", n, err)
	}
	if got := kept() - before; got != 1 {
		t.Errorf("%d statements kept after a bad query and a long IN list, want 1", got)
	}
	for i := range maxStmts + 10 {
		rows, err := db.Query(ctx, fmt.Sprintf(`SELECT %d`, i))
		if err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	if got := kept(); got != maxStmts {
		t.Errorf("%d statements kept, want the limit %d", got, maxStmts)
	}
}
