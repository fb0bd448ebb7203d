package site_test

import (
	"context"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"warta/internal/comment"
	"warta/internal/i18n"
	"warta/internal/store"
	"warta/internal/storetest"
)

// hit fetches path twice and reports whether the second came from the cache.
func (w *commentWorld) cached(path string) bool {
	w.t.Helper()
	w.get(path)
	return w.get(path).header.Get("X-Cache") == "HIT"
}

func TestCommentFlowKeepsPagesCacheable(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newCommentWorld(t, db, i18n.ID)
		if !w.cached(w.path) || !w.cached("/") {
			t.Fatal("article or home not cached before any comment")
		}
		// With the script: back to the article, the token in the fragment.
		r := w.send(w.form(w.article, "Semoga sumurnya awet. Info: https://air.example/sumur."))
		loc := r.header.Get("Location")
		if r.status != 303 || !strings.HasPrefix(loc, w.path+"#pending=") {
			t.Fatalf("post with script: %d %q", r.status, loc)
		}
		token := strings.TrimPrefix(loc, w.path+"#pending=")
		page := w.get(w.path)
		if page.header.Get("X-Cache") != "HIT" || strings.Contains(page.body, "Semoga sumurnya awet") {
			t.Error("the article stopped being cached, or shows a waiting comment to everyone")
		}
		own := w.get("/comments/own?t=" + url.QueryEscape(token))
		var got struct {
			ID         int64
			Status     string
			Author     string
			Paragraphs [][]struct{ Text, URL string }
		}
		if err := json.Unmarshal([]byte(own.body), &got); err != nil || own.status != 200 || got.Status != "pending" || got.Author != "Rudi Hartono" {
			t.Fatalf("own comment: %d %s", own.status, own.body)
		}
		if strings.Contains(own.body, "rudi@example.org") || !strings.Contains(own.header.Get("Cache-Control"), "no-store") {
			t.Error("own comment JSON shows the email or may be cached")
		}
		if got.Paragraphs[0][1].URL != "https://air.example/sumur" {
			t.Errorf("paragraphs %+v", got.Paragraphs)
		}
		if r := w.get("/comments/own?t=bogus"); r.status != 404 {
			t.Errorf("bogus token: %d", r.status)
		}
		// Without the script: a page of the reader's own.
		v := w.form(w.article, "Tanpa skrip saya menulis ini.")
		v.Set("js", "")
		v.Set("email", "tanpa@example.org")
		r = w.send(v)
		loc = r.header.Get("Location")
		if r.status != 303 || !strings.HasPrefix(loc, "/comments/submitted?t=") {
			t.Fatalf("post without script: %d %q", r.status, loc)
		}
		mine := w.get(loc)
		if mine.status != 200 || !strings.Contains(mine.body, "Komentar Anda menunggu moderasi.") || !strings.Contains(mine.body, "Tanpa skrip saya menulis ini.") ||
			!strings.Contains(mine.header.Get("Cache-Control"), "no-store") || mine.header.Get("X-Cache") == "HIT" || !strings.Contains(mine.body, `content="noindex"`) {
			t.Errorf("submitted page: %d %q", mine.status, mine.header.Get("Cache-Control"))
		}
		if w.get(loc).header.Get("X-Cache") == "HIT" {
			t.Error("the submitted page was cached")
		}
		if r := w.get("/comments/submitted?t=nope"); r.status != 404 {
			t.Errorf("submitted with a bad token: %d", r.status)
		}
		// A moderator approves: the article and the lists show it at once.
		w.approveAll()
		page = w.get(w.path)
		if page.header.Get("X-Cache") == "HIT" || !strings.Contains(page.body, "Semoga sumurnya awet") || !strings.Contains(page.body, "2 komentar") {
			t.Errorf("after approval the article is stale (X-Cache %s)", page.header.Get("X-Cache"))
		}
		if strings.Contains(page.body, "@example.org") {
			t.Error("a commenter's email is on the article page")
		}
		if !strings.Contains(page.body, `<a href="https://air.example/sumur" rel="nofollow ugc">https://air.example/sumur</a>.`) {
			t.Error("the link in the comment is not linked with nofollow ugc")
		}
		home := w.get("/")
		if home.header.Get("X-Cache") == "HIT" || !strings.Contains(home.body, "2 komentar") {
			t.Error("home page does not show the new comment count")
		}
		cat := w.get("/category/daerah/")
		if !strings.Contains(cat.body, "2 komentar") || strings.Contains(cat.body, "@example.org") {
			t.Error("category archive lacks the count")
		}
		if !w.cached(w.path) {
			t.Error("article not cacheable after comments")
		}
	})
}

func TestReplyAndReportLinks(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newCommentWorld(t, db, i18n.ID)
		w.send(w.form(w.article, "Komentar induk."))
		w.approveAll()
		page := w.get(w.path)
		id := regexp.MustCompile(`id="comment-(\d+)"`).FindStringSubmatch(page.body)
		if id == nil {
			t.Fatal("no comment in the thread")
		}
		replyURL := w.path + "?replytocom=" + id[1]
		if !strings.Contains(page.body, `href="`+replyURL+`#respond"`) {
			t.Fatalf("no reply link to %s", replyURL)
		}
		r := w.get(replyURL)
		under := strings.Index(r.body, `id="comment-`+id[1]+`"`)
		form := strings.Index(r.body, `id="respond"`)
		if r.status != 200 || under < 0 || form < under || !strings.Contains(r.body, `name="parent_id" value="`+id[1]+`"`) ||
			!strings.Contains(r.body, "Tinggalkan Balasan untuk Rudi Hartono") {
			t.Error("?replytocom does not put the form under the comment")
		}
		if !w.cached(replyURL) {
			t.Error("?replytocom page is not cacheable: it is the same for everyone")
		}
		if w.cached(w.path + "?replytocom=99999") {
			t.Error("a made-up ?replytocom is cached")
		}
		reportURL := w.path + "?reportcom=" + id[1]
		r = w.get(reportURL)
		if !strings.Contains(r.body, `name="comment_id" value="`+id[1]+`"`) || strings.Contains(r.body, `id="report-form" class="comment-report-form" method="post" action="/comments/report" hidden`) {
			t.Error("?reportcom does not show the report form under the comment")
		}
		// A reply through the form lands under its parent.
		v := w.form(w.article, "Balasan untuk induk.")
		v.Set("parent_id", id[1])
		if r := w.send(v); r.status != 303 {
			t.Fatalf("reply: %d %s", r.status, r.body)
		}
		w.approveAll()
		page = w.get(w.path)
		if !strings.Contains(page.body, `<ol class="comment-children">`) || !strings.Contains(page.body, "Balasan untuk induk.") {
			t.Error("reply not nested")
		}
		// Reports, with and without the script.
		r = w.post("/comments/report", "application/x-www-form-urlencoded", "comment_id="+id[1]+"&reason=abuse&note=kasar", "Accept", "application/json")
		if r.status != 200 || !strings.Contains(r.body, "2 x 24 jam") {
			t.Errorf("report (json): %d %s", r.status, r.body)
		}
		r = w.post("/comments/report", "application/x-www-form-urlencoded", "comment_id="+id[1]+"&reason=boring", "X-Forwarded-For", "192.0.2.44")
		if r.status != 422 || !strings.Contains(r.body, "Pilih alasan laporan.") || !strings.Contains(r.header.Get("Cache-Control"), "no-store") {
			t.Errorf("bad report (no script): %d", r.status)
		}
		r = w.post("/comments/report", "application/x-www-form-urlencoded", "comment_id="+id[1]+"&reason=spam", "X-Forwarded-For", "192.0.2.45")
		if r.status != 200 || !strings.Contains(r.body, "Terima kasih. Laporan Anda kami terima") {
			t.Errorf("report (no script): %d", r.status)
		}
		list, _, err := w.comments.List(context.Background(), comment.ListQuery{Reported: true})
		if err != nil || len(list) != 1 || len(list[0].Reports) != 2 {
			t.Errorf("reported comments: %v %v", list, err)
		}
	})
}

func TestEmailConfirmationPages(t *testing.T) {
	t.Parallel()
	w := newCommentWorld(t, storetest.SQLite(t), i18n.ID)
	ctx := context.Background()
	st := comment.DefaultSettings()
	st.RequireConfirm, st.ModerateFirst = true, false
	if err := comment.SaveSettings(ctx, w.db, st); err != nil {
		t.Fatal(err)
	}
	mail := &captureMail{}
	svc := comment.New(w.db, comment.Options{Content: w.content, Spam: stubSpam{}, Mailer: mail, BaseURL: "http://warta.test"})
	sub := comment.Submission{PostID: w.article.ID, Fields: comment.Fields{Author: "Nia", Email: "nia@example.org", Content: "Konfirmasi saya."}, AcceptRules: true}
	sub.TimeToken, _ = svc.TimeToken(ctx, w.article.ID)
	if _, err := svc.Submit(ctx, sub); err != nil {
		t.Fatal(err)
	}
	svc.Wait()
	_, link, ok := strings.Cut(mail.body, "http://warta.test")
	if !ok {
		t.Fatalf("no link in %q", mail.body)
	}
	link = strings.Fields(link)[0]
	page := w.get(link)
	if page.status != 200 || !strings.Contains(page.body, `action="/comments/confirm"`) || !strings.Contains(page.body, "Konfirmasi saya.") ||
		!strings.Contains(page.header.Get("Cache-Control"), "no-store") {
		t.Fatalf("confirmation page: %d", page.status)
	}
	token := regexp.MustCompile(`name="t" value="([^"]+)"`).FindStringSubmatch(page.body)
	r := w.post("/comments/confirm", "application/x-www-form-urlencoded", "t="+url.QueryEscape(token[1]))
	if r.status != 303 || !strings.HasPrefix(r.header.Get("Location"), w.path+"#comment-") {
		t.Fatalf("confirm: %d %q", r.status, r.header.Get("Location"))
	}
	if !strings.Contains(w.get(w.path).body, "Konfirmasi saya.") {
		t.Error("confirmed comment not published")
	}
	for _, r := range []reply{w.get(link), w.post("/comments/confirm", "application/x-www-form-urlencoded", "t="+url.QueryEscape(token[1]))} {
		if r.status != 404 || !strings.Contains(r.body, "Tautan konfirmasi ini tidak berlaku lagi.") {
			t.Errorf("used link: %d", r.status)
		}
	}
}

type captureMail struct{ body string }

func (m *captureMail) Send(_ context.Context, _ []string, _, body string) error {
	m.body = body
	return nil
}
