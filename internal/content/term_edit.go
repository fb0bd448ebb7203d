package content

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"warta/internal/sanitize"
	"warta/internal/store"
)

// TermByID returns one term.
func (s *Service) TermByID(ctx context.Context, id int64) (*Term, error) {
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

// TermCounts counts the posts (any status but trash) of every term of a
// taxonomy, by term id.
func (s *Service) TermCounts(ctx context.Context, taxonomy string) (map[int64]int, error) {
	rows, err := s.db.Query(ctx, `SELECT pt.term_id, COUNT(*) FROM post_terms pt
		JOIN terms t ON t.id = pt.term_id JOIN posts p ON p.id = pt.post_id
		WHERE t.taxonomy = ? AND p.status <> 'trash' GROUP BY pt.term_id`, taxonomy)
	if err != nil {
		return nil, fmt.Errorf("content: term counts: %w", err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("content: term counts: %w", err)
		}
		out[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: term counts: %w", err)
	}
	return out, nil
}

// UpdateTerm renames term id, changes its slug, description and (for
// categories) parent. A parent that is the term itself or one of its
// descendants is refused, as is a slug another term of the taxonomy has.
func (s *Service) UpdateTerm(ctx context.Context, id int64, in TermInput) (*Term, error) {
	old, err := s.TermByID(ctx, id)
	if err != nil {
		return nil, err
	}
	in.Name, in.Description = sanitize.Plain(in.Name), sanitize.Plain(in.Description)
	if in.Name == "" {
		return nil, fieldErr("name", "required", "name is required")
	}
	if len([]rune(in.Name)) > 200 {
		return nil, fieldErr("name", "too_long", "name is longer than 200 characters")
	}
	if in.Slug == "" {
		in.Slug = Slugify(in.Name)
	} else if !validSlug(in.Slug) {
		return nil, fieldErr("slug", "invalid", "slug may hold only lower-case letters, digits and single hyphens")
	}
	var parentID int64
	if in.Parent != "" {
		if old.Taxonomy != Category {
			return nil, fieldErr("parent", "invalid", "only categories have parents")
		}
		p, err := s.TermBySlug(ctx, Category, in.Parent)
		if errors.Is(err, store.ErrNotFound) {
			return nil, fieldErr("parent", "invalid", "no category has the slug %q", in.Parent)
		} else if err != nil {
			return nil, err
		}
		below, err := s.Descendants(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, d := range below {
			if d == p.ID {
				return nil, fieldErr("parent", "cycle", "a category cannot sit below itself")
			}
		}
		parentID = p.ID
	}
	_, err = s.db.Exec(ctx, `UPDATE terms SET name = ?, slug = ?, description = ?, parent_id = ? WHERE id = ?`,
		in.Name, in.Slug, in.Description, nullID(parentID), id)
	if s.db.Dialect().IsUniqueViolation(err) {
		return nil, fieldErr("slug", "taken", "a %s with the slug %q exists", old.Taxonomy, in.Slug)
	}
	if err != nil {
		return nil, fmt.Errorf("content: update term: %w", err)
	}
	s.notify(ctx, []string{KeyAll})
	return s.TermByID(ctx, id)
}

// DeleteTerm removes term id from every post and deletes it; its child
// categories move up to its parent.
func (s *Service) DeleteTerm(ctx context.Context, id int64) error {
	t, err := s.TermByID(ctx, id)
	if err != nil {
		return err
	}
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE terms SET parent_id = ? WHERE parent_id = ?`, nullID(t.ParentID), id); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM post_terms WHERE term_id = ?`, id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM terms WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("content: delete term: %w", err)
	}
	s.notify(ctx, []string{KeyAll})
	return nil
}
