package content

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"warta/internal/sanitize"
)

// Input is what a writer submits for a post: everything a create or a full
// update sets. Categories and Tags are names or slugs; missing ones are
// created.
type Input struct {
	Type           Type
	Status         Status // Draft when empty
	Title          string
	Lead           string
	Body           string // HTML; sanitised on save
	Excerpt        string
	Slug           string // derived from Title when empty
	PublishAt      time.Time
	Categories     []string
	Tags           []string
	Image          Image
	AuthorID       int64
	CommentStatus  string // CommentsOpen when empty
	SEOTitle       string
	SEODescription string
	Sponsored      bool // paid content ("Advertorial")
	// Version, when not zero, must equal the stored version or the update
	// fails with ErrConflict: a save never overwrites a newer one.
	Version int
}

// Limits on input fields.
const (
	MaxTitle   = 300
	MaxLead    = 600
	MaxExcerpt = 1000
	MaxBody    = 2 << 20
	MaxTerms   = 50
)

// FieldError is invalid input, naming the field. Code is stable for
// programs ("required", "too_long", "invalid", "taken", "past").
type FieldError struct {
	Field   string
	Code    string
	Message string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

func fieldErr(field, code, format string, args ...any) error {
	return &FieldError{Field: field, Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrConflict means the post changed since the writer loaded it.
var ErrConflict = errors.New("content: the post was changed by someone else since it was opened")

// clean normalises in and checks it for saving as status st at time now.
// It returns the first problem as a *FieldError.
func (in *Input) clean(now time.Time) error {
	if in.Type == "" {
		in.Type = TypePost
	}
	if in.Type != TypePost && in.Type != TypePage {
		return fieldErr("type", "invalid", "type must be post or page")
	}
	if in.Status == "" {
		in.Status = Draft
	}
	switch in.Status {
	case Draft, Pending, Scheduled, Published, Trash:
	default:
		return fieldErr("status", "invalid", "status must be one of draft, pending, scheduled, published, trash")
	}
	in.Title = sanitize.Plain(in.Title)
	in.Lead = sanitize.Plain(in.Lead)
	in.Excerpt = sanitize.Plain(in.Excerpt)
	in.SEOTitle = sanitize.Plain(in.SEOTitle)
	in.SEODescription = sanitize.Plain(in.SEODescription)
	in.Image.Alt = sanitize.Plain(in.Image.Alt)
	in.Image.Caption = sanitize.Plain(in.Image.Caption)
	checks := []struct {
		field, value string
		max          int
	}{
		{"title", in.Title, MaxTitle}, {"lead", in.Lead, MaxLead}, {"excerpt", in.Excerpt, MaxExcerpt},
		{"seo_title", in.SEOTitle, MaxTitle}, {"seo_description", in.SEODescription, MaxLead},
		{"featured_image.alt", in.Image.Alt, MaxLead}, {"featured_image.caption", in.Image.Caption, MaxLead},
	}
	for _, c := range checks {
		if n := utf8.RuneCountInString(c.value); n > c.max {
			return fieldErr(c.field, "too_long", "%s is %d characters long; at most %d are allowed", c.field, n, c.max)
		}
	}
	if len(in.Body) > MaxBody {
		return fieldErr("body", "too_long", "body is larger than %d bytes", MaxBody)
	}
	in.Body = string(sanitize.HTML(in.Body))
	if in.Status != Draft && in.Status != Trash && in.Title == "" {
		return fieldErr("title", "required", "a title is needed before a post goes to review or is published")
	}
	if err := in.cleanSlug(); err != nil {
		return err
	}
	if err := in.cleanImage(); err != nil {
		return err
	}
	switch in.CommentStatus {
	case "":
		in.CommentStatus = CommentsOpen
	case CommentsOpen, CommentsClosed:
	default:
		return fieldErr("comment_status", "invalid", "comment_status must be open or closed")
	}
	if len(in.Categories) > MaxTerms || len(in.Tags) > MaxTerms {
		return fieldErr("tags", "too_long", "at most %d categories and %d tags", MaxTerms, MaxTerms)
	}
	return in.cleanTime(now)
}

func (in *Input) cleanSlug() error {
	if in.Slug == "" {
		in.Slug = Slugify(in.Title)
		return nil
	}
	if !validSlug(in.Slug) {
		return fieldErr("slug", "invalid", "slug may hold only lower-case letters, digits and single hyphens (try %q)", Slugify(in.Slug))
	}
	return nil
}

func (in *Input) cleanImage() error {
	if in.Image.URL == "" {
		in.Image = Image{}
		return nil
	}
	u, err := url.Parse(in.Image.URL)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") || (u.Scheme == "" && !strings.HasPrefix(u.Path, "/")) {
		return fieldErr("featured_image.url", "invalid", "featured image URL must be http(s) or a site path")
	}
	if in.Image.Alt == "" {
		return fieldErr("featured_image.alt", "required", "a featured image needs alt text describing it")
	}
	if in.Image.Width < 0 || in.Image.Height < 0 {
		return fieldErr("featured_image.width", "invalid", "image size cannot be negative")
	}
	return nil
}

// cleanTime applies WordPress's rule: publishing with a future time
// schedules; scheduling needs a future time.
func (in *Input) cleanTime(now time.Time) error {
	switch in.Status {
	case Published:
		if in.PublishAt.IsZero() {
			in.PublishAt = now
		} else if in.PublishAt.After(now) {
			in.Status = Scheduled
		}
	case Scheduled:
		if in.PublishAt.IsZero() {
			return fieldErr("published_at", "required", "a scheduled post needs published_at")
		}
		if !in.PublishAt.After(now) {
			return fieldErr("published_at", "past", "published_at must be in the future to schedule a post")
		}
	}
	if !in.PublishAt.IsZero() {
		in.PublishAt = in.PublishAt.Truncate(time.Second)
	}
	return nil
}

// allowedMoves is the workflow: which status may follow which.
var allowedMoves = map[Status][]Status{
	Draft:     {Draft, Pending, Scheduled, Published, Trash},
	Pending:   {Draft, Pending, Scheduled, Published, Trash},
	Scheduled: {Draft, Pending, Scheduled, Published, Trash},
	Published: {Draft, Published, Trash},
	Trash:     {Draft, Trash},
}

// CanMove reports whether the workflow lets a post go from one status to
// another.
func CanMove(from, to Status) bool {
	for _, s := range allowedMoves[from] {
		if s == to {
			return true
		}
	}
	return false
}
