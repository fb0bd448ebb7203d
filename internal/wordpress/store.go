package wordpress

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"warta/internal/store"
)

// Kinds of rows in wp_import_map.
const (
	kindUser       = "user"       // key: login
	kindAuthorID   = "author-id"  // key: WordPress author id (for ?author=)
	kindCategory   = "category"   // key: old slug
	kindTag        = "tag"        // key: old slug
	kindTerm       = "term"       // key: WordPress term id
	kindPost       = "post"       // key: WordPress post id (posts and pages)
	kindAttachment = "attachment" // key: WordPress post id; warta_id is the media id or 0
	kindComment    = "comment"    // key: WordPress comment id
	kindIndex      = "index"      // key: an index set aside for the import; pending: its CREATE INDEX (deferIndexes)
)

// Kinds of redirect targets.
const (
	targetPost       = "post"       // a Warta post id
	targetTerm       = "term"       // a Warta term id
	targetAuthor     = "author"     // a Warta user id
	targetAttachment = "attachment" // a WordPress attachment id in wp_import_attachments
)

// mapping is what one WordPress object became.
type mapping struct {
	ID       int64
	Checksum string
	Pending  []string // links waiting for their targets
}

func getMap(ctx context.Context, q store.Querier, kind, key string) (mapping, bool, error) {
	var m mapping
	err := q.QueryRow(ctx, `SELECT warta_id, checksum FROM wp_import_map WHERE kind = ? AND wp_key = ?`, kind, key).Scan(&m.ID, &m.Checksum)
	if errors.Is(err, sql.ErrNoRows) {
		return m, false, nil
	}
	if err != nil {
		return m, false, fmt.Errorf("wordpress: read import map: %w", err)
	}
	return m, true, nil
}

func putMap(ctx context.Context, q store.Querier, kind, key string, id int64, sum string) error {
	_, err := q.Exec(ctx, `INSERT INTO wp_import_map (kind, wp_key, warta_id, checksum) VALUES (?, ?, ?, ?)
		ON CONFLICT (kind, wp_key) DO UPDATE SET warta_id = excluded.warta_id, checksum = excluded.checksum`, kind, key, id, sum)
	if err != nil {
		return fmt.Errorf("wordpress: write import map: %w", err)
	}
	return nil
}

// normPath is the form old paths are stored and looked up in: decoded,
// lower-case, with a leading and no trailing slash.
func normPath(p string) string {
	p = strings.ToLower(strings.TrimRight(p, "/"))
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return p
}

func putRedirect(ctx context.Context, q store.Querier, oldPath, kind string, id int64) error {
	p := normPath(oldPath)
	if p == "/" {
		return nil // the home page stays the home page
	}
	_, err := q.Exec(ctx, `INSERT INTO wp_redirects (old_path, target_kind, target_id) VALUES (?, ?, ?)
		ON CONFLICT (old_path) DO UPDATE SET target_kind = excluded.target_kind, target_id = excluded.target_id`, p, kind, id)
	if err != nil {
		return fmt.Errorf("wordpress: write redirect: %w", err)
	}
	return nil
}

func getRedirect(ctx context.Context, q store.Querier, oldPath string) (kind string, id int64, ok bool, err error) {
	err = q.QueryRow(ctx, `SELECT target_kind, target_id FROM wp_redirects WHERE old_path = ?`, normPath(oldPath)).Scan(&kind, &id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, false, nil
	}
	if err != nil {
		return "", 0, false, fmt.Errorf("wordpress: read redirect: %w", err)
	}
	return kind, id, true, nil
}

func putAttachment(ctx context.Context, q store.Querier, a Attachment) error {
	_, err := q.Exec(ctx, `INSERT INTO wp_import_attachments (wp_id, parent_id, position, file, url, alt, caption, width, height)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (wp_id) DO UPDATE SET parent_id = excluded.parent_id, position = excluded.position, file = excluded.file,
		url = excluded.url, alt = excluded.alt, caption = excluded.caption, width = excluded.width, height = excluded.height`,
		a.WPID, a.Parent, a.Position, a.File, a.URL, a.Alt, a.Caption, a.Width, a.Height)
	if err != nil {
		return fmt.Errorf("wordpress: write attachment %d: %w", a.WPID, err)
	}
	return nil
}

const attachmentColumns = `wp_id, parent_id, position, file, url, alt, caption, width, height`

func scanAttachment(sc interface{ Scan(...any) error }) (Attachment, error) {
	var a Attachment
	err := sc.Scan(&a.WPID, &a.Parent, &a.Position, &a.File, &a.URL, &a.Alt, &a.Caption, &a.Width, &a.Height)
	return a, err
}

func attachmentWhere(ctx context.Context, q store.Querier, where string, args ...any) (Attachment, bool, error) {
	a, err := scanAttachment(q.QueryRow(ctx, `SELECT `+attachmentColumns+` FROM wp_import_attachments WHERE `+where+` ORDER BY wp_id LIMIT 1`, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return a, false, nil
	}
	if err != nil {
		return a, false, fmt.Errorf("wordpress: read attachment: %w", err)
	}
	return a, true, nil
}

func attachmentChildren(ctx context.Context, q store.Querier, parent int64) ([]Attachment, error) {
	rows, err := q.Query(ctx, `SELECT `+attachmentColumns+` FROM wp_import_attachments WHERE parent_id = ? ORDER BY position, wp_id LIMIT 500`, parent)
	if err != nil {
		return nil, fmt.Errorf("wordpress: read attachments: %w", err)
	}
	defer rows.Close()
	var out []Attachment
	for rows.Next() {
		a, err := scanAttachment(rows)
		if err != nil {
			return nil, fmt.Errorf("wordpress: scan attachment: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("wordpress: read attachments: %w", err)
	}
	return out, nil
}

// chunk bounds the rows of one multi-row statement.
const chunk = 200

// loadMaps reads what the WordPress objects keys of kind became.
func loadMaps(ctx context.Context, q store.Querier, kind string, keys []string) (map[string]mapping, error) {
	out := make(map[string]mapping, len(keys))
	for start := 0; start < len(keys); start += chunk {
		part := keys[start:min(start+chunk, len(keys))]
		args := make([]any, 0, len(part)+1)
		args = append(args, kind)
		for _, k := range part {
			args = append(args, k)
		}
		rows, err := q.Query(ctx, `SELECT wp_key, warta_id, checksum, pending FROM wp_import_map WHERE kind = ? AND wp_key IN (`+marks(len(part))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("wordpress: read import map: %w", err)
		}
		for rows.Next() {
			var k, pending string
			var m mapping
			if err := rows.Scan(&k, &m.ID, &m.Checksum, &pending); err != nil {
				rows.Close()
				return nil, fmt.Errorf("wordpress: read import map: %w", err)
			}
			if pending != "" {
				m.Pending = strings.Split(pending, "\n")
			}
			out[k] = m
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("wordpress: read import map: %w", err)
		}
	}
	return out, nil
}

// mapRow is one row for putMaps.
type mapRow struct {
	kind, key string
	id        int64
	sum       string
	pending   []string
}

// putMaps records many rows, a statement per chunk. Later rows win over
// earlier ones with the same kind and key.
func putMaps(ctx context.Context, q store.Querier, rows []mapRow) error {
	rows = lastOf(rows, func(r mapRow) string { return r.kind + "\x00" + r.key })
	for start := 0; start < len(rows); start += chunk {
		part := rows[start:min(start+chunk, len(rows))]
		args := make([]any, 0, len(part)*5)
		for _, r := range part {
			args = append(args, r.kind, r.key, r.id, r.sum, strings.Join(r.pending, "\n"))
		}
		_, err := q.Exec(ctx, `INSERT INTO wp_import_map (kind, wp_key, warta_id, checksum, pending) VALUES `+tuples(len(part), 5)+`
			ON CONFLICT (kind, wp_key) DO UPDATE SET warta_id = excluded.warta_id, checksum = excluded.checksum, pending = excluded.pending`, args...)
		if err != nil {
			return fmt.Errorf("wordpress: write import map: %w", err)
		}
	}
	return nil
}

// redirectRow is one row for putRedirects.
type redirectRow struct {
	path, kind string
	id         int64
}

// putRedirects records many old paths, a statement per chunk.
func putRedirects(ctx context.Context, q store.Querier, rows []redirectRow) error {
	for i := range rows {
		rows[i].path = normPath(rows[i].path)
	}
	rows = lastOf(rows, func(r redirectRow) string { return r.path })
	kept := rows[:0]
	for _, r := range rows {
		if r.path != "/" {
			kept = append(kept, r)
		}
	}
	for start := 0; start < len(kept); start += chunk {
		part := kept[start:min(start+chunk, len(kept))]
		args := make([]any, 0, len(part)*3)
		for _, r := range part {
			args = append(args, r.path, r.kind, r.id)
		}
		_, err := q.Exec(ctx, `INSERT INTO wp_redirects (old_path, target_kind, target_id) VALUES `+tuples(len(part), 3)+`
			ON CONFLICT (old_path) DO UPDATE SET target_kind = excluded.target_kind, target_id = excluded.target_id`, args...)
		if err != nil {
			return fmt.Errorf("wordpress: write redirects: %w", err)
		}
	}
	return nil
}

// lastOf keeps, for each key, the last row with it, in their order: one
// upsert statement may not touch a row twice.
func lastOf[T any](rows []T, key func(T) string) []T {
	last := make(map[string]int, len(rows))
	for i, r := range rows {
		last[key(r)] = i
	}
	if len(last) == len(rows) {
		return rows
	}
	out := make([]T, 0, len(last))
	for i, r := range rows {
		if last[key(r)] == i {
			out = append(out, r)
		}
	}
	return out
}

// marks is "?, ?, ?" for n values.
func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

// tuples is "(?, ?), (?, ?)" for n rows of k values.
func tuples(n, k int) string {
	row := "(" + marks(k) + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}
