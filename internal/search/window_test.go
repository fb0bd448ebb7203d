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
		// A phrase's matches are counted as far as the window: more than 5.
		for page, want := range map[int]int{1: 4, 2: 1, 3: 0} {
			res, err := x.Search(ctx, Request{Query: `"banjir merendam"`, Page: page, PerPage: 4})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != 5 || !res.More || len(res.Hits) != want {
				t.Errorf("phrase, page %d: total %d, more %v, %d hits; want 5, true, %d", page, res.Total, res.More, len(res.Hits), want)
			}
		}
	})
}

// TestQueryDFCountsPrefixes checks that a prefix's estimate sums the
// counts of the terms it begins, and only those, on both databases.
func TestQueryDFCountsPrefixes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		err := db.InTx(ctx, func(tx *store.Tx) error {
			return updateDF(ctx, tx, map[string]int{"": 100, "ekonomi": 30, "ekor": 5, "ekspor": 7, "ek_x": 2, "ek%": 1, "dekor": 9})
		})
		if err != nil {
			t.Fatal(err)
		}
		q := query{clauses: []clause{{kind: prefixClause, prefixes: []string{"eko", "ek_", "ek%"}}}}
		df, n, err := queryDF(ctx, db, &q)
		if err != nil {
			t.Fatal(err)
		}
		// '_' and '%' are letters here, not wildcards.
		if n != 100 || df["eko*"] != 35 || df["ek_*"] != 2 || df["ek%*"] != 1 {
			t.Errorf("n = %d, eko* = %d, ek_* = %d, ek%%* = %d; want 100, 35, 2, 1", n, df["eko*"], df["ek_*"], df["ek%*"])
		}
		q = parseQuery("eko* banjir")
		share, expected := matchShare(&q, map[string]int{"eko*": 35, "banjir": 50}, 100)
		if share != 0.35 || expected != 0.35*0.5 {
			t.Errorf("matchShare = %v, %v", share, expected)
		}
	})
}
