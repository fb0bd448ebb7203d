package view

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"warta/internal/i18n"
)

func TestMetaTags(t *testing.T) {
	t.Parallel()
	e := engine(t)
	when := time.Date(2026, 12, 20, 6, 30, 0, 0, wib)
	full := Page{Site: testSite(i18n.ID), Title: "Pasar Apung – Kabar Lembah", Description: "Pedagang kembali berjualan.",
		Canonical: testBase + "/2026/12/20/pasar-apung/", Body: &Article{Title: "Pasar Apung"},
		Meta: Meta{Type: "article", Title: "Pasar Apung", Locale: "id_ID",
			Image:     &Image{URL: testBase + "/media/pasar.jpg", Alt: "Perahu \"sayur\"", Width: 1200, Height: 675},
			Published: when, Modified: when.Add(time.Hour), Section: "Ekonomi", Tags: []string{"pasar", "banjir"},
			Feeds:  []FeedLink{{Title: "Umpan: Kabar Lembah", URL: testBase + "/feed/", Type: "application/rss+xml"}},
			JSONLD: []any{map[string]any{"@type": "NewsArticle", "headline": "Awas </script><script>alert(1)</script>"}, struct{ N int }{3}},
		}}
	bare := Page{Site: testSite(i18n.EN), Title: "Kabar Lembah", Body: &Article{Title: "x"}}
	tests := []struct {
		name    string
		page    Page
		want    []string
		wantNot []string
	}{
		{"full", full, []string{
			`<meta property="og:type" content="article">`,
			`<meta property="og:title" content="Pasar Apung">`,
			`<meta property="og:url" content="` + testBase + `/2026/12/20/pasar-apung/">`,
			`<meta property="og:image:alt" content="Perahu &#34;sayur&#34;">`,
			`<meta property="article:published_time" content="2026-12-20T06:30:00&#43;07:00">`,
			`<meta property="article:tag" content="banjir">`,
			`<meta name="twitter:card" content="summary_large_image">`,
			`<link rel="alternate" type="application/rss&#43;xml" title="Umpan: Kabar Lembah" href="` + testBase + `/feed/">`,
		}, nil},
		{"bare", bare, []string{
			`<meta property="og:type" content="website">`,
			`<meta property="og:title" content="Kabar Lembah">`,
			`<meta name="twitter:card" content="summary">`,
		}, []string{"og:image", "article:", "application/ld+json", "og:description", "rel=\"alternate\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			html := render(t, e, "article", tt.page)
			head := html[:strings.Index(html, "</head>")]
			for _, w := range tt.want {
				if !strings.Contains(head, w) {
					t.Errorf("head lacks %s", w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(head, w) {
					t.Errorf("head has %s", w)
				}
			}
		})
	}
	html := render(t, e, "article", full)
	scripts := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindAllStringSubmatch(html, -1)
	if len(scripts) != 2 || strings.Count(html, "<script") != 2 {
		t.Fatalf("want two JSON-LD scripts and no other, got %d of %d", len(scripts), strings.Count(html, "<script"))
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(scripts[0][1]), &obj); err != nil || obj["headline"] != "Awas </script><script>alert(1)</script>" {
		t.Errorf("JSON-LD %s: %v", scripts[0][1], err)
	}
	if strings.TrimSpace(scripts[1][1]) != `{"N":3}` {
		t.Errorf("struct JSON-LD %s", scripts[1][1])
	}
}
