package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"warta/internal/store"
)

// fillBatch is how many posts one transaction inserts.
const fillBatch = 500

// numTags is how many tags the generated site has.
const numTags = 300

// fill writes o.posts generated articles, their authors, categories and
// tags straight into the tables content owns (rows as content writes them).
func fill(ctx context.Context, db *store.DB, o options, g *generator, out io.Writer) error {
	start := time.Now()
	err := db.InTx(ctx, func(tx *store.Tx) error {
		for i := range 20 {
			_, err := tx.Exec(ctx, `INSERT INTO users (id, email, name, slug, role, created_at) VALUES (?, ?, ?, ?, 'author', 0)`,
				i+1, fmt.Sprintf("penulis%d@bench.invalid", i+1), fmt.Sprintf("Penulis %d", i+1), fmt.Sprintf("penulis-%d", i+1))
			if err != nil {
				return err
			}
		}
		for i, t := range topics {
			if _, err := tx.Exec(ctx, `INSERT INTO terms (id, taxonomy, name, slug) VALUES (?, 'category', ?, ?)`,
				i+1, t.name, strings.ToLower(t.name)); err != nil {
				return err
			}
		}
		for i := range numTags {
			if _, err := tx.Exec(ctx, `INSERT INTO terms (id, taxonomy, name, slug) VALUES (?, 'tag', ?, ?)`,
				tagID(i), g.names[i], fmt.Sprintf("tag-%d", i)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("fill authors and terms: %w", err)
	}
	batches := make(chan []genPost, 4)
	go func() {
		defer close(batches)
		ids := make(chan int64)
		results := make(chan genPost, fillBatch)
		var wg sync.WaitGroup
		for range runtime.NumCPU() {
			wg.Go(func() {
				for id := range ids {
					results <- g.post(o.seed, id)
				}
			})
		}
		go func() {
			for id := int64(1); id <= int64(o.posts); id++ {
				ids <- id
			}
			close(ids)
			wg.Wait()
			close(results)
		}()
		batch := make([]genPost, 0, fillBatch)
		for p := range results {
			batch = append(batch, p)
			if len(batch) == fillBatch {
				batches <- batch
				batch = make([]genPost, 0, fillBatch)
			}
		}
		if len(batch) > 0 {
			batches <- batch
		}
	}()
	done := 0
	for batch := range batches {
		if err := db.InTx(ctx, func(tx *store.Tx) error { return insertPosts(ctx, tx, batch) }); err != nil {
			return fmt.Errorf("fill posts: %w", err)
		}
		done += len(batch)
		if done%10000 < fillBatch {
			fmt.Fprintf(out, "\rfill: %d/%d posts", done, o.posts)
		}
	}
	fmt.Fprintf(out, "\rfill: %d posts in %s\n", done, time.Since(start).Round(time.Millisecond))
	// The statistics and visibility map autovacuum would build on a live
	// site after a bulk load (this machine's PostgreSQL runs without it).
	if db.Dialect() == store.Postgres {
		if _, err := db.Exec(ctx, `VACUUM ANALYZE`); err != nil {
			return fmt.Errorf("fill: vacuum analyze: %w", err)
		}
	}
	return nil
}

func tagID(i int) int { return 1000 + i }

// insertPosts writes posts and their terms with multi-row INSERTs.
func insertPosts(ctx context.Context, tx *store.Tx, posts []genPost) error {
	const chunk = 100
	for len(posts) > 0 {
		n := min(chunk, len(posts))
		rows := make([]string, 0, n)
		args := make([]any, 0, n*10)
		var trows []string
		var targs []any
		for _, p := range posts[:n] {
			rows = append(rows, "(?, 'post', 'published', ?, ?, ?, ?, ?, 1, ?, ?, ?)")
			args = append(args, p.id, fmt.Sprintf("post-%d", p.id), p.title, p.lead, p.body, 1+p.id%20, p.published, p.published, p.published)
			trows = append(trows, "(?, ?, 0, ?)")
			targs = append(targs, p.id, p.category+1, p.published)
			seen := map[int]bool{}
			for i, t := range p.tags {
				if seen[t] {
					continue
				}
				seen[t] = true
				trows = append(trows, "(?, ?, ?, ?)")
				targs = append(targs, p.id, tagID(t), i+1, p.published)
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO posts (id, type, status, slug, title, lead, body, author_id, version,
			created_at, updated_at, published_at) VALUES `+strings.Join(rows, ", "), args...); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO post_terms (post_id, term_id, position, listed_at) VALUES `+strings.Join(trows, ", "), targs...); err != nil {
			return err
		}
		posts = posts[n:]
	}
	return nil
}

// reset empties a PostgreSQL database's content and index tables.
func reset(ctx context.Context, db *store.DB) error {
	_, err := db.Exec(ctx, `TRUNCATE posts, users, terms, post_terms, revisions, search_docs, search_terms, related_posts CASCADE`)
	if err != nil {
		return fmt.Errorf("reset: %w", err)
	}
	return nil
}
