package feed

import (
	"net/http"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/seo"
)

// siteFeed serves the latest articles of the whole site.
func (f *Feeds) siteFeed(fm Format) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		rq, err := f.begin(r.Context())
		if err != nil {
			return err
		}
		ch := f.channel(rq, rq.settings.Title, rq.settings.Tagline, "/", "/feed/"+fm.suffix())
		return f.postFeed(w, r, rq, fm, ch, content.StreamQuery{Limit: Items}, content.KeyFeed)
	}
}

// termFeed serves a category's (with its subcategories') or a tag's
// latest articles; an unknown slug is 404.
func (f *Feeds) termFeed(taxonomy string, fm Format) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		ctx := r.Context()
		term, err := f.Content.TermBySlug(ctx, taxonomy, r.PathValue("slug"))
		if err != nil {
			return err
		}
		ids := []int64{term.ID}
		if taxonomy == content.Category {
			if ids, err = f.Content.Descendants(ctx, term.ID); err != nil {
				return err
			}
		}
		rq, err := f.begin(ctx)
		if err != nil {
			return err
		}
		heading := "Kategori: %s"
		if taxonomy == content.Tag {
			heading = "Tag: %s"
		}
		title := rq.settings.Title + " – " + i18n.T(f.Lang, heading, term.Name)
		desc := term.Description
		if desc == "" {
			desc = title
		}
		base := seo.TermPath(term)
		ch := f.channel(rq, title, desc, base, base+"feed/"+fm.suffix())
		keys := []string{content.KeyFeed}
		for _, id := range ids {
			keys = append(keys, content.KeyTerm(id))
		}
		return f.postFeed(w, r, rq, fm, ch, content.StreamQuery{TermIDs: ids, Limit: Items}, keys...)
	}
}

// authorFeed serves an author's latest articles; an unknown slug is 404.
func (f *Feeds) authorFeed(fm Format) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		ctx := r.Context()
		au, err := f.Content.AuthorBySlug(ctx, r.PathValue("slug"))
		if err != nil {
			return err
		}
		rq, err := f.begin(ctx)
		if err != nil {
			return err
		}
		title := rq.settings.Title + " – " + i18n.T(f.Lang, "Penulis: %s", au.Name)
		desc := au.Bio
		if desc == "" {
			desc = title
		}
		base := seo.AuthorPath(au)
		ch := f.channel(rq, title, desc, base, base+"feed/"+fm.suffix())
		q := content.StreamQuery{AuthorID: au.ID, Limit: Items}
		return f.postFeed(w, r, rq, fm, ch, q, content.KeyFeed, content.KeyAuthor(au.ID))
	}
}

// channel describes a feed following the page at path, itself at self.
func (f *Feeds) channel(rq *request, title, desc, path, self string) *channel {
	if desc == "" {
		desc = title
	}
	return &channel{Title: title, Description: desc, Link: rq.base + path, Self: rq.base + self,
		Lang: string(f.Lang), Logo: f.Logo}
}

// postFeed streams the posts q selects into a feed and sends it.
func (f *Feeds) postFeed(w http.ResponseWriter, r *http.Request, rq *request, fm Format, ch *channel, q content.StreamQuery, keys ...string) error {
	wr := fm.writer()
	body, mod, err := build(wr, ch, f.Now().In(f.Location), func(yield func(*item) error) error {
		return f.Content.EachPublished(r.Context(), q, func(p *content.Post) error {
			return yield(rq.postItem(p))
		})
	})
	if err != nil {
		return err
	}
	return respond(w, r, wr.contentType(), body, mod, keys...)
}
