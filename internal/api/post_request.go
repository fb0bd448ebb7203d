package api

import (
	"time"

	"warta/internal/content"
)

// postRequest is the body of POST and PATCH on posts and pages.
type postRequest struct {
	Title          string     `json:"title"`
	Lead           string     `json:"lead"`
	Body           string     `json:"body"`
	Excerpt        string     `json:"excerpt"`
	Status         string     `json:"status"`
	PublishedAt    string     `json:"published_at"`
	Slug           string     `json:"slug"`
	Categories     []string   `json:"categories"`
	Tags           []string   `json:"tags"`
	FeaturedImage  *imageJSON `json:"featured_image"`
	CommentStatus  string     `json:"comment_status"`
	SEOTitle       string     `json:"seo_title"`
	SEODescription string     `json:"seo_description"`
	Version        int        `json:"version"` // PATCH only
}

// parseStatus reads a status name, accepting WordPress's "publish" and
// "future" for published and scheduled. Trash has its own endpoints.
func parseStatus(s string) (content.Status, bool) {
	switch s {
	case "draft":
		return content.Draft, true
	case "pending":
		return content.Pending, true
	case "publish", "published":
		return content.Published, true
	case "future", "scheduled":
		return content.Scheduled, true
	}
	return "", false
}

func statusError() error {
	return &content.FieldError{Field: "status", Code: "invalid",
		Message: "status must be one of draft, pending, publish (published), future (scheduled)"}
}

// parseTime reads an RFC 3339 time; "" is the zero time.
func parseTime(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, &content.FieldError{Field: field, Code: "invalid",
			Message: field + " must be an RFC 3339 time such as 2026-11-24T08:00:00+07:00"}
	}
	return t, nil
}

// apply copies the fields present in the request onto in.
func (req *postRequest) apply(in *content.Input, has fields) error {
	set := func(key string, dst *string, v string) {
		if has.has(key) {
			*dst = v
		}
	}
	set("title", &in.Title, req.Title)
	set("lead", &in.Lead, req.Lead)
	set("body", &in.Body, req.Body)
	set("excerpt", &in.Excerpt, req.Excerpt)
	set("slug", &in.Slug, req.Slug)
	set("comment_status", &in.CommentStatus, req.CommentStatus)
	set("seo_title", &in.SEOTitle, req.SEOTitle)
	set("seo_description", &in.SEODescription, req.SEODescription)
	if has.has("status") {
		st, ok := parseStatus(req.Status)
		if !ok {
			return statusError()
		}
		in.Status = st
	}
	if has.has("published_at") {
		t, err := parseTime("published_at", req.PublishedAt)
		if err != nil {
			return err
		}
		in.PublishAt = t
	}
	if has.has("categories") {
		in.Categories = req.Categories
	}
	if has.has("tags") {
		in.Tags = req.Tags
	}
	if has.has("featured_image") {
		in.Image = content.Image{}
		if req.FeaturedImage != nil {
			in.Image = content.Image(*req.FeaturedImage)
		}
	}
	return nil
}
