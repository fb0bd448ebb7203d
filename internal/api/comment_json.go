package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/store"
)

// commentJSON is a comment as the API shows it. Anyone sees the public
// part; the private part (email, reasons, reports…) only moderators.
type commentJSON struct {
	ID        int64  `json:"id"`
	Post      int64  `json:"post"`
	Parent    int64  `json:"parent"`
	Author    string `json:"author"`
	AuthorURL string `json:"author_url"`
	Content   string `json:"content"`
	Status    string `json:"status"`
	Staff     bool   `json:"staff"`
	Date      string `json:"date"`
	Modified  string `json:"modified"`
	*moderationJSON
}

// moderationJSON is what moderators see beside the public part.
type moderationJSON struct {
	Email     string       `json:"email"`
	Reasons   []string     `json:"reasons"`
	Score     float64      `json:"score"`
	IPHash    string       `json:"ip_hash"`
	UserAgent string       `json:"user_agent"`
	Reports   []reportJSON `json:"reports"`
	// ReportDue is the earliest deadline among the open reports ("" when
	// none): the press council's guideline asks for action within 2x24h.
	ReportDue     string `json:"report_due,omitempty"`
	ReportOverdue bool   `json:"report_overdue,omitempty"`
}

type reportJSON struct {
	Reason string `json:"reason"`
	Note   string `json:"note"`
	Date   string `json:"date"`
	Due    string `json:"due"`
}

func (a *api) commentJSON(c *comment.Comment, private bool) commentJSON {
	out := commentJSON{ID: c.ID, Post: c.PostID, Parent: c.ParentID, Author: c.Author, AuthorURL: c.URL,
		Content: c.Content, Status: string(c.Status), Staff: c.IsStaff(),
		Date: c.Created.UTC().Format(time.RFC3339), Modified: c.Updated.UTC().Format(time.RFC3339)}
	if !private {
		return out
	}
	m := &moderationJSON{Email: c.Email, Reasons: c.Reasons, Score: c.Score, IPHash: c.IPHash, UserAgent: c.UserAgent,
		Reports: make([]reportJSON, 0, len(c.Reports))}
	if m.Reasons == nil {
		m.Reasons = []string{}
	}
	if c.IsStaff() {
		m.Email = "" // a newsroom account's address stays with its account
	}
	for i, r := range c.Reports {
		m.Reports = append(m.Reports, reportJSON{Reason: r.Reason, Note: r.Note,
			Date: r.Created.UTC().Format(time.RFC3339), Due: r.Due.UTC().Format(time.RFC3339)})
		if i == 0 {
			m.ReportDue = r.Due.UTC().Format(time.RFC3339)
			m.ReportOverdue = time.Now().After(r.Due)
		}
	}
	out.moderationJSON = m
	return out
}

// moderator reports whether the request's user may see private fields.
func moderator(r *http.Request) bool {
	u := auth.UserFrom(r.Context())
	return u != nil && u.Role.Can(auth.ModerateComments)
}

func errCommentsOff() error {
	return &apiError{status: http.StatusNotFound, code: "not_found", message: "comments are not enabled on this site"}
}

func errCommentNotFound() error {
	return &apiError{status: http.StatusNotFound, code: "not_found", message: "no such comment"}
}

// findComment returns the comment named by the {id} path value.
func (a *api) findComment(r *http.Request) (*comment.Comment, error) {
	if a.comments == nil {
		return nil, errCommentsOff()
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, errCommentNotFound()
	}
	c, err := a.comments.Get(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errCommentNotFound()
	}
	return c, err
}

// commentError turns a refusal of the comment service into an API error.
func commentError(err error) error {
	e, ok := comment.AsError(err)
	if !ok {
		return err
	}
	field := e.Field
	switch field {
	case "comment":
		field = "content"
	case "parent_id", "comment_id":
		field = "parent"
	}
	if e.Code == comment.CodeNoPost {
		return &apiError{status: http.StatusUnprocessableEntity, code: "invalid", field: "post", message: e.Message}
	}
	return &apiError{status: http.StatusUnprocessableEntity, code: e.Code, field: field, message: e.Message}
}
