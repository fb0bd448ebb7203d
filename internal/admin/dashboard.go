package admin

import (
	"net/http"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
)

// dashboardBody is the data of the dashboard.
type dashboardBody struct {
	Pending, Scheduled, Recent, Drafts []postRow
	PendingTotal, ScheduledTotal       int
	// Comments waiting for a moderator, when the user moderates.
	ShowComments    bool
	PendingComments int
	Comments        []commentRow
}

// dashboard shows what needs attention (GET /admin/{$}): posts awaiting
// review, scheduled posts, the user's drafts and what was published last.
func (a *Admin) dashboard(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	var own int64
	if !rq.can(auth.EditOthersPosts) {
		own = rq.user.ID
	}
	var b dashboardBody
	lists := []struct {
		status content.Status
		author int64
		dst    *[]postRow
		total  *int
	}{
		{content.Pending, own, &b.Pending, &b.PendingTotal},
		{content.Scheduled, own, &b.Scheduled, &b.ScheduledTotal},
		{content.Draft, rq.user.ID, &b.Drafts, nil},
		{content.Published, 0, &b.Recent, nil},
	}
	for _, l := range lists {
		posts, total, err := a.Content.List(ctx, content.ListQuery{Status: l.status, AuthorID: l.author, Limit: 5})
		if err != nil {
			return err
		}
		*l.dst = a.rows(rq, posts)
		if l.total != nil {
			*l.total = total
		}
	}
	if a.Comments != nil && rq.can(auth.ModerateComments) {
		cs, n, err := a.Comments.List(ctx, comment.ListQuery{Status: comment.Pending, Limit: 5})
		if err != nil {
			return err
		}
		b.ShowComments, b.PendingComments = true, n
		if b.Comments, err = a.commentRows(ctx, rq, cs); err != nil {
			return err
		}
	}
	p := a.page(rq, a.t(rq, "Dasbor"), "dashboard")
	p.Body = b
	return a.render(w, http.StatusOK, "dashboard", p)
}
