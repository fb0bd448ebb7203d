package feed_test

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"warta/internal/store"
	"warta/internal/storetest"
)

// xmllintPath finds xmllint. Without it the test is skipped, except on CI,
// where schema validation must run.
func xmllintPath(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("xmllint")
	if err == nil {
		return path
	}
	if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
		t.Fatal("xmllint is missing but CI is set: install libxml2-utils (.ci/run does)")
	}
	t.Skip("xmllint is not installed (apt-get install libxml2-utils); sitemaps are not checked against their schemas")
	return ""
}

// validate checks doc against one of the schemas in testdata.
func validate(t *testing.T, xmllint, schema, doc string) error {
	t.Helper()
	file := filepath.Join(t.TempDir(), "doc.xml")
	if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", filepath.Join("testdata", schema), file).CombinedOutput()
	if err != nil {
		return &schemaError{schema: schema, out: string(out)}
	}
	return nil
}

type schemaError struct{ schema, out string }

func (e *schemaError) Error() string { return "not valid against " + e.schema + ": " + e.out }

// The documents as the tests read them.
type urlset struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		Lastmod string `xml:"lastmod"`
		News    *struct {
			Name     string `xml:"publication>name"`
			Language string `xml:"publication>language"`
			Date     string `xml:"publication_date"`
			Title    string `xml:"title"`
		} `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
	} `xml:"url"`
}

type sitemapIndex struct {
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		Lastmod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

func TestSchemasCatchErrors(t *testing.T) {
	t.Parallel()
	lint := xmllintPath(t)
	bad := []struct{ schema, doc string }{
		{"sitemap.xsd", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://warta.test/</loc><lastmod>kemarin</lastmod></url></urlset>`},
		{"sitemap.xsd", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`},
		{"siteindex.xsd", `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><lastmod>2026-01-01</lastmod></sitemap></sitemapindex>`},
		{"news-urlset.xsd", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://warta.test/a/</loc><news:news><news:publication><news:name>W</news:name><news:language>Bahasa</news:language></news:publication><news:publication_date>2026-01-01</news:publication_date><news:title>x</news:title></news:news></url></urlset>`},
	}
	for _, b := range bad {
		if err := validate(t, lint, b.schema, b.doc); err == nil {
			t.Errorf("%s accepted %s", b.schema, b.doc)
		}
	}
}

func TestSitemaps(t *testing.T) {
	t.Parallel()
	lint := xmllintPath(t)
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		const size = 3
		w := newWorld(t, db, worldOptions{sitemapSize: size})
		_, body := w.mustGet("/sitemap.xml")
		if err := validate(t, lint, "siteindex.xsd", body); err != nil {
			t.Fatal(err)
		}
		var idx sitemapIndex
		if err := xml.Unmarshal([]byte(body), &idx); err != nil {
			t.Fatal(err)
		}
		urls := map[string][]string{} // kind → locs
		for _, sm := range idx.Sitemaps {
			path, ok := strings.CutPrefix(sm.Loc, base)
			if !ok {
				t.Fatalf("child %q is not on the site", sm.Loc)
			}
			kind := strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(path, "?", 2)[0], "/sitemap-"), ".xml")
			_, doc := w.mustGet(path)
			schema := "sitemap.xsd"
			if kind == "news" {
				schema = "news-urlset.xsd"
			}
			if err := validate(t, lint, schema, doc); err != nil {
				t.Errorf("%s: %v", path, err)
			}
			var us urlset
			if err := xml.Unmarshal([]byte(doc), &us); err != nil {
				t.Fatal(err)
			}
			if kind != "news" && kind != "pages" && len(us.URLs) > size {
				t.Errorf("%s has %d URLs, more than %d", path, len(us.URLs), size)
			}
			for _, u := range us.URLs {
				urls[kind] = append(urls[kind], strings.TrimPrefix(u.Loc, base))
				if kind != "news" && kind != "categories" && u.Lastmod == "" {
					t.Errorf("%s: %s has no lastmod", path, u.Loc)
				}
				if kind == "news" {
					checkNews(t, w, u.News, u.Loc)
				}
			}
		}
		var want []string
		for _, p := range w.articles {
			want = append(want, permalink(p))
		}
		checkSet(t, "posts", urls["posts"], want)
		checkSet(t, "pages", urls["pages"], []string{"/", "/tentang-kami/"})
		checkSet(t, "categories", urls["categories"], []string{"/category/ekonomi/", "/category/pertanian/", "/category/kosong/"})
		checkSet(t, "tags", urls["tags"], []string{"/tag/kopi/", "/tag/ekspor/"})
		checkSet(t, "authors", urls["authors"], []string{"/author/sari-wulandari/"})
		// Published 1, 20 and 40 hours ago: in; 60 hours and more: out.
		checkSet(t, "news", urls["news"], []string{permalink(w.photo), permalink(w.articles[1]), permalink(w.articles[2])})
		if n := strings.Count(body, "/sitemap-posts.xml"); n < 2 {
			t.Errorf("posts are not split: the index names %d posts sitemaps", n)
		}
	})
}

func checkNews(t *testing.T, w *world, n *struct {
	Name     string `xml:"publication>name"`
	Language string `xml:"publication>language"`
	Date     string `xml:"publication_date"`
	Title    string `xml:"title"`
}, loc string) {
	t.Helper()
	if n == nil || n.Name != "Warta" || n.Language != "id" || n.Title == "" {
		t.Errorf("news entry of %s: %+v", loc, n)
		return
	}
	at, err := time.Parse(time.RFC3339, n.Date)
	if err != nil || w.now.Sub(at) > 48*time.Hour || at.After(w.now) {
		t.Errorf("news entry of %s: publication date %q outside the last two days", loc, n.Date)
	}
}

func checkSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, wt := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(wt)
	if !slices.Equal(g, wt) {
		t.Errorf("%s sitemap lists %v, want %v", what, g, wt)
	}
}
