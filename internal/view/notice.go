package view

import "time"

// Notice is a dated correction ("correction"), clarification
// ("clarification") or right of reply ("reply") on an article.
type Notice struct {
	Kind string
	Text string
	Date time.Time
	// ID is the notice's anchor on the article page ("ralat-3").
	ID string
}

// Corrections is the public list of every notice, newest first.
type Corrections struct {
	Items      []CorrectionItem
	Pagination Pagination
}

// CorrectionItem is one notice with the article it belongs to.
type CorrectionItem struct {
	Notice
	Title, URL string
}
