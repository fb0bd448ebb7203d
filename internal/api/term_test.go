package api_test

import (
	"context"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestCreateTerms(t *testing.T) {
	t.Parallel()
	nasional := func(t *testing.T, ta *testAPI) string {
		t.Helper()
		if _, err := ta.content.CreateTerm(context.Background(), content.Category, content.TermInput{Name: "Nasional"}); err != nil {
			t.Fatal(err)
		}
		if _, err := ta.content.CreateTerm(context.Background(), content.Tag, content.TermInput{Name: "Pemilu"}); err != nil {
			t.Fatal(err)
		}
		return ""
	}
	run(t, []scenario{
		{name: "category", method: "POST", path: "/api/v1/categories", as: "editor", body: `{"name":"Hukum & Kriminal","description":"Berita hukum."}`,
			status: 201, has: []string{`"slug":"hukum-kriminal"`, `"description":"Berita hukum."`}, writes: true},
		{name: "subcategory", setup: nasional, method: "POST", path: "/api/v1/categories", as: "admin", body: `{"name":"Politik","parent":"nasional"}`,
			status: 201, has: []string{`"parent":"nasional"`}, writes: true},
		{name: "unknown parent", method: "POST", path: "/api/v1/categories", as: "editor", body: `{"name":"Politik","parent":"entah"}`,
			status: 422, field: "parent"},
		{name: "duplicate category slug", setup: nasional, method: "POST", path: "/api/v1/categories", as: "editor",
			body: `{"name":"Berita Nasional","slug":"nasional"}`, status: 422, field: "slug"},
		{name: "duplicate category name", setup: nasional, method: "POST", path: "/api/v1/categories", as: "editor",
			body: `{"name":"Nasional"}`, status: 422, field: "slug"},
		{name: "category without name", method: "POST", path: "/api/v1/categories", as: "editor", body: `{"slug":"kosong"}`, status: 422, field: "name"},
		{name: "category bad slug", method: "POST", path: "/api/v1/categories", as: "editor", body: `{"name":"A","slug":"A B"}`, status: 422, field: "slug"},
		{name: "author may not add categories", method: "POST", path: "/api/v1/categories", as: "author", body: `{"name":"Opini"}`, status: 403},
		{name: "anonymous category", method: "POST", path: "/api/v1/categories", body: `{"name":"Opini"}`, status: 401},
		{name: "category wrong type", method: "POST", path: "/api/v1/categories", as: "editor", body: `{"name":["Opini"]}`, status: 400, field: "name"},
		{name: "tag by contributor", method: "POST", path: "/api/v1/tags", as: "contributor", body: `{"name":"Banjir Rob"}`,
			status: 201, has: []string{`"slug":"banjir-rob"`}, writes: true},
		{name: "duplicate tag slug", setup: nasional, method: "POST", path: "/api/v1/tags", as: "author", body: `{"name":"pemilu"}`,
			status: 422, field: "slug"},
		{name: "tag and category may share a slug", setup: nasional, method: "POST", path: "/api/v1/tags", as: "author",
			body: `{"name":"Nasional"}`, status: 201, writes: true},
		{name: "tags have no parent", setup: nasional, method: "POST", path: "/api/v1/tags", as: "editor", body: `{"name":"a","parent":"nasional"}`,
			status: 400, field: "parent"},
		{name: "tag unknown field", method: "POST", path: "/api/v1/tags", as: "editor", body: `{"name":"a","colour":"biru"}`, status: 400, field: "colour"},
	})
}

func TestListTerms(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		var empty struct{ Items []any }
		if res := ta.do(t, "GET", "/api/v1/categories", "", ""); res.status != 200 {
			t.Fatalf("empty list: %d %s", res.status, res.body)
		} else if res.decode(t, &empty); empty.Items == nil || len(empty.Items) != 0 {
			t.Errorf("empty list: %s", res.body)
		}
		for _, body := range []string{`{"name":"Daerah"}`, `{"name":"Jawa Barat","parent":"daerah","description":"Kabar Jabar."}`} {
			if res := ta.do(t, "POST", "/api/v1/categories", "editor", body); res.status != 201 {
				t.Fatalf("create %s: %d %s", body, res.status, res.body)
			}
		}
		if res := ta.do(t, "POST", "/api/v1/tags", "author", `{"name":"Gempa"}`); res.status != 201 {
			t.Fatalf("create tag: %d %s", res.status, res.body)
		}
		var cats struct {
			Items []struct {
				ID                              int64
				Name, Slug, Description, Parent string
			}
			Total int
		}
		ta.do(t, "GET", "/api/v1/categories", "", "").decode(t, &cats)
		if cats.Total != 2 || len(cats.Items) != 2 || cats.Items[0].Slug != "daerah" || cats.Items[0].Parent != "" ||
			cats.Items[1].Parent != "daerah" || cats.Items[1].Description != "Kabar Jabar." || cats.Items[1].ID == 0 {
			t.Errorf("categories %+v", cats)
		}
		var tags struct{ Items []struct{ Slug string } }
		ta.do(t, "GET", "/api/v1/tags", "", "").decode(t, &tags)
		if len(tags.Items) != 1 || tags.Items[0].Slug != "gempa" {
			t.Errorf("tags %+v", tags)
		}
	})
}
