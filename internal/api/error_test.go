package api

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
)

func TestWriteError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		err        error
		status     int
		code       string
		field      string
		logged     bool
		authHeader bool
	}{
		{"field error", fmt.Errorf("wrapped: %w", &content.FieldError{Field: "slug", Code: "invalid", Message: "bad slug"}), 422, "invalid", "slug", false, false},
		{"not found", fmt.Errorf("content: post: %w", store.ErrNotFound), 404, "not_found", "", false, false},
		{"conflict", content.ErrConflict, 409, "conflict", "", false, false},
		{"too large", &http.MaxBytesError{Limit: maxRequest}, 413, "too_large", "", false, false},
		{"unauthorized", errUnauthorized("token needed"), 401, "unauthorized", "", false, true},
		{"forbidden", errForbidden("no"), 403, "forbidden", "", false, false},
		{"internal", errors.New("content: insert post: disk I/O error at /srv/warta/warta.db"), 500, "internal", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var logs bytes.Buffer
			a := &api{log: slog.New(slog.NewTextHandler(&logs, nil))}
			w := httptest.NewRecorder()
			a.writeError(w, httptest.NewRequest("POST", "/api/v1/posts", nil), tt.err)
			body := w.Body.String()
			if w.Code != tt.status || !strings.Contains(body, `"code":"`+tt.code+`"`) {
				t.Errorf("got %d %s", w.Code, body)
			}
			if tt.field != "" && !strings.Contains(body, `"field":"`+tt.field+`"`) {
				t.Errorf("field missing: %s", body)
			}
			if tt.status == 500 && (strings.Contains(body, "disk") || !strings.Contains(body, `"message":"internal error"`)) {
				t.Errorf("internal error leaked: %s", body)
			}
			if got := strings.Contains(logs.String(), "disk I/O error"); got != tt.logged {
				t.Errorf("cause logged = %v, want %v: %s", got, tt.logged, logs.String())
			}
			if got := w.Header().Get("WWW-Authenticate") != ""; got != tt.authHeader {
				t.Errorf("WWW-Authenticate present = %v", got)
			}
		})
	}
}

func TestRoutesAreComplete(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, rt := range (&api{}).routes() {
		if seen[rt.pattern] {
			t.Errorf("route %q listed twice", rt.pattern)
		}
		seen[rt.pattern] = true
		if rt.handle == nil {
			t.Errorf("route %q has no handler", rt.pattern)
		}
		method, _, _ := strings.Cut(rt.pattern, " ")
		if method != "GET" && rt.need == "" {
			t.Errorf("write route %q needs no capability", rt.pattern)
		}
	}
	for _, kind := range []string{"posts", "pages"} {
		for _, p := range []string{"GET /api/v1/%s", "POST /api/v1/%s", "GET /api/v1/%s/{id}", "PATCH /api/v1/%s/{id}",
			"DELETE /api/v1/%s/{id}", "POST /api/v1/%s/{id}/publish", "POST /api/v1/%s/{id}/schedule",
			"POST /api/v1/%s/{id}/trash", "POST /api/v1/%s/{id}/restore"} {
			if !seen[fmt.Sprintf(p, kind)] {
				t.Errorf("missing route %s", fmt.Sprintf(p, kind))
			}
		}
	}
}
