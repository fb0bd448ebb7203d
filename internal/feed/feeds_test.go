package feed_test

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	gojson "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"

	"warta/internal/content"
	"warta/internal/setting"
	"warta/internal/store"
	"warta/internal/storetest"
)

// formats are the feed variants: URL suffix, Content-Type, gofeed's name.
var formats = []struct{ suffix, ctype, kind string }{
	{"", "application/rss+xml", "rss"},
	{"atom/", "application/atom+xml", "atom"},
	{"json/", "application/feed+json", "json"},
}

func TestFeedsParse(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		all := guids(w.articles...)
		comment := func(p *content.Post, id string) string { return guidOf(p) + "#comment-" + id }
		tests := []struct {
			name, path string
			want       []string // GUIDs, newest first
			keys       []string // surrogate keys the response must carry
		}{
			{"site", "/feed/", all, []string{"feed"}},
			{"category with subcategory", "/category/ekonomi/feed/", all, []string{"feed", "term:1", "term:2"}},
			{"subcategory", "/category/pertanian/feed/", guids(w.articles[1:]...), []string{"term:2"}},
			{"empty category", "/category/kosong/feed/", nil, []string{"term:3"}},
			{"tag", "/tag/kopi/feed/", guids(w.photo), []string{"feed"}},
			{"author", "/author/sari-wulandari/feed/", all, []string{"author:1"}},
			{"site comments", "/comments/feed/", []string{comment(w.page, "4"), comment(w.photo, "2"), comment(w.photo, "1")}, []string{"comments"}},
			{"article comments", permalink(w.photo) + "feed/", []string{comment(w.photo, "2"), comment(w.photo, "1")}, []string{"post:" + itoa(w.photo.ID)}},
			{"page comments", "/tentang-kami/feed/", []string{comment(w.page, "4")}, []string{"comments"}},
		}
		for _, tt := range tests {
			for _, fm := range formats {
				t.Run(tt.name+"/"+fm.kind, func(t *testing.T) {
					resp, body := w.mustGet(tt.path + fm.suffix)
					if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, fm.ctype) {
						t.Errorf("Content-Type %q, want %s", ct, fm.ctype)
					}
					keys := strings.Fields(resp.Header.Get("Surrogate-Key"))
					for _, k := range tt.keys {
						if !slices.Contains(keys, k) {
							t.Errorf("Surrogate-Key %v lacks %q", keys, k)
						}
					}
					checkRequired(t, fm.kind, body)
					f, err := gofeed.NewParser().ParseString(body)
					if err != nil {
						t.Fatalf("gofeed: %v\n%s", err, body)
					}
					if f.FeedType != fm.kind {
						t.Errorf("feed type %q, want %q", f.FeedType, fm.kind)
					}
					var got []string
					for _, it := range f.Items {
						got = append(got, it.GUID)
						if it.Title == "" || !strings.HasPrefix(it.Link, base+"/") || it.PublishedParsed == nil {
							t.Errorf("item %q: title %q, link %q, published %v", it.GUID, it.Title, it.Link, it.PublishedParsed)
						}
					}
					if !slices.Equal(got, tt.want) {
						t.Errorf("items %v, want %v", got, tt.want)
					}
					if strings.Contains(body, "Bocor") || strings.Contains(body, "rahasia") || strings.Contains(body, "javascript:") {
						t.Error("feed shows a draft, a comment on a draft or an unsafe URL")
					}
				})
			}
		}
	})
}

func guids(ps ...*content.Post) []string {
	var out []string
	for _, p := range ps {
		out = append(out, guidOf(p))
	}
	return out
}

// checkRequired parses body with the format's own gofeed parser and checks
// the elements its specification requires.
func checkRequired(t *testing.T, kind, body string) {
	t.Helper()
	switch kind {
	case "rss":
		f, err := (&rss.Parser{}).Parse(strings.NewReader(body))
		if err != nil {
			t.Fatalf("rss: %v", err)
		}
		if f.Version != "2.0" || f.Title == "" || f.Link == "" || f.Description == "" || f.LastBuildDateParsed == nil {
			t.Errorf("channel: version %q title %q link %q description %q lastBuildDate %q", f.Version, f.Title, f.Link, f.Description, f.LastBuildDate)
		}
		for _, it := range f.Items {
			if it.Title == "" || it.Link == "" || it.GUID == nil || it.GUID.Value == "" || it.PubDateParsed == nil || it.Description == "" {
				t.Errorf("item %+v lacks a required element", it)
			}
		}
	case "atom":
		f, err := (&atom.Parser{}).Parse(strings.NewReader(body))
		if err != nil {
			t.Fatalf("atom: %v", err)
		}
		if f.ID == "" || f.Title == "" || f.UpdatedParsed == nil || !hasLink(f.Links, "self") || !hasLink(f.Links, "alternate") {
			t.Errorf("feed: id %q title %q updated %q links %v", f.ID, f.Title, f.Updated, f.Links)
		}
		for _, e := range f.Entries {
			if e.ID == "" || e.Title == "" || e.UpdatedParsed == nil || !hasLink(e.Links, "alternate") {
				t.Errorf("entry %q lacks a required element", e.ID)
			}
			if len(e.Authors) == 0 && len(f.Authors) == 0 {
				t.Errorf("entry %q has no author, nor has the feed", e.ID)
			}
		}
	case "json":
		f, err := (&gojson.Parser{}).Parse(strings.NewReader(body))
		if err != nil {
			t.Fatalf("json: %v", err)
		}
		if f.Version != "https://jsonfeed.org/version/1.1" || f.Title == "" || f.FeedURL == "" {
			t.Errorf("feed: version %q title %q feed_url %q", f.Version, f.Title, f.FeedURL)
		}
		for _, it := range f.Items {
			if it.ID == "" || (it.ContentHTML == "" && it.ContentText == "") || it.DatePublished == "" {
				t.Errorf("item %q lacks a required field", it.ID)
			}
		}
	}
}

func hasLink(links []*atom.Link, rel string) bool {
	for _, l := range links {
		if l.Rel == rel && strings.HasPrefix(l.Href, base+"/") {
			return true
		}
	}
	return false
}

func TestFeedItemDetails(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		for _, fm := range formats {
			t.Run(fm.kind, func(t *testing.T) {
				_, body := w.mustGet("/feed/" + fm.suffix)
				f, err := gofeed.NewParser().ParseString(body)
				if err != nil {
					t.Fatal(err)
				}
				it := f.Items[0]
				img := base + "/media/2026/03/kopi.jpg"
				if it.Link != base+permalink(w.photo) {
					t.Errorf("link %q", it.Link)
				}
				if it.Image == nil || it.Image.URL != img {
					if len(it.Enclosures) == 0 || it.Enclosures[0].URL != img || it.Enclosures[0].Type != "image/jpeg" {
						t.Errorf("featured image missing: image %+v, enclosures %+v", it.Image, it.Enclosures)
					}
				}
				if sub, ok := hasAll(it.Content, `href="`+base+`/tag/kopi/"`, `src="`+base+`/media/2026/03/gudang.png"`, "Koperasi kecil"); !ok {
					t.Errorf("full content lacks %q: %s", sub, it.Content)
				}
				if len(it.Authors) == 0 || it.Authors[0].Name != "Sari Wulandari" {
					t.Errorf("authors %+v", it.Authors)
				}
				if !slices.Contains(it.Categories, "Kopi") || !slices.Contains(it.Categories, "Ekonomi") {
					t.Errorf("categories %v", it.Categories)
				}
				if !it.PublishedParsed.Equal(w.photo.Published) {
					t.Errorf("published %v, want %v", it.PublishedParsed, w.photo.Published)
				}
			})
		}
		_, rssBody := w.mustGet("/feed/")
		if sub, ok := hasAll(rssBody, `<pubDate>Tue, 10 Mar 2026 11:00:00 +0700</pubDate>`, `<enclosure url="`+base+`/media/2026/03/kopi.jpg" length="0" type="image/jpeg"/>`,
			`<media:content url="`+base+`/media/2026/03/kopi.jpg" medium="image" type="image/jpeg" width="1200" height="675"/>`); !ok {
			t.Errorf("RSS lacks %q", sub)
		}
		_, atomBody := w.mustGet("/feed/atom/")
		if !strings.Contains(atomBody, `<published>2026-03-10T11:00:00+07:00</published>`) {
			t.Error("Atom date is not RFC 3339 in the site's zone")
		}
	})
}

func TestFeedExcerptSetting(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		st := setting.Defaults()
		st.FeedExcerpt = true
		if err := setting.Save(context.Background(), db, st); err != nil {
			t.Fatal(err)
		}
		for _, fm := range formats {
			_, body := w.mustGet("/feed/" + fm.suffix)
			for _, banned := range []string{"content:encoded", `type="html"`, "content_html", "gudang.png"} {
				if strings.Contains(body, banned) {
					t.Errorf("%s feed in excerpt mode has %q", fm.kind, banned)
				}
			}
			f, err := gofeed.NewParser().ParseString(body)
			if err != nil {
				t.Fatal(err)
			}
			if got := f.Items[0].Description + f.Items[0].Content; !strings.Contains(got, "Biji kopi") {
				t.Errorf("%s feed in excerpt mode has no excerpt: %q", fm.kind, got)
			}
		}
	})
}

func TestGUIDStableAcrossEdits(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		in := w.photo.Input()
		in.Title, in.Slug = "Kopi Lereng Timur Tembus Tiga Negara", "kopi-tiga-negara"
		if _, err := w.svc.Update(context.Background(), w.photo.ID, in, 0); err != nil {
			t.Fatal(err)
		}
		for _, fm := range formats {
			_, body := w.mustGet("/feed/" + fm.suffix)
			f, err := gofeed.NewParser().ParseString(body)
			if err != nil {
				t.Fatal(err)
			}
			it := f.Items[0]
			if it.GUID != guidOf(w.photo) || !strings.Contains(it.Link, "kopi-tiga-negara") || it.Title != in.Title {
				t.Errorf("%s after edit: guid %q link %q title %q", fm.kind, it.GUID, it.Link, it.Title)
			}
		}
	})
}

func TestFeedNotFound(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{noComments: true})
		for _, path := range []string{
			"/category/tidak-ada/feed/", "/category/tidak-ada/feed/atom/", "/tag/tidak-ada/feed/json/",
			"/author/tidak-ada/feed/", "/tag/ekonomi/feed/", // a category is not a tag
			"/comments/feed/", "/comments/feed/atom/", permalink(w.photo) + "feed/", "/tentang-kami/feed/json/",
			"/feed/nope/", "/sitemap-posts.xml?page=0", "/sitemap-posts.xml?page=abc", "/sitemap-posts.xml?page=01",
			"/sitemap-posts.xml?page=999", "/sitemap-posts.xml?page=2&page=3", "/sitemap-tags.xml?page=-1",
		} {
			resp, body := w.get(path)
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("GET %s: status %d, want 404: %.100s", path, resp.StatusCode, body)
			}
		}
		if resp, _ := w.get("/sitemap-posts.xml?page=1"); resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/sitemap-posts.xml" {
			t.Errorf("?page=1: status %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
}

func TestMalformedQueryKeepsXMLValid(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		queries := []string{`?paged=%3Cscript%3E`, `?%zz=1&x=%00`, `?q="><x>&amp;&lt;`, `?page=%FF%FE`, `?utm_source=]]>`}
		for _, path := range []string{"/feed/", "/feed/atom/", "/category/ekonomi/feed/", "/sitemap.xml", "/sitemap-news.xml", "/sitemap-posts.xml"} {
			for _, q := range queries {
				resp, body := w.get(path + q)
				if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotFound {
					t.Errorf("GET %s%s: status %d", path, q, resp.StatusCode)
					continue
				}
				if resp.StatusCode == http.StatusOK {
					if err := wellFormed(body); err != nil {
						t.Errorf("GET %s%s: %v", path, q, err)
					}
					if strings.Contains(body, "<script") || strings.Contains(body, "]]>") {
						t.Errorf("GET %s%s echoes the query", path, q)
					}
				}
			}
		}
	})
}

// wellFormed decodes body with a strict XML decoder to its end.
func wellFormed(body string) error {
	d := xml.NewDecoder(strings.NewReader(body))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestConditionalGet(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		for _, path := range []string{"/feed/", "/feed/json/", "/tag/kopi/feed/atom/", "/sitemap.xml", "/sitemap-posts.xml"} {
			resp, _ := w.mustGet(path)
			etag, mod := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
			if etag == "" || mod == "" {
				t.Errorf("%s: ETag %q, Last-Modified %q", path, etag, mod)
				continue
			}
			for _, h := range [][]string{{"If-None-Match", etag}, {"If-None-Match", `W/` + etag + `, "x"`}, {"If-Modified-Since", mod}} {
				if resp, _ := w.get(path, h...); resp.StatusCode != http.StatusNotModified {
					t.Errorf("%s with %s: status %d, want 304", path, h[0], resp.StatusCode)
				}
			}
			if resp, _ := w.get(path, "If-None-Match", `"other"`); resp.StatusCode != http.StatusOK {
				t.Errorf("%s with another ETag: status %d", path, resp.StatusCode)
			}
		}
		// The latest save among its articles dates the site feed.
		var newest time.Time
		for _, p := range w.articles {
			if p.Updated.After(newest) {
				newest = p.Updated
			}
		}
		resp, _ := w.mustGet("/feed/")
		if got, want := resp.Header.Get("Last-Modified"), newest.UTC().Format(http.TimeFormat); got != want {
			t.Errorf("Last-Modified %q, want %q", got, want)
		}
	})
}

func TestRobots(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		resp, body := w.mustGet("/robots.txt")
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
			t.Errorf("Content-Type %q", resp.Header.Get("Content-Type"))
		}
		if sub, ok := hasAll(body, "User-agent: *\n", "Disallow: /admin/\n", "Disallow: /search?\n", "Disallow: /preview/\n",
			"Sitemap: "+base+"/sitemap.xml\n"); !ok {
			t.Errorf("robots.txt lacks %q:\n%s", sub, body)
		}
		if strings.Contains(body, "Disallow: /\n") {
			t.Error("robots.txt shuts out the whole site")
		}
	})
}
