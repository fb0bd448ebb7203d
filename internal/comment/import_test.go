package comment

import (
	"context"
	"testing"
	"time"

	"warta/internal/store"
	"warta/internal/storetest"
)

func TestImport(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		at := time.Date(2019, 5, 1, 8, 0, 0, 0, time.UTC)
		top := &Imported{PostID: f.post.ID, Parent: -1, Depth: 1, Author: "Budi", Email: "Budi@Surel.Example",
			Content: "Setuju  sekali", Status: Approved, Created: at, Source: "impor 1"}
		reply := &Imported{PostID: f.post.ID, Parent: 0, Depth: 2, Author: "Ani", Email: "ani@surel.example",
			Content: "Saya juga", Status: Pending, Created: at.Add(time.Hour), Source: "impor 2"}
		top.Prepare() // as the WordPress import's workers do; reply is not
		err := db.InTx(ctx, func(tx *store.Tx) error { return Import(ctx, tx, []*Imported{top, reply}) })
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.svc.Get(ctx, reply.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.ParentID != top.ID || got.Depth != 2 || got.Status != Pending || got.UserAgent != "impor 2" || !got.Created.Equal(reply.Created) {
			t.Errorf("reply stored as %+v", got)
		}
		var email, hash string
		if err := db.QueryRow(ctx, `SELECT email, content_hash FROM comments WHERE id = ?`, top.ID).Scan(&email, &hash); err != nil {
			t.Fatal(err)
		}
		if email != "budi@surel.example" || hash != contentHash("setuju sekali") {
			t.Errorf("top comment stored with email %q, hash %q", email, hash)
		}

		// Replacing keeps the id; a comment deleted since comes back.
		top.Content, top.Status = "Berubah pikiran", Trash
		if err := f.svc.Delete(ctx, reply.ID); err != nil {
			t.Fatal(err)
		}
		reply.Parent = -1
		err = db.InTx(ctx, func(tx *store.Tx) error { return Import(ctx, tx, []*Imported{top, reply}) })
		if err != nil {
			t.Fatal(err)
		}
		if got, err := f.svc.Get(ctx, top.ID); err != nil || got.Content != "Berubah pikiran" || got.Status != Trash {
			t.Errorf("replaced comment = %+v, %v", got, err)
		}
		if err := db.QueryRow(ctx, `SELECT content_hash FROM comments WHERE id = ?`, top.ID).Scan(&hash); err != nil || hash != contentHash("berubah pikiran") {
			t.Errorf("replaced comment's hash %q is not that of its new content (%v)", hash, err)
		}
		if got, err := f.svc.Get(ctx, reply.ID); err != nil || got.Content != "Saya juga" {
			t.Errorf("deleted reply not created again: %+v, %v", got, err)
		}

		// A bad status is refused before anything is written.
		bad := &Imported{PostID: f.post.ID, Parent: -1, Depth: 1, Author: "X", Content: "x", Status: "published", Created: at, Source: "impor 3"}
		err = db.InTx(ctx, func(tx *store.Tx) error { return Import(ctx, tx, []*Imported{bad}) })
		if err == nil || bad.ID != 0 {
			t.Errorf("status %q: err %v, id %d", bad.Status, err, bad.ID)
		}
	})
}
