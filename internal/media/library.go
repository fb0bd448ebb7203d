package media

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"warta/internal/sanitize"
	"warta/internal/store"
)

// Entry is a library item as the newsroom lists it.
type Entry struct {
	Item
	Name    string // file name
	Created time.Time
}

// Thumb is the smallest copy of the entry's image, for lists.
func (e *Entry) Thumb() string {
	best := e.URL
	bw := e.Width
	for _, v := range e.Variants {
		if v.Mime == e.Mime && v.Width < bw {
			best, bw = v.URL(), v.Width
		}
	}
	return best
}

const entryColumns = `id, path, mime, width, height, size, alt, caption, created_at, variants`

func scanEntry(sc interface{ Scan(...any) error }) (*Entry, error) {
	var e Entry
	var rel, variants string
	var created int64
	if err := sc.Scan(&e.ID, &rel, &e.Mime, &e.Width, &e.Height, &e.Size, &e.Alt, &e.Caption, &created, &variants); err != nil {
		return nil, err
	}
	e.URL, e.Name, e.Created = "/media/"+rel, filepath.Base(rel), time.Unix(created, 0)
	if variants != "" {
		if err := json.Unmarshal([]byte(variants), &e.Variants); err != nil {
			return nil, fmt.Errorf("media: variants of %d: %w", e.ID, err)
		}
	}
	return &e, nil
}

// List returns one page of the library, newest first, whose file name,
// alt text or caption contains q, and how many match in all.
func (l *Library) List(ctx context.Context, q string, limit, offset int) ([]*Entry, int, error) {
	where, args := "1 = 1", []any{}
	if q = strings.ToLower(strings.TrimSpace(q)); q != "" {
		like := "%" + q + "%"
		where, args = "(LOWER(path) LIKE ? OR LOWER(alt) LIKE ? OR LOWER(caption) LIKE ?)", []any{like, like, like}
	}
	var total int
	if err := l.db.QueryRow(ctx, `SELECT COUNT(*) FROM media WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("media: count: %w", err)
	}
	rows, err := l.db.Query(ctx, `SELECT `+entryColumns+` FROM media WHERE `+where+` ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
		append(args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("media: list: %w", err)
	}
	defer rows.Close()
	var out []*Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("media: scan: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("media: list: %w", err)
	}
	return out, total, nil
}

// Get returns entry id.
func (l *Library) Get(ctx context.Context, id int64) (*Entry, error) {
	e, err := scanEntry(l.db.QueryRow(ctx, `SELECT `+entryColumns+` FROM media WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("media: %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("media: get: %w", err)
	}
	return e, nil
}

// ByURL returns the entry stored at a site path such as /media/2026/11/x.jpg.
func (l *Library) ByURL(ctx context.Context, url string) (*Entry, error) {
	rel, ok := strings.CutPrefix(url, "/media/")
	if !ok {
		return nil, fmt.Errorf("media: %q: %w", url, store.ErrNotFound)
	}
	e, err := scanEntry(l.db.QueryRow(ctx, `SELECT `+entryColumns+` FROM media WHERE path = ?`, rel))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("media: %q: %w", url, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("media: get: %w", err)
	}
	return e, nil
}

// Describe sets the alt text and caption of entry id.
func (l *Library) Describe(ctx context.Context, id int64, alt, caption string) error {
	alt, caption = sanitize.Plain(alt), sanitize.Plain(caption)
	if len([]rune(alt)) > 600 || len([]rune(caption)) > 600 {
		return fmt.Errorf("media: %w: alt text and caption are limited to 600 characters", ErrRejected)
	}
	res, err := l.db.Exec(ctx, `UPDATE media SET alt = ?, caption = ? WHERE id = ?`, alt, caption, id)
	if err != nil {
		return fmt.Errorf("media: describe: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("media: %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// Delete removes entry id and its files.
func (l *Library) Delete(ctx context.Context, id int64) error {
	e, err := l.Get(ctx, id)
	if err != nil {
		return err
	}
	if _, err := l.db.Exec(ctx, `DELETE FROM media WHERE id = ?`, id); err != nil {
		return fmt.Errorf("media: delete: %w", err)
	}
	paths := []string{strings.TrimPrefix(e.URL, "/media/")}
	for _, v := range e.Variants {
		paths = append(paths, v.Path)
	}
	for _, p := range paths {
		if err := os.Remove(filepath.Join(l.dir, filepath.FromSlash(p))); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("media: delete file: %w", err)
		}
	}
	if len(e.Variants) > 0 {
		// Upload's folder of this image, empty now.
		_ = os.Remove(filepath.Dir(filepath.Join(l.dir, filepath.FromSlash(paths[0]))))
	}
	return nil
}
