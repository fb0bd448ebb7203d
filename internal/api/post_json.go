package api

import (
	"time"

	"warta/internal/content"
)

// excerptWords is the length of an automatic excerpt.
const excerptWords = 30

// postJSON is a post or page as the API shows it. It has no email and no
// field the public site would not show, except drafts' own content to
// those who may edit them.
type postJSON struct {
	ID             int64      `json:"id"`
	Type           string     `json:"type"`
	Status         string     `json:"status"`
	Slug           string     `json:"slug"`
	Title          string     `json:"title"`
	Lead           string     `json:"lead"`
	Body           string     `json:"body"`
	Excerpt        string     `json:"excerpt"`
	URL            string     `json:"url"`
	Author         *authorRef `json:"author"`
	Categories     []termRef  `json:"categories"`
	Tags           []termRef  `json:"tags"`
	FeaturedImage  *imageJSON `json:"featured_image"`
	CommentStatus  string     `json:"comment_status"`
	SEOTitle       string     `json:"seo_title"`
	SEODescription string     `json:"seo_description"`
	PublishedAt    string     `json:"published_at,omitempty"`
	CreatedAt      string     `json:"created_at,omitempty"`
	UpdatedAt      string     `json:"updated_at,omitempty"`
	Version        int        `json:"version"`
}

type authorRef struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
}

type termRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Slug string `json:"slug"`
}

// imageJSON is a featured image, in requests and responses.
type imageJSON struct {
	URL     string `json:"url"`
	Alt     string `json:"alt"`
	Caption string `json:"caption"`
	Width   int    `json:"width"`
	Height  int    `json:"height"`
}

func (a *api) postJSON(p *content.Post) postJSON {
	out := postJSON{
		ID: p.ID, Type: string(p.Type), Status: string(p.Status), Slug: p.Slug,
		Title: p.Title, Lead: p.Lead, Body: p.Body, Excerpt: p.Summary(excerptWords), URL: a.url(p),
		Categories: termRefs(p.Categories), Tags: termRefs(p.Tags),
		CommentStatus: p.CommentStatus, SEOTitle: p.SEOTitle, SEODescription: p.SEODescription,
		PublishedAt: timeJSON(p.Published), CreatedAt: timeJSON(p.Created), UpdatedAt: timeJSON(p.Updated),
		Version: p.Version,
	}
	if p.AuthorID != 0 {
		out.Author = &authorRef{Name: p.Author.Name, Slug: p.Author.Slug}
	}
	if p.Image.URL != "" {
		img := imageJSON(p.Image)
		out.FeaturedImage = &img
	}
	return out
}

func termRefs(ts []content.Term) []termRef {
	out := make([]termRef, 0, len(ts))
	for _, t := range ts {
		out = append(out, termRef{ID: t.ID, Name: t.Name, Slug: t.Slug})
	}
	return out
}

// timeJSON formats t as RFC 3339 in UTC, or "" (omitted) when zero.
func timeJSON(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
