package site

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/view"
)

// CorrectionsPath is the public list of every correction, clarification
// and right of reply.
const CorrectionsPath = "/ralat/"

// noticeID is a notice's anchor on its article.
func noticeID(id int64) string { return fmt.Sprintf("ralat-%d", id) }

// attachNotices adds p's notices, retraction and sponsored label to a.
func (s *Site) attachNotices(ctx context.Context, p *content.Post, a *view.Article) error {
	a.Sponsored, a.Retraction = p.Sponsored, p.Retraction
	if !p.Retracted.IsZero() {
		a.Retracted = p.Retracted.In(s.Location)
	}
	if p.ID == 0 {
		return nil
	}
	ns, err := s.Content.Notices(ctx, p.ID)
	if err != nil {
		return err
	}
	for _, n := range ns {
		a.Notices = append(a.Notices, view.Notice{Kind: string(n.Kind), Text: n.Text, Date: n.Created.In(s.Location), ID: noticeID(n.ID)})
	}
	return nil
}

// corrections lists every notice of published articles, newest first
// (GET /ralat/, /ralat/page/N/).
func (s *Site) corrections(w http.ResponseWriter, r *http.Request) error {
	rest := strings.Trim(r.PathValue("path"), "/")
	n := 1
	if rest != "" {
		_, page, ok := splitPage(strings.Split(rest, "/"))
		if !ok || page < 2 || !strings.HasPrefix(rest, "page/") {
			return notFoundErr(r.URL.Path)
		}
		n = page
	}
	ctx := r.Context()
	rq, err := s.begin(ctx)
	if err != nil {
		return err
	}
	entries, total, err := s.Content.RecentNotices(ctx, perPage, (n-1)*perPage)
	if err != nil {
		return err
	}
	if n > 1 && len(entries) == 0 {
		return notFoundErr(r.URL.Path)
	}
	body := &view.Corrections{Pagination: pagination(CorrectionsPath, n, total)}
	for _, e := range entries {
		body.Items = append(body.Items, view.CorrectionItem{
			Notice: view.Notice{Kind: string(e.Kind), Text: e.Text, Date: e.Created.In(s.Location), ID: noticeID(e.ID)},
			Title:  e.Post.Title, URL: rq.urls.Post(e.Post),
		})
	}
	path := CorrectionsPath
	if n > 1 {
		path = fmt.Sprintf("%spage/%d/", CorrectionsPath, n)
	}
	page := rq.page(i18n.T(s.Lang, "Ralat dan Klarifikasi"),
		i18n.T(s.Lang, "Setiap ralat, klarifikasi, dan hak jawab yang kami tambahkan pada artikel, terbaru di atas."), path)
	page.Body = body
	return s.render(w, "corrections", page, content.KeyCorrections)
}
