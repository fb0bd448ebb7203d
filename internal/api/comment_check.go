package api

import (
	"net/http"
	"time"

	"warta/internal/comment"
)

// checkRequest holds the fields of the comment form plus the post, and
// what the form's page knows of its sender.
type checkRequest struct {
	Post      int64  `json:"post"`
	Parent    int64  `json:"parent"`
	Author    string `json:"author"`
	Email     string `json:"email"`
	URL       string `json:"url"`
	Content   string `json:"content"`
	Comment   string `json:"comment"` // the form's name for content
	IP        string `json:"ip"`
	UserAgent string `json:"user_agent"`
	ElapsedMS int64  `json:"elapsed_ms"` // time spent on the form; 0 if unknown
	Honeypot  string `json:"honeypot"`
}

// checkResponse is what the filter and the policy would decide.
type checkResponse struct {
	Decision string   `json:"decision"` // the classifier's: ham, hold or spam
	Score    float64  `json:"score"`
	Status   string   `json:"status"` // what the comment would become: approved, pending or spam
	Reasons  []string `json:"reasons"`
}

// checkComment scores a comment without storing it, so that moderators,
// integrations and benchmarks can measure the filter.
func (a *api) checkComment(w http.ResponseWriter, r *http.Request) error {
	if a.comments == nil {
		return errCommentsOff()
	}
	var req checkRequest
	if _, err := readJSON(w, r, &req, false); err != nil {
		return err
	}
	if req.Content == "" {
		req.Content = req.Comment
	}
	if req.ElapsedMS < 0 {
		return errBadRequest("invalid", "elapsed_ms", "elapsed_ms must not be negative")
	}
	ev, err := a.comments.Evaluate(r.Context(), comment.Probe{PostID: req.Post, ParentID: req.Parent,
		Fields: comment.Fields{Author: req.Author, Email: req.Email, URL: req.URL, Content: req.Content},
		IP:     req.IP, UserAgent: req.UserAgent, Elapsed: time.Duration(req.ElapsedMS) * time.Millisecond, Honeypot: req.Honeypot})
	if err != nil {
		return commentError(err)
	}
	out := checkResponse{Decision: string(ev.Decision), Score: ev.Score, Status: string(ev.Status), Reasons: ev.Reasons}
	if out.Reasons == nil {
		out.Reasons = []string{}
	}
	return writeJSON(w, http.StatusOK, out)
}
