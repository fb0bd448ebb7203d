package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/sanitize"
	"warta/internal/store"
)

// The shape of the generated site.
const (
	numAuthors = 20
	numTags    = 300 // len(places) * len(topics)
	bodyWords  = 600
	batchPosts = 1000 // posts generated, and committed, together
	maxVars    = 9000 // bind variables per INSERT, well under both databases' limits
)

// fillOptions says what to generate.
type fillOptions struct {
	posts     int
	seed      uint64
	revisions bool // one revision per post, as every save through content.Service writes
	now       time.Time
	loc       *time.Location // the site's zone, for image paths
}

// fillResult is what the fill did.
type fillResult struct {
	posts     int
	bodyBytes int64
	elapsed   time.Duration
}

// genPost is one generated post with its terms.
type genPost struct {
	id                                  int64
	title, slug, lead, body, image, alt string
	caption                             string
	author                              int64
	published                           int64
	cats, tags                          []int64
}

// fill writes authors, terms and opt.posts published posts into an empty
// database with multi-row INSERTs, one transaction per batch. Text is
// generated (and sanitised, as content.Service would) on every CPU while
// one writer inserts batches in order.
func fill(ctx context.Context, db *store.DB, opt fillOptions, progress io.Writer) (fillResult, error) {
	start := time.Now()
	if err := checkEmpty(ctx, db); err != nil {
		return fillResult{}, err
	}
	if err := db.InTx(ctx, func(tx *store.Tx) error { return fillPeopleAndTerms(ctx, tx, opt.now) }); err != nil {
		return fillResult{}, err
	}
	batches := (opt.posts + batchPosts - 1) / batchPosts
	out := make([]chan []genPost, batches)
	for i := range out {
		out[i] = make(chan []genPost, 1)
	}
	workers := max(1, runtime.NumCPU())
	window := make(chan struct{}, 2*workers) // bounds batches held in memory
	jobs := make(chan int)
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(jobs)
		for i := range batches {
			select {
			case window <- struct{}{}:
			case <-gctx.Done():
				return
			}
			jobs <- i
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				out[i] <- generateBatch(opt, i)
			}
		}()
	}
	res := fillResult{}
	slugs := make(map[string]int, opt.posts)
	for i := range batches {
		var posts []genPost
		select {
		case posts = <-out[i]:
		case <-ctx.Done():
			return res, ctx.Err()
		}
		for j := range posts {
			posts[j].slug = uniqueSlug(slugs, posts[j].slug)
			res.bodyBytes += int64(len(posts[j].body))
		}
		err := db.InTx(ctx, func(tx *store.Tx) error { return insertBatch(ctx, tx, posts, opt.revisions) })
		if err != nil {
			return res, err
		}
		<-window
		res.posts += len(posts)
		if res.posts%10000 == 0 || res.posts == opt.posts {
			el := time.Since(start)
			fmt.Fprintf(progress, "  filled %6d/%d posts  %5.1fs  %6.0f posts/s\n", res.posts, opt.posts, el.Seconds(), float64(res.posts)/el.Seconds())
		}
	}
	if err := finishFill(ctx, db); err != nil {
		return res, err
	}
	res.elapsed = time.Since(start)
	return res, nil
}

// checkEmpty fails when the database already has posts.
func checkEmpty(ctx context.Context, db *store.DB) error {
	var n int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM posts`).Scan(&n); err != nil {
		return fmt.Errorf("fill: count posts: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("fill: the database already holds %d posts; start from an empty one (-reset empties a PostgreSQL one)", n)
	}
	return nil
}

// uniqueSlug applies content's rule: a taken slug gets -2, -3, …
func uniqueSlug(seen map[string]int, slug string) string {
	n := seen[slug]
	seen[slug] = n + 1
	if n == 0 {
		return slug
	}
	for {
		n++
		try := fmt.Sprintf("%s-%d", slug, n)
		if seen[try] == 0 {
			seen[try] = 1
			return try
		}
	}
}

// fillPeopleAndTerms writes the authors, categories and tags with fixed ids:
// users 1..20, categories 1..12, tags 13..312.
func fillPeopleAndTerms(ctx context.Context, tx *store.Tx, now time.Time) error {
	for i := range numAuthors {
		name := firstNames[i] + " " + lastNames[(i*7)%len(lastNames)]
		_, err := tx.Exec(ctx, `INSERT INTO users (id, email, name, slug, bio, role, created_at) VALUES (?, ?, ?, ?, ?, 'author', ?)`,
			i+1, fmt.Sprintf("penulis%d@contoh.test", i+1), name, content.Slugify(name),
			"Jurnalis yang meliput "+strings.ToLower(topics[i%len(topics)])+" di "+places[i]+".", now.Unix())
		if err != nil {
			return fmt.Errorf("fill: insert author: %w", err)
		}
	}
	for i, name := range categories {
		_, err := tx.Exec(ctx, `INSERT INTO terms (id, taxonomy, name, slug, description) VALUES (?, 'category', ?, ?, ?)`,
			i+1, name, content.Slugify(name), "Berita "+strings.ToLower(name)+" terkini.")
		if err != nil {
			return fmt.Errorf("fill: insert category: %w", err)
		}
	}
	for i := range numTags {
		_, err := tx.Exec(ctx, `INSERT INTO terms (id, taxonomy, name, slug) VALUES (?, 'tag', ?, ?)`,
			len(categories)+1+i, tagName(i), tagSlug(i))
		if err != nil {
			return fmt.Errorf("fill: insert tag: %w", err)
		}
	}
	return nil
}

// generateBatch makes batch i. Each batch has its own random source, so
// the site is the same whichever worker makes which batch.
func generateBatch(opt fillOptions, i int) []genPost {
	g := gen{r: rand.New(rand.NewPCG(opt.seed, uint64(i)))}
	const span = 3 * 365 * 24 * time.Hour
	first := opt.now.Add(-span).Unix()
	step := float64(span/time.Second) / float64(opt.posts)
	var posts []genPost
	for k := i * batchPosts; k < min(opt.posts, (i+1)*batchPosts); k++ {
		id := int64(k + 1)
		pub := first + int64(step*float64(k)+g.r.Float64()*step)
		t := time.Unix(pub, 0).In(opt.loc)
		image := fmt.Sprintf("/media/%04d/%02d/foto-%d.png", t.Year(), int(t.Month()), id)
		title := g.title()
		lead, _ := g.sentences(20)
		caption, _ := g.sentences(8)
		p := genPost{
			id: id, title: title, slug: content.Slugify(title), lead: lead,
			body:  string(sanitize.HTML(g.body(bodyWords, image))),
			image: image, alt: "Foto ilustrasi " + strings.ToLower(title), caption: caption,
			author: int64(1 + g.r.IntN(numAuthors)), published: pub,
		}
		p.cats = distinct(g.r, 1+g.r.IntN(2), len(categories), 1)
		p.tags = distinct(g.r, 2+g.r.IntN(3), numTags, int64(len(categories)+1))
		posts = append(posts, p)
	}
	return posts
}

// distinct picks n different ids from [base, base+of).
func distinct(r *rand.Rand, n, of int, base int64) []int64 {
	ids := make([]int64, 0, n)
	for len(ids) < n {
		id := base + int64(r.IntN(of))
		dup := false
		for _, x := range ids {
			dup = dup || x == id
		}
		if !dup {
			ids = append(ids, id)
		}
	}
	return ids
}

// insertBatch writes posts, their terms (listed, as published posts are)
// and, when asked, their first revision.
func insertBatch(ctx context.Context, tx *store.Tx, posts []genPost, revisions bool) error {
	const postCols = `id, type, status, slug, title, lead, body, excerpt, image_url, image_alt, image_caption,
		image_width, image_height, author_id, comment_status, version, created_at, updated_at, published_at`
	err := insertRows(ctx, tx, "posts ("+postCols+")", 19, len(posts), func(i int) []any {
		p := &posts[i]
		return []any{p.id, "post", "published", p.slug, p.title, p.lead, p.body, "", p.image, p.alt, p.caption,
			1200, 675, p.author, "open", 1, p.published, p.published, p.published}
	})
	if err != nil {
		return err
	}
	var links [][]any
	for _, p := range posts {
		for pos, id := range p.cats {
			links = append(links, []any{p.id, id, pos, p.published})
		}
		for pos, id := range p.tags {
			links = append(links, []any{p.id, id, pos, p.published})
		}
	}
	err = insertRows(ctx, tx, "post_terms (post_id, term_id, position, listed_at)", 4, len(links),
		func(i int) []any { return links[i] })
	if err != nil || !revisions {
		return err
	}
	return insertRows(ctx, tx, "revisions (post_id, title, lead, body, excerpt, editor_id, created_at)", 7, len(posts),
		func(i int) []any {
			p := &posts[i]
			return []any{p.id, p.title, p.lead, p.body, "", p.author, p.published}
		})
}

// insertRows writes n rows into table (with its column list) in as few
// multi-row INSERTs as the bind-variable limit allows; row(i) returns the
// values of row i, cols of them.
func insertRows(ctx context.Context, tx *store.Tx, table string, cols, n int, row func(int) []any) error {
	perStmt := max(1, maxVars/cols)
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	for lo := 0; lo < n; lo += perStmt {
		hi := min(n, lo+perStmt)
		args := make([]any, 0, (hi-lo)*cols)
		for i := lo; i < hi; i++ {
			args = append(args, row(i)...)
		}
		q := "INSERT INTO " + table + " VALUES " + strings.TrimSuffix(strings.Repeat(tuple+",", hi-lo), ",")
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return fmt.Errorf("fill: insert into %s: %w", strings.Fields(table)[0], err)
		}
	}
	return nil
}

// finishFill moves PostgreSQL's identity sequences past the ids written
// here and refreshes planner statistics, as autovacuum would on a live site.
func finishFill(ctx context.Context, db *store.DB) error {
	if db.Dialect() != store.Postgres {
		return nil
	}
	for _, t := range []string{"users", "terms", "posts", "revisions"} {
		_, err := db.Exec(ctx, `SELECT setval(pg_get_serial_sequence('`+t+`', 'id'), COALESCE((SELECT MAX(id) FROM `+t+`), 1))`)
		if err != nil {
			return fmt.Errorf("fill: move %s id sequence: %w", t, err)
		}
	}
	if _, err := db.Exec(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("fill: analyze: %w", err)
	}
	return nil
}
