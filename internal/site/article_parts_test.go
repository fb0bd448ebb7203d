package site_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"warta/internal/i18n"
	"warta/internal/storetest"
)

// TestArticlePageHasEveryPart parses the rendered article page and finds
// each part DESIGN's "The page it must publish" lists (comments and
// related posts arrive with their own features).
func TestArticlePageHasEveryPart(t *testing.T) {
	t.Parallel()
	w := newWorld(t, storetest.SQLite(t), i18n.ID)
	resp, err := http.Get(w.srv.URL + "/2025/12/24/panen-kopi-sukamaju-datang-lebih-awal/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	doc, err := html.Parse(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	article := find(doc, "article", nil)
	if article == nil {
		t.Fatal("no <article>")
	}
	h1s := findAll(doc, "h1", nil)
	if len(h1s) != 1 || text(h1s[0]) != "Panen Kopi Sukamaju Datang Lebih Awal" {
		t.Errorf("want exactly one h1 with the title, got %d", len(h1s))
	}
	if lead := find(article, "p", hasClass("lead")); lead == nil || text(lead) != "Hujan yang terlambat mengubah kalender petani." {
		t.Error("no lead paragraph")
	}
	if a := find(article, "a", attrIs("rel", "author")); a == nil || attr(a, "href") != "/author/rina-kartika/" || text(a) != "Rina Kartika" {
		t.Error("no byline linking the author")
	}
	tm := find(article, "time", nil)
	if tm == nil {
		t.Fatal("no <time>")
	}
	if at, err := time.Parse(time.RFC3339, attr(tm, "datetime")); err != nil || !at.Equal(time.Date(2025, 12, 24, 9, 30, 0, 0, jakarta)) {
		t.Errorf("time datetime=%q", attr(tm, "datetime"))
	}
	if !strings.Contains(text(tm), "24 Desember 2025") {
		t.Errorf("localized date %q", text(tm))
	}
	if find(article, "a", attrIs("href", "/category/ekonomi/")) == nil {
		t.Error("no category link")
	}
	figs := findAll(article, "figure", nil)
	if len(figs) < 2 {
		t.Fatalf("want the featured figure and a body figure, got %d figures", len(figs))
	}
	for _, f := range figs {
		img := find(f, "img", nil)
		if img == nil || attr(img, "alt") == "" || find(f, "figcaption", nil) == nil {
			t.Errorf("figure without img alt or figcaption")
		}
	}
	if img := find(figs[0], "img", nil); attr(img, "src") != "/media/kopi.png" || attr(img, "width") != "1200" {
		t.Errorf("featured image src=%q width=%q", attr(img, "src"), attr(img, "width"))
	}
	for _, tag := range []string{"h2", "h3", "blockquote"} {
		if find(article, tag, nil) == nil {
			t.Errorf("body lacks <%s>", tag)
		}
	}
	if li := find(article, "li", func(n *html.Node) bool { return find(n, "strong", nil) != nil }); li == nil {
		t.Error("no list item with a bold lead-in")
	}
	if find(article, "a", attrIs("href", "https://example.org/kopi")) == nil {
		t.Error("no inline link")
	}
	tags := findAll(article, "a", attrIs("rel", "tag"))
	if len(tags) != 2 {
		t.Errorf("want 2 tag links, got %d", len(tags))
	}
	if attr(find(doc, "html", nil), "lang") != "id" {
		t.Error("html lang is not id")
	}
	if find(doc, "link", attrIs("rel", "canonical")) == nil {
		t.Error("no canonical link")
	}
}

func find(n *html.Node, tag string, ok func(*html.Node) bool) *html.Node {
	all := findAll(n, tag, ok)
	if len(all) == 0 {
		return nil
	}
	return all[0]
}

func findAll(n *html.Node, tag string, ok func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && (ok == nil || ok(n)) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func attrIs(key, val string) func(*html.Node) bool {
	return func(n *html.Node) bool { return attr(n, key) == val }
}

func hasClass(c string) func(*html.Node) bool {
	return func(n *html.Node) bool { return strings.Contains(" "+attr(n, "class")+" ", " "+c+" ") }
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}
