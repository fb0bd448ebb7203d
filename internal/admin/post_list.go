package admin

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"warta/internal/content"
)

// listPerPage is the number of posts on one page of the post list.
const listPerPage = 20

// postRow is one post in an admin list.
type postRow struct {
	ID                 int64
	Title, EditURL     string
	ViewURL            string // public URL while published
	Status             content.Status
	StatusLabel        string
	Author, Categories string
	When               time.Time // publication (or scheduled) time, else last change
	CanEdit            bool
}

// tab is one status tab of the post list.
type tab struct {
	Label, URL string
	Count      int
	Current    bool
}

// listBody is the data of the post list.
type listBody struct {
	Kind                    *kind
	Rows                    []postRow
	Tabs                    []tab
	Status, Search          string
	CategoryID, AuthorID    int64
	Categories              []catOption
	Authors                 []authorOption
	Page, Pages, Total      int
	PrevURL, NextURL        string
	CanPublish, ShowAuthors bool
}

type authorOption struct {
	ID       int64
	Name     string
	Selected bool
}

// rows turns posts into list rows in the site's time zone.
func (a *Admin) rows(rq *request, posts []*content.Post) []postRow {
	out := make([]postRow, 0, len(posts))
	for _, p := range posts {
		k := postsKind
		if p.Type == content.TypePage {
			k = pagesKind
		}
		row := postRow{ID: p.ID, Title: p.Title, EditURL: k.base + "/" + strconv.FormatInt(p.ID, 10),
			Status: p.Status, StatusLabel: a.t(rq, statusLabel(p.Status)), Author: p.Author.Name,
			When: p.Updated.In(a.Location), CanEdit: k.canEdit(rq.user, p)}
		if row.Title == "" {
			row.Title = a.t(rq, "(tanpa judul)")
		}
		if !p.Published.IsZero() && p.Status != content.Draft {
			row.When = p.Published.In(a.Location)
		}
		if p.Status == content.Published && a.PostURL != nil {
			row.ViewURL = a.PostURL(p)
		}
		var cats []string
		for _, c := range p.Categories {
			cats = append(cats, c.Name)
		}
		row.Categories = strings.Join(cats, ", ")
		out = append(out, row)
	}
	return out
}

// postList lists posts by status with search, filters and pages (GET
// /admin/posts). Writers who may not edit others' posts see their own.
func (a *Admin) postList(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		q := r.URL.Query()
		b := listBody{Kind: k, Status: q.Get("status"), Search: strings.TrimSpace(q.Get("q")), CanPublish: rq.can(k.publish)}
		status := content.Status(b.Status)
		switch status {
		case "", content.Draft, content.Pending, content.Scheduled, content.Published, content.Trash:
		default:
			status, b.Status = "", ""
		}
		b.CategoryID, _ = strconv.ParseInt(q.Get("cat"), 10, 64)
		b.AuthorID, _ = strconv.ParseInt(q.Get("author"), 10, 64)
		b.ShowAuthors = rq.can(k.others)
		if !b.ShowAuthors {
			b.AuthorID = rq.user.ID
		}
		b.Page, _ = strconv.Atoi(q.Get("page"))
		b.Page = max(1, b.Page)
		posts, total, err := a.Content.Browse(ctx, content.BrowseQuery{Type: k.typ, Status: status, Search: b.Search,
			CategoryID: b.CategoryID, AuthorID: b.AuthorID, Limit: listPerPage, Offset: (b.Page - 1) * listPerPage})
		if err != nil {
			return err
		}
		b.Rows, b.Total = a.rows(rq, posts), total
		b.Pages = max(1, (total+listPerPage-1)/listPerPage)
		link := func(mod func(v url.Values)) string {
			v := url.Values{}
			for _, kv := range [][2]string{{"status", b.Status}, {"q", b.Search}, {"cat", idOrEmpty(b.CategoryID)}} {
				if kv[1] != "" {
					v.Set(kv[0], kv[1])
				}
			}
			if b.ShowAuthors && b.AuthorID != 0 {
				v.Set("author", idOrEmpty(b.AuthorID))
			}
			mod(v)
			if len(v) == 0 {
				return k.base
			}
			return k.base + "?" + v.Encode()
		}
		if b.Page > 1 {
			b.PrevURL = link(func(v url.Values) { v.Set("page", strconv.Itoa(b.Page-1)) })
		}
		if b.Page < b.Pages {
			b.NextURL = link(func(v url.Values) { v.Set("page", strconv.Itoa(b.Page+1)) })
		}
		if err := a.listTabs(r, rq, k, &b, link); err != nil {
			return err
		}
		if b.Categories, err = a.categoryOptions(ctx, nil); err != nil {
			return err
		}
		for i := range b.Categories {
			b.Categories[i].Checked = b.Categories[i].ID == b.CategoryID
		}
		if b.ShowAuthors {
			users, err := a.Auth.Users(ctx)
			if err != nil {
				return err
			}
			for _, u := range users {
				b.Authors = append(b.Authors, authorOption{ID: u.ID, Name: u.Name, Selected: u.ID == b.AuthorID})
			}
		}
		title := a.t(rq, "Artikel")
		if k.typ == content.TypePage {
			title = a.t(rq, "Halaman")
		}
		p := a.page(rq, title, k.section())
		p.Notice = a.t(rq, flash(q.Get("msg")))
		p.Body = b
		return a.render(w, http.StatusOK, "posts", p)
	}
}

// listTabs fills the status tabs with their counts.
func (a *Admin) listTabs(r *http.Request, rq *request, k *kind, b *listBody, link func(func(url.Values)) string) error {
	var author int64
	if !rq.can(k.others) {
		author = rq.user.ID
	}
	counts, err := a.Content.StatusCounts(r.Context(), k.typ, author)
	if err != nil {
		return err
	}
	all := 0
	for s, n := range counts {
		if s != content.Trash {
			all += n
		}
	}
	b.Tabs = append(b.Tabs, tab{Label: a.t(rq, "Semua"), Count: all, Current: b.Status == "",
		URL: link(func(v url.Values) { v.Del("status"); v.Del("page") })})
	for _, s := range []content.Status{content.Draft, content.Pending, content.Scheduled, content.Published, content.Trash} {
		s := s
		b.Tabs = append(b.Tabs, tab{Label: a.t(rq, statusLabel(s)), Count: counts[s], Current: b.Status == string(s),
			URL: link(func(v url.Values) { v.Set("status", string(s)); v.Del("page") })})
	}
	return nil
}

func idOrEmpty(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}
