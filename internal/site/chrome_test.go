package site_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"warta/internal/cache"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/setting"
	"warta/internal/site"
	"warta/internal/store"
	"warta/internal/storetest"
	"warta/internal/view"
)

// forgetter is the app's purge wiring as far as the site's chrome goes.
type forgetter struct{ site **site.Site }

func (f forgetter) Purge(context.Context, ...string) { (*f.site).Forget() }

// TestChromeFollowsChanges shows that the settings, navigation and footer
// are kept between pages, and read again after a settings save (which
// reaches the site through the purge bus), a category rename and a page
// publish (which reach it through the content service's purges).
func TestChromeFollowsChanges(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var pub *site.Site
		svc := content.NewService(db, content.Options{Location: jakarta, Purger: forgetter{&pub}})
		views, err := view.New("")
		if err != nil {
			t.Fatal(err)
		}
		pub = site.New(site.Deps{Content: svc, View: views, Lang: i18n.ID, BaseURL: "http://warta.test", Location: jakarta})
		mux := http.NewServeMux()
		pub.Routes(mux)
		srv := httptest.NewServer(mux)
		defer srv.Close()
		home := func() string {
			t.Helper()
			resp, err := http.Get(srv.URL + "/")
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("home: status %d", resp.StatusCode)
			}
			return string(b)
		}
		cat, err := svc.CreateTerm(ctx, content.Category, content.TermInput{Name: "Ekonomi"})
		if err != nil {
			t.Fatal(err)
		}
		if page := home(); !strings.Contains(page, ">Ekonomi<") || !strings.Contains(page, "<title>Warta") {
			t.Fatalf("home lacks the navigation or the default title:\n%s", page)
		}

		// Kept: a change that purges nothing is not seen.
		if _, err := db.Exec(ctx, `UPDATE terms SET name = 'Diam-diam' WHERE id = ?`, cat.ID); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(home(), "Diam-diam") {
			t.Fatal("the navigation was read again without a purge: not kept")
		}

		// A category rename purges every page.
		if _, err := svc.UpdateTerm(ctx, cat.ID, content.TermInput{Name: "Bisnis", Slug: "bisnis"}); err != nil {
			t.Fatal(err)
		}
		if page := home(); !strings.Contains(page, `href="/category/bisnis/"`) || !strings.Contains(page, ">Bisnis<") {
			t.Error("renamed category not in the navigation")
		}

		// A published page joins the footer.
		if _, err := svc.Create(ctx, content.Input{Type: content.TypePage, Title: "Pedoman Siber", Body: "<p>Pedoman.</p>", Status: content.Published}, 0); err != nil {
			t.Fatal(err)
		}
		if page := home(); !strings.Contains(page, `href="/pedoman-siber/"`) {
			t.Error("published page not in the footer")
		}

		// A settings save publishes a purge on the bus; the site applies it.
		bctx, cancel := context.WithCancel(ctx)
		defer cancel()
		done := make(chan struct{})
		go func() {
			defer close(done)
			cache.NewBus(db, nil).Run(bctx, 20*time.Millisecond, func([]string) { pub.Forget() })
		}()
		defer func() { cancel(); <-done }()
		st, err := setting.Load(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		st.Title = "Kabar Borneo"
		if err := setting.Save(ctx, db, st); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(5 * time.Second); !strings.Contains(home(), "<title>Kabar Borneo"); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("the saved title did not reach the site")
			}
		}
	})
}
