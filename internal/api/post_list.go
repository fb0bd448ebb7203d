package api

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/store"
)

// Paging limits of list endpoints.
const (
	defaultPerPage = 10
	maxPerPage     = 100
	maxPage        = 1_000_000
)

// listJSON is one page of a list.
type listJSON[T any] struct {
	Items   []T `json:"items"`
	Total   int `json:"total"`
	Page    int `json:"page"`
	PerPage int `json:"per_page"`
}

// listPosts lists posts or pages, newest first. Anonymous clients see
// published ones only; other statuses need the edit capability, and show
// only the caller's own posts unless they may edit others'.
func (k *postKind) listPosts(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	page, err := intParam(q, "page", 1, maxPage)
	if err != nil {
		return err
	}
	perPage, err := intParam(q, "per_page", defaultPerPage, maxPerPage)
	if err != nil {
		return err
	}
	lq := content.ListQuery{Type: k.typ, Status: content.Published, Limit: perPage, Offset: (page - 1) * perPage}
	if s := q.Get("status"); s != "" {
		st, ok := parseStatus(s)
		if s == "trash" {
			st, ok = content.Trash, true
		}
		if !ok {
			return errBadRequest("invalid", "status", "status must be one of draft, pending, publish, future, trash")
		}
		lq.Status = st
	}
	if err := k.filter(r, q, &lq); err != nil {
		return err
	}
	posts, total, err := k.content.List(r.Context(), lq)
	if err != nil {
		return err
	}
	out := listJSON[postJSON]{Items: make([]postJSON, 0, len(posts)), Total: total, Page: page, PerPage: perPage}
	for _, p := range posts {
		out.Items = append(out.Items, k.postJSON(p))
	}
	return writeJSON(w, http.StatusOK, out)
}

// filter applies the caller's rights and the category, tag and author
// filters (slugs) to lq.
func (k *postKind) filter(r *http.Request, q url.Values, lq *content.ListQuery) error {
	ctx := r.Context()
	if slug := q.Get("author"); slug != "" {
		a, err := k.content.AuthorBySlug(ctx, slug)
		if errors.Is(err, store.ErrNotFound) {
			return errBadRequest("invalid", "author", "no author has the slug "+strconv.Quote(slug))
		} else if err != nil {
			return err
		}
		lq.AuthorID = a.ID
	}
	if lq.Status != content.Published {
		user := auth.UserFrom(ctx)
		switch {
		case user == nil:
			return errUnauthorized("listing unpublished " + string(k.typ) + "s needs a bearer token")
		case !user.Role.Can(k.edit):
			return errForbidden("your role may not list unpublished " + string(k.typ) + "s")
		case !user.Role.Can(k.others):
			if lq.AuthorID != 0 && lq.AuthorID != user.ID {
				return errForbidden("you may list only your own unpublished " + string(k.typ) + "s")
			}
			lq.AuthorID = user.ID
		}
	}
	cat, tag := q.Get("category"), q.Get("tag")
	if cat != "" && tag != "" {
		return errBadRequest("invalid", "tag", "filter by category or by tag, not both")
	}
	if cat != "" {
		t, err := k.term(r, content.Category, "category", cat)
		if err != nil {
			return err
		}
		// A category lists its subcategories' posts too, as its archive does.
		if lq.TermIDs, err = k.content.Descendants(ctx, t.ID); err != nil {
			return err
		}
	}
	if tag != "" {
		t, err := k.term(r, content.Tag, "tag", tag)
		if err != nil {
			return err
		}
		lq.TermIDs = []int64{t.ID}
	}
	return nil
}

func (k *postKind) term(r *http.Request, taxonomy, param, slug string) (*content.Term, error) {
	t, err := k.content.TermBySlug(r.Context(), taxonomy, slug)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errBadRequest("invalid", param, "no "+taxonomy+" has the slug "+strconv.Quote(slug))
	}
	return t, err
}

// intParam reads query parameter name as an integer in [1, max], or def
// when it is absent.
func intParam(q url.Values, name string, def, max int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, errBadRequest("invalid", name, name+" must be an integer from 1 to "+strconv.Itoa(max))
	}
	return n, nil
}
