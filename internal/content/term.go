package content

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"warta/internal/sanitize"
	"warta/internal/store"
)

const termColumns = `t.id, t.taxonomy, t.name, t.slug, t.description, COALESCE(t.parent_id, 0)`

// Terms lists every term of a taxonomy by name.
func (s *Service) Terms(ctx context.Context, taxonomy string) ([]Term, error) {
	rows, err := s.db.Query(ctx, `SELECT `+termColumns+` FROM terms t WHERE t.taxonomy = ? ORDER BY t.name`, taxonomy)
	if err != nil {
		return nil, fmt.Errorf("content: list terms: %w", err)
	}
	defer rows.Close()
	var terms []Term
	for rows.Next() {
		var t Term
		if err := rows.Scan(&t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID); err != nil {
			return nil, fmt.Errorf("content: scan term: %w", err)
		}
		terms = append(terms, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("content: list terms: %w", err)
	}
	return terms, nil
}

// TermBySlug returns one term.
func (s *Service) TermBySlug(ctx context.Context, taxonomy, slug string) (*Term, error) {
	var t Term
	err := s.db.QueryRow(ctx, `SELECT `+termColumns+` FROM terms t WHERE t.taxonomy = ? AND t.slug = ?`, taxonomy, slug).
		Scan(&t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content: %s %q: %w", taxonomy, slug, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("content: get term: %w", err)
	}
	return &t, nil
}

// TermInput is a new category or tag. Parent is a parent category's slug.
type TermInput struct {
	Name, Slug, Description, Parent string
}

// CreateTerm adds a category or tag. A taken slug is a *FieldError.
func (s *Service) CreateTerm(ctx context.Context, taxonomy string, in TermInput) (*Term, error) {
	if taxonomy != Category && taxonomy != Tag {
		return nil, fieldErr("taxonomy", "invalid", "taxonomy must be category or tag")
	}
	in.Name = sanitize.Plain(in.Name)
	in.Description = sanitize.Plain(in.Description)
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
	if in.Slug == "" {
		return nil, fieldErr("name", "invalid", "name needs at least one letter or digit")
	}
	var parentID int64
	if in.Parent != "" {
		if taxonomy != Category {
			return nil, fieldErr("parent", "invalid", "only categories have parents")
		}
		p, err := s.TermBySlug(ctx, Category, in.Parent)
		if errors.Is(err, store.ErrNotFound) {
			return nil, fieldErr("parent", "invalid", "no category has the slug %q", in.Parent)
		} else if err != nil {
			return nil, err
		}
		parentID = p.ID
	}
	var t *Term
	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		var err error
		t, err = insertTerm(ctx, tx, taxonomy, in.Name, in.Slug, in.Description, parentID)
		return err
	})
	if s.db.Dialect().IsUniqueViolation(err) {
		return nil, fieldErr("slug", "taken", "a %s with the slug %q exists", taxonomy, in.Slug)
	}
	if err != nil {
		return nil, err
	}
	s.notify(ctx, []string{KeyAll})
	return t, nil
}

func insertTerm(ctx context.Context, tx *store.Tx, taxonomy, name, slug, description string, parentID int64) (*Term, error) {
	t := Term{Taxonomy: taxonomy, Name: name, Slug: slug, Description: description, ParentID: parentID}
	err := tx.QueryRow(ctx, `INSERT INTO terms (taxonomy, name, slug, description, parent_id) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		taxonomy, name, slug, description, nullID(parentID)).Scan(&t.ID)
	if err != nil {
		return nil, fmt.Errorf("content: insert term: %w", err)
	}
	return &t, nil
}

// setTerms makes the post's terms of one taxonomy exactly names (names or
// slugs), creating missing ones.
func setTerms(ctx context.Context, tx *store.Tx, postID int64, taxonomy string, names []string) error {
	if _, err := tx.Exec(ctx, `DELETE FROM post_terms WHERE post_id = ? AND term_id IN (SELECT id FROM terms WHERE taxonomy = ?)`, postID, taxonomy); err != nil {
		return fmt.Errorf("content: clear terms: %w", err)
	}
	seen := map[int64]bool{}
	for i, name := range names {
		name = sanitize.Plain(name)
		slug := Slugify(name)
		if slug == "" {
			continue
		}
		var id int64
		err := tx.QueryRow(ctx, `SELECT id FROM terms WHERE taxonomy = ? AND (slug = ? OR LOWER(name) = ?) ORDER BY id LIMIT 1`,
			taxonomy, slug, strings.ToLower(name)).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			t, err := insertTerm(ctx, tx, taxonomy, name, slug, "", 0)
			if err != nil {
				return err
			}
			id = t.ID
		} else if err != nil {
			return fmt.Errorf("content: find term: %w", err)
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		if _, err := tx.Exec(ctx, `INSERT INTO post_terms (post_id, term_id, position) VALUES (?, ?, ?)`, postID, id, i); err != nil {
			return fmt.Errorf("content: add term: %w", err)
		}
	}
	return nil
}

// Descendants returns id and the ids of every category below it.
func (s *Service) Descendants(ctx context.Context, id int64) ([]int64, error) {
	all, err := s.Terms(ctx, Category)
	if err != nil {
		return nil, err
	}
	out := []int64{id}
	for i := 0; i < len(out); i++ {
		for _, t := range all {
			if t.ParentID == out[i] {
				out = append(out, t.ID)
			}
		}
	}
	return out, nil
}
