package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/comment"
	"warta/internal/content"
)

func TestCommentFeeds(t *testing.T) {
	t.Parallel()
	a, srv := testApp(t, filepath.Join(t.TempDir(), "data"), "")
	ctx := context.Background()
	p, err := a.content.Create(ctx, content.Input{Title: "Sungai kembali jernih", Body: "<p>Warga gotong royong.</p>", Status: content.Published}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.comments.Reply(ctx, p.ID, 0, "Terima kasih <b>pembaca</b> atas masukannya.", comment.Staff{Name: "Redaksi", Email: "redaksi@example.invalid"}); err != nil {
		t.Fatal(err)
	}
	path := strings.TrimPrefix(a.siteURL(p), "http://warta.test")
	for _, u := range []string{"/comments/feed/", path + "feed/", path + "feed/atom/"} {
		status, body, _ := get(t, srv.URL+u)
		if status != 200 || !strings.Contains(body, "Terima kasih") || strings.Contains(body, "<b>pembaca") || strings.Contains(body, "redaksi@example.invalid") {
			t.Errorf("GET %s: %d, comment shown escaped and without email: %v", u, status, strings.Contains(body, "Terima kasih"))
		}
	}
}
