package search

import (
	"context"
	"slices"
	"strings"
	"testing"

	"warta/internal/store"
	"warta/internal/storetest"
)

// TestVectorForms loads tsvectors in the binary form a rebuild copies and
// checks that PostgreSQL reads them as it reads their text form, which
// live saves write: lexemes needing quotes, non-ASCII, repeats, more
// positions than a lexeme keeps, positions past the last, categories.
func TestVectorForms(t *testing.T) {
	t.Parallel()
	db := storetest.Postgres(t)
	ctx := context.Background()
	if _, err := db.Exec(ctx, `CREATE TABLE vectors (post_id BIGINT, tsv tsvector)`); err != nil {
		t.Fatal(err)
	}
	docs := []*doc{
		stemDoc([]string{"banjir", "rob"}, nil, []string{"jum'at", `a\b`, "banjir", "dérasé", "air"}),
		stemDoc(nil, nil, slices.Repeat([]string{"air", "laut"}, 400)),
		stemDoc(nil, nil, append(slices.Repeat([]string{"x"}, maxTSPosition+5), "air", "air")),
		{},
	}
	for i, d := range docs {
		d.id = int64(i + 1)
	}
	docs[0].categories = []int64{7, 12}
	var w vectorWriter
	var rows store.CopyRows
	for _, d := range docs {
		w.group(d)
		rows.Row(2)
		rows.Int64(d.id)
		rows.Field(w.appendBinary)
	}
	if n, err := db.CopyFrom(ctx, "vectors", []string{"post_id", "tsv"}, &rows); err != nil || n != int64(len(docs)) {
		t.Fatalf("copy: %d rows, %v", n, err)
	}
	for _, d := range docs {
		var binary, text string
		err := db.QueryRow(ctx, `SELECT tsv::text, CAST(? AS tsvector)::text FROM vectors WHERE post_id = ?`, tsVector(d), d.id).Scan(&binary, &text)
		if err != nil {
			t.Fatal(err)
		}
		if binary != text {
			t.Errorf("doc %d: binary form reads as\n%.300s\ntext form as\n%.300s", d.id, binary, text)
		}
		if d.id == 1 && !strings.Contains(binary, `'cat:12'`) {
			t.Errorf("doc 1 lost a category: %s", binary)
		}
	}
}
