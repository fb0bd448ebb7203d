package admin

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/store"
)

// kind is one post type's admin: articles under /admin/posts, static
// pages under /admin/pages. Pages need EditPages for everything; articles
// follow WordPress's contributor/author/editor split.
type kind struct {
	typ     content.Type
	base    string          // "/admin/posts"
	edit    auth.Capability // write one's own drafts
	publish auth.Capability // publish, schedule, change what is live
	others  auth.Capability // edit anyone's
}

var (
	postsKind = &kind{typ: content.TypePost, base: Prefix + "posts",
		edit: auth.EditPosts, publish: auth.PublishPosts, others: auth.EditOthersPosts}
	pagesKind = &kind{typ: content.TypePage, base: Prefix + "pages",
		edit: auth.EditPages, publish: auth.EditPages, others: auth.EditPages}
)

// section names the navigation entry of the kind.
func (k *kind) section() string { return string(k.typ) + "s" }

// canEdit reports whether u may change p at all.
func (k *kind) canEdit(u *auth.User, p *content.Post) bool {
	if u == nil {
		return false
	}
	if u.Role.Can(k.others) {
		return true
	}
	return u.Role.Can(k.edit) && p.AuthorID != 0 && p.AuthorID == u.ID
}

// live reports whether readers see s now or will without another edit.
func live(s content.Status) bool { return s == content.Published || s == content.Scheduled }

// canMove reports whether u may move p (nil for a new post) to status to:
// touching anything live needs the publish capability.
func (k *kind) canMove(u *auth.User, p *content.Post, to content.Status) bool {
	if p != nil && !k.canEdit(u, p) {
		return false
	}
	if (live(to) || (p != nil && live(p.Status))) && !u.Role.Can(k.publish) {
		return false
	}
	return true
}

// load returns the post of the {id} path value that u may edit.
func (a *Admin) loadPost(ctx context.Context, k *kind, r *http.Request, u *auth.User) (*content.Post, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	p, err := a.Content.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && p.Type != k.typ) {
		return nil, &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	if err != nil {
		return nil, err
	}
	if !k.canEdit(u, p) {
		return nil, errForbidden()
	}
	return p, nil
}

// statusLabel names a status for people.
func statusLabel(s content.Status) string {
	return map[content.Status]string{
		content.Draft: "Draf", content.Pending: "Menunggu tinjauan", content.Scheduled: "Terjadwal",
		content.Published: "Terbit", content.Trash: "Sampah",
	}[s]
}

// Base is the kind's list URL, for templates.
func (k *kind) Base() string { return k.base }

// IsPage reports whether the kind is static pages, for templates.
func (k *kind) IsPage() bool { return k.typ == content.TypePage }
