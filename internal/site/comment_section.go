package site

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/view"
)

// Paths of the comment system's public endpoints (see routes.go).
const (
	commentPostPath      = "/comments/post"
	commentTokenPath     = "/comments/token"
	commentOwnPath       = "/comments/own"
	commentSubmittedPath = "/comments/submitted"
	commentReportPath    = "/comments/report"
	commentConfirmPath   = comment.ConfirmPath
)

// placement is where the no-script links put the forms: ?replytocom=ID
// puts the reply form under comment ID, ?reportcom=ID the report form.
// These URLs are the same for every reader, so they may be cached.
type placement struct {
	replyTo, reportOn int64
}

// attachComments gives an article its comment section. A reply or report
// link naming no comment that could take it renders the plain section,
// uncached, so that made-up IDs cannot fill the page cache.
func (s *Site) attachComments(w http.ResponseWriter, r *http.Request, rq *request, p *content.Post, a *view.Article) error {
	if s.Comments == nil || p.Type != content.TypePost {
		return nil
	}
	q := r.URL.Query()
	at := placement{replyTo: queryID(q.Get("replytocom")), reportOn: queryID(q.Get("reportcom"))}
	c, placed, err := s.commentSection(r.Context(), rq, p, a.URL, at)
	if err != nil {
		return err
	}
	if (q.Has("replytocom") || q.Has("reportcom")) && !placed {
		w.Header().Set("Cache-Control", "no-store")
	}
	a.Comments = c
	return nil
}

// commentSection builds the section of post p (whose path is url): the
// approved thread, the form (under comment at.replyTo, when it can take
// a reply) and the report form. placed reports whether every placement
// asked for found its comment.
func (s *Site) commentSection(ctx context.Context, rq *request, p *content.Post, url string, at placement) (*view.Comments, bool, error) {
	st, err := s.Comments.Settings(ctx)
	if err != nil {
		return nil, false, err
	}
	list, err := s.Comments.Thread(ctx, p.ID)
	if err != nil {
		return nil, false, err
	}
	tok, err := s.Comments.PageToken(ctx, p.ID)
	if err != nil {
		return nil, false, err
	}
	c := &view.Comments{PostID: p.ID, Count: len(list), TokenURL: commentTokenPath, OwnURL: commentOwnPath}
	open := st.Open(p, time.Now())
	var form *view.CommentForm
	if open {
		form = &view.CommentForm{Action: commentPostPath, PostID: p.ID, CancelURL: url + "#respond", TimeToken: tok,
			RequireRules: st.RequireRules, RulesURL: s.rulesURL(ctx, rq.chrome, st.RulesPage)}
	}
	b := threadBuilder{site: s, url: url, maxDepth: st.MaxDepth, open: open, at: at, form: form,
		report: &view.ReportForm{Action: commentReportPath}}
	c.Thread = b.comments(comment.Tree(list), 1)
	c.Closed = !open
	c.Form = form
	if b.formPlaced {
		c.Form = nil
	}
	if !b.reportPlaced {
		c.Report = b.report
		c.Report.Hidden = true
	}
	placed := (at.replyTo == 0 || b.formPlaced) && (at.reportOn == 0 || b.reportPlaced)
	return c, placed, nil
}

// threadBuilder turns comment nodes into view comments.
type threadBuilder struct {
	site                     *Site
	url                      string
	maxDepth                 int
	open                     bool
	at                       placement
	form                     *view.CommentForm
	report                   *view.ReportForm
	formPlaced, reportPlaced bool
}

func (b *threadBuilder) comments(nodes []*comment.Node, depth int) []view.Comment {
	out := make([]view.Comment, 0, len(nodes))
	for _, n := range nodes {
		v := b.site.commentView(n.Comment)
		id := strconv.FormatInt(n.ID, 10)
		v.ReportURL = b.url + "?reportcom=" + id + "#report-form"
		canReply := b.open && n.Depth < b.maxDepth
		if canReply {
			v.ReplyURL = b.url + "?replytocom=" + id + "#respond"
		}
		if canReply && n.ID == b.at.replyTo && b.form != nil {
			b.form.ParentID, b.form.ReplyTo = n.ID, n.Author
			v.Form, b.formPlaced = b.form, true
		}
		if n.ID == b.at.reportOn {
			b.report.CommentID, b.report.CancelURL = n.ID, b.url+"#comment-"+id
			v.Report, b.reportPlaced = b.report, true
		}
		v.Replies = b.comments(n.Replies, depth+1)
		out = append(out, v)
	}
	return out
}

// commentView is what readers see of c: never its email or IP.
func (s *Site) commentView(c *comment.Comment) view.Comment {
	v := view.Comment{ID: c.ID, Author: c.Author, AuthorURL: c.URL, Initials: comment.Initials(c.Author),
		Hue: comment.Hue(c.Author, 8), Staff: c.IsStaff(), Published: c.Created.In(s.Location),
		Pending: c.Status != comment.Approved}
	for _, para := range comment.Paragraphs(c.Content) {
		vp := make(view.CommentParagraph, 0, len(para))
		for _, sp := range para {
			vp = append(vp, view.CommentSpan{Text: sp.Text, URL: sp.URL, Break: sp.Break})
		}
		v.Paragraphs = append(v.Paragraphs, vp)
	}
	return v
}

// commentCounts fills in the comment counts of list items. The counts
// are an extra on list pages: a failure is logged, not shown.
func (s *Site) commentCounts(rq *request, posts []*content.Post, out []view.Summary) {
	if s.Comments == nil || len(posts) == 0 {
		return
	}
	ids := make([]int64, len(posts))
	for i, p := range posts {
		ids[i] = p.ID
	}
	counts, err := s.Comments.Counts(rq.ctx, ids)
	if err != nil {
		s.Log.Error("comment counts failed", "err", err)
		return
	}
	for i, p := range posts {
		out[i].Comments = counts[p.ID]
	}
}

// queryID reads a positive ID from a query or form value; anything else
// is 0.
func queryID(s string) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
