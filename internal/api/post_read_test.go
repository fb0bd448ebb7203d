package api_test

import (
	"strconv"
	"strings"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// postOut is the post JSON as a client reads it.
type postOut struct {
	ID           int64
	Type, Status string
	Slug, Title  string
	Lead, Body   string
	Excerpt, URL string
	Author       *struct{ Name, Slug string }
	Categories   []struct {
		ID         int64
		Name, Slug string
	}
	Tags []struct {
		ID         int64
		Name, Slug string
	}
	FeaturedImage *struct {
		URL, Alt, Caption string
		Width, Height     int
	} `json:"featured_image"`
	CommentStatus  string `json:"comment_status"`
	SEOTitle       string `json:"seo_title"`
	SEODescription string `json:"seo_description"`
	PublishedAt    string `json:"published_at"`
	CreatedAt      string `json:"created_at"`
	UpdatedAt      string `json:"updated_at"`
	Version        int
}

const fullPost = `{
	"title": "Petani Garam Madura Menyambut Kemarau",
	"lead": "Musim kering berarti panen bagi mereka.",
	"body": "<h2>Ladang</h2><p onclick=\"x()\">Sejak subuh para petani meratakan tanah tambak, menunggu matahari bekerja. <script>alert(1)</script>Kristal putih mulai tampak setelah tiga hari, dan harga di tingkat pengepul naik sedikit dibanding tahun lalu ketika hujan datang terlalu awal dan merusak hasil panen mereka.</p>",
	"status": "publish",
	"published_at": "2026-01-05T08:30:00+07:00",
	"slug": "petani-garam-madura",
	"categories": ["Ekonomi"],
	"tags": ["garam", "Madura"],
	"featured_image": {"url": "https://cdn.example/garam.jpg", "alt": "Tambak garam", "caption": "Tambak di pesisir", "width": 1200, "height": 800},
	"comment_status": "closed",
	"seo_title": "Garam Madura",
	"seo_description": "Panen garam di musim kemarau."
}`

func TestCreateThenRead(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		res := ta.do(t, "POST", "/api/v1/posts", "editor", fullPost)
		if res.status != 201 {
			t.Fatalf("create: %d %s", res.status, res.body)
		}
		var created struct {
			ID        int64
			Slug, URL string
			Status    string
		}
		res.decode(t, &created)
		loc := res.header.Get("Location")
		if created.ID == 0 || created.Slug != "petani-garam-madura" || created.Status != "published" ||
			created.URL != "https://warta.example/petani-garam-madura/" || !strings.HasSuffix(loc, "/api/v1/posts/"+itoa(created.ID)) {
			t.Fatalf("created %+v, Location %q", created, loc)
		}
		res = ta.do(t, "GET", loc, "", "")
		if res.status != 200 {
			t.Fatalf("read: %d %s", res.status, res.body)
		}
		var p postOut
		res.decode(t, &p)
		if p.ID != created.ID || p.Type != "post" || p.Status != "published" || p.Title != "Petani Garam Madura Menyambut Kemarau" ||
			p.Lead != "Musim kering berarti panen bagi mereka." || p.CommentStatus != "closed" ||
			p.SEOTitle != "Garam Madura" || p.SEODescription != "Panen garam di musim kemarau." || p.Version != 1 {
			t.Errorf("post %+v", p)
		}
		if strings.Contains(p.Body, "script") || strings.Contains(p.Body, "onclick") || !strings.Contains(p.Body, "<h2>Ladang</h2>") {
			t.Errorf("body not sanitised: %s", p.Body)
		}
		if !strings.HasSuffix(p.Excerpt, "…") || len(strings.Fields(p.Excerpt)) > 31 {
			t.Errorf("automatic excerpt %q", p.Excerpt)
		}
		if p.PublishedAt != "2026-01-05T01:30:00Z" || !strings.HasSuffix(p.CreatedAt, "Z") || p.UpdatedAt == "" {
			t.Errorf("times %q %q %q", p.PublishedAt, p.CreatedAt, p.UpdatedAt)
		}
		if p.Author == nil || p.Author.Name != "Uji editor" || p.Author.Slug != ta.users["editor"].Slug {
			t.Errorf("author %+v", p.Author)
		}
		if len(p.Categories) != 1 || p.Categories[0].Slug != "ekonomi" || len(p.Tags) != 2 || p.Tags[1].Name != "Madura" {
			t.Errorf("terms %+v %+v", p.Categories, p.Tags)
		}
		if p.FeaturedImage == nil || p.FeaturedImage.URL != "https://cdn.example/garam.jpg" || p.FeaturedImage.Width != 1200 {
			t.Errorf("image %+v", p.FeaturedImage)
		}
	})
}

func TestGetPost(t *testing.T) {
	t.Parallel()
	draft := func(who string) func(*testing.T, *testAPI) string {
		return func(t *testing.T, ta *testAPI) string {
			return ta.post(t, who, content.Input{Body: "<p>Rahasia dapur redaksi.</p>"})
		}
	}
	published := func(t *testing.T, ta *testAPI) string {
		return ta.post(t, "author", content.Input{Status: content.Published, Excerpt: "Ringkasan sendiri."})
	}
	page := func(t *testing.T, ta *testAPI) string {
		return ta.post(t, "editor", content.Input{Type: content.TypePage, Status: content.Published, Title: "Tentang Kami"})
	}
	run(t, []scenario{
		{name: "anonymous published", setup: published, method: "GET", path: "/api/v1/posts/{id}", status: 200,
			has: []string{`"excerpt":"Ringkasan sendiri."`, `"author":{"name":"Uji author"`}},
		{name: "anonymous draft", setup: draft("author"), method: "GET", path: "/api/v1/posts/{id}", status: 404},
		{name: "own draft", setup: draft("author"), method: "GET", path: "/api/v1/posts/{id}", as: "author", status: 200, has: []string{"Rahasia"}},
		{name: "another author's draft", setup: draft("author2"), method: "GET", path: "/api/v1/posts/{id}", as: "author", status: 404},
		{name: "editor reads anyone's draft", setup: draft("author2"), method: "GET", path: "/api/v1/posts/{id}", as: "editor", status: 200},
		{name: "missing", method: "GET", path: "/api/v1/posts/999", status: 404},
		{name: "not a number", method: "GET", path: "/api/v1/posts/abc", status: 404},
		{name: "a page is not a post", setup: page, method: "GET", path: "/api/v1/posts/{id}", status: 404},
		{name: "a post is not a page", setup: published, method: "GET", path: "/api/v1/pages/{id}", status: 404},
		{name: "unknown endpoint", method: "GET", path: "/api/v1/komentar", status: 404},
		{name: "wrong method", method: "PUT", path: "/api/v1/posts", as: "editor", body: `{}`, status: 405,
			header: map[string]string{"Allow": "POST"}},
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
