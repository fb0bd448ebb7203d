package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/demo"
	"warta/internal/storetest"
)

func TestReindexCommand(t *testing.T) {
	t.Parallel()
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "data")
			args := []string{"--data", dir}
			if dialect == "postgres" {
				dsn := storetest.PostgresDSN(t)
				if dsn == "" {
					t.Skipf("%s not set", storetest.PostgresEnv)
				}
				args = append(args, "--db", dsn)
			}
			if code, _, errOut := cli(t, "", append([]string{"demo"}, args...)...); code != 0 {
				t.Fatalf("demo: exit %d: %s", code, errOut)
			}
			// The demo's articles were indexed as they were published.
			dsn := ""
			if dialect == "postgres" {
				dsn = args[3]
			}
			a, srv := testApp(t, dir, dsn)
			if status, body, _ := get(t, srv.URL+"/search?q=warga"); status != 200 || !strings.Contains(body, "artikel ditemukan") {
				t.Fatalf("search before reindex: %d\n%s", status, body)
			}
			// Break the index, then rebuild it.
			if _, err := a.db.Exec(context.Background(), `DELETE FROM related_posts`); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := cli(t, "", append([]string{"reindex"}, args...)...)
			want := fmt.Sprintf("indexed %d articles", len(demo.Articles()))
			if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "related-posts lists") {
				t.Fatalf("reindex: exit %d\n%s\n%s", code, out, errOut)
			}
			if !strings.Contains(errOut, "search index: done") || !strings.Contains(errOut, "related posts: done") {
				t.Errorf("reindex progress summary missing:\n%s", errOut)
			}
			var n int
			if err := a.db.QueryRow(context.Background(), `SELECT COUNT(DISTINCT post_id) FROM related_posts`).Scan(&n); err != nil || n != len(demo.Articles()) {
				t.Errorf("%d articles have related lists after reindex, want %d (%v)", n, len(demo.Articles()), err)
			}
			if code, _, errOut := cli(t, "", "reindex", "extra"); code != 2 || !strings.Contains(errOut, "unexpected argument") {
				t.Errorf("reindex extra: exit %d: %s", code, errOut)
			}
		})
	}
}
