package view

import "time"

// Comments is the discussion under an article: the approved thread, then
// the reply form. The cached page carries nothing about its visitor; the
// fields marked per-visitor are set only on pages rendered for one reader
// (a refused comment, the no-script confirmation), which are never cached.
type Comments struct {
	PostID int64
	Count  int       // approved comments
	Thread []Comment // top-level comments, oldest first, replies nested
	// Form is the reply form at the end of the thread; nil when the form
	// sits under the comment being answered (see Comment.Form) or when
	// comments are closed.
	Form   *CommentForm
	Closed bool
	// Report is the hidden report form the script moves under a comment;
	// nil when it is shown under one (see Comment.Report).
	Report *ReportForm
	// TokenURL and OwnURL are the JSON endpoints of comments.js: a fresh
	// time token for the form, and the reader's own waiting comment.
	TokenURL, OwnURL string

	Notice  string       // per-visitor: what happened ("awaiting moderation")
	Error   string       // per-visitor: why the comment was refused
	Kept    string       // per-visitor: the text typed, when there is no form to put it back in
	Confirm *ConfirmForm // per-visitor: the button that confirms an email address
}

// Comment is one published comment (or, on a per-visitor page, the
// reader's own waiting one).
type Comment struct {
	ID                int64
	Author, AuthorURL string // AuthorURL may be empty
	Initials          string // for the locally drawn avatar
	Hue               int    // avatar colour, 0 to 7
	Staff             bool   // written by the newsroom
	Published         time.Time
	Paragraphs        []CommentParagraph
	Pending           bool   // awaiting moderation (only its writer sees it)
	ReplyURL          string // "" when it takes no replies
	ReportURL         string
	Replies           []Comment
	// Form and Report are set on the comment the no-script reply and
	// report links (?replytocom=ID, ?reportcom=ID) place them under.
	Form   *CommentForm
	Report *ReportForm
}

// CommentParagraph is a paragraph of comment text.
type CommentParagraph []CommentSpan

// CommentSpan is text, a link (URL set) or a line break. Its text is
// escaped like any other; comment text never becomes markup.
type CommentSpan struct {
	Text, URL string
	Break     bool
}

// CommentForm is the "Leave a Reply" form.
type CommentForm struct {
	Action           string
	PostID, ParentID int64
	ReplyTo          string // the author being answered, when ParentID is set
	CancelURL        string // back to the form at the end of the thread
	// TimeToken is rendered into the (cached) page; the script replaces
	// it with a fresh one when the reader starts on the form.
	TimeToken string
	// FreshToken says TimeToken was stamped for this reader (a page that
	// is not cached), so the script keeps it.
	FreshToken bool
	RulesURL   string // the comment rules page; "" if it does not exist
	// RequireRules shows the required "I accept the comment rules" box.
	RequireRules bool

	// What the reader typed (per-visitor pages only).
	Author, Email, URL, Content string
	AcceptRules                 bool
	Error                       string // per-visitor
	ErrorField                  string // "comment", "author", "email", "url", "rules" or ""
}

// ReportForm is the "Laporkan" form of one comment.
type ReportForm struct {
	Action    string
	CommentID int64
	CancelURL string // back to the comment
	Hidden    bool   // the script shows it under the comment being reported
	Error     string // per-visitor: why the report was refused
}

// ConfirmForm is the button that uses a one-time email confirmation link.
type ConfirmForm struct {
	Action, Token string
}

// sampleComments is a comment section with every part filled in, for the
// theme check.
func sampleComments(when time.Time) *Comments {
	form := &CommentForm{Action: "/c", PostID: 1, ParentID: 2, ReplyTo: "x", CancelURL: "/x/#respond", TimeToken: "x", FreshToken: true,
		RulesURL: "/r/", RequireRules: true, Author: "x", Email: "x", URL: "x", Content: "x", AcceptRules: true,
		Error: "x", ErrorField: "comment"}
	text := []CommentParagraph{{{Text: "x"}, {Break: true}, {Text: "x", URL: "https://x.example/"}}}
	reply := Comment{ID: 3, Author: "x", Initials: "X", Hue: 1, Staff: true, Published: when, Paragraphs: text,
		ReplyURL: "/x/?replytocom=3#respond", ReportURL: "/x/?reportcom=3#report-form", Pending: true}
	top := Comment{ID: 2, Author: "x", AuthorURL: "https://x.example/", Initials: "X", Published: when, Paragraphs: text,
		ReplyURL: "/x/?replytocom=2#respond", ReportURL: "/x/?reportcom=2#report-form", Replies: []Comment{reply},
		Form: form, Report: &ReportForm{Action: "/r", CommentID: 2, CancelURL: "/x/#comment-2", Error: "x"}}
	return &Comments{PostID: 1, Count: 2, Thread: []Comment{top, {ID: 4, Author: "x", Published: when}},
		TokenURL: "/t", OwnURL: "/o", Notice: "x", Confirm: &ConfirmForm{Action: "/c", Token: "x"}}
}

// sampleCommentsClosed is a closed comment section with one comment and
// the text of a refused comment kept.
func sampleCommentsClosed(when time.Time) *Comments {
	return &Comments{PostID: 1, Count: 1, Closed: true, Error: "x", Kept: "x",
		Thread: []Comment{{ID: 2, Author: "x", Published: when}},
		Report: &ReportForm{Action: "/r", Hidden: true}, TokenURL: "/t", OwnURL: "/o"}
}
