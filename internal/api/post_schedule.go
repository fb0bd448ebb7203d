package api

import (
	"net/http"

	"warta/internal/content"
)

// schedulePost sets a future publication time; the jobs runner publishes
// the post when it comes.
func (k *postKind) schedulePost(w http.ResponseWriter, r *http.Request) error {
	req, has, err := readMove(w, r, true)
	if err != nil {
		return err
	}
	if req.PublishedAt == "" {
		return &content.FieldError{Field: "published_at", Code: "required", Message: "published_at is required to schedule"}
	}
	at, err := parseTime("published_at", req.PublishedAt)
	if err != nil {
		return err
	}
	return k.move(w, r, transition{to: content.Scheduled, at: at}, req, has)
}
