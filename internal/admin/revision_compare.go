package admin

import (
	"net/http"
	"strconv"
	"time"

	"warta/internal/sanitize"
)

// compareField is one field of two revisions side by side.
type compareField struct {
	Label   string
	Lines   []diffLine
	Changed bool
}

// compareBody is the data of the comparison page.
type compareBody struct {
	Kind         *kind
	PostID       int64
	RevisionsURL string
	From, To     revisionRow
	Fields       []compareField
}

// revisionCompare shows what changed between two saves (GET
// /admin/posts/{id}/revisions/compare?from=A&to=B).
func (a *Admin) revisionCompare(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		p, err := a.loadPost(ctx, k, r, rq.user)
		if err != nil {
			return err
		}
		fromID, err1 := strconv.ParseInt(r.URL.Query().Get("from"), 10, 64)
		toID, err2 := strconv.ParseInt(r.URL.Query().Get("to"), 10, 64)
		if err1 != nil || err2 != nil {
			return errBadRequest("Pilih dua revisi untuk dibandingkan.")
		}
		from, err := a.findRevision(ctx, p, fromID)
		if err != nil {
			return err
		}
		to, err := a.findRevision(ctx, p, toID)
		if err != nil {
			return err
		}
		if from.ID > to.ID {
			from, to = to, from
		}
		names, err := a.userNames(ctx)
		if err != nil {
			return err
		}
		row := func(id, editor int64, title string, at time.Time) revisionRow {
			return revisionRow{ID: id, Title: title, Editor: names[editor], When: at.In(a.Location)}
		}
		b := compareBody{Kind: k, PostID: p.ID, RevisionsURL: k.base + "/" + strconv.FormatInt(p.ID, 10) + "/revisions",
			From: row(from.ID, from.EditorID, from.Title, from.Created), To: row(to.ID, to.EditorID, to.Title, to.Created)}
		for _, f := range []struct{ label, a, b string }{
			{a.t(rq, "Judul"), from.Title, to.Title},
			{a.t(rq, "Lead"), from.Lead, to.Lead},
			{a.t(rq, "Isi"), string(sanitize.HTML(from.Body)), string(sanitize.HTML(to.Body))},
			{a.t(rq, "Ringkasan"), from.Excerpt, to.Excerpt},
		} {
			b.Fields = append(b.Fields, compareField{Label: f.label, Lines: diffText(f.a, f.b), Changed: f.a != f.b})
		}
		pg := a.page(rq, a.t(rq, "Bandingkan revisi"), k.section())
		pg.Body = b
		return a.render(w, http.StatusOK, "compare", pg)
	}
}
