package search

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"warta/internal/content"
)

// postColumns are the fields of a post that a result or a related entry
// shows: enough for its URL, title, excerpt, byline and picture.
const postColumns = `p.id, p.type, p.status, p.slug, p.title, p.lead, p.body, p.excerpt,
	p.image_url, p.image_alt, p.image_caption, p.image_width, p.image_height,
	COALESCE(p.author_id, 0), COALESCE(u.name, ''), COALESCE(u.slug, ''), p.published_at, p.updated_at`

// postFrom joins posts p with their authors u.
const postFrom = ` FROM posts p LEFT JOIN users u ON u.id = p.author_id`

// Related returns the stored related articles of post id, best first, at
// most the configured count. Articles no longer published are left out
// even before the background worker has replaced them.
func (x *Index) Related(ctx context.Context, id int64) ([]*content.Post, error) {
	rows, err := x.db.Query(ctx, `SELECT `+postColumns+postFrom+` JOIN related_posts r ON r.related_id = p.id
		WHERE r.post_id = ? ORDER BY r.position`, id)
	if err != nil {
		return nil, fmt.Errorf("search: related of %d: %w", id, err)
	}
	posts, err := scanPosts(rows)
	if err != nil {
		return nil, err
	}
	return posts[:min(len(posts), x.related)], nil
}

// postsByID reads the published articles of ids with their categories.
func (x *Index) postsByID(ctx context.Context, ids []int64) (map[int64]*content.Post, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	in := placeholders(len(ids))
	// Status and type are checked here: given them, SQLite may prefer
	// the listing index to the primary key and read every article.
	rows, err := x.db.Query(ctx, `SELECT `+postColumns+postFrom+` WHERE p.id IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("search: read results: %w", err)
	}
	posts, err := scanPosts(rows)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*content.Post, len(posts))
	for _, p := range posts {
		byID[p.ID] = p
	}
	rows, err = x.db.Query(ctx, `SELECT pt.post_id, t.id, t.taxonomy, t.name, t.slug, t.description, COALESCE(t.parent_id, 0)
		FROM post_terms pt JOIN terms t ON t.id = pt.term_id
		WHERE pt.post_id IN (`+in+`) AND t.taxonomy = 'category' ORDER BY pt.post_id, pt.position, t.name`, args...)
	if err != nil {
		return nil, fmt.Errorf("search: read result categories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var postID int64
		var t content.Term
		if err := rows.Scan(&postID, &t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID); err != nil {
			return nil, fmt.Errorf("search: scan result category: %w", err)
		}
		if p := byID[postID]; p != nil {
			p.Categories = append(p.Categories, t)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: read result categories: %w", err)
	}
	return byID, nil
}

// scanPosts reads posts, keeping the published articles only.
func scanPosts(rows *sql.Rows) ([]*content.Post, error) {
	defer rows.Close()
	var posts []*content.Post
	for rows.Next() {
		var p content.Post
		var published sql.NullInt64
		var updated int64
		err := rows.Scan(&p.ID, &p.Type, &p.Status, &p.Slug, &p.Title, &p.Lead, &p.Body, &p.Excerpt,
			&p.Image.URL, &p.Image.Alt, &p.Image.Caption, &p.Image.Width, &p.Image.Height,
			&p.AuthorID, &p.Author.Name, &p.Author.Slug, &published, &updated)
		if err != nil {
			return nil, fmt.Errorf("search: scan post: %w", err)
		}
		p.Author.ID = p.AuthorID
		if published.Valid {
			p.Published = time.Unix(published.Int64, 0)
		}
		p.Updated = time.Unix(updated, 0)
		if p.Status == content.Published && p.Type == content.TypePost {
			posts = append(posts, &p)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: read posts: %w", err)
	}
	return posts, nil
}
