package main

import (
	"context"
	"html"
	"strings"

	"warta/internal/comment"
	"warta/internal/feed"
)

// commentFeed gives the feeds the approved comments of published posts.
type commentFeed struct{ comments *comment.Service }

// Recent lists the newest approved comments of post id (0: the whole site).
func (c commentFeed) Recent(ctx context.Context, postID int64, limit int) ([]feed.Comment, error) {
	cs, _, err := c.comments.List(ctx, comment.ListQuery{Status: comment.Approved, PostID: postID, Public: true, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]feed.Comment, 0, len(cs))
	for _, cm := range cs {
		var b strings.Builder
		for _, block := range strings.Split(cm.Content, "\n\n") {
			if block = strings.TrimSpace(block); block != "" {
				b.WriteString("<p>" + html.EscapeString(block) + "</p>")
			}
		}
		out = append(out, feed.Comment{ID: cm.ID, PostID: cm.PostID, Author: cm.Author, AuthorURL: cm.URL, HTML: b.String(), Published: cm.Created})
	}
	return out, nil
}
