package api_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

type listOut struct {
	Items   []postOut
	Total   int
	Page    int
	PerPage int `json:"per_page"`
}

func TestListPosts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		if _, err := ta.content.CreateTerm(context.Background(), content.Category, content.TermInput{Name: "Olahraga"}); err != nil {
			t.Fatal(err)
		}
		if _, err := ta.content.CreateTerm(context.Background(), content.Category, content.TermInput{Name: "Sepak Bola", Parent: "olahraga"}); err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			ta.post(t, "author", content.Input{Title: fmt.Sprintf("Terbit %d", i), Status: content.Published,
				Categories: []string{"sepak-bola"}, Tags: []string{"liga"}})
		}
		ta.post(t, "author2", content.Input{Title: "Terbit Lain", Status: content.Published, Tags: []string{"voli"}})
		ta.post(t, "author", content.Input{Title: "Draf Sendiri"})
		ta.post(t, "author2", content.Input{Title: "Draf Orang Lain"})
		ta.post(t, "editor", content.Input{Type: content.TypePage, Title: "Halaman", Status: content.Published})

		tests := []struct {
			name, query, as string
			status          int
			field           string
			total           int
			titles          []string // when set, the exact titles in order
		}{
			{name: "anonymous sees published posts", query: "", total: 4},
			{name: "paging", query: "?per_page=2&page=2", total: 4, titles: []string{"Terbit 1", "Terbit 0"}},
			{name: "past the end", query: "?page=9", total: 4, titles: []string{}},
			{name: "category includes subcategories", query: "?category=olahraga", total: 3},
			{name: "tag", query: "?tag=voli", total: 1, titles: []string{"Terbit Lain"}},
			{name: "author", query: "?author=" + ta.users["author2"].Slug, total: 1, titles: []string{"Terbit Lain"}},
			{name: "anonymous drafts", query: "?status=draft", status: 401},
			{name: "author's drafts are their own", query: "?status=draft", as: "author", total: 1, titles: []string{"Draf Sendiri"}},
			{name: "author asks for another's drafts", query: "?status=draft&author=" + ta.users["author2"].Slug, as: "author", status: 403},
			{name: "editor sees all drafts", query: "?status=draft", as: "editor", total: 2},
			{name: "status alias", query: "?status=publish", total: 4},
			{name: "bad status", query: "?status=hidup", status: 400, field: "status"},
			{name: "per_page too big", query: "?per_page=101", status: 400, field: "per_page"},
			{name: "page zero", query: "?page=0", status: 400, field: "page"},
			{name: "unknown category", query: "?category=tidak-ada", status: 400, field: "category"},
			{name: "unknown author", query: "?author=siapa", status: 400, field: "author"},
			{name: "category and tag", query: "?category=olahraga&tag=liga", status: 400, field: "tag"},
		}
		for _, tt := range tests {
			res := ta.do(t, "GET", "/api/v1/posts"+tt.query, tt.as, "")
			want := tt.status
			if want == 0 {
				want = 200
			}
			if res.status != want {
				t.Errorf("%s: status %d, want %d: %s", tt.name, res.status, want, res.body)
				continue
			}
			if want != 200 {
				if _, field := res.apiError(); field != tt.field {
					t.Errorf("%s: field %q, want %q", tt.name, field, tt.field)
				}
				continue
			}
			var out listOut
			res.decode(t, &out)
			var titles []string
			for _, p := range out.Items {
				titles = append(titles, p.Title)
				if p.Type != "post" {
					t.Errorf("%s: a %s in the posts list", tt.name, p.Type)
				}
			}
			if out.Total != tt.total || (tt.titles != nil && !slices.Equal(titles, tt.titles) && len(titles)+len(tt.titles) > 0) {
				t.Errorf("%s: total %d titles %q, want %d %q", tt.name, out.Total, titles, tt.total, tt.titles)
			}
		}
	})
}
