package content

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"warta/internal/store"
)

// Observer hears about every saved post after its transaction commits:
// created, edited, moved in the workflow, or published by the scheduler.
// p is the post as stored now; it may no longer be public. Observers keep
// derived data (search index, related posts) in step and must not block
// for long.
type Observer interface {
	PostSaved(ctx context.Context, p *Post)
}

// Service reads and writes posts. It is safe for concurrent use.
type Service struct {
	db        *store.DB
	purge     Purger
	observers []Observer
	now       func() time.Time
	loc       *time.Location
	log       *slog.Logger
	filter    func(body string) string
}

// Options configure a Service. Zero values are usable defaults.
type Options struct {
	Purger    Purger           // told about stale pages; nil means nobody
	Observers []Observer       // told about every saved post
	Now       func() time.Time // clock; time.Now by default
	Location  *time.Location   // the site's time zone, for date archives
	Log       *slog.Logger
	// BodyFilter rewrites every body after it is sanitised and before it
	// is stored, however the post arrives (the site gives library images
	// their srcset and size there). It gets sanitised HTML and must
	// return safe HTML; nil stores the body as sanitised.
	BodyFilter func(body string) string
}

// NewService returns a Service over db.
func NewService(db *store.DB, opt Options) *Service {
	s := &Service{db: db, purge: opt.Purger, observers: opt.Observers, now: opt.Now, loc: opt.Location, log: opt.Log, filter: opt.BodyFilter}
	if s.now == nil {
		s.now = time.Now
	}
	if s.loc == nil {
		s.loc = time.UTC
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	return s
}

// clean checks and sanitises in as of now, then runs the body filter.
func (s *Service) clean(in *Input, now time.Time) error {
	if err := in.clean(now); err != nil {
		return err
	}
	if s.filter != nil {
		in.Body = s.filter(in.Body)
	}
	return nil
}

// DB is the database the service works on (for packages that join posts).
func (s *Service) DB() *store.DB { return s.db }

// Create stores a new post saved by editor and returns it.
func (s *Service) Create(ctx context.Context, in Input, editorID int64) (*Post, error) {
	now := s.now()
	if err := s.clean(&in, now); err != nil {
		return nil, err
	}
	// A backdated post (an import, the demo) enters the record as of its
	// publication, so that readers are not told it was "updated" today.
	stamp := now
	if !in.PublishAt.IsZero() && in.PublishAt.Before(now) {
		stamp = in.PublishAt
	}
	var id int64
	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		slug, err := uniqueSlug(ctx, tx, in.Type, in.Slug, 0)
		if err != nil {
			return err
		}
		in.Slug = slug
		err = tx.QueryRow(ctx, `INSERT INTO posts (type, status, slug, title, lead, body, excerpt,
			image_url, image_alt, image_caption, image_width, image_height, author_id, comment_status,
			seo_title, seo_description, version, created_at, updated_at, published_at, sponsored)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id`,
			in.Type, in.Status, in.Slug, in.Title, in.Lead, in.Body, in.Excerpt,
			in.Image.URL, in.Image.Alt, in.Image.Caption, in.Image.Width, in.Image.Height, nullID(in.AuthorID), in.CommentStatus,
			in.SEOTitle, in.SEODescription, stamp.Unix(), stamp.Unix(), nullTime(in.PublishAt), boolInt(in.Sponsored)).Scan(&id)
		if err != nil {
			return fmt.Errorf("content: insert post: %w", err)
		}
		return s.afterSave(ctx, tx, id, &in, editorID, now)
	})
	if err != nil {
		return nil, err
	}
	p, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	s.saved(ctx, p, postKeys(p, s.loc))
	return p, nil
}

// Update replaces post id with in, as saved by editor. An empty in.Slug
// keeps the current slug; an empty in.PublishAt keeps the current time.
func (s *Service) Update(ctx context.Context, id int64, in Input, editorID int64) (*Post, error) {
	now := s.now()
	old, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	in.Type = old.Type
	if in.Slug == "" {
		in.Slug = old.Slug
	}
	if in.PublishAt.IsZero() && !old.Published.IsZero() {
		in.PublishAt = old.Published
	}
	if err := s.clean(&in, now); err != nil {
		return nil, err
	}
	if !CanMove(old.Status, in.Status) {
		return nil, fieldErr("status", "invalid", "a %s post cannot become %s", old.Status, in.Status)
	}
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		slug, err := uniqueSlug(ctx, tx, in.Type, in.Slug, id)
		if err != nil {
			return err
		}
		in.Slug = slug
		res, err := tx.Exec(ctx, `UPDATE posts SET status = ?, slug = ?, title = ?, lead = ?, body = ?, excerpt = ?,
			image_url = ?, image_alt = ?, image_caption = ?, image_width = ?, image_height = ?, author_id = ?,
			comment_status = ?, seo_title = ?, seo_description = ?, version = version + 1, updated_at = ?, published_at = ?,
			sponsored = ?
			WHERE id = ? AND (? = 0 OR version = ?)`,
			in.Status, in.Slug, in.Title, in.Lead, in.Body, in.Excerpt,
			in.Image.URL, in.Image.Alt, in.Image.Caption, in.Image.Width, in.Image.Height, nullID(in.AuthorID),
			in.CommentStatus, in.SEOTitle, in.SEODescription, now.Unix(), nullTime(in.PublishAt), boolInt(in.Sponsored),
			id, in.Version, in.Version)
		if err != nil {
			return fmt.Errorf("content: update post %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("content: update post %d: %w", id, err)
		} else if n == 0 {
			return ErrConflict
		}
		return s.afterSave(ctx, tx, id, &in, editorID, now)
	})
	if err != nil {
		return nil, err
	}
	p, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	s.saved(ctx, p, append(postKeys(old, s.loc), postKeys(p, s.loc)...))
	return p, nil
}

// SetStatus moves post id to status, publishing at at (zero: now, or the
// post's own time). It is Update with everything else unchanged.
func (s *Service) SetStatus(ctx context.Context, id int64, status Status, at time.Time, editorID int64) (*Post, error) {
	p, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	in := p.Input()
	in.Status = status
	if !at.IsZero() {
		in.PublishAt = at
	} else if status == Published && p.Status != Published {
		in.PublishAt = time.Time{}
		if p.Status == Scheduled || p.Published.IsZero() {
			in.PublishAt = s.now()
		}
	}
	return s.Update(ctx, id, in, editorID)
}

// Input returns p as the input that would save it unchanged.
func (p *Post) Input() Input {
	in := Input{
		Type: p.Type, Status: p.Status, Title: p.Title, Lead: p.Lead, Body: p.Body, Excerpt: p.Excerpt,
		Slug: p.Slug, PublishAt: p.Published, Image: p.Image, AuthorID: p.AuthorID,
		CommentStatus: p.CommentStatus, SEOTitle: p.SEOTitle, SEODescription: p.SEODescription, Version: p.Version,
		Sponsored: p.Sponsored,
	}
	for _, t := range p.Categories {
		in.Categories = append(in.Categories, t.Slug)
	}
	for _, t := range p.Tags {
		in.Tags = append(in.Tags, t.Slug)
	}
	return in
}

// afterSave writes what follows every save: terms, the listing index and a
// revision.
func (s *Service) afterSave(ctx context.Context, tx *store.Tx, id int64, in *Input, editorID int64, now time.Time) error {
	if err := setTerms(ctx, tx, id, Category, in.Categories); err != nil {
		return err
	}
	if err := setTerms(ctx, tx, id, Tag, in.Tags); err != nil {
		return err
	}
	if err := syncListing(ctx, tx, id); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `INSERT INTO revisions (post_id, title, lead, body, excerpt, editor_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, id, in.Title, in.Lead, in.Body, in.Excerpt, nullID(editorID), now.Unix())
	if err != nil {
		return fmt.Errorf("content: save revision of post %d: %w", id, err)
	}
	return nil
}

// syncListing copies the post's publication time into post_terms while it
// is published, so archives need only that table's index.
func syncListing(ctx context.Context, q store.Querier, id int64) error {
	_, err := q.Exec(ctx, `UPDATE post_terms SET listed_at =
		(SELECT CASE WHEN status = 'published' THEN published_at END FROM posts WHERE id = ?)
		WHERE post_id = ?`, id, id)
	if err != nil {
		return fmt.Errorf("content: sync listing of post %d: %w", id, err)
	}
	return nil
}

// uniqueSlug returns slug, or slug-2, slug-3, … when another post of the
// same type has it. An empty slug becomes the type's name.
func uniqueSlug(ctx context.Context, q store.Querier, typ Type, slug string, self int64) (string, error) {
	if slug == "" {
		slug = string(typ)
	}
	for n := 1; ; n++ {
		try := slug
		if n > 1 {
			try = fmt.Sprintf("%s-%d", slug, n)
		}
		var id int64
		err := q.QueryRow(ctx, `SELECT id FROM posts WHERE type = ? AND slug = ?`, typ, try).Scan(&id)
		if errors.Is(err, errNoRows) || (err == nil && id == self) {
			return try, nil
		}
		if err != nil {
			return "", fmt.Errorf("content: check slug: %w", err)
		}
	}
}

// PublishDue publishes every scheduled post whose time has come and
// returns their ids. Several servers may call it at once: each post is
// published (and purged) by exactly one of them.
func (s *Service) PublishDue(ctx context.Context) ([]int64, error) {
	now := s.now().Unix()
	rows, err := s.db.Query(ctx, `SELECT id FROM posts WHERE status = 'scheduled' AND published_at <= ? ORDER BY published_at`, now)
	if err != nil {
		return nil, fmt.Errorf("content: due posts: %w", err)
	}
	due, err := scanIDs(rows)
	if err != nil {
		return nil, fmt.Errorf("content: due posts: %w", err)
	}
	var done []int64
	for _, id := range due {
		won := false
		err := s.db.InTx(ctx, func(tx *store.Tx) error {
			res, err := tx.Exec(ctx, `UPDATE posts SET status = 'published', updated_at = ? WHERE id = ? AND status = 'scheduled'`, now, id)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil || n == 0 {
				return err
			}
			won = true
			return syncListing(ctx, tx, id)
		})
		if err != nil {
			return done, fmt.Errorf("content: publish scheduled post %d: %w", id, err)
		}
		if !won {
			continue
		}
		done = append(done, id)
		if p, err := s.Get(ctx, id); err == nil {
			s.saved(ctx, p, postKeys(p, s.loc))
		}
	}
	return done, nil
}

// AddObserver registers o for every later save. Call it while wiring,
// before the service is used.
func (s *Service) AddObserver(o Observer) { s.observers = append(s.observers, o) }

// saved tells observers about p, then purges keys.
func (s *Service) saved(ctx context.Context, p *Post, keys []string) {
	for _, o := range s.observers {
		o.PostSaved(ctx, p)
	}
	s.notify(ctx, keys)
}

func (s *Service) notify(ctx context.Context, keys []string) {
	if s.purge != nil {
		s.purge.Purge(ctx, keys...)
	}
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}
