package content

import (
	"time"

	"warta/internal/sanitize"
)

// Type tells articles from static pages.
type Type string

// The post types.
const (
	TypePost Type = "post"
	TypePage Type = "page"
)

// Status is a post's place in the publishing workflow.
type Status string

// The workflow states.
const (
	Draft     Status = "draft"
	Pending   Status = "pending" // waiting for an editor's review
	Scheduled Status = "scheduled"
	Published Status = "published"
	Trash     Status = "trash"
)

// Comment settings of a post.
const (
	CommentsOpen   = "open"
	CommentsClosed = "closed"
)

// Image is a post's featured image.
type Image struct {
	URL     string `json:"url"`
	Alt     string `json:"alt"`
	Caption string `json:"caption"`
	Width   int    `json:"width,omitempty"`
	Height  int    `json:"height,omitempty"`
}

// Post is an article or a static page.
type Post struct {
	ID             int64
	Type           Type
	Status         Status
	Slug           string
	Title          string
	Lead           string
	Body           string // sanitised HTML
	Excerpt        string // the author's own excerpt; may be empty
	Image          Image
	AuthorID       int64
	CommentStatus  string
	SEOTitle       string
	SEODescription string
	Version        int
	Created        time.Time
	Updated        time.Time
	Published      time.Time // publication (or scheduled) time; zero if never set
	Sponsored      bool      // paid content, labelled "Advertorial" wherever it is listed
	Retraction     string    // why the post was retracted; "" while it stands
	Retracted      time.Time // when it was retracted

	Author     Author
	Categories []Term
	Tags       []Term
}

// Summary is the excerpt shown for p: the author's own, or about words
// words of the body ending in "…".
func (p *Post) Summary(words int) string {
	if p.Excerpt != "" {
		return p.Excerpt
	}
	return sanitize.Excerpt(p.Body, words)
}

// IsPublic reports whether readers may see p.
func (p *Post) IsPublic() bool { return p.Status == Published }

// Author is a writer as readers see them.
type Author struct {
	ID   int64
	Name string
	Slug string
	Bio  string
}

// Taxonomies.
const (
	Category = "category"
	Tag      = "tag"
)

// Term is a category or a tag.
type Term struct {
	ID          int64
	Taxonomy    string
	Name        string
	Slug        string
	Description string
	ParentID    int64
}

// Revision is the state of a post as one save left it.
type Revision struct {
	ID       int64
	PostID   int64
	Title    string
	Lead     string
	Body     string
	Excerpt  string
	EditorID int64
	Created  time.Time
}
