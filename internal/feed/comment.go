package feed

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/sanitize"
)

// Comment is an approved comment as feeds show it. Commenters' emails
// never reach a feed, so the type has no place for one.
type Comment struct {
	ID        int64
	PostID    int64
	Author    string // display name
	AuthorURL string // the commenter's website; may be empty
	HTML      string // the comment's text as HTML; sanitised again here
	Published time.Time
}

// CommentSource lists approved comments, newest first: of post postID,
// or of the whole site when postID is 0. The comment package implements it.
type CommentSource interface {
	Recent(ctx context.Context, postID int64, limit int) ([]Comment, error)
}

// siteComments serves the latest comments on the whole site.
func (f *Feeds) siteComments(fm Format) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if f.Comments == nil {
			return errNotFound
		}
		ctx := r.Context()
		cs, err := f.Comments.Recent(ctx, 0, Items)
		if err != nil {
			return err
		}
		rq, err := f.begin(ctx)
		if err != nil {
			return err
		}
		posts, err := f.publicPosts(ctx, cs)
		if err != nil {
			return err
		}
		title := i18n.T(f.Lang, "Komentar: %s", rq.settings.Title)
		ch := f.channel(rq, title, "", "/", "/comments/feed/"+fm.suffix())
		return f.commentFeed(w, r, rq, fm, ch, cs, posts, content.KeyFeed, KeyComments)
	}
}

// publicPosts loads the public posts and pages the comments are on, in
// one query per type.
func (f *Feeds) publicPosts(ctx context.Context, cs []Comment) (map[int64]*content.Post, error) {
	posts := map[int64]*content.Post{}
	if len(cs) == 0 {
		return posts, nil
	}
	var ids []int64
	for _, c := range cs {
		ids = append(ids, c.PostID)
	}
	for _, typ := range []content.Type{content.TypePost, content.TypePage} {
		err := f.Content.EachPublished(ctx, content.StreamQuery{Type: typ, IDs: ids, Light: true}, func(p *content.Post) error {
			posts[p.ID] = p
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return posts, nil
}

// commentFeed writes the comments whose post is in posts; comments on
// posts that are not public are left out.
func (f *Feeds) commentFeed(w http.ResponseWriter, r *http.Request, rq *request, fm Format, ch *channel, cs []Comment, posts map[int64]*content.Post, keys ...string) error {
	wr := fm.writer()
	body, mod, err := build(wr, ch, f.Now().In(f.Location), func(yield func(*item) error) error {
		for i := range cs {
			p := posts[cs[i].PostID]
			if p == nil {
				continue
			}
			if err := yield(rq.commentItem(&cs[i], p)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return respond(w, r, wr.contentType(), body, mod, keys...)
}

// commentItem turns comment c on post p into an item.
func (rq *request) commentItem(c *Comment, p *content.Post) *item {
	anchor := "#comment-" + strconv.FormatInt(c.ID, 10)
	html := absolutize(string(sanitize.HTML(c.HTML)), rq.base)
	it := &item{
		ID:        guid(rq.base, p.ID) + anchor,
		Title:     i18n.T(rq.lang, "Komentar pada %s oleh %s", p.Title, c.Author),
		URL:       rq.base + rq.urls.Post(p) + anchor,
		Summary:   sanitize.Text(html),
		Content:   html,
		Published: c.Published.In(rq.loc),
		Updated:   c.Published.In(rq.loc),
		Author:    person{Name: c.Author, URL: safeURL(c.AuthorURL)},
	}
	return it
}

// safeURL keeps an http(s) URL and drops anything else.
func safeURL(u string) string {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return u
	}
	return ""
}
