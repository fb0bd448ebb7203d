package setting_test

import (
	"context"
	"testing"

	"warta/internal/setting"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestSaveLoad(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, err := setting.Load(ctx, db)
		if err != nil || s != setting.Defaults() {
			t.Fatalf("new site: %+v, %v", s, err)
		}
		want := setting.Site{Title: "Kabar Pesisir", Tagline: "Dari pantai", Permalink: "/%postname%/", ExcerptWords: 40}
		if err := setting.Save(ctx, db, want); err != nil {
			t.Fatal(err)
		}
		if got, _ := setting.Load(ctx, db); got != want {
			t.Errorf("loaded %+v, want %+v", got, want)
		}
		for _, bad := range []setting.Site{
			{Title: "", Permalink: "/%postname%/", ExcerptWords: 30},
			{Title: "X", Permalink: "/%year%/", ExcerptWords: 30},
			{Title: "X", Permalink: "/%postname%/", ExcerptWords: 1},
		} {
			if err := setting.Save(ctx, db, bad); err == nil {
				t.Errorf("Save(%+v) accepted", bad)
			}
		}
		if got, _ := setting.Load(ctx, db); got != want {
			t.Errorf("bad saves changed settings: %+v", got)
		}
	})
}
