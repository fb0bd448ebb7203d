package content

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"warta/internal/sanitize"
	"warta/internal/store"
)

// This file is the bulk path of importers (the WordPress import): many
// posts to a statement and a transaction, with the caller's own
// bookkeeping in the same transaction, yet each post sanitised, slugged,
// tagged, indexed for listing and given a revision exactly as Create and
// Update do.

// ImportPost is one post of a bulk import: the input as Create takes it
// and what it had on the site it came from.
type ImportPost struct {
	ID       int64 // the post to replace; 0 creates one, and WriteImport sets it
	Input    Input
	Created  time.Time // zero: now
	Updated  time.Time // zero: Created
	EditorID int64     // whom the revision is by
	// CategoryIDs and TagIDs, when either is set, are the post's terms by
	// id, in order; Input.Categories and Input.Tags are then not used.
	CategoryIDs []int64
	TagIDs      []int64

	prepared bool // PrepareImport has cleaned Input
}

func (p *ImportPost) byID() bool { return p.CategoryIDs != nil || p.TagIDs != nil }

// PrepareImport checks and sanitises p as Create would, without touching
// the database, so that importers can do this costly part in parallel
// before WriteImport. It returns a *FieldError for invalid input.
func (s *Service) PrepareImport(p *ImportPost) error {
	if p.prepared {
		return nil
	}
	if err := s.clean(&p.Input, s.now()); err != nil {
		return err
	}
	p.prepared = true
	return nil
}

// WriteImport creates (ID 0) or replaces each post inside tx and sets the
// IDs of new ones. Taken slugs get a numeric suffix. Unlike Update it
// skips the workflow check: an import mirrors its source, where a
// trashed post may come back published. A post to replace that no
// longer exists is created again. Nobody is told: call FinishImport once
// the transactions have committed.
func (s *Service) WriteImport(ctx context.Context, tx *store.Tx, posts []*ImportPost) error {
	now := s.now()
	for _, p := range posts {
		if err := s.PrepareImport(p); err != nil {
			return err
		}
		if p.Created.IsZero() {
			p.Created = now
		}
		if p.Updated.IsZero() {
			p.Updated = p.Created
		}
	}
	var created []*ImportPost
	var replaced []int64
	for _, p := range posts {
		if p.ID == 0 {
			created = append(created, p)
			continue
		}
		ok, err := s.replaceImported(ctx, tx, p)
		if err != nil {
			return err
		}
		if ok {
			replaced = append(replaced, p.ID)
		} else {
			p.ID = 0 // deleted since: bring it back
			created = append(created, p)
		}
	}
	if err := insertImported(ctx, tx, created); err != nil {
		return err
	}
	if err := s.importTerms(ctx, tx, posts, replaced); err != nil {
		return err
	}
	return insertRevisions(ctx, tx, posts, now)
}

// replaceImported updates post p.ID, reporting false when it is gone.
func (s *Service) replaceImported(ctx context.Context, tx *store.Tx, p *ImportPost) (bool, error) {
	in := &p.Input
	slug, err := uniqueSlug(ctx, tx, in.Type, in.Slug, p.ID)
	if err != nil {
		return false, err
	}
	in.Slug = slug
	res, err := tx.Exec(ctx, `UPDATE posts SET type = ?, status = ?, slug = ?, title = ?, lead = ?, body = ?, excerpt = ?,
		image_url = ?, image_alt = ?, image_caption = ?, image_width = ?, image_height = ?, author_id = ?,
		comment_status = ?, seo_title = ?, seo_description = ?, version = version + 1, created_at = ?, updated_at = ?, published_at = ?,
		sponsored = ? WHERE id = ?`,
		in.Type, in.Status, in.Slug, in.Title, in.Lead, in.Body, in.Excerpt,
		in.Image.URL, in.Image.Alt, in.Image.Caption, in.Image.Width, in.Image.Height, nullID(in.AuthorID),
		in.CommentStatus, in.SEOTitle, in.SEODescription, p.Created.Unix(), p.Updated.Unix(), nullTime(in.PublishAt),
		boolInt(in.Sponsored), p.ID)
	if err != nil {
		return false, fmt.Errorf("content: import post %d: %w", p.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("content: import post %d: %w", p.ID, err)
	}
	return n > 0, nil
}

// importChunk bounds the rows of one multi-row statement, well under both
// databases' limits on bound parameters.
const importChunk = 200

// insertImported inserts new posts, many to a statement, after giving
// each a slug no other post of its type has.
func insertImported(ctx context.Context, tx *store.Tx, posts []*ImportPost) error {
	if err := assignSlugs(ctx, tx, posts); err != nil {
		return err
	}
	for start := 0; start < len(posts); start += importChunk {
		chunk := posts[start:min(start+importChunk, len(posts))]
		var q strings.Builder
		q.WriteString(`INSERT INTO posts (type, status, slug, title, lead, body, excerpt,
			image_url, image_alt, image_caption, image_width, image_height, author_id, comment_status,
			seo_title, seo_description, version, created_at, updated_at, published_at, sponsored) VALUES `)
		args := make([]any, 0, len(chunk)*20)
		bySlug := make(map[string]*ImportPost, len(chunk))
		for i, p := range chunk {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")
			in := &p.Input
			args = append(args, in.Type, in.Status, in.Slug, in.Title, in.Lead, in.Body, in.Excerpt,
				in.Image.URL, in.Image.Alt, in.Image.Caption, in.Image.Width, in.Image.Height, nullID(in.AuthorID), in.CommentStatus,
				in.SEOTitle, in.SEODescription, p.Created.Unix(), p.Updated.Unix(), nullTime(in.PublishAt), boolInt(in.Sponsored))
			bySlug[string(in.Type)+"/"+in.Slug] = p
		}
		q.WriteString(" RETURNING id, type, slug")
		rows, err := tx.Query(ctx, q.String(), args...)
		if err != nil {
			return fmt.Errorf("content: import posts: %w", err)
		}
		for rows.Next() {
			var id int64
			var typ, slug string
			if err := rows.Scan(&id, &typ, &slug); err != nil {
				rows.Close()
				return fmt.Errorf("content: import posts: %w", err)
			}
			if p := bySlug[typ+"/"+slug]; p != nil {
				p.ID = id
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("content: import posts: %w", err)
		}
	}
	return nil
}

// assignSlugs makes the slugs of new posts unique among their type: one
// query finds which wanted slugs are taken, and only those (and repeats
// within posts) are numbered as uniqueSlug numbers them.
func assignSlugs(ctx context.Context, tx *store.Tx, posts []*ImportPost) error {
	if len(posts) == 0 {
		return nil
	}
	// Slugs are asked for by type, so that the lookup uses the (type,
	// slug) index instead of reading every post.
	byType := map[Type][]string{}
	for _, p := range posts {
		if p.Input.Slug == "" {
			p.Input.Slug = string(p.Input.Type)
		}
		byType[p.Input.Type] = append(byType[p.Input.Type], p.Input.Slug)
	}
	taken := map[string]bool{}
	for typ, slugs := range byType {
		for start := 0; start < len(slugs); start += importChunk {
			part := slugs[start:min(start+importChunk, len(slugs))]
			args := make([]any, 0, len(part)+1)
			args = append(args, typ)
			for _, s := range part {
				args = append(args, s)
			}
			if err := takenSlugs(ctx, tx, args, taken); err != nil {
				return err
			}
		}
	}
	for _, p := range posts {
		typ := string(p.Input.Type)
		base := p.Input.Slug
		slug := base
		for n := 2; taken[typ+"/"+slug]; n++ {
			slug = fmt.Sprintf("%s-%d", base, n)
			if taken[typ+"/"+slug] {
				continue
			}
			var exists int
			if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM posts WHERE type = ? AND slug = ?`, typ, slug).Scan(&exists); err != nil {
				return fmt.Errorf("content: check slug: %w", err)
			}
			if exists > 0 {
				taken[typ+"/"+slug] = true
			}
		}
		p.Input.Slug = slug
		taken[typ+"/"+slug] = true
	}
	return nil
}

// takenSlugs marks in taken which of the slugs args[1:] posts of type
// args[0] have.
func takenSlugs(ctx context.Context, tx *store.Tx, args []any, taken map[string]bool) error {
	rows, err := tx.Query(ctx, `SELECT type, slug FROM posts WHERE type = ? AND slug IN (`+placeholders(len(args)-1)+`)`, args...)
	if err != nil {
		return fmt.Errorf("content: check slugs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ, slug string
		if err := rows.Scan(&typ, &slug); err != nil {
			return fmt.Errorf("content: check slugs: %w", err)
		}
		taken[typ+"/"+slug] = true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("content: check slugs: %w", err)
	}
	return nil
}

// importTerms writes the posts' terms and their listing index: for posts
// given term ids, all at once; for posts given names, as Create does.
func (s *Service) importTerms(ctx context.Context, tx *store.Tx, posts []*ImportPost, replaced []int64) error {
	for start := 0; start < len(replaced); start += importChunk {
		ids := replaced[start:min(start+importChunk, len(replaced))]
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		if _, err := tx.Exec(ctx, `DELETE FROM post_terms WHERE post_id IN (`+placeholders(len(ids))+`)`, args...); err != nil {
			return fmt.Errorf("content: clear imported terms: %w", err)
		}
	}
	type row struct {
		post, term int64
		pos        int
		listed     any
	}
	var rows []row
	for _, p := range posts {
		if !p.byID() {
			in := p.Input
			if err := s.afterSaveTerms(ctx, tx, p.ID, &in); err != nil {
				return err
			}
			continue
		}
		var listed any
		if p.Input.Status == Published {
			listed = nullTime(p.Input.PublishAt)
		}
		seen := map[int64]bool{}
		for _, ids := range [][]int64{p.CategoryIDs, p.TagIDs} {
			for i, id := range ids {
				if id != 0 && !seen[id] {
					seen[id] = true
					rows = append(rows, row{p.ID, id, i, listed})
				}
			}
		}
	}
	for start := 0; start < len(rows); start += importChunk {
		chunk := rows[start:min(start+importChunk, len(rows))]
		args := make([]any, 0, len(chunk)*4)
		for _, r := range chunk {
			args = append(args, r.post, r.term, r.pos, r.listed)
		}
		q := `INSERT INTO post_terms (post_id, term_id, position, listed_at) VALUES ` + valueRows(len(chunk), 4)
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return fmt.Errorf("content: import terms: %w", err)
		}
	}
	return nil
}

// afterSaveTerms is the terms part of afterSave, for posts given names.
func (s *Service) afterSaveTerms(ctx context.Context, tx *store.Tx, id int64, in *Input) error {
	if err := setTerms(ctx, tx, id, Category, in.Categories); err != nil {
		return err
	}
	if err := setTerms(ctx, tx, id, Tag, in.Tags); err != nil {
		return err
	}
	return syncListing(ctx, tx, id)
}

// insertRevisions gives every written post its revision.
func insertRevisions(ctx context.Context, tx *store.Tx, posts []*ImportPost, now time.Time) error {
	for start := 0; start < len(posts); start += importChunk {
		chunk := posts[start:min(start+importChunk, len(posts))]
		args := make([]any, 0, len(chunk)*7)
		for _, p := range chunk {
			in := &p.Input
			args = append(args, p.ID, in.Title, in.Lead, in.Body, in.Excerpt, nullID(p.EditorID), now.Unix())
		}
		q := `INSERT INTO revisions (post_id, title, lead, body, excerpt, editor_id, created_at) VALUES ` + valueRows(len(chunk), 7)
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return fmt.Errorf("content: import revisions: %w", err)
		}
	}
	return nil
}

// valueRows is "(?, ?), (?, ?)" for n rows of k columns.
func valueRows(n, k int) string {
	row := "(" + placeholders(k) + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// ImportTerm creates a category or tag inside tx, or updates term id
// when id is not 0 (creating it again if it was deleted), and returns it.
// A new term whose slug exists is that term, left as it is. parentID is 0
// for a top-level term.
func (s *Service) ImportTerm(ctx context.Context, tx *store.Tx, id int64, taxonomy, name, slug, description string, parentID int64) (*Term, error) {
	if taxonomy != Category && taxonomy != Tag {
		return nil, fieldErr("taxonomy", "invalid", "taxonomy must be category or tag")
	}
	name, description = sanitize.Plain(name), sanitize.Plain(description)
	if r := []rune(name); len(r) > 200 {
		name = string(r[:200])
	}
	if slug = Slugify(slug); slug == "" {
		slug = Slugify(name)
	}
	if name == "" || slug == "" {
		return nil, fieldErr("name", "invalid", "a term needs a name with at least one letter or digit")
	}
	if taxonomy != Category || parentID == id {
		parentID = 0
	}
	if id != 0 {
		res, err := tx.Exec(ctx, `UPDATE terms SET name = ?, description = ?, parent_id = ? WHERE id = ?`, name, description, nullID(parentID), id)
		if err != nil {
			return nil, fmt.Errorf("content: import term %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err == nil && n > 0 {
			t := Term{ID: id, Taxonomy: taxonomy, Name: name, Description: description, ParentID: parentID}
			if err := tx.QueryRow(ctx, `SELECT slug FROM terms WHERE id = ?`, id).Scan(&t.Slug); err != nil {
				return nil, fmt.Errorf("content: import term %d: %w", id, err)
			}
			return &t, nil
		}
	}
	var t Term
	err := tx.QueryRow(ctx, `SELECT `+termColumns+` FROM terms t WHERE t.taxonomy = ? AND t.slug = ?`, taxonomy, slug).
		Scan(&t.ID, &t.Taxonomy, &t.Name, &t.Slug, &t.Description, &t.ParentID)
	if err == nil {
		return &t, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content: find term: %w", err)
	}
	return insertTerm(ctx, tx, taxonomy, name, slug, description, parentID)
}

// FinishImport tells observers about imported posts (loading each, so
// only when there are observers) and purges every cached page once.
func (s *Service) FinishImport(ctx context.Context, ids []int64) error {
	if len(s.observers) > 0 {
		for _, id := range ids {
			p, err := s.Get(ctx, id)
			if err != nil {
				return err
			}
			for _, o := range s.observers {
				o.PostSaved(ctx, p)
			}
		}
	}
	s.notify(ctx, []string{KeyAll})
	return nil
}
