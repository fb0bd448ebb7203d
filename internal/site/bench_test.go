package site_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"warta/internal/i18n"
	"warta/internal/storetest"
)

// BenchmarkArticlePage renders the test world's article page as a page
// cache miss does: settings and chrome already read, everything else
// (post, terms, author, notices) from SQLite, then the templates.
func BenchmarkArticlePage(b *testing.B) {
	w := newWorld(b, storetest.SQLite(b), i18n.ID)
	h := w.srv.Config.Handler
	req := httptest.NewRequest("GET", "/2025/12/24/panen-kopi-sukamaju-datang-lebih-awal/", nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
