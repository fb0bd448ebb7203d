package search

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"warta/internal/content"
	"warta/internal/store"
)

// rebuildBatch is how many articles one rebuild transaction writes.
const rebuildBatch = 1000

// Phases of a rebuild, as Progress hears them.
const (
	PhaseIndex   = "index"
	PhaseRelated = "related"
)

// Progress hears how far a rebuild is: done of total in a phase.
type Progress func(phase string, done, total int)

// RebuildOptions tune a rebuild. The zero value rebuilds everything.
type RebuildOptions struct {
	Progress  Progress // nil: nobody hears
	IndexOnly bool     // leave the related lists alone
}

// RebuildStats summarises a rebuild.
type RebuildStats struct {
	Indexed      int           // articles indexed
	Removed      int           // entries of articles no longer published
	Terms        int           // distinct terms in the index
	Lists        int           // related lists computed
	ListsChanged int           // related lists that differ from before
	IndexTime    time.Duration // reading, analysing and indexing
	RelatedTime  time.Duration // computing and storing related lists
}

// Rebuild indexes every published article again, drops entries of the
// others, recounts the terms and recomputes every related list. Search
// keeps answering meanwhile (from the old entries, then the new). Pages
// whose related lists changed are purged.
func (x *Index) Rebuild(ctx context.Context, opt RebuildOptions) (RebuildStats, error) {
	progress := opt.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	var st RebuildStats
	start := time.Now()
	if err := x.rebuildIndex(ctx, progress, &st); err != nil {
		return st, err
	}
	st.IndexTime = time.Since(start)
	if opt.IndexOnly {
		return st, nil
	}
	start = time.Now()
	changed, err := x.rebuildRelated(ctx, progress, &st)
	st.RelatedTime = time.Since(start)
	if err != nil {
		return st, err
	}
	if x.purge != nil && len(changed) > 0 {
		keys := []string{content.KeyAll}
		if len(changed) <= 100 {
			keys = keys[:0]
			for _, id := range changed {
				keys = append(keys, content.KeyPost(id))
			}
		}
		x.purge.Purge(ctx, keys...)
	}
	return st, nil
}

// rebuildIndex reads the published articles in batches, analyses them on
// every CPU and writes each batch in a transaction.
func (x *Index) rebuildIndex(ctx context.Context, progress Progress, st *RebuildStats) error {
	var total int
	err := x.db.QueryRow(ctx, `SELECT COUNT(*) FROM posts WHERE type = 'post' AND status = 'published'`).Scan(&total)
	if err != nil {
		return fmt.Errorf("search: count posts: %w", err)
	}
	progress(PhaseIndex, 0, total)
	started := time.Now().Unix()
	var lastID int64
	if err := x.db.QueryRow(ctx, `SELECT COALESCE(MAX(id), 0) FROM posts`).Scan(&lastID); err != nil {
		return fmt.Errorf("search: last post: %w", err)
	}
	ld, err := x.eng.rebuild(ctx, x.db)
	if err != nil {
		return err
	}
	finished := false
	defer func() {
		if finished {
			return
		}
		if err := ld.abandon(context.WithoutCancel(ctx)); err != nil {
			x.log.Error("search rebuild not cleaned up", "err", err)
		}
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sources := make(chan []source, 2)
	docs := make(chan []*doc, 2)
	var readErr error
	go func() {
		defer close(sources)
		readErr = readSources(ctx, x.db, sources)
	}()
	workers := max(1, runtime.GOMAXPROCS(0))
	// Each worker counts the docs holding each term in a slice indexed
	// by the term's number in its own analyzer: quicker than a map.
	analyzers := make([]analyzer, workers)
	counts := make([][]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			a := &analyzers[w]
			for batch := range sources {
				out := make([]*doc, len(batch))
				for i, s := range batch {
					out[i] = a.analyze(s)
					for _, t := range out[i].terms {
						counts[w] = reach(counts[w], t.id)
						counts[w][t.id]++
					}
				}
				select {
				case docs <- out:
				case <-ctx.Done():
				}
			}
		})
	}
	go func() { wg.Wait(); close(docs) }()
	seen, err := x.writeDocs(ctx, cancel, ld, docs, func(n int) { progress(PhaseIndex, n, max(total, n)) })
	if err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	st.Indexed = len(seen)
	df := map[string]int{"": len(seen)}
	for w, c := range counts {
		for id, n := range c {
			if n > 0 {
				df[analyzers[w].text.Term(int32(id))] += n
			}
		}
	}
	st.Terms = len(df) - 1
	if st.Removed, err = ld.finish(ctx, seen, df); err != nil {
		return err
	}
	finished = true
	return x.catchUp(ctx, started, lastID)
}

// catchUp indexes again, or removes, the articles saved since the
// rebuild started (edited since, or created after article lastID), whose
// saves may have gone to the index being replaced.
func (x *Index) catchUp(ctx context.Context, since, lastID int64) error {
	rows, err := x.db.Query(ctx, `SELECT id, status, title, lead, body, COALESCE(published_at, created_at)
		FROM posts WHERE (updated_at >= ? OR id > ?) AND type = 'post' ORDER BY id`, since-1, lastID)
	if err != nil {
		return fmt.Errorf("search: read posts saved during the rebuild: %w", err)
	}
	var saved []source
	var gone []int64
	for rows.Next() {
		var s source
		var status string
		if err := rows.Scan(&s.id, &status, &s.title, &s.lead, &s.body, &s.published); err != nil {
			rows.Close()
			return fmt.Errorf("search: scan post: %w", err)
		}
		if status == string(content.Published) {
			saved = append(saved, s)
		} else {
			gone = append(gone, s.id)
		}
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return fmt.Errorf("search: read posts saved during the rebuild: %w", err)
	}
	for _, id := range gone {
		listers, err := x.remove(ctx, id)
		if err != nil {
			return err
		}
		x.work.add(false, listers...)
	}
	if len(saved) == 0 {
		return nil
	}
	if err := readCategories(ctx, x.db, saved); err != nil {
		return err
	}
	var a analyzer
	docs := make([]*doc, len(saved))
	for i, s := range saved {
		docs[i] = a.analyze(s)
	}
	return x.put(ctx, docs)
}

// writeDocs writes the batches of docs with ld, as many at once as it
// takes, and returns the ids written. On an error it cancels the rebuild
// and drains docs.
func (x *Index) writeDocs(ctx context.Context, cancel func(), ld loader, docs <-chan []*doc, progress func(int)) (map[int64]bool, error) {
	var mu sync.Mutex
	seen := map[int64]bool{}
	var firstErr error
	var wg sync.WaitGroup
	for range ld.writers() {
		wg.Go(func() {
			for batch := range docs {
				err := ld.put(ctx, batch)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
					cancel()
				}
				for _, d := range batch {
					seen[d.id] = true
				}
				if err == nil {
					progress(len(seen))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return seen, firstErr
}

// readSources sends the published articles in id order, in batches.
func readSources(ctx context.Context, db *store.DB, out chan<- []source) error {
	var after int64
	for {
		// Type and status are checked here: given them, SQLite would page
		// through the listing index instead of the primary key.
		rows, err := db.Query(ctx, `SELECT id, type, status, title, lead, body, COALESCE(published_at, created_at)
			FROM posts WHERE id > ? ORDER BY id LIMIT ?`, after, rebuildBatch)
		if err != nil {
			return fmt.Errorf("search: read posts: %w", err)
		}
		batch := make([]source, 0, rebuildBatch)
		n := 0
		for rows.Next() {
			var s source
			var typ, status string
			if err := rows.Scan(&s.id, &typ, &status, &s.title, &s.lead, &s.body, &s.published); err != nil {
				rows.Close()
				return fmt.Errorf("search: scan post: %w", err)
			}
			n++
			after = s.id
			if typ == string(content.TypePost) && status == string(content.Published) {
				batch = append(batch, s)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("search: read posts: %w", err)
		}
		if n == 0 {
			return nil
		}
		if len(batch) == 0 {
			continue
		}
		if err := readCategories(ctx, db, batch); err != nil {
			return err
		}
		select {
		case out <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// readCategories fills in the categories of a batch of sources, sorted
// by id.
func readCategories(ctx context.Context, db *store.DB, batch []source) error {
	rows, err := db.Query(ctx, `SELECT pt.post_id, pt.term_id FROM post_terms pt JOIN terms t ON t.id = pt.term_id
		WHERE pt.post_id >= ? AND pt.post_id <= ? AND t.taxonomy = 'category'`, batch[0].id, batch[len(batch)-1].id)
	if err != nil {
		return fmt.Errorf("search: read categories: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]*source, len(batch))
	for i := range batch {
		byID[batch[i].id] = &batch[i]
	}
	for rows.Next() {
		var postID, termID int64
		if err := rows.Scan(&postID, &termID); err != nil {
			return fmt.Errorf("search: scan category: %w", err)
		}
		if s := byID[postID]; s != nil {
			s.categories = append(s.categories, termID)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("search: read categories: %w", err)
	}
	return nil
}

// rebuildRelated recomputes every indexed article's related list on
// several goroutines and returns the articles whose lists changed.
func (x *Index) rebuildRelated(ctx context.Context, progress Progress, st *RebuildStats) ([]int64, error) {
	ids, err := queryIDs(ctx, x.db, `SELECT post_id FROM search_docs ORDER BY post_id`)
	if err != nil {
		return nil, err
	}
	progress(PhaseRelated, 0, len(ids))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int64)
	type result struct {
		id      int64
		changed bool
		err     error
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for range max(2, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for id := range jobs {
				_, changed, err := x.refreshList(ctx, id)
				results <- result{id, changed, err}
			}
		})
	}
	go func() {
		defer close(jobs)
		for _, id := range ids {
			select {
			case jobs <- id:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	var changed []int64
	var firstErr error
	for r := range results {
		st.Lists++
		switch {
		case r.err != nil:
			if firstErr == nil {
				firstErr = r.err
				cancel()
			}
		case r.changed:
			changed = append(changed, r.id)
		}
		progress(PhaseRelated, st.Lists, len(ids))
	}
	st.ListsChanged = len(changed)
	if firstErr != nil {
		return changed, fmt.Errorf("search: related lists: %w", firstErr)
	}
	return changed, nil
}
