package admin

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"warta/internal/comment"
)

// commentRow is one comment in the moderation queue.
type commentRow struct {
	ID                          int64
	Author, Email, Website      string
	Text                        string
	Status                      string
	Code                        string   // the status as stored; picks the buttons
	Reasons                     []string // why it was held, for people
	Reports                     []string
	When                        time.Time
	PostTitle, PostURL, EditURL string
	Staff                       bool
	Reply                       string // a reply typed and not yet sent
}

// commentsBody is the data of the moderation queue.
type commentsBody struct {
	Rows               []commentRow
	Tabs               []tab
	Status             string
	Page, Pages, Total int
	PrevURL, NextURL   string
}

// commentTabs are the queue's views: held comments first.
var commentTabs = []struct{ key, label string }{
	{"pending", "Menunggu"}, {"reported", "Dilaporkan"}, {"approved", "Disetujui"}, {"spam", "Spam"}, {"trash", "Sampah"},
}

// commentList is the moderation queue (GET /admin/comments?status=…),
// with the reasons each comment was held.
func (a *Admin) commentList(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	q := r.URL.Query()
	b := commentsBody{Status: q.Get("status"), Page: pageNum(r)}
	valid := false
	for _, t := range commentTabs {
		valid = valid || t.key == b.Status
	}
	if !valid {
		b.Status = "pending"
	}
	lq := comment.ListQuery{Limit: listPerPage, Offset: (b.Page - 1) * listPerPage}
	if b.Status == "reported" {
		lq.Reported = true
	} else {
		lq.Status = comment.Status(b.Status)
	}
	cs, total, err := a.Comments.List(ctx, lq)
	if err != nil {
		return err
	}
	b.Total, b.Pages = total, max(1, (total+listPerPage-1)/listPerPage)
	if b.Rows, err = a.commentRows(ctx, rq, cs); err != nil {
		return err
	}
	link := func(status string, page int) string {
		v := url.Values{"status": {status}}
		if page > 1 {
			v.Set("page", strconv.Itoa(page))
		}
		return Prefix + "comments?" + v.Encode()
	}
	if b.Page > 1 {
		b.PrevURL = link(b.Status, b.Page-1)
	}
	if b.Page < b.Pages {
		b.NextURL = link(b.Status, b.Page+1)
	}
	for _, t := range commentTabs {
		n, err := a.commentCount(ctx, t.key)
		if err != nil {
			return err
		}
		b.Tabs = append(b.Tabs, tab{Label: a.t(rq, t.label), URL: link(t.key, 1), Count: n, Current: t.key == b.Status})
	}
	p := a.page(rq, a.t(rq, "Komentar"), "comments")
	p.Notice, p.Body = a.t(rq, flash(q.Get("msg"))), b
	return a.render(w, http.StatusOK, "comments", p)
}

// commentCount counts one tab of the queue.
func (a *Admin) commentCount(ctx context.Context, key string) (int, error) {
	lq := comment.ListQuery{Limit: 1}
	if key == "reported" {
		lq.Reported = true
	} else {
		lq.Status = comment.Status(key)
	}
	_, n, err := a.Comments.List(ctx, lq)
	return n, err
}

// commentRows turns comments into rows with their posts' titles.
func (a *Admin) commentRows(ctx context.Context, rq *request, cs []*comment.Comment) ([]commentRow, error) {
	out := make([]commentRow, 0, len(cs))
	for _, c := range cs {
		row := commentRow{ID: c.ID, Author: c.Author, Email: c.Email, Website: c.URL, Text: c.Content,
			Status: a.t(rq, commentStatusLabel(c.Status)), Code: string(c.Status), When: c.Created.In(a.Location), Staff: c.IsStaff()}
		for _, reason := range c.Reasons {
			row.Reasons = append(row.Reasons, a.reasonLabel(rq, reason))
		}
		for _, rep := range c.Reports {
			txt := a.t(rq, reportLabel(rep.Reason))
			if rep.Note != "" {
				txt += ": " + rep.Note
			}
			row.Reports = append(row.Reports, txt)
		}
		if p, err := a.Content.Get(ctx, c.PostID); err == nil {
			row.PostTitle, row.EditURL = p.Title, postsKind.base+"/"+strconv.FormatInt(p.ID, 10)
			if a.PostURL != nil && p.IsPublic() {
				row.PostURL = a.PostURL(p) + "#comment-" + strconv.FormatInt(c.ID, 10)
			}
		} else if !isNotFound(err) {
			return nil, err
		}
		out = append(out, row)
	}
	return out, nil
}

// reasonLabel explains a hold reason code ("blocked_word:judi" keeps
// what follows the colon).
func (a *Admin) reasonLabel(rq *request, code string) string {
	name, detail, _ := strings.Cut(code, ":")
	label := map[string]string{
		comment.ReasonFirst: "komentar pertama dari alamat ini", comment.ReasonModerateAll: "semua komentar ditinjau",
		comment.ReasonUnconfirmed: "email belum dikonfirmasi", comment.ReasonNoScript: "waktu pengisian tidak terverifikasi",
		comment.ReasonRepeated: "teks sama dikirim di tempat lain", comment.ReasonReported: "dilaporkan pembaca",
		"closed": "komentar artikel sudah ditutup", "classifier": "dinilai spam oleh penyaring",
		"honeypot": "mengisi kolom jebakan", "too_fast": "dikirim terlalu cepat", "blocked_word": "kata terlarang",
		"blocked_domain": "domain terlarang", "gambling_author": "nama berbau judi", "obfuscated": "teks disamarkan",
		"too_many_links": "terlalu banyak tautan", "phone_number": "nomor telepon", "gambling_brand": "merek judi",
		"gambling_domain": "situs judi", "bayes": "skor penyaring",
	}[name]
	if label == "" {
		return code
	}
	label = a.t(rq, label)
	if detail != "" {
		label += ": " + detail
	}
	return label
}

func commentStatusLabel(s comment.Status) string {
	return map[comment.Status]string{comment.Pending: "Menunggu", comment.Approved: "Disetujui", comment.Spam: "Spam", comment.Trash: "Sampah"}[s]
}

func reportLabel(reason string) string {
	switch reason {
	case "spam":
		return "laporan: spam"
	case "abuse":
		return "laporan: kasar atau menghina"
	case "hoax":
		return "laporan: hoaks"
	case "privacy":
		return "laporan: data pribadi"
	}
	return "laporan: lainnya"
}
