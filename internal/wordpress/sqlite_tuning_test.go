package wordpress

import (
	"context"
	"errors"
	"strings"
	"testing"

	"warta/internal/store"
	"warta/internal/storetest"
)

// commentIndexes lists the comment table's indexes with their
// definitions, one a line.
func commentIndexes(t *testing.T, db *store.DB) string {
	t.Helper()
	rows, err := db.Query(context.Background(), `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			t.Fatal(err)
		}
		b.WriteString(name + ": " + def + "\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestImportBuildsCommentIndexesAtTheEnd(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	s := newSite(t, db)
	want := commentIndexes(t, db)
	if !strings.Contains(want, "comments_repeat") {
		t.Fatalf("unexpected comment indexes:\n%s", want)
	}
	doc := generated(450)
	var during []string
	opt := Options{TempDir: t.TempDir(), Location: s.loc}

	// An interrupted first import builds them before it returns.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opt.Progress = func(stage string, done, total int64) {
		if stage == StageWrite && done >= batchSize {
			during = append(during, commentIndexes(t, db))
			cancel()
		}
	}
	if _, err := s.im.Import(ctx, strings.NewReader(doc), opt); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted import: %v", err)
	}
	if len(during) == 0 || strings.Contains(during[0], "comments_repeat") || !strings.Contains(during[0], "comments_thread") {
		t.Errorf("indexes while a first import wrote:\n%v", during)
	}
	if got := commentIndexes(t, db); got != want {
		t.Errorf("indexes after an interrupted import:\n%s\nwant\n%s", got, want)
	}

	// The site has comments now: the next import leaves the indexes be.
	during = nil
	opt.Progress = func(stage string, done, total int64) {
		if stage == StageWrite && done == batchSize {
			during = append(during, commentIndexes(t, db))
		}
	}
	if _, err := s.im.Import(context.Background(), strings.NewReader(doc), opt); err != nil {
		t.Fatal(err)
	}
	if len(during) != 1 || during[0] != want {
		t.Errorf("indexes while importing into a site with comments:\n%v", during)
	}
	if n := count(t, db, "comments"); n != 450 {
		t.Errorf("%d comments, want 450", n)
	}

	// An import killed before it could build them: the next one does.
	db2 := storetest.SQLite(t)
	s2 := newSite(t, db2)
	if _, err := deferIndexes(context.Background(), db2); err != nil {
		t.Fatal(err)
	}
	if got := commentIndexes(t, db2); got == want {
		t.Fatal("deferIndexes dropped nothing")
	}
	if _, err := s2.im.Import(context.Background(), strings.NewReader(generated(3)), Options{TempDir: t.TempDir(), Location: s2.loc}); err != nil {
		t.Fatal(err)
	}
	if got := commentIndexes(t, db2); got != want {
		t.Errorf("indexes after the import that followed a killed one:\n%s\nwant\n%s", got, want)
	}
	var left int
	if err := db2.QueryRow(context.Background(), `SELECT COUNT(*) FROM wp_import_map WHERE kind = ?`, kindIndex).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d index rows left in the import map (%v)", left, err)
	}
}
