package main

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"warta/internal/browsertest"

	"github.com/chromedp/chromedp"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
)

// commentBrowser starts headless Chromium, or skips the test when there
// is none and CI is not set. Console errors (a CSP violation, a script
// exception) are collected in problems.
func commentBrowser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	return browsertest.Start(t, 2*time.Minute)
}

// TestCommentInBrowser posts a comment in real Chromium on a cached
// article page, sees it marked as awaiting moderation (shown by
// comments.js, not by the cached page), approves it through the API and
// sees it published in the thread.
func TestCommentInBrowser(t *testing.T) {
	t.Parallel()
	ctx, problems := commentBrowser(t)
	a, srv := testApp(t, filepath.Join(t.TempDir(), "data"), "")
	bg := context.Background()
	st := comment.DefaultSettings()
	st.MinElapsed = time.Second // the browser types at machine speed; it waits this long below
	if err := comment.SaveSettings(bg, a.db, st); err != nil {
		t.Fatal(err)
	}
	editor, err := a.auth.AddUser(bg, auth.NewUser{Email: "moderator@example.invalid", Name: "Moderator", Role: auth.Editor})
	if err != nil {
		t.Fatal(err)
	}
	token, err := a.auth.CreateToken(bg, editor.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.content.Create(bg, content.Input{Title: "Perpustakaan Keliling Menyapa Desa Pesisir",
		Body: "<p>Mobil perpustakaan datang dua kali sepekan.</p>", Status: content.Published, Categories: []string{"Budaya"}}, editor.ID)
	if err != nil {
		t.Fatal(err)
	}
	article := srv.URL + strings.TrimPrefix(a.siteURL(p), "http://warta.test")
	get(t, article)
	if _, _, h := get(t, article); h.Get("X-Cache") != "HIT" {
		t.Fatal("the article is not cached before the test")
	}
	const text = "Anak-anak di kampung kami senang sekali menunggu mobil perpustakaan ini."
	step, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	err = chromedp.Do(step,
		chromedp.Navigate(article),
		chromedp.WaitVisible("#commentform"),
		chromedp.Click("#comment"),
		chromedp.SendKeys("#comment", text),
		chromedp.SendKeys("#author", "Laila Fitri"),
		chromedp.SendKeys("#email", "laila@pembaca.test"),
		chromedp.Click("#rules"),
		chromedp.Sleep(1500*time.Millisecond), // past the time trap's minimum
		chromedp.Click(`#commentform button[type="submit"]`),
		chromedp.WaitVisible("#comments .comment-awaiting"),
	)
	if err != nil {
		t.Fatalf("posting in the browser: %v (console: %q)", err, problems())
	}
	notice, err := chromedp.Run(ctx, chromedp.Text("#comments .comment-awaiting"))
	if err != nil {
		t.Fatal(err)
	}
	shown, err := chromedp.Run(ctx, chromedp.Text("#comments .comment-pending .comment-text"))
	if err != nil {
		t.Fatal(err)
	}
	if notice != "Komentar Anda menunggu moderasi." || !strings.Contains(shown, text) {
		t.Fatalf("notice %q, comment %q", notice, shown)
	}
	// The page everyone gets is still the cached one, without the comment.
	if _, body, h := get(t, article); h.Get("X-Cache") != "HIT" || strings.Contains(body, text) {
		t.Fatalf("the waiting comment leaked into the shared page (X-Cache %s)", h.Get("X-Cache"))
	}
	id := pendingID(t, srv.URL, token)
	req, _ := http.NewRequest("PATCH", srv.URL+"/api/v1/comments/"+strconv.FormatInt(id, 10), strings.NewReader(`{"status":"approved"}`))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("approve through the API: %v %v", resp, err)
	}
	resp.Body.Close()
	sel := "#comment-" + strconv.FormatInt(id, 10) + " .comment-text"
	if err := chromedp.Do(ctx, chromedp.Navigate(article), chromedp.WaitVisible(sel)); err != nil {
		t.Fatalf("reading the thread: %v", err)
	}
	published, err := chromedp.Run(ctx, chromedp.Text(sel))
	if err != nil {
		t.Fatal(err)
	}
	waiting, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#comments .comment-awaiting").length`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(published, text) || waiting != 0 {
		t.Errorf("published comment %q, %d still marked as waiting", published, waiting)
	}
	if _, body, _ := get(t, article); !strings.Contains(body, text) || strings.Contains(body, "laila@") {
		t.Error("the shared page does not show the approved comment, or shows its email")
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("browser console errors: %q", p)
	}
}

// pendingID is the ID of the one comment waiting for moderation.
func pendingID(t *testing.T, base, token string) int64 {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/api/v1/comments?status=pending", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list struct {
		Items []struct{ ID int64 }
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil || len(list.Items) != 1 {
		t.Fatalf("pending comments: %+v %v", list, err)
	}
	return list.Items[0].ID
}
