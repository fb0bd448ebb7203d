package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/sanitize"
	"warta/internal/store"
)

// postKind serves one post type: posts under /api/v1/posts, pages under
// /api/v1/pages. The capabilities differ: pages need EditPages for
// everything, posts follow WordPress's author/contributor split.
type postKind struct {
	*api
	typ     content.Type
	path    string          // collection path, for Location headers
	edit    auth.Capability // write one's own drafts
	publish auth.Capability // publish, schedule, or change what is live
	others  auth.Capability // edit anyone's
}

func (a *api) kinds() (posts, pages *postKind) {
	posts = &postKind{api: a, typ: content.TypePost, path: Prefix + "posts",
		edit: auth.EditPosts, publish: auth.PublishPosts, others: auth.EditOthersPosts}
	pages = &postKind{api: a, typ: content.TypePage, path: Prefix + "pages",
		edit: auth.EditPages, publish: auth.EditPages, others: auth.EditPages}
	return posts, pages
}

// load returns the post named by the {id} path value for reading: posts
// the caller may not see are not found.
func (k *postKind) load(r *http.Request) (*content.Post, error) {
	p, err := k.find(r)
	if err != nil {
		return nil, err
	}
	if !p.IsPublic() && !k.canEdit(auth.UserFrom(r.Context()), p) {
		return nil, errPostNotFound()
	}
	return p, nil
}

// find returns the post named by the {id} path value, whoever may see
// it: writers are then told 403 rather than 404 on others' posts. Posts of
// the other type are not found.
func (k *postKind) find(r *http.Request) (*content.Post, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, errPostNotFound()
	}
	p, err := k.content.Get(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && p.Type != k.typ) {
		return nil, errPostNotFound()
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// canEdit reports whether u may change p at all.
func (k *postKind) canEdit(u *auth.User, p *content.Post) bool {
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

// checkEdit checks that u may move p (nil for a new post) to status to.
// Like WordPress, touching anything live needs the publish capability: a
// contributor may write drafts and submit them, nothing more.
func (k *postKind) checkEdit(u *auth.User, p *content.Post, to content.Status) error {
	if p != nil && !k.canEdit(u, p) {
		return errForbidden("you may not edit another user's " + string(k.typ))
	}
	if (live(to) || (p != nil && live(p.Status))) && !u.Role.Can(k.publish) {
		return errForbidden("publishing, scheduling or changing a published " + string(k.typ) +
			" needs the " + string(k.publish) + " capability")
	}
	return nil
}

// checkCategories refuses category names that do not exist yet unless u
// may create categories: WordPress lets authors add tags on the fly, but
// not categories. It matches names as content does (by slug or name).
func (k *postKind) checkCategories(ctx context.Context, u *auth.User, names []string) error {
	if len(names) == 0 || u.Role.Can(auth.ManageTerms) {
		return nil
	}
	terms, err := k.content.Terms(ctx, content.Category)
	if err != nil {
		return err
	}
	for _, name := range names {
		name = sanitize.Plain(name)
		slug := content.Slugify(name)
		if slug == "" {
			continue
		}
		found := false
		for _, t := range terms {
			if t.Slug == slug || strings.EqualFold(t.Name, name) {
				found = true
				break
			}
		}
		if !found {
			return &content.FieldError{Field: "categories", Code: "invalid",
				Message: "there is no category " + strconv.Quote(name) + " and your role may not create categories"}
		}
	}
	return nil
}
