package site

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/view"
)

// What the metadata points at. Feed paths are those internal/feed serves.
const (
	schemaContext = "https://schema.org"
	rssType       = "application/rss+xml"
	logoAsset     = "logo.png"
	searchPath    = "/search?q={search_term_string}"
	// maxHeadline is where Google cuts a NewsArticle headline.
	maxHeadline = 110
)

// ogLocale is Open Graph's name for the site language.
func ogLocale(l i18n.Lang) string {
	if l == i18n.EN {
		return "en_US"
	}
	return "id_ID"
}

// baseMeta is what every page announces: the site's feed and locale.
func (rq *request) baseMeta() view.Meta {
	return view.Meta{
		Locale: ogLocale(rq.site.Lang),
		Feeds: []view.FeedLink{{Title: i18n.T(rq.site.Lang, "Umpan: %s", rq.site.Title),
			URL: rq.site.BaseURL + "/feed/", Type: rssType}},
	}
}

// abs makes a site path absolute.
func (rq *request) abs(path string) string {
	if strings.HasPrefix(path, "/") && !strings.HasPrefix(path, "//") {
		return rq.site.BaseURL + path
	}
	return path
}

// publisher is the site as a schema.org Organization with its logo.
func (s *Site) publisher(rq *request) map[string]any {
	return map[string]any{
		"@type": "Organization",
		"name":  rq.site.Title,
		"url":   rq.site.BaseURL + "/",
		"logo":  map[string]any{"@type": "ImageObject", "url": rq.abs(s.View.AssetURL(logoAsset))},
	}
}

// breadcrumbs is a schema.org BreadcrumbList from the home page down to
// the links given as name, absolute URL pairs.
func breadcrumbs(rq *request, trail ...string) map[string]any {
	items := []any{listItem(1, i18n.T(rq.site.Lang, "Beranda"), rq.site.BaseURL+"/")}
	for i := 0; i+1 < len(trail); i += 2 {
		items = append(items, listItem(len(items)+1, trail[i], trail[i+1]))
	}
	return map[string]any{"@context": schemaContext, "@type": "BreadcrumbList", "itemListElement": items}
}

func listItem(pos int, name, url string) map[string]any {
	return map[string]any{"@type": "ListItem", "position": pos, "name": name, "item": url}
}

// homeMeta adds, on the first home page, the WebSite with its search box.
func (s *Site) homeMeta(rq *request, p *view.Page, n int) {
	if n > 1 {
		return
	}
	site := map[string]any{
		"@context":   schemaContext,
		"@type":      "WebSite",
		"name":       rq.site.Title,
		"url":        rq.site.BaseURL + "/",
		"inLanguage": string(rq.site.Lang),
		"publisher":  s.publisher(rq),
		"potentialAction": map[string]any{
			"@type":       "SearchAction",
			"target":      map[string]any{"@type": "EntryPoint", "urlTemplate": rq.site.BaseURL + searchPath},
			"query-input": "required name=search_term_string",
		},
	}
	if rq.site.Tagline != "" {
		site["description"] = rq.site.Tagline
	}
	p.Meta.JSONLD = append(p.Meta.JSONLD, site)
}

// archiveMeta announces an archive's own feed (not for date archives) and
// places it in the breadcrumbs. name is the archive's heading.
func (s *Site) archiveMeta(rq *request, a *view.Archive, p *view.Page, name string) {
	base := strings.TrimPrefix(p.Canonical, rq.site.BaseURL)
	if n := a.Pagination.Page; n > 1 {
		base = strings.TrimSuffix(base, "page/"+strconv.Itoa(n)+"/")
	}
	if a.Kind != "date" {
		p.Meta.Feeds = append(p.Meta.Feeds, view.FeedLink{Title: i18n.T(rq.site.Lang, "Umpan: %s", p.Title),
			URL: rq.site.BaseURL + base + "feed/", Type: rssType})
	}
	p.Meta.JSONLD = append(p.Meta.JSONLD, breadcrumbs(rq, name, rq.site.BaseURL+base))
}

// articleMeta fills the link preview and structured data of an article
// (a NewsArticle) or a static page (a WebPage).
func (s *Site) articleMeta(rq *request, post *content.Post, a *view.Article, p *view.Page) {
	m := &p.Meta
	m.Title = a.Title
	if a.Image != nil {
		img := *a.Image
		img.URL = rq.abs(img.URL)
		m.Image = &img
	}
	if a.IsPage {
		page := map[string]any{"@context": schemaContext, "@type": "WebPage", "name": a.Title,
			"url": p.Canonical, "inLanguage": string(rq.site.Lang)}
		if p.Description != "" {
			page["description"] = p.Description
		}
		m.JSONLD = append(m.JSONLD, page, breadcrumbs(rq, a.Title, p.Canonical))
		return
	}
	m.Type = "article"
	m.Published, m.Modified = a.Published, a.Modified
	trail := []string{}
	if len(a.Categories) > 0 {
		m.Section = a.Categories[0].Name
		trail = append(trail, a.Categories[0].Name, rq.abs(a.Categories[0].URL))
	}
	for _, t := range a.Tags {
		m.Tags = append(m.Tags, t.Name)
	}
	trail = append(trail, a.Title, p.Canonical)
	m.JSONLD = append(m.JSONLD, s.newsArticle(rq, post, a, p, m.Image), breadcrumbs(rq, trail...))
}

// newsArticle is the schema.org NewsArticle of an article with Google's
// recommended properties.
func (s *Site) newsArticle(rq *request, post *content.Post, a *view.Article, p *view.Page, img *view.Image) map[string]any {
	art := map[string]any{
		"@context":            schemaContext,
		"@type":               "NewsArticle",
		"headline":            headline(a.Title),
		"url":                 p.Canonical,
		"mainEntityOfPage":    map[string]any{"@type": "WebPage", "@id": p.Canonical},
		"datePublished":       a.Published.Format(time.RFC3339),
		"dateModified":        a.Modified.Format(time.RFC3339),
		"inLanguage":          string(rq.site.Lang),
		"publisher":           s.publisher(rq),
		"isAccessibleForFree": true,
	}
	if p.Description != "" {
		art["description"] = p.Description
	}
	if a.Author.Name != "" {
		art["author"] = []any{map[string]any{"@type": "Person", "name": a.Author.Name, "url": rq.abs(a.Author.URL)}}
	} else {
		art["author"] = []any{s.publisher(rq)}
	}
	if img != nil {
		art["image"] = imageObjects(rq, img)
		art["thumbnailUrl"] = img.URL
	}
	switch len(a.Categories) {
	case 0:
	case 1:
		art["articleSection"] = a.Categories[0].Name
	default:
		var names []string
		for _, c := range a.Categories {
			names = append(names, c.Name)
		}
		art["articleSection"] = names
	}
	if len(post.Tags) > 0 {
		var names []string
		for _, t := range post.Tags {
			names = append(names, t.Name)
		}
		art["keywords"] = strings.Join(names, ", ")
	}
	return art
}

// minImagePixels is the smallest image Google takes for an article.
const minImagePixels = 50000

// imageObjects lists the featured image in every stored size, largest
// first, each with its dimensions: the copies media made (read from the
// srcset) and the original. An image without copies is listed once.
func imageObjects(rq *request, img *view.Image) []any {
	obj := func(url string, w, h int) map[string]any {
		o := map[string]any{"@type": "ImageObject", "url": url}
		if w > 0 && h > 0 {
			o["width"], o["height"] = w, h
		}
		if img.Caption != "" {
			o["caption"] = img.Caption
		}
		return o
	}
	out := []any{obj(img.URL, img.Width, img.Height)}
	if img.Width <= 0 || img.Height <= 0 {
		return out
	}
	cands := strings.Split(img.Srcset, ", ")
	for i := len(cands) - 1; i >= 0; i-- {
		url, size, ok := strings.Cut(cands[i], " ")
		w, err := strconv.Atoi(strings.TrimSuffix(size, "w"))
		if !ok || err != nil || w <= 0 || w >= img.Width {
			continue // the original is listed already
		}
		h := (img.Height*w + img.Width/2) / img.Width
		if w*h < minImagePixels {
			break
		}
		out = append(out, obj(rq.abs(url), w, h))
	}
	return out
}

// headline cuts a title to Google's limit at a word boundary.
func headline(title string) string {
	if utf8.RuneCountInString(title) <= maxHeadline {
		return title
	}
	r := []rune(title)[:maxHeadline-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > maxHeadline/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
