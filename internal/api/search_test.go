package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"warta/internal/api"
	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/search"
	"warta/internal/store"
	"warta/internal/storetest"
)

func newSearchAPI(t *testing.T, db *store.DB, withSearch bool) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	svc := content.NewService(db, content.Options{})
	var idx *search.Index
	if withSearch {
		idx = search.New(db, search.Options{})
		svc.AddObserver(idx)
		t.Cleanup(func() { _ = idx.Close(context.Background()) })
	}
	at := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	for i, a := range [][3]string{
		{"Warga Bekerja Bakti", "Warga bekerja membersihkan selokan kampung.", "Lingkungan"},
		{"Pekerjaan Jalan Dimulai", "Pekerjaan pelebaran jalan dimulai pekan ini.", "Nasional"},
		{"Harga Cabai Naik", "Cabai merah makin mahal di pasar.", "Ekonomi"},
	} {
		if _, err := svc.Create(ctx, content.Input{Title: a[0], Body: "<p>" + a[1] + "</p>", Status: content.Published,
			PublishAt: at.AddDate(0, 0, i), Categories: []string{a[2]}}, 0); err != nil {
			t.Fatal(err)
		}
	}
	h := api.New(api.Deps{Content: svc, Auth: auth.NewService(db), Search: idx,
		URL: func(p *content.Post) string { return "https://warta.example/" + p.Slug + "/" }})
	mux := http.NewServeMux()
	mux.Handle(api.Prefix, h)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

type searchReply struct {
	Query    string
	Searched bool
	Total    int
	Page     int
	PerPage  int `json:"per_page"`
	Items    []struct {
		ID        int64
		Title     string
		URL       string
		Snippet   string
		Highlight []struct {
			Text  string
			Match bool
		}
		Categories []struct{ Slug string }
	}
	Suggestion *struct{ Query, Kind string }
	Error      *struct{ Code, Field string }
}

func getSearch(t *testing.T, srv *httptest.Server, query string) (int, searchReply, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + "/api/v1/search?" + query)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r searchReply
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("GET %s: not JSON: %s", query, body)
	}
	return resp.StatusCode, r, string(body)
}

func TestSearchAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		srv := newSearchAPI(t, db, true)
		tests := []struct {
			query  string
			status int
			total  int
			check  func(t *testing.T, r searchReply)
		}{
			{"q=kerja", 200, 2, func(t *testing.T, r searchReply) {
				if r.Items[0].URL == "" || !strings.Contains(strings.ToLower(r.Items[0].Snippet), "kerja") {
					t.Errorf("first item %+v", r.Items[0])
				}
				marked := false
				for _, f := range r.Items[0].Highlight {
					marked = marked || (f.Match && strings.Contains(strings.ToLower(f.Text), "kerja"))
				}
				if !marked {
					t.Errorf("no match marked in %+v", r.Items[0].Highlight)
				}
			}},
			{"q=kerja&category=lingkungan", 200, 1, nil},
			{"q=kerja&from=2026-05-05&to=2026-05-05", 200, 1, func(t *testing.T, r searchReply) {
				if r.Items[0].Title != "Pekerjaan Jalan Dimulai" {
					t.Errorf("date filter kept %q", r.Items[0].Title)
				}
			}},
			{"q=kerja&per_page=1&page=2", 200, 2, func(t *testing.T, r searchReply) {
				if len(r.Items) != 1 || r.Page != 2 || r.PerPage != 1 {
					t.Errorf("paging: %d items, page %d, per page %d", len(r.Items), r.Page, r.PerPage)
				}
			}},
			{"q=cabaii", 200, 0, func(t *testing.T, r searchReply) {
				if r.Suggestion == nil || r.Suggestion.Query != "cabai" || r.Suggestion.Kind != "spelling" {
					t.Errorf("suggestion %+v", r.Suggestion)
				}
			}},
			{"q=", 200, 0, func(t *testing.T, r searchReply) {
				if r.Searched || r.Items == nil {
					t.Errorf("empty query: searched %v, items %v", r.Searched, r.Items)
				}
			}},
			{"q=" + url.QueryEscape(`"unclosed NEAR(a b) * - ( title:x `+"\x00\xff"), 200, 0, nil},
			{"q=" + url.QueryEscape(strings.Repeat("kerja ", 300)), 200, 2, nil},
			{"q=kerja&category=tidak-ada", 400, 0, nil},
			{"q=kerja&from=kemarin", 400, 0, nil},
			{"q=kerja&page=0", 400, 0, nil},
			{"q=kerja&per_page=1000", 400, 0, nil},
		}
		for _, tt := range tests {
			status, r, body := getSearch(t, srv, tt.query)
			if status != tt.status {
				t.Errorf("GET ?%s: status %d, want %d: %s", tt.query, status, tt.status, body)
				continue
			}
			for _, bad := range []string{"sqlite", "SQL", "fts5", "tsquery", "syntax"} {
				if strings.Contains(body, bad) {
					t.Errorf("GET ?%s: answer shows %q: %s", tt.query, bad, body)
				}
			}
			if status != 200 {
				if r.Error == nil || r.Error.Field == "" {
					t.Errorf("GET ?%s: error without a field: %s", tt.query, body)
				}
				continue
			}
			if r.Total != tt.total {
				t.Errorf("GET ?%s: total %d, want %d", tt.query, r.Total, tt.total)
			}
			if tt.check != nil && (r.Total > 0 || tt.total == 0) {
				tt.check(t, r)
			}
		}
	})
}

func TestSearchAPIWithoutIndex(t *testing.T) {
	t.Parallel()
	srv := newSearchAPI(t, storetest.SQLite(t), false)
	status, r, _ := getSearch(t, srv, "q=kerja")
	if status != 404 || r.Error == nil || r.Error.Code != "not_found" {
		t.Errorf("without an index: status %d, error %+v", status, r.Error)
	}
}
