package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"warta/internal/content"
	"warta/internal/store"
)

// DefaultRelated is how many related posts an article shows by default.
const DefaultRelated = 4

// MaxRelated is how many related posts are stored per article, and so the
// most an article can show.
const MaxRelated = 8

// saveTimeout bounds the index work done for one save.
const saveTimeout = 30 * time.Second

// Options configure an Index. Zero values are usable defaults.
type Options struct {
	// Purger is told which articles' pages changed when the background
	// worker rewrites their related lists; nil means nobody.
	Purger content.Purger
	// Related is how many related posts Related returns: DefaultRelated
	// when zero, at most MaxRelated.
	Related int
	Log     *slog.Logger
}

// Index is the search index and the related-posts store of one database.
// It is safe for concurrent use.
type Index struct {
	db      *store.DB
	eng     engine
	purge   content.Purger
	related int
	log     *slog.Logger
	work    queue
	// window is how many of the newest matches of a search are ranked.
	window int
}

var _ content.Observer = (*Index)(nil)

// New returns the index over db. It starts no goroutine until it has
// background work; call Close before closing db.
func New(db *store.DB, opt Options) *Index {
	x := &Index{db: db, eng: newEngine(db.Dialect()), purge: opt.Purger, related: opt.Related, log: opt.Log, window: rankWindow}
	if x.related <= 0 {
		x.related = DefaultRelated
	}
	x.related = min(x.related, MaxRelated)
	if x.log == nil {
		x.log = slog.Default()
	}
	x.work.init(x.refresh, x.log)
	return x
}

// RelatedCount is how many related posts Related returns.
func (x *Index) RelatedCount() int { return x.related }

// PostSaved keeps the index in step with a save: a published article is
// (re)indexed at once, searchable when the save returns, and its related
// list computed in the background, then those of the articles most like
// it; anything else is removed at once, and the articles that listed it
// are queued for a new list. The request saving waits for the index
// write only. Errors are logged; `warta reindex` repairs what they left
// behind.
func (x *Index) PostSaved(ctx context.Context, p *content.Post) {
	if p.Type != content.TypePost {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), saveTimeout)
	defer cancel()
	if err := x.postSaved(ctx, p); err != nil {
		x.log.Error("search index update failed", "post_id", p.ID, "err", err)
	}
}

func (x *Index) postSaved(ctx context.Context, p *content.Post) error {
	if !p.IsPublic() {
		listers, err := x.remove(ctx, p.ID)
		if err != nil {
			return err
		}
		x.work.add(false, listers...)
		return nil
	}
	published := p.Published
	if published.IsZero() {
		published = p.Created
	}
	src := source{id: p.ID, published: published.Unix(), title: p.Title, lead: p.Lead, body: p.Body}
	for _, c := range p.Categories {
		src.categories = append(src.categories, c.ID)
	}
	d := new(analyzer).analyze(src)
	if err := x.put(ctx, []*doc{d}); err != nil {
		return err
	}
	x.work.add(true, p.ID)
	return nil
}

// put indexes docs and updates the term counts, in one transaction.
func (x *Index) put(ctx context.Context, docs []*doc) error {
	return x.db.InTx(ctx, func(tx *store.Tx) error {
		delta := map[string]int{}
		for _, d := range docs {
			if err := x.eng.lock(ctx, tx, d.id); err != nil {
				return err
			}
			old, found, err := docTerms(ctx, tx, d.id)
			if err != nil {
				return err
			}
			if !found {
				delta[""]++ // one more article
			}
			for t := range old {
				delta[t]--
			}
			for _, t := range d.terms {
				delta[t.text]++
			}
		}
		if err := x.eng.put(ctx, tx, docs); err != nil {
			return err
		}
		return updateDF(ctx, tx, delta)
	})
}

// remove takes article id out of the index and forgets its related list.
// It returns the articles whose lists held it.
func (x *Index) remove(ctx context.Context, id int64) ([]int64, error) {
	var listers []int64
	err := x.db.InTx(ctx, func(tx *store.Tx) error {
		if err := x.eng.lock(ctx, tx, id); err != nil {
			return err
		}
		old, found, err := docTerms(ctx, tx, id)
		if err != nil || !found {
			return err
		}
		if err := x.eng.drop(ctx, tx, []int64{id}); err != nil {
			return err
		}
		delta := map[string]int{"": -1}
		for t := range old {
			delta[t] = -1
		}
		if err := updateDF(ctx, tx, delta); err != nil {
			return err
		}
		if listers, err = queryIDs(ctx, tx, `SELECT DISTINCT post_id FROM related_posts WHERE related_id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM related_posts WHERE post_id = ?`, id); err != nil {
			return fmt.Errorf("search: forget related list of %d: %w", id, err)
		}
		return nil
	})
	return listers, err
}

// docTerms returns the stored term counts of article id.
func docTerms(ctx context.Context, q store.Querier, id int64) (map[string]int, bool, error) {
	var tf string
	err := q.QueryRow(ctx, `SELECT tf FROM search_docs WHERE post_id = ?`, id).Scan(&tf)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("search: read doc %d: %w", id, err)
	}
	return decodeTF(tf), true, nil
}

// refresh recomputes the related list of article id in the background
// and purges its page when the list changed. With spread, the articles
// most like this one are queued in turn, twice as many as its list
// holds: it may now enter their lists, though they need not be in its
// own (an article far older ranks below the ones of its days).
func (x *Index) refresh(ctx context.Context, id int64, spread bool) error {
	like, changed, err := x.refreshList(ctx, id)
	if err != nil {
		return err
	}
	if changed && x.purge != nil {
		x.purge.Purge(ctx, content.KeyPost(id))
	}
	if spread {
		x.work.add(false, like...)
	}
	return nil
}

// RefreshRelated computes and stores the related list of post id, as a
// publish does, and reports whether it changed. A post that is not
// indexed gets an empty list.
func (x *Index) RefreshRelated(ctx context.Context, id int64) (bool, error) {
	_, changed, err := x.refreshList(ctx, id)
	return changed, err
}

// Flush waits until the background work queued so far is done, or ctx
// ends.
func (x *Index) Flush(ctx context.Context) error { return x.work.flush(ctx) }

// Close stops taking background work and waits, until ctx ends, for the
// work already queued.
func (x *Index) Close(ctx context.Context) error {
	x.work.close()
	return x.work.flush(ctx)
}

// queryIDs runs a query returning one id column.
func queryIDs(ctx context.Context, q store.Querier, sql string, args ...any) ([]int64, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search: scan id: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: read ids: %w", err)
	}
	return ids, nil
}
