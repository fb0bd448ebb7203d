package api_test

import (
	"testing"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestPatchKeepsOtherFields(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		res := ta.do(t, "POST", "/api/v1/posts", "editor", fullPost)
		if res.status != 201 {
			t.Fatalf("create: %d %s", res.status, res.body)
		}
		path := res.header.Get("Location")
		var before postOut
		ta.do(t, "GET", path, "editor", "").decode(t, &before)

		res = ta.do(t, "PATCH", path, "editor", `{"title":"Judul Baru untuk Garam"}`)
		if res.status != 200 {
			t.Fatalf("patch: %d %s", res.status, res.body)
		}
		var after postOut
		res.decode(t, &after)
		if after.Title != "Judul Baru untuk Garam" || after.Version != before.Version+1 {
			t.Errorf("title %q version %d", after.Title, after.Version)
		}
		if after.Lead != before.Lead || after.Body != before.Body || after.Slug != before.Slug ||
			after.PublishedAt != before.PublishedAt || after.Status != before.Status || after.SEOTitle != before.SEOTitle ||
			after.CommentStatus != before.CommentStatus || len(after.Tags) != 2 || len(after.Categories) != 1 ||
			after.FeaturedImage == nil || *after.FeaturedImage != *before.FeaturedImage {
			t.Errorf("other fields changed:\nbefore %+v\nafter  %+v", before, after)
		}

		res = ta.do(t, "PATCH", path, "editor", `{"featured_image":null,"tags":[],"lead":""}`)
		var cleared postOut
		res.decode(t, &cleared)
		if res.status != 200 || cleared.FeaturedImage != nil || len(cleared.Tags) != 0 || cleared.Lead != "" ||
			cleared.Title != "Judul Baru untuk Garam" || len(cleared.Categories) != 1 {
			t.Errorf("clearing: %d %+v", res.status, cleared)
		}
	})
}

func TestPatchVersion(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		path := "/api/v1/posts/" + ta.post(t, "author", content.Input{Title: "Versi Pertama"})
		if res := ta.do(t, "PATCH", path, "author", `{"title":"Versi Kedua","version":1}`); res.status != 200 {
			t.Fatalf("matching version: %d %s", res.status, res.body)
		}
		before := ta.counts(t)
		res := ta.do(t, "PATCH", path, "author", `{"title":"Versi Basi","version":1}`)
		if code, _ := res.apiError(); res.status != 409 || code != "conflict" {
			t.Errorf("stale version: %d %s", res.status, res.body)
		}
		if res := ta.do(t, "POST", path+"/publish", "author", `{"version":1}`); res.status != 409 {
			t.Errorf("stale publish: %d %s", res.status, res.body)
		}
		if after := ta.counts(t); after != before {
			t.Errorf("a stale save stored something: %+v → %+v", before, after)
		}
		var p postOut
		ta.do(t, "GET", path, "author", "").decode(t, &p)
		if p.Title != "Versi Kedua" || p.Version != 2 || p.Status != "draft" {
			t.Errorf("post after conflicts: %+v", p)
		}
	})
}

func TestPatchRights(t *testing.T) {
	t.Parallel()
	draftBy := func(who string) func(*testing.T, *testAPI) string {
		return func(t *testing.T, ta *testAPI) string { return ta.post(t, who, content.Input{}) }
	}
	publishedBy := func(who string) func(*testing.T, *testAPI) string {
		return func(t *testing.T, ta *testAPI) string {
			return ta.post(t, who, content.Input{Status: content.Published})
		}
	}
	const path = "/api/v1/posts/{id}"
	run(t, []scenario{
		{name: "author edits own", setup: draftBy("author"), method: "PATCH", path: path, as: "author", body: `{"lead":"Baru"}`,
			status: 200, has: []string{`"lead":"Baru"`}, writes: true},
		{name: "author edits another's", setup: draftBy("author2"), method: "PATCH", path: path, as: "author", body: `{"lead":"Baru"}`, status: 403},
		{name: "author trashes another's", setup: publishedBy("author2"), method: "DELETE", path: path, as: "author", status: 403},
		{name: "editor edits another's", setup: draftBy("author2"), method: "PATCH", path: path, as: "editor", body: `{"lead":"Baru"}`,
			status: 200, writes: true},
		{name: "contributor edits own draft", setup: draftBy("contributor"), method: "PATCH", path: path, as: "contributor",
			body: `{"status":"pending"}`, status: 200, has: []string{`"status":"pending"`}, writes: true},
		{name: "contributor publishes own draft", setup: draftBy("contributor"), method: "PATCH", path: path, as: "contributor",
			body: `{"status":"publish"}`, status: 403},
		{name: "contributor edits own published", setup: publishedBy("contributor"), method: "PATCH", path: path, as: "contributor",
			body: `{"title":"Ralat"}`, status: 403},
		{name: "contributor unpublishes own", setup: publishedBy("contributor"), method: "PATCH", path: path, as: "contributor",
			body: `{"status":"draft"}`, status: 403},
		{name: "contributor trashes own published", setup: publishedBy("contributor"), method: "DELETE", path: path, as: "contributor", status: 403},
		{name: "anonymous", setup: draftBy("author"), method: "PATCH", path: path, body: `{"lead":"x"}`, status: 401},
		{name: "missing post", method: "PATCH", path: "/api/v1/posts/424242", as: "editor", body: `{"lead":"x"}`, status: 404},
		{name: "bad input", setup: draftBy("author"), method: "PATCH", path: path, as: "author", body: `{"slug":"Spasi Tidak Boleh"}`,
			status: 422, field: "slug"},
		{name: "wrong type", setup: draftBy("author"), method: "PATCH", path: path, as: "author", body: `{"categories":"Ekonomi"}`,
			status: 400, field: "categories"},
		{name: "unknown field", setup: draftBy("author"), method: "PATCH", path: path, as: "author", body: `{"author_id":1}`,
			status: 400, field: "author_id"},
		{name: "new category by author", setup: draftBy("author"), method: "PATCH", path: path, as: "author", body: `{"categories":["Baru"]}`,
			status: 422, field: "categories"},
		{name: "published cannot be scheduled", setup: publishedBy("author"), method: "PATCH", path: path, as: "author",
			body: `{"status":"future","published_at":"2099-01-01T00:00:00Z"}`, status: 422, field: "status"},
	})
}
