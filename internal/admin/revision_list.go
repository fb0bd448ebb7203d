package admin

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"warta/internal/content"
)

// revisionRow is one save in the revision list.
type revisionRow struct {
	ID         int64
	Title      string
	Editor     string
	When       time.Time
	Current    bool // the newest save: what the post holds now
	RestoreURL string
}

// revisionsBody is the data of the revision list.
type revisionsBody struct {
	Kind       *kind
	PostID     int64
	PostTitle  string
	EditURL    string
	CompareURL string
	Rows       []revisionRow
	CanRestore bool
}

// revisionList lists the saves of a post, newest first, with a form to
// compare two (GET /admin/posts/{id}/revisions).
func (a *Admin) revisionList(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		p, err := a.loadPost(ctx, k, r, rq.user)
		if err != nil {
			return err
		}
		revs, err := a.Content.Revisions(ctx, p.ID)
		if err != nil {
			return err
		}
		names, err := a.userNames(ctx)
		if err != nil {
			return err
		}
		base := k.base + "/" + strconv.FormatInt(p.ID, 10)
		b := revisionsBody{Kind: k, PostID: p.ID, PostTitle: p.Title, EditURL: base,
			CompareURL: base + "/revisions/compare", CanRestore: k.canMove(rq.user, p, p.Status)}
		for i, rv := range revs {
			b.Rows = append(b.Rows, revisionRow{ID: rv.ID, Title: rv.Title, Editor: names[rv.EditorID],
				When: rv.Created.In(a.Location), Current: i == 0,
				RestoreURL: base + "/revisions/" + strconv.FormatInt(rv.ID, 10) + "/restore"})
		}
		pg := a.page(rq, a.t(rq, "Revisi: %s", p.Title), k.section())
		pg.Notice = a.t(rq, flash(r.URL.Query().Get("msg")))
		pg.Body = b
		return a.render(w, http.StatusOK, "revisions", pg)
	}
}

// userNames maps user ids to display names.
func (a *Admin) userNames(ctx context.Context) (map[int64]string, error) {
	users, err := a.Auth.Users(ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64]string{}
	for _, u := range users {
		out[u.ID] = u.Name
	}
	return out, nil
}

// findRevision returns revision id of post p.
func (a *Admin) findRevision(ctx context.Context, p *content.Post, id int64) (*content.Revision, error) {
	revs, err := a.Content.Revisions(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	for i := range revs {
		if revs[i].ID == id {
			return &revs[i], nil
		}
	}
	return nil, &publicError{status: http.StatusNotFound, msg: msgNotFound}
}
