package wordpress

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"warta/internal/store"
)

// TableComments is a CommentStore that writes the comments table of the
// comment package's schema (migration 0003) directly, for as long as that
// package offers no import of its own. It fills the columns as the
// comment package does for a comment it stores (email lower-cased and
// private, content_hash over the case- and space-folded text); the IP
// address is not kept, and user_agent records the comment's Source.
type TableComments struct{}

// ImportComments implements CommentStore: thread level by thread level,
// so that each reply's parent has its id, replacing comments one by one
// and creating them many to a statement.
func (TableComments) ImportComments(ctx context.Context, tx *store.Tx, cs []*ImportedComment) error {
	for depth := 1; ; depth++ {
		var level []*ImportedComment
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
		if err := writeLevel(ctx, tx, level); err != nil {
			return err
		}
		if !deeper {
			return nil
		}
	}
}

func writeLevel(ctx context.Context, tx *store.Tx, level []*ImportedComment) error {
	var fresh []*ImportedComment
	for _, c := range level {
		if c.ID != 0 {
			ok, err := updateComment(ctx, tx, c)
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
	for start := 0; start < len(fresh); start += chunk {
		if err := insertComments(ctx, tx, fresh[start:min(start+chunk, len(fresh))]); err != nil {
			return err
		}
	}
	return nil
}

func nullable(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func updateComment(ctx context.Context, tx *store.Tx, c *ImportedComment) (bool, error) {
	at := c.Created.Unix()
	res, err := tx.Exec(ctx, `UPDATE comments SET post_id = ?, parent_id = ?, depth = ?, author = ?, email = ?, url = ?,
		content = ?, content_hash = ?, status = ?, user_agent = ?, user_id = ?, created_at = ?, updated_at = ? WHERE id = ?`,
		c.PostID, nullable(c.ParentID), c.Depth, c.Author, strings.ToLower(c.Email), c.URL, c.Content, commentHash(c.Content),
		c.Status, c.Source, nullable(c.UserID), at, at, c.ID)
	if err != nil {
		return false, fmt.Errorf("wordpress: update comment %d: %w", c.ID, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// insertComments creates comments in one statement and learns their ids
// from RETURNING, matched by Source (the rows come back in no promised
// order).
func insertComments(ctx context.Context, tx *store.Tx, cs []*ImportedComment) error {
	if len(cs) == 0 {
		return nil
	}
	bySource := make(map[string]*ImportedComment, len(cs))
	args := make([]any, 0, len(cs)*13)
	for _, c := range cs {
		if _, dup := bySource[c.Source]; dup || c.Source == "" {
			return fmt.Errorf("wordpress: comments to import need distinct sources (%q)", c.Source)
		}
		bySource[c.Source] = c
		at := c.Created.Unix()
		args = append(args, c.PostID, nullable(c.ParentID), c.Depth, c.Author, strings.ToLower(c.Email), c.URL, c.Content,
			commentHash(c.Content), c.Status, c.Source, nullable(c.UserID), at, at)
	}
	rows, err := tx.Query(ctx, `INSERT INTO comments (post_id, parent_id, depth, author, email, url, content, content_hash,
		status, user_agent, user_id, created_at, updated_at) VALUES `+tuples(len(cs), 13)+` RETURNING id, user_agent`, args...)
	if err != nil {
		return fmt.Errorf("wordpress: insert comments: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var source string
		if err := rows.Scan(&id, &source); err != nil {
			return fmt.Errorf("wordpress: insert comments: %w", err)
		}
		if c := bySource[source]; c != nil {
			c.ID = id
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("wordpress: insert comments: %w", err)
	}
	return nil
}

// commentHash is the comment package's content hash: the SHA-256 of the
// lower-cased text with spaces folded, first 16 bytes in hex.
func commentHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(strings.ToLower(text)), " ")))
	return hex.EncodeToString(sum[:16])
}
