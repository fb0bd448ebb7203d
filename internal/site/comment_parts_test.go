package site_test

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"warta/internal/comment"
	"warta/internal/i18n"
	"warta/internal/storetest"
)

// TestArticlePageHasComments parses the article page and finds part 6 of
// DESIGN's "The page it must publish": the threaded comments, then the
// reply form with its heading, note and fields.
func TestArticlePageHasComments(t *testing.T) {
	t.Parallel()
	w := newCommentWorld(t, storetest.SQLite(t), i18n.ID)
	v := w.form(w.article, "Sumur ini mengubah hidup kami.")
	v.Set("url", "https://rudi.example/blog")
	w.send(v)
	w.approveAll()
	parent, _, err := w.comments.List(context.Background(), comment.ListQuery{Status: comment.Approved})
	if err != nil || len(parent) != 1 {
		t.Fatal(err)
	}
	if _, err := w.comments.Reply(context.Background(), w.article.ID, parent[0].ID, "Terima kasih, Pak Rudi.",
		comment.Staff{ID: 0, Name: "Redaksi Warta", Email: "redaksi@example.org"}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(w.get(w.path).body))
	if err != nil {
		t.Fatal(err)
	}
	sec := find(doc, "section", attrIs("id", "comments"))
	if sec == nil {
		t.Fatal("no comment section")
	}
	if h := find(sec, "h2", attrIs("id", "comments-title")); h == nil || text(h) != "2 komentar" {
		t.Error("no comment count heading")
	}
	top := find(sec, "li", attrIs("id", "comment-"+itoa(parent[0].ID)))
	if top == nil {
		t.Fatal("no comment in the thread")
	}
	if a := find(top, "a", attrIs("href", "https://rudi.example/blog")); a == nil || attr(a, "rel") != "nofollow ugc" || text(a) != "Rudi Hartono" {
		t.Error("the author's name does not link their website with rel=nofollow ugc")
	}
	if tm := find(top, "time", nil); tm == nil || attr(tm, "datetime") == "" {
		t.Error("no comment date")
	}
	replies := find(top, "ol", hasClass("comment-children"))
	if replies == nil || !strings.Contains(text(replies), "Terima kasih, Pak Rudi.") || !strings.Contains(text(replies), "Redaksi") {
		t.Error("the newsroom's reply is not nested under the comment")
	}
	if find(top, "a", hasClass("comment-reply")) == nil || find(top, "a", hasClass("comment-report")) == nil {
		t.Error("no reply or report link")
	}
	respond := find(sec, "div", attrIs("id", "respond"))
	if respond == nil {
		t.Fatal("no reply form")
	}
	if h := find(respond, "h2", nil); h == nil || text(h) != "Tinggalkan Balasan" {
		t.Error("no \"Tinggalkan Balasan\" heading")
	}
	if p := find(respond, "p", hasClass("comment-notes")); p == nil || text(p) != "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *" {
		t.Error("no note on the email and required fields")
	}
	form := find(respond, "form", nil)
	fields := []struct{ tag, id, typ, label string }{
		{"textarea", "comment", "", "Komentar *"},
		{"input", "author", "text", "Nama *"},
		{"input", "email", "email", "Email *"},
		{"input", "url", "url", "Situs web"},
	}
	for _, f := range fields {
		el := find(form, f.tag, attrIs("id", f.id))
		if el == nil || (f.typ != "" && attr(el, "type") != f.typ) {
			t.Errorf("no %s field", f.id)
			continue
		}
		if l := find(form, "label", attrIs("for", f.id)); l == nil || text(l) != f.label {
			t.Errorf("field %s lacks the label %q", f.id, f.label)
		}
	}
	if b := find(form, "button", attrIs("type", "submit")); b == nil || text(b) != "Kirim Komentar" {
		t.Error("no submit button")
	}
	if s := find(sec, "script", nil); s == nil || !strings.HasPrefix(attr(s, "src"), "/static/comments.") {
		t.Error("comments.js is not loaded from a hashed static URL")
	}
	if strings.Contains(w.get(w.path).body, "@example.org") {
		t.Error("an email address is on the page")
	}
}
