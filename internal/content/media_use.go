package content

import (
	"context"
	"fmt"
)

// PostsUsing lists the posts (any status) whose featured image is url or
// whose body mentions it, so that deleting a file can warn first.
func (s *Service) PostsUsing(ctx context.Context, url string, limit int) ([]*Post, error) {
	if url == "" {
		return nil, nil
	}
	rows, err := s.db.Query(ctx, `SELECT `+postColumns+` FROM posts p WHERE p.image_url = ? OR p.body LIKE ?
		ORDER BY p.updated_at DESC, p.id DESC LIMIT ?`, url, "%"+likeEscape(url)+"%", limit)
	if err != nil {
		return nil, fmt.Errorf("content: posts using %q: %w", url, err)
	}
	return scanPosts(rows)
}

// likeEscape keeps a URL's % and _ from acting as LIKE wildcards: both
// databases treat them as wildcards, and media paths rarely contain them,
// so they are replaced by the single-character wildcard, which still
// matches them.
func likeEscape(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '%' || c == '_' {
			b[i] = '_'
		}
	}
	return string(b)
}
