package api_test

import (
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestWorkflow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ta := newTestAPI(t, db)
		id := ta.post(t, "author", content.Input{Title: "Alur Kerja Redaksi"})
		path := "/api/v1/posts/" + id
		future := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Second)
		steps := []struct {
			name, method, path, body string
			status                   int
			wantStatus, field        string
		}{
			{"restore needs the trash", "POST", path + "/restore", "", 422, "", "status"},
			{"publish", "POST", path + "/publish", "", 200, "published", ""},
			{"published cannot be scheduled", "POST", path + "/schedule", `{"published_at":"` + future.Format(time.RFC3339) + `"}`, 422, "", "status"},
			{"trash", "POST", path + "/trash", "", 200, "trash", ""},
			{"trashed cannot be published", "POST", path + "/publish", "", 422, "", "status"},
			{"restore", "POST", path + "/restore", "", 200, "draft", ""},
			{"schedule without time", "POST", path + "/schedule", `{}`, 422, "", "published_at"},
			{"schedule in the past", "POST", path + "/schedule", `{"published_at":"2021-03-04T05:06:07Z"}`, 422, "", "published_at"},
			{"schedule with a bad time", "POST", path + "/schedule", `{"published_at":"besok"}`, 422, "", "published_at"},
			{"publish takes no time", "POST", path + "/publish", `{"published_at":"2021-03-04T05:06:07Z"}`, 400, "", "published_at"},
			{"schedule", "POST", path + "/schedule", `{"published_at":"` + future.Format(time.RFC3339) + `"}`, 200, "scheduled", ""},
			{"publish a scheduled post now", "POST", path + "/publish", "", 200, "published", ""},
			{"delete trashes", "DELETE", path, "", 200, "trash", ""},
		}
		for _, s := range steps {
			before := ta.counts(t)
			res := ta.do(t, s.method, s.path, "author", s.body)
			if res.status != s.status {
				t.Fatalf("%s: %d, want %d: %s", s.name, res.status, s.status, res.body)
			}
			if s.status != 200 {
				if _, field := res.apiError(); field != s.field {
					t.Errorf("%s: field %q, want %q", s.name, field, s.field)
				}
				if after := ta.counts(t); after != before {
					t.Errorf("%s: a refused move stored something", s.name)
				}
				continue
			}
			var p postOut
			res.decode(t, &p)
			if p.Status != s.wantStatus {
				t.Errorf("%s: status %q, want %q", s.name, p.Status, s.wantStatus)
			}
			if s.wantStatus == "scheduled" && p.PublishedAt != future.Format(time.RFC3339) {
				t.Errorf("%s: published_at %q, want %s", s.name, p.PublishedAt, future.Format(time.RFC3339))
			}
			if s.name == "publish a scheduled post now" {
				if at, err := time.Parse(time.RFC3339, p.PublishedAt); err != nil || at.After(time.Now()) {
					t.Errorf("%s: published_at %q is not now", s.name, p.PublishedAt)
				}
			}
		}
	})
}

func TestWorkflowRights(t *testing.T) {
	t.Parallel()
	draftBy := func(who string) func(*testing.T, *testAPI) string {
		return func(t *testing.T, ta *testAPI) string { return ta.post(t, who, content.Input{}) }
	}
	trashedBy := func(who string) func(*testing.T, *testAPI) string {
		return func(t *testing.T, ta *testAPI) string { return ta.post(t, who, content.Input{Status: content.Trash}) }
	}
	run(t, []scenario{
		{name: "contributor publishes", setup: draftBy("contributor"), method: "POST", path: "/api/v1/posts/{id}/publish", as: "contributor", status: 403},
		{name: "contributor schedules", setup: draftBy("contributor"), method: "POST", path: "/api/v1/posts/{id}/schedule", as: "contributor",
			body: `{"published_at":"2099-01-01T00:00:00Z"}`, status: 403},
		{name: "contributor trashes own draft", setup: draftBy("contributor"), method: "POST", path: "/api/v1/posts/{id}/trash", as: "contributor",
			status: 200, has: []string{`"status":"trash"`}, writes: true},
		{name: "contributor restores own", setup: trashedBy("contributor"), method: "POST", path: "/api/v1/posts/{id}/restore", as: "contributor",
			status: 200, has: []string{`"status":"draft"`}, writes: true},
		{name: "author publishes another's", setup: draftBy("author2"), method: "POST", path: "/api/v1/posts/{id}/publish", as: "author", status: 403},
		{name: "editor publishes another's", setup: draftBy("author2"), method: "POST", path: "/api/v1/posts/{id}/publish", as: "editor",
			status: 200, writes: true},
		{name: "anonymous trash", setup: draftBy("author"), method: "POST", path: "/api/v1/posts/{id}/trash", status: 401},
		{name: "unknown field", setup: draftBy("author"), method: "POST", path: "/api/v1/posts/{id}/trash", as: "author", body: `{"force":true}`,
			status: 400, field: "force"},
	})
}
