package content

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"warta/internal/store"
)

// This file serves importers after the bulk write (import.go): pointing
// links of imported posts at the posts they meant, and finding the
// archives and posts that old URLs stand for.

// Relink points links of the prepared post's body at new targets: every
// href whose value is a key of targets gets the target instead. Importers
// use it to send links to the old site to the imported pages. Only site
// paths ("/…") are taken as targets, so the body stays as safe as the
// sanitiser made it.
func (p *ImportPost) Relink(targets map[string]string) {
	p.Input.Body = relink(p.Input.Body, targets)
}

// RelinkImported does what Relink does to stored post id and its latest
// revision, inside tx: for links to posts that were imported after the
// post linking to them.
func (s *Service) RelinkImported(ctx context.Context, tx *store.Tx, id int64, targets map[string]string) error {
	var body string
	if err := tx.QueryRow(ctx, `SELECT body FROM posts WHERE id = ?`, id).Scan(&body); errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("content: relink post %d: %w", id, err)
	}
	relinked := relink(body, targets)
	if relinked == body {
		return nil
	}
	if _, err := tx.Exec(ctx, `UPDATE posts SET body = ? WHERE id = ?`, relinked, id); err != nil {
		return fmt.Errorf("content: relink post %d: %w", id, err)
	}
	_, err := tx.Exec(ctx, `UPDATE revisions SET body = ? WHERE id = (SELECT MAX(id) FROM revisions WHERE post_id = ?)`, relinked, id)
	if err != nil {
		return fmt.Errorf("content: relink post %d: %w", id, err)
	}
	return nil
}

// reHref finds link targets in sanitised HTML, which always quotes
// attributes with '"' and escapes '"' inside them.
var reHref = regexp.MustCompile(`href="([^"]*)"`)

// relink replaces href values found in targets with site paths.
func relink(body string, targets map[string]string) string {
	if len(targets) == 0 {
		return body
	}
	return reHref.ReplaceAllStringFunc(body, func(m string) string {
		t, ok := targets[html.UnescapeString(m[len(`href="`):len(m)-1])]
		if !ok || !strings.HasPrefix(t, "/") || strings.HasPrefix(t, "//") {
			return m
		}
		return `href="` + html.EscapeString(t) + `"`
	})
}

// LookupTerm returns term id, for pages that redirect to an archive.
func (s *Service) LookupTerm(ctx context.Context, id int64) (*Term, error) {
	var t Term
	err := s.db.QueryRow(ctx, `SELECT `+termColumns+` FROM terms t WHERE t.id = ?`, id).
		Scan(&t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content: term %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("content: get term: %w", err)
	}
	return &t, nil
}

// LookupAuthor returns author id, for pages that redirect to an archive.
func (s *Service) LookupAuthor(ctx context.Context, id int64) (*Author, error) {
	as, err := s.authorsWhere(ctx, `id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, fmt.Errorf("content: author %d: %w", id, store.ErrNotFound)
	}
	return &as[0], nil
}

// LookupRoute returns just what a post's URL is made of (ID, type,
// status, slug, publication time) for links and redirects to it; its
// other fields are empty.
func (s *Service) LookupRoute(ctx context.Context, id int64) (*Post, error) {
	p := Post{ID: id}
	var published sql.NullInt64
	err := s.db.QueryRow(ctx, `SELECT type, status, slug, published_at FROM posts WHERE id = ?`, id).
		Scan(&p.Type, &p.Status, &p.Slug, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content: post %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("content: get post route: %w", err)
	}
	if published.Valid {
		p.Published = time.Unix(published.Int64, 0)
	}
	return &p, nil
}

// LookupRoutes is LookupRoute for many posts at once; posts that do not
// exist are missing from the map.
func (s *Service) LookupRoutes(ctx context.Context, ids []int64) (map[int64]*Post, error) {
	out := make(map[int64]*Post, len(ids))
	for start := 0; start < len(ids); start += importChunk {
		part := ids[start:min(start+importChunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := s.db.Query(ctx, `SELECT id, type, status, slug, published_at FROM posts WHERE id IN (`+placeholders(len(part))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("content: get post routes: %w", err)
		}
		for rows.Next() {
			var p Post
			var published sql.NullInt64
			if err := rows.Scan(&p.ID, &p.Type, &p.Status, &p.Slug, &published); err != nil {
				rows.Close()
				return nil, fmt.Errorf("content: get post routes: %w", err)
			}
			if published.Valid {
				p.Published = time.Unix(published.Int64, 0)
			}
			out[p.ID] = &p
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("content: get post routes: %w", err)
		}
	}
	return out, nil
}
