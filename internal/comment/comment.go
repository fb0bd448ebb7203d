package comment

import (
	"errors"
	"fmt"
	"time"
)

// Status is a comment's place in moderation.
type Status string

// The moderation states. Only Approved comments are public.
const (
	Pending  Status = "pending"
	Approved Status = "approved"
	Spam     Status = "spam"
	Trash    Status = "trash"
)

// ParseStatus checks a status name.
func ParseStatus(s string) (Status, bool) {
	switch st := Status(s); st {
	case Pending, Approved, Spam, Trash:
		return st, true
	}
	return "", false
}

// Comment is one stored comment. Email and IPHash are private: never
// render them on a public page or give them to anonymous API clients.
type Comment struct {
	ID       int64
	PostID   int64
	ParentID int64 // 0 for a top-level comment
	Depth    int   // 1 for a top-level comment
	Author   string
	Email    string
	URL      string // the author's website; "" or an http(s) URL
	Content  string // plain text; render it escaped (see Paragraphs)
	Status   Status
	Reasons  []string // why it was held or marked spam
	Score    float64  // the spam filter's score
	IPHash   string
	// UserAgent is the browser's own description, kept for the filter.
	UserAgent string
	UserID    int64 // the staff member who wrote it, 0 for readers
	Created   time.Time
	Updated   time.Time

	// Reports are readers' open reports, filled in by List.
	Reports []Report
}

// IsStaff reports whether a newsroom user wrote c.
func (c *Comment) IsStaff() bool { return c.UserID != 0 }

// Reasons a comment is held, beside those of the spam filter.
const (
	ReasonFirst       = "first_comment"     // no earlier approved comment from the address
	ReasonModerateAll = "moderate_all"      // the site holds every comment
	ReasonUnconfirmed = "email_unconfirmed" // waiting for the one-time link
	ReasonNoScript    = "time_unverified"   // sent without the script's time token
	ReasonRepeated    = "repeated_elsewhere"
	ReasonReported    = "reported"
)

// Error is a submission refused before anything was stored. Field names
// the form field at fault ("" for the whole form); Code is stable for
// programs and picks the reader's localized message.
type Error struct {
	Field   string
	Code    string
	Message string // English, for the API and logs
}

func (e *Error) Error() string {
	if e.Field != "" {
		return "comment: " + e.Field + ": " + e.Message
	}
	return "comment: " + e.Message
}

// Error codes.
const (
	CodeRequired    = "required"
	CodeTooLong     = "too_long"
	CodeInvalid     = "invalid"
	CodeNoPost      = "no_post"    // the post does not exist or is not public
	CodeClosed      = "closed"     // comments on the post are closed
	CodeBadParent   = "bad_parent" // the parent is not an approved comment of the post
	CodeTooDeep     = "too_deep"   // the parent is at the deepest reply level
	CodeRules       = "rules"      // the comment rules were not accepted
	CodeExpired     = "expired"    // the form's time token is missing, wrong or old
	CodeRateLimited = "rate_limited"
	CodeDuplicate   = "duplicate"
)

func reject(field, code, format string, args ...any) error {
	return &Error{Field: field, Code: code, Message: fmt.Sprintf(format, args...)}
}

// AsError returns the Error inside err, if any.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
