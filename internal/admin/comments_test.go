package admin_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"warta/internal/comment"
	"warta/internal/store"
)

// submit leaves a reader's comment on post id the way the public form
// would without its script (a page token, so it is held).
func (ts *testSite) submit(t *testing.T, postID int64, author, text string) *comment.Comment {
	t.Helper()
	tok, err := ts.comments.PageToken(context.Background(), postID)
	if err != nil {
		t.Fatal(err)
	}
	ts.clock.advance(time.Minute) // the reader takes a minute to write
	res, err := ts.comments.Submit(context.Background(), comment.Submission{PostID: postID, TimeToken: tok,
		Fields: comment.Fields{Author: author, Email: strings.ToLower(strings.ReplaceAll(author, " ", ".")) + "@example.invalid", Content: text},
		IP:     "192.0.2.10", UserAgent: "uji", AcceptRules: true})
	if err != nil {
		t.Fatal(err)
	}
	return res.Comment
}

func TestCommentModeration(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		ctx := context.Background()
		c1 := ts.submit(t, fx.pubA.ID, "Pembaca Setia", "Terima kasih atas liputannya, sangat membantu warga.")
		c2 := ts.submit(t, fx.pubA.ID, "Pembaca Kedua", "Apakah ada data terbaru soal korban?")
		c3 := ts.submit(t, fx.pubA.ID, "Pembaca Ketiga", "Komentar ketiga untuk dibuang.")
		if c1.Status != comment.Pending {
			t.Fatalf("a first comment should be held, got %s", c1.Status)
		}
		if res := ts.req(t, "author", "GET", "/admin/comments", nil); res.status != 403 {
			t.Errorf("author opens the queue: %d", res.status)
		}
		q := ts.req(t, "editor", "GET", "/admin/comments", nil)
		if q.status != 200 || !strings.Contains(q.body, "Terima kasih atas liputannya") || !strings.Contains(q.body, "komentar pertama dari alamat ini") {
			t.Fatalf("queue: %d\n%s", q.status, snippet(q.body))
		}
		if dash := ts.req(t, "editor", "GET", "/admin/", nil); !strings.Contains(dash.body, "Komentar menunggu") || !strings.Contains(dash.body, "Pembaca Setia") {
			t.Error("the dashboard does not show waiting comments")
		}
		if res := ts.req(t, "editor", "POST", "/admin/comments/"+itoa(c1.ID), url.Values{"action": {"approve"}}); res.status != 303 {
			t.Fatalf("approve: %d", res.status)
		}
		if res := ts.req(t, "editor", "POST", "/admin/comments/bulk", url.Values{"action": {"spam"}, "id": {itoa(c2.ID), itoa(c3.ID)}}); res.status != 303 {
			t.Fatalf("bulk spam: %d", res.status)
		}
		if res := ts.req(t, "editor", "POST", "/admin/comments/bulk", url.Values{"action": {"delete"}, "id": {itoa(c3.ID)}}); res.status != 303 {
			t.Fatalf("bulk delete: %d", res.status)
		}
		for id, want := range map[int64]comment.Status{c1.ID: comment.Approved, c2.ID: comment.Spam} {
			if got, err := ts.comments.Get(ctx, id); err != nil || got.Status != want {
				t.Errorf("comment %d: %v, %v; want %s", id, got, err, want)
			}
		}
		if _, err := ts.comments.Get(ctx, c3.ID); err == nil {
			t.Error("deleted comment still there")
		}
		if res := ts.req(t, "editor", "POST", "/admin/comments/"+itoa(c1.ID)+"/reply", url.Values{"text": {"Terima kasih kembali dari redaksi."}}); res.status != 303 {
			t.Fatalf("reply: %d", res.status)
		}
		list, _, _ := ts.comments.List(ctx, comment.ListQuery{Status: comment.Approved, PostID: fx.pubA.ID})
		found := false
		for _, c := range list {
			found = found || (c.ParentID == c1.ID && c.IsStaff())
		}
		if !found {
			t.Error("the reply is not stored under the comment")
		}
		if res := ts.req(t, "editor", "POST", "/admin/comments/"+itoa(c1.ID)+"/reply", url.Values{"text": {" "}}); res.status != 422 || !strings.Contains(res.body, `id="reply-`+itoa(c1.ID)+`"`) {
			t.Errorf("empty reply: %d", res.status)
		}
		if res := ts.req(t, "editor", "POST", "/admin/comments/bulk", url.Values{"action": {"meledak"}}); res.status != 400 {
			t.Errorf("unknown action: %d", res.status)
		}
	})
}
