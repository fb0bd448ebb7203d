package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/setting"
	"warta/internal/storetest"
)

// TestOtherProcessChangesReachTheChrome renames a category and saves the
// settings through a second app on the same database and waits for the
// server's pages, cached ones included, to show the new navigation and
// title: the purge bus must reach both the page cache and the site's copy
// of its settings, navigation and footer.
func TestOtherProcessChangesReachTheChrome(t *testing.T) {
	t.Parallel()
	for _, db := range []string{"sqlite", "postgres"} {
		t.Run(db, func(t *testing.T) {
			t.Parallel()
			dir, dsn := filepath.Join(t.TempDir(), "data"), ""
			if db == "postgres" {
				if dsn = storetest.PostgresDSN(t); dsn == "" {
					t.Skipf("%s not set", storetest.PostgresEnv)
				}
			}
			server, srv := testApp(t, dir, dsn)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go server.bus.Run(ctx, 100*time.Millisecond, server.purgeLocal)
			cat, err := server.content.CreateTerm(ctx, content.Category, content.TermInput{Name: "Daerah"})
			if err != nil {
				t.Fatal(err)
			}
			p, err := server.content.Create(ctx, content.Input{Title: "Jembatan baru dibuka", Body: "<p>Isi.</p>", Status: content.Published}, 0)
			if err != nil {
				t.Fatal(err)
			}
			url := srv.URL + strings.TrimPrefix(server.siteURL(p), "http://warta.test")
			waitFor := func(what string, ok func(body, xcache string) bool) {
				t.Helper()
				for deadline := time.Now().Add(3 * time.Second); ; time.Sleep(20 * time.Millisecond) {
					_, body, h := get(t, url)
					if ok(body, h.Get("X-Cache")) {
						return
					}
					if time.Now().After(deadline) {
						t.Fatalf("%s: not within 3 seconds", what)
					}
				}
			}
			waitFor("page cached with the navigation", func(body, xcache string) bool {
				return xcache == "HIT" && strings.Contains(body, `href="/category/daerah/"`)
			})

			other, _ := testApp(t, dir, dsn)
			other.cache = nil // a CLI process has no cache of its own
			if _, err := other.content.UpdateTerm(ctx, cat.ID, content.TermInput{Name: "Nusantara", Slug: "nusantara"}); err != nil {
				t.Fatal(err)
			}
			waitFor("renamed category in the navigation", func(body, _ string) bool {
				return strings.Contains(body, `href="/category/nusantara/"`) && !strings.Contains(body, "/category/daerah/")
			})
			st, err := setting.Load(ctx, other.db)
			if err != nil {
				t.Fatal(err)
			}
			st.Title = "Kabar Seberang"
			if err := setting.Save(ctx, other.db, st); err != nil {
				t.Fatal(err)
			}
			waitFor("saved title on the page", func(body, _ string) bool {
				return strings.Contains(body, "– Kabar Seberang</title>")
			})
		})
	}
}
