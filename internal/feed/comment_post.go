package feed

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/store"
)

// PostComments serves the comment feed of one article or static page at
// its URL plus "feed/" (RSS), "feed/atom/" or "feed/json/". The public
// site hands it every such path, since permalinks are a run-time setting.
func (f *Feeds) PostComments() http.Handler {
	return f.handle(f.postComments)
}

func (f *Feeds) postComments(w http.ResponseWriter, r *http.Request) error {
	if f.Comments == nil {
		return errNotFound
	}
	path, fm, ok := splitFeedPath(r.URL.Path)
	if !ok {
		return errNotFound
	}
	ctx := r.Context()
	rq, err := f.begin(ctx)
	if err != nil {
		return err
	}
	p, err := f.postAt(ctx, rq, path)
	if err != nil {
		return err
	}
	cs, err := f.Comments.Recent(ctx, p.ID, Items)
	if err != nil {
		return err
	}
	title := i18n.T(f.Lang, "Komentar: %s", p.Title)
	link := rq.urls.Post(p)
	ch := f.channel(rq, title, "", link, link+"feed/"+fm.suffix())
	posts := map[int64]*content.Post{p.ID: p}
	return f.commentFeed(w, r, rq, fm, ch, cs, posts, content.KeyFeed, KeyComments, content.KeyPost(p.ID))
}

// splitFeedPath takes "feed/", "feed/atom/" or "feed/json/" off the end of
// a path and tells which format it named.
func splitFeedPath(p string) (string, Format, bool) {
	for _, fm := range []Format{Atom, JSON, RSS} {
		if rest, ok := strings.CutSuffix(p, "/feed/"+fm.suffix()); ok && rest != "" {
			return rest + "/", fm, true
		}
	}
	return "", RSS, false
}

// postAt finds the public article whose permalink is path, or the public
// static page "/slug/".
func (f *Feeds) postAt(ctx context.Context, rq *request, path string) (*content.Post, error) {
	if m, ok := rq.urls.Permalink.Match(path); ok {
		var p *content.Post
		var err error
		if m.ID != 0 {
			p, err = f.Content.Get(ctx, m.ID)
		} else {
			p, err = f.Content.BySlug(ctx, content.TypePost, m.Slug)
		}
		switch {
		case err == nil && p.IsPublic() && p.Type == content.TypePost && rq.urls.Post(p) == path:
			return p, nil
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return nil, err
		}
	}
	if slug := strings.Trim(path, "/"); slug != "" && !strings.Contains(slug, "/") {
		p, err := f.Content.BySlug(ctx, content.TypePage, slug)
		if err != nil {
			return nil, err
		}
		if p.IsPublic() {
			return p, nil
		}
	}
	return nil, errNotFound
}
