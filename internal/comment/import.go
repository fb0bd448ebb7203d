package comment

import (
	"context"
	"fmt"
	"strings"
	"time"

	"warta/internal/store"
)

// Imported is a comment brought over from another system (the WordPress
// import). Email is private, as for any comment: stored lower-cased for
// moderation, never shown.
type Imported struct {
	ID       int64 // the comment to replace; 0 creates one, and Import sets it
	PostID   int64
	ParentID int64 // the parent's id when it is already stored, else 0
	// Parent, when not negative, is the index of the parent among the
	// comments imported with this one (it is stored first).
	Parent  int
	Depth   int // 1 for a top-level comment
	Author  string
	Email   string
	URL     string
	Content string // plain text, paragraphs separated by blank lines
	Status  Status
	UserID  int64 // the Warta user who wrote it, 0 for readers
	Created time.Time
	// Source says where the comment came from ("WordPress import,
	// comment 12"); it is unique among the comments imported at once and
	// is kept where a submitted comment keeps its user agent.
	Source string

	hash, hashed string // contentHash(hashed), set by Prepare
}

// Prepare does the part of Import that needs no database, hashing the
// content, so that an importer can do it on its own goroutines before
// handing the comment to Import. Import hashes comments not prepared, or
// whose Content changed since.
func (c *Imported) Prepare() {
	c.hash, c.hashed = contentHash(c.Content), c.Content
}

// contentHash is the hash of the comment's content, from Prepare when it
// still holds.
func (c *Imported) contentHash() string {
	if c.hash == "" || c.hashed != c.Content {
		c.Prepare()
	}
	return c.hash
}

// importChunk bounds the rows of one INSERT, well under both databases'
// limits on bound parameters.
const importChunk = 200

// Import writes imported comments inside the importer's transaction tx:
// it creates those whose ID is 0 and replaces the others (creating them
// again if they are gone), parents before replies, many to a statement,
// and sets every ID. The columns are filled as for a submitted comment
// (lower-cased email, the content hash that finds repeats); there is no
// IP address to keep. The other rules of Submit (spam checks,
// moderation, notices) do not apply: the comments were moderated where
// they come from.
func Import(ctx context.Context, tx *store.Tx, cs []*Imported) error {
	for _, c := range cs {
		if _, ok := ParseStatus(string(c.Status)); !ok {
			return fmt.Errorf("comment: import %q: invalid status %q", c.Source, c.Status)
		}
	}
	for depth := 1; ; depth++ {
		var level []*Imported
		deeper := false
		for _, c := range cs {
			switch {
			case c.Depth == depth:
				if c.Parent >= 0 && c.Parent < len(cs) {
					c.ParentID = cs[c.Parent].ID
				}
				level = append(level, c)
			case c.Depth > depth:
				deeper = true
			}
		}
		if err := importLevel(ctx, tx, level); err != nil {
			return err
		}
		if !deeper {
			return nil
		}
	}
}

// importLevel writes comments of one thread depth: replaced one by one,
// created many to a statement.
func importLevel(ctx context.Context, tx *store.Tx, level []*Imported) error {
	var fresh []*Imported
	for _, c := range level {
		if c.ID != 0 {
			ok, err := replaceImported(ctx, tx, c)
			if err != nil {
				return err
			}
			if ok {
				continue
			}
			c.ID = 0 // deleted since: create it again
		}
		fresh = append(fresh, c)
	}
	for start := 0; start < len(fresh); start += importChunk {
		if err := insertImported(ctx, tx, fresh[start:min(start+importChunk, len(fresh))]); err != nil {
			return err
		}
	}
	return nil
}

func replaceImported(ctx context.Context, tx *store.Tx, c *Imported) (bool, error) {
	at := c.Created.Unix()
	res, err := tx.Exec(ctx, `UPDATE comments SET post_id = ?, parent_id = ?, depth = ?, author = ?, email = ?, url = ?,
		content = ?, content_hash = ?, status = ?, user_agent = ?, user_id = ?, created_at = ?, updated_at = ? WHERE id = ?`,
		c.PostID, nullID(c.ParentID), c.Depth, c.Author, strings.ToLower(c.Email), c.URL, c.Content, c.contentHash(),
		c.Status, c.Source, nullID(c.UserID), at, at, c.ID)
	if err != nil {
		return false, fmt.Errorf("comment: import, replace %d: %w", c.ID, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// insertImported creates comments in one statement and learns their ids
// from RETURNING, matched by Source (the rows come back in no promised
// order).
func insertImported(ctx context.Context, tx *store.Tx, cs []*Imported) error {
	if len(cs) == 0 {
		return nil
	}
	const cols = 13
	bySource := make(map[string]*Imported, len(cs))
	args := make([]any, 0, len(cs)*cols)
	for _, c := range cs {
		if _, dup := bySource[c.Source]; dup || c.Source == "" {
			return fmt.Errorf("comment: comments to import need distinct sources (%q)", c.Source)
		}
		bySource[c.Source] = c
		at := c.Created.Unix()
		args = append(args, c.PostID, nullID(c.ParentID), c.Depth, c.Author, strings.ToLower(c.Email), c.URL, c.Content,
			c.contentHash(), c.Status, c.Source, nullID(c.UserID), at, at)
	}
	row := "(" + placeholders(cols) + ")"
	values := strings.TrimSuffix(strings.Repeat(row+", ", len(cs)), ", ")
	rows, err := tx.Query(ctx, `INSERT INTO comments (post_id, parent_id, depth, author, email, url, content, content_hash,
		status, user_agent, user_id, created_at, updated_at) VALUES `+values+` RETURNING id, user_agent`, args...)
	if err != nil {
		return fmt.Errorf("comment: import: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var source string
		if err := rows.Scan(&id, &source); err != nil {
			return fmt.Errorf("comment: import: %w", err)
		}
		if c := bySource[source]; c != nil {
			c.ID = id
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("comment: import: %w", err)
	}
	return nil
}
