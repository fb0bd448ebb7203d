package site_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"warta/internal/i18n"
	"warta/internal/site"
	"warta/internal/store"
	"warta/internal/storetest"
	"warta/internal/view"
)

const metaArticle = "/2025/12/24/panen-kopi-sukamaju-datang-lebih-awal/"

var ldScript = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// page fetches path from w and returns its HTML.
func (w *world) fetch(t *testing.T, path string) string {
	t.Helper()
	resp, err := http.Get(w.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", path, resp.StatusCode, err)
	}
	return string(body)
}

// jsonLD returns the page's JSON-LD objects by @type; each script must be
// valid JSON on its own.
func jsonLD(t *testing.T, page string) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for _, m := range ldScript.FindAllStringSubmatch(page, -1) {
		var obj map[string]any
		if err := json.Unmarshal([]byte(m[1]), &obj); err != nil {
			t.Fatalf("JSON-LD is not valid JSON: %v\n%s", err, m[1])
		}
		if obj["@context"] != "https://schema.org" {
			t.Errorf("JSON-LD without the schema.org context: %s", m[1])
		}
		typ, _ := obj["@type"].(string)
		out[typ] = obj
	}
	return out
}

// at reads the value at a path of keys (and indexes into lists).
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if len(l) <= k {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

// str is at for a string value; "" for anything else.
func str(v any, path ...any) string {
	s, _ := at(v, path...).(string)
	return s
}

// TestNewsArticleJSONLD checks the article's structured data against
// Google's Article documentation: the recommended properties (author with
// name and url, dateModified, datePublished, headline, image) and the ones
// news publishers are asked for (publisher with logo, description,
// mainEntityOfPage, inLanguage, articleSection, keywords).
func TestNewsArticleJSONLD(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, i18n.ID)
		page := w.fetch(t, metaArticle)
		ld := jsonLD(t, page)
		art := ld["NewsArticle"]
		if art == nil {
			t.Fatalf("no NewsArticle in %v", ld)
		}
		canonical := "http://warta.test" + metaArticle
		checks := []struct{ name, got, want string }{
			{"headline", str(art, "headline"), "Panen Kopi Sukamaju Datang Lebih Awal"},
			{"author.name", str(art, "author", 0, "name"), "Rina Kartika"},
			{"author.url", str(art, "author", 0, "url"), "http://warta.test/author/rina-kartika/"},
			{"author.@type", str(art, "author", 0, "@type"), "Person"},
			{"datePublished", str(art, "datePublished"), "2025-12-24T09:30:00+07:00"},
			{"image.url", str(art, "image", 0, "url"), "http://warta.test/media/kopi.png"},
			{"publisher.name", str(art, "publisher", "name"), "Warta"},
			{"mainEntityOfPage.@id", str(art, "mainEntityOfPage", "@id"), canonical},
			{"inLanguage", str(art, "inLanguage"), "id"},
			{"articleSection", str(art, "articleSection"), "Ekonomi"},
			{"keywords", str(art, "keywords"), "Kopi, Koperasi"},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("NewsArticle %s = %q, want %q", c.name, c.got, c.want)
			}
		}
		if at(art, "image", 0, "width") != 1200.0 || at(art, "image", 0, "height") != 675.0 {
			t.Errorf("image size %v×%v, want 1200×675", at(art, "image", 0, "width"), at(art, "image", 0, "height"))
		}
		if logo := str(art, "publisher", "logo", "url"); !strings.HasPrefix(logo, "http://warta.test/static/logo.") {
			t.Errorf("publisher logo %q", logo)
		}
		if d := str(art, "description"); d == "" {
			t.Error("NewsArticle has no description")
		}
		for _, k := range []string{"datePublished", "dateModified"} {
			if _, err := time.Parse(time.RFC3339, str(art, k)); err != nil {
				t.Errorf("%s: %v", k, err)
			}
		}
		crumbs := ld["BreadcrumbList"]
		if str(crumbs, "itemListElement", 1, "name") != "Ekonomi" || str(crumbs, "itemListElement", 2, "item") != canonical {
			t.Errorf("breadcrumbs %v", crumbs)
		}
		for _, tag := range []string{
			`<meta property="og:type" content="article">`,
			`<meta property="og:url" content="` + canonical + `">`,
			`<meta property="og:image" content="http://warta.test/media/kopi.png">`,
			`<meta property="og:image:width" content="1200">`,
			`<meta property="og:locale" content="id_ID">`,
			`<meta property="article:section" content="Ekonomi">`,
			`<meta property="article:tag" content="Kopi">`,
			`<meta name="twitter:card" content="summary_large_image">`,
			`<link rel="alternate" type="application/rss&#43;xml" title="Umpan: Warta" href="http://warta.test/feed/">`,
		} {
			if !strings.Contains(page, tag) {
				t.Errorf("article lacks %s", tag)
			}
		}
	})
}

func TestJSONLDCannotEndItsScript(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	w := newWorld(t, db, i18n.ID)
	evil := `Awas </script><script>alert(1)</script> "kutip" & <!-- ` + strings.Repeat("panjang ", 20)
	ctx := context.Background()
	err := db.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE posts SET title = ?, seo_description = ? WHERE id = ?`, evil, evil, w.article.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	page := w.fetch(t, metaArticle)
	if strings.Count(page, "<script") != strings.Count(page, `<script type="application/ld+json">`) {
		t.Fatal("a title opened a script element")
	}
	art := jsonLD(t, page)["NewsArticle"]
	h := str(art, "headline")
	if !strings.HasPrefix(h, "Awas </script><script>alert(1)</script>") || utf8.RuneCountInString(h) > 110 {
		t.Errorf("headline %q: not the title, or longer than 110 characters", h)
	}
	if str(art, "description") != evil {
		t.Errorf("description %q", str(art, "description"))
	}
}

func TestSiteAndArchiveMeta(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, i18n.ID)
		home := w.fetch(t, "/")
		ws := jsonLD(t, home)["WebSite"]
		if got := str(ws, "potentialAction", "target", "urlTemplate"); got != "http://warta.test/search?q={search_term_string}" {
			t.Errorf("SearchAction target %q", got)
		}
		if got := str(ws, "potentialAction", "query-input"); got != "required name=search_term_string" {
			t.Errorf("SearchAction query-input %q", got)
		}
		if ld := jsonLD(t, w.fetch(t, "/page/2/")); ld["WebSite"] != nil {
			t.Error("page 2 of the home page repeats the WebSite")
		}
		tests := []struct {
			path      string
			canonical string
			feed      string // archive feed announced, "" for none
		}{
			{"/category/ekonomi/", "/category/ekonomi/", "/category/ekonomi/feed/"},
			{"/category/ekonomi/page/2/", "/category/ekonomi/page/2/", "/category/ekonomi/feed/"},
			{"/tag/kopi/", "/tag/kopi/", "/tag/kopi/feed/"},
			{"/author/rina-kartika/", "/author/rina-kartika/", "/author/rina-kartika/feed/"},
			{"/2025/12/", "/2025/12/", ""},
		}
		for _, tt := range tests {
			page := w.fetch(t, tt.path)
			if !strings.Contains(page, `<link rel="canonical" href="http://warta.test`+tt.canonical+`">`) {
				t.Errorf("%s: canonical is not its own URL", tt.path)
			}
			feeds := regexp.MustCompile(`<link rel="alternate" type="application/rss&#43;xml" title="[^"]*" href="([^"]+)">`).FindAllStringSubmatch(page, -1)
			var hrefs []string
			for _, f := range feeds {
				hrefs = append(hrefs, html.UnescapeString(f[1]))
			}
			want := []string{"http://warta.test/feed/"}
			if tt.feed != "" {
				want = append(want, "http://warta.test"+tt.feed)
			}
			if strings.Join(hrefs, " ") != strings.Join(want, " ") {
				t.Errorf("%s: feeds %v, want %v", tt.path, hrefs, want)
			}
			crumbs := jsonLD(t, page)["BreadcrumbList"]
			if str(crumbs, "itemListElement", 0, "item") != "http://warta.test/" || str(crumbs, "itemListElement", 1, "item") == "" {
				t.Errorf("%s: breadcrumbs %v", tt.path, crumbs)
			}
		}
		pg := jsonLD(t, w.fetch(t, "/tentang-kami/"))
		if pg["WebPage"] == nil || pg["NewsArticle"] != nil {
			t.Errorf("static page structured data: %v", pg)
		}
		resp, err := http.Get(w.srv.URL + "/tidak-ada/")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || !strings.Contains(string(body), `<meta name="robots" content="noindex">`) {
			t.Errorf("404 page: status %d, noindex missing", resp.StatusCode)
		}
	})
}

func TestPostFeedPathsGoToPostFeed(t *testing.T) {
	t.Parallel()
	w := newWorld(t, storetest.SQLite(t), i18n.ID)
	views, err := view.New("")
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	stub := http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.URL.Path)
		rw.WriteHeader(http.StatusTeapot)
	})
	mux := http.NewServeMux()
	site.New(site.Deps{Content: w.svc, View: views, Lang: i18n.ID, BaseURL: "http://warta.test", Location: jakarta, PostFeed: stub}).Routes(mux)
	for _, tt := range []struct {
		path string
		want int
	}{
		{metaArticle + "feed/", http.StatusTeapot},
		{metaArticle + "feed/atom/", http.StatusTeapot},
		{"/tentang-kami/feed/json/", http.StatusTeapot},
		{metaArticle, http.StatusOK},
		{"/feed-kopi/", http.StatusNotFound},
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
		if rec.Code != tt.want {
			t.Errorf("GET %s: status %d, want %d", tt.path, rec.Code, tt.want)
		}
	}
	if len(seen) != 3 {
		t.Errorf("PostFeed saw %v", seen)
	}
}

func TestNewsArticleImageSizes(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	w := newWorld(t, db, i18n.ID)
	ctx := context.Background()
	err := db.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE posts SET image_url = '/media/2025/12/kopi/kopi.jpg', image_width = 1600, image_height = 900 WHERE id = ?`, w.article.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	images, _ := at(jsonLD(t, w.fetch(t, metaArticle))["NewsArticle"], "image").([]any)
	var got []string
	for _, img := range images {
		got = append(got, fmt.Sprintf("%s %v×%v", str(img, "url"), at(img, "width"), at(img, "height")))
	}
	want := []string{
		"http://warta.test/media/2025/12/kopi/kopi.jpg 1600×900",
		"http://warta.test/media/2025/12/kopi/kopi-1200.jpg 1200×675",
		"http://warta.test/media/2025/12/kopi/kopi-800.jpg 800×450",
		"http://warta.test/media/2025/12/kopi/kopi-480.jpg 480×270",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("images:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
