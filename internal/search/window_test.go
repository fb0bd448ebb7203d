package search

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestPagingAcrossTheRankWindow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		posts := content.NewService(db, content.Options{})
		x := New(db, Options{})
		posts.AddObserver(x)
		t.Cleanup(func() { _ = x.Close(ctx) })
		x.window = 5 // few, so that the pages cross the window's edge
		var ids []int64
		for i := range 23 {
			body := "<p>Banjir merendam kampung.</p>"
			if i%4 == 0 {
				body = "<p>Banjir, banjir, banjir lagi: banjir merendam kampung dan banjir menutup jalan.</p>"
			}
			p, err := posts.Create(ctx, content.Input{Title: fmt.Sprintf("Kabar %02d", i), Body: body, Status: content.Published,
				PublishAt: time.Date(2026, 1, 1+i, 8, 0, 0, 0, time.UTC)}, 0)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, p.ID)
		}
		var got []int64
		for page := 1; page <= 6; page++ {
			res, err := x.Search(ctx, Request{Query: "banjir", Page: page, PerPage: 4})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != 23 {
				t.Fatalf("page %d: total %d", page, res.Total)
			}
			for _, h := range res.Hits {
				got = append(got, h.Post.ID)
			}
		}
		if len(got) != 23 {
			t.Fatalf("paging gave %d articles, want 23", len(got))
		}
		newest := slices.Clone(ids)
		slices.Reverse(newest)
		window := slices.Clone(got[:5])
		slices.Sort(window)
		wantWindow := slices.Clone(newest[:5])
		slices.Sort(wantWindow)
		if !slices.Equal(window, wantWindow) {
			t.Errorf("first five %v are not the five newest %v", got[:5], newest[:5])
		}
		if !slices.Equal(got[5:], newest[5:]) {
			t.Errorf("after the window %v, want newest first %v", got[5:], newest[5:])
		}
		if got[0] != ids[20] {
			t.Errorf("best of the window is %d; want %d, the newest article saying banjir five times", got[0], ids[20])
		}
	})
}
