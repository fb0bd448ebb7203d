package content_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestNoticesAndRetraction(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		p, err := f.svc.Create(ctx, content.Input{Title: "Jembatan ambruk", Body: "<p>Tiga korban.</p>", Status: content.Published,
			AuthorID: f.author, Sponsored: true}, f.author)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Sponsored {
			t.Error("sponsored flag not stored")
		}
		in := p.Input()
		in.Sponsored = false
		if p, err = f.svc.Update(ctx, p.ID, in, f.author); err != nil || p.Sponsored {
			t.Fatalf("sponsored not cleared: %v", err)
		}
		draft, _ := f.svc.Create(ctx, content.Input{Title: "Draf"}, f.author)
		bad := []struct {
			kind content.NoticeKind
			text string
		}{{"rumor", "x"}, {content.Correction, "  "}, {content.Correction, string(make([]rune, content.MaxNotice+1))}}
		for _, b := range bad {
			var fe *content.FieldError
			if _, err := f.svc.AddNotice(ctx, p.ID, b.kind, b.text, f.author); !errors.As(err, &fe) {
				t.Errorf("AddNotice(%q, %d chars) = %v", b.kind, len(b.text), err)
			}
		}
		f.clock.add(3 * time.Hour)
		f.purged.take()
		n, err := f.svc.AddNotice(ctx, p.ID, content.Correction, "Korban <b>dua</b>, bukan tiga.", f.author)
		if err != nil || n.Text != "Korban dua, bukan tiga." {
			t.Fatalf("AddNotice = %+v, %v", n, err)
		}
		if keys := f.purged.take(); !slices.Contains(keys, content.KeyPost(p.ID)) || !slices.Contains(keys, content.KeyCorrections) {
			t.Errorf("purged %v", keys)
		}
		f.clock.add(time.Hour)
		f.svc.AddNotice(ctx, p.ID, content.RightOfReply, "Dinas PU menyatakan jembatan sudah diperiksa.", f.author)
		f.svc.AddNotice(ctx, draft.ID, content.Clarification, "Draf tidak tampil di daftar.", f.author)
		got, _ := f.svc.Get(ctx, p.ID)
		if !got.Updated.Equal(f.clock.now().Truncate(time.Second)) {
			t.Errorf("updated_at %v does not follow the notice (%v)", got.Updated, f.clock.now())
		}
		ns, err := f.svc.Notices(ctx, p.ID)
		if err != nil || len(ns) != 2 || ns[0].Kind != content.Correction || ns[1].Kind != content.RightOfReply {
			t.Fatalf("Notices = %+v, %v", ns, err)
		}
		all, total, err := f.svc.RecentNotices(ctx, 10, 0)
		if err != nil || total != 2 || all[0].Kind != content.RightOfReply || all[0].Post.ID != p.ID {
			t.Fatalf("RecentNotices = %+v, %d, %v", all, total, err)
		}
		r, err := f.svc.Retract(ctx, p.ID, "Narasumber utama ternyata fiktif.")
		if err != nil || r.Retraction == "" || r.Retracted.IsZero() || r.Version != got.Version+1 {
			t.Fatalf("Retract = %+v, %v", r, err)
		}
		if r, _ = f.svc.Retract(ctx, p.ID, ""); r.Retraction != "" || !r.Retracted.IsZero() {
			t.Errorf("retraction not withdrawn: %+v", r)
		}
		if _, err := f.svc.Retract(ctx, 9999, "x"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("retract a missing post: %v", err)
		}
	})
}
