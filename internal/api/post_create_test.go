package api_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
)

// existingCategory makes a category that contributors may then use.
func existingCategory(t *testing.T, ta *testAPI) string {
	t.Helper()
	if _, err := ta.content.CreateTerm(context.Background(), content.Category, content.TermInput{Name: "Ekonomi"}); err != nil {
		t.Fatal(err)
	}
	return ""
}

func TestCreatePostInput(t *testing.T) {
	t.Parallel()
	future := time.Now().Add(72 * time.Hour).UTC().Format(time.RFC3339)
	longTitle := `{"title":"` + strings.Repeat("a", content.MaxTitle+1) + `"}`
	bigBody := `{"title":"Besar","body":"<p>` + strings.Repeat("kata ", content.MaxBody/5+1) + `</p>"}`
	hugeRequest := `{"title":"Raksasa","body":"` + strings.Repeat("x", 5<<20) + `"}`
	const path = "/api/v1/posts"
	run(t, []scenario{
		{name: "draft", method: "POST", path: path, as: "editor", body: `{"title":"Harga Cabai Turun","body":"<p>Pedagang lega.</p>"}`,
			status: 201, header: map[string]string{"Location": "/api/v1/posts/"}, has: []string{`"status":"draft"`, `"slug":"harga-cabai-turun"`}, writes: true},
		{name: "publish alias", method: "POST", path: path, as: "author", body: `{"title":"Jembatan Baru Dibuka","status":"publish"}`,
			status: 201, has: []string{`"status":"published"`, `"url":"https://warta.example/jembatan-baru-dibuka/"`}, writes: true},
		{name: "future alias", method: "POST", path: path, as: "author", body: `{"title":"Esok Lusa","status":"future","published_at":"` + future + `"}`,
			status: 201, has: []string{`"status":"scheduled"`}, writes: true},
		{name: "publish at a future time schedules", method: "POST", path: path, as: "author", body: `{"title":"Nanti","status":"published","published_at":"` + future + `"}`,
			status: 201, has: []string{`"status":"scheduled"`}, writes: true},

		{name: "malformed JSON", method: "POST", path: path, as: "editor", body: `{"title": "Tanpa penutup"`, status: 400},
		{name: "malformed JSON syntax", method: "POST", path: path, as: "editor", body: `{"title" "x"}`, status: 400},
		{name: "trailing data", method: "POST", path: path, as: "editor", body: `{"title":"a"} {"title":"b"}`, status: 400},
		{name: "empty body", method: "POST", path: path, as: "editor", body: ``, status: 400},
		{name: "array body", method: "POST", path: path, as: "editor", body: `[]`, status: 400},
		{name: "unknown field", method: "POST", path: path, as: "editor", body: `{"title":"a","colour":"merah"}`, status: 400, field: "colour"},
		{name: "unknown nested field", method: "POST", path: path, as: "editor",
			body: `{"title":"a","featured_image":{"url":"/a.jpg","alt":"a","credit":"x"}}`, status: 400, field: "credit"},
		{name: "version on create", method: "POST", path: path, as: "editor", body: `{"title":"a","version":3}`, status: 400, field: "version"},
		{name: "wrong type", method: "POST", path: path, as: "editor", body: `{"title":5}`, status: 400, field: "title", has: []string{"string"}},
		{name: "wrong type in array", method: "POST", path: path, as: "editor", body: `{"title":"a","tags":[1]}`, status: 400, field: "tags"},
		{name: "wrong nested type", method: "POST", path: path, as: "editor",
			body: `{"title":"a","featured_image":{"url":"/a.jpg","alt":"a","width":"lebar"}}`, status: 400, field: "featured_image.width"},
		{name: "missing title on publish", method: "POST", path: path, as: "editor", body: `{"status":"publish","body":"<p>Isi</p>"}`, status: 422, field: "title"},
		{name: "bad status", method: "POST", path: path, as: "editor", body: `{"title":"a","status":"live"}`, status: 422, field: "status"},
		{name: "trash is not a create status", method: "POST", path: path, as: "editor", body: `{"title":"a","status":"trash"}`, status: 422, field: "status"},
		{name: "past scheduled time", method: "POST", path: path, as: "editor",
			body: `{"title":"a","status":"future","published_at":"2020-01-01T00:00:00Z"}`, status: 422, field: "published_at"},
		{name: "schedule without time", method: "POST", path: path, as: "editor", body: `{"title":"a","status":"scheduled"}`, status: 422, field: "published_at"},
		{name: "bad time format", method: "POST", path: path, as: "editor", body: `{"title":"a","published_at":"24/11/2026"}`, status: 422, field: "published_at"},
		{name: "bad slug", method: "POST", path: path, as: "editor", body: `{"title":"a","slug":"Bukan Slug!"}`, status: 422, field: "slug"},
		{name: "over-long title", method: "POST", path: path, as: "editor", body: longTitle, status: 422, field: "title"},
		{name: "over-long body field", method: "POST", path: path, as: "editor", body: bigBody, status: 422, field: "body"},
		{name: "oversize request", method: "POST", path: path, as: "editor", body: hugeRequest, status: 413},
		{name: "bad featured image URL", method: "POST", path: path, as: "editor",
			body: `{"title":"a","featured_image":{"url":"javascript:alert(1)","alt":"a"}}`, status: 422, field: "featured_image.url"},
		{name: "featured image without alt", method: "POST", path: path, as: "editor",
			body: `{"title":"a","featured_image":{"url":"https://cdn.example/a.jpg"}}`, status: 422, field: "featured_image.alt"},
		{name: "bad comment status", method: "POST", path: path, as: "editor", body: `{"title":"a","comment_status":"kadang"}`, status: 422, field: "comment_status"},
	})
}

func TestCreatePostAuth(t *testing.T) {
	t.Parallel()
	const path = "/api/v1/posts"
	const draft = `{"title":"Catatan Kontributor"}`
	run(t, []scenario{
		{name: "no token", method: "POST", path: path, body: draft, status: 401, header: map[string]string{"WWW-Authenticate": "Bearer"}},
		{name: "bad token", method: "POST", path: path, as: badToken, body: draft, status: 401,
			header: map[string]string{"WWW-Authenticate": `error="invalid_token"`}},
		{name: "bad token on a public route", method: "GET", path: path, as: badToken, status: 401},
		{name: "contributor publish", method: "POST", path: path, as: "contributor", body: `{"title":"Terbit","status":"publish"}`, status: 403},
		{name: "contributor schedule", method: "POST", path: path, as: "contributor",
			body: `{"title":"Nanti","status":"future","published_at":"2099-01-01T00:00:00Z"}`, status: 403},
		{name: "contributor draft", method: "POST", path: path, as: "contributor", body: draft, status: 201, writes: true},
		{name: "contributor pending", method: "POST", path: path, as: "contributor", body: `{"title":"Mohon Ditinjau","status":"pending"}`,
			status: 201, has: []string{`"status":"pending"`}, writes: true},
		{name: "contributor new tag", method: "POST", path: path, as: "contributor", body: `{"title":"a","tags":["Kopi Lokal"]}`, status: 201, writes: true},
		{name: "contributor new category", method: "POST", path: path, as: "contributor", body: `{"title":"a","categories":["Kuliner"]}`,
			status: 422, field: "categories"},
		{name: "contributor existing category", setup: existingCategory, method: "POST", path: path, as: "contributor",
			body: `{"title":"a","categories":["ekonomi"]}`, status: 201, writes: true},
		{name: "author new category", method: "POST", path: path, as: "author", body: `{"title":"a","categories":["Kuliner"]}`,
			status: 422, field: "categories"},
		{name: "editor new category", method: "POST", path: path, as: "editor", body: `{"title":"a","categories":["Kuliner"]}`, status: 201, writes: true},
	})
}
