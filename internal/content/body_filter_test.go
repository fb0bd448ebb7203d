package content_test

import (
	"context"
	"strings"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// TestBodyFilterSeesEverySave checks that the body filter runs on the
// sanitised body of every way a post is written: Create, Update and an
// import.
func TestBodyFilterSeesEverySave(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var seen []string
		svc := content.NewService(db, content.Options{BodyFilter: func(body string) string {
			seen = append(seen, body)
			return strings.ReplaceAll(body, "<p>", `<p lang="id">`)
		}})
		p, err := svc.Create(ctx, content.Input{Title: "Satu", Body: `<p onclick="x()">Isi</p>`}, 0)
		if err != nil {
			t.Fatal(err)
		}
		in := p.Input()
		in.Body = "<p>Isi baru<script>x()</script></p>"
		if p, err = svc.Update(ctx, p.ID, in, 0); err != nil {
			t.Fatal(err)
		}
		imp := &content.ImportPost{Input: content.Input{Title: "Dua", Body: "<p>Impor</p>"}}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return svc.WriteImport(ctx, tx, []*content.ImportPost{imp}) }); err != nil {
			t.Fatal(err)
		}
		got, err := svc.Get(ctx, imp.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Body != `<p lang="id">Isi baru</p>` || got.Body != `<p lang="id">Impor</p>` {
			t.Errorf("stored bodies %q, %q", p.Body, got.Body)
		}
		if len(seen) != 3 || strings.Contains(strings.Join(seen, ""), "script") || strings.Contains(seen[0], "onclick") {
			t.Errorf("filter saw %q, want three sanitised bodies", seen)
		}
	})
}
