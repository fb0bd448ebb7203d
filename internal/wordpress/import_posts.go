package wordpress

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"warta/internal/content"
	"warta/internal/store"
)

// batchSize is how many posts one transaction writes: big enough that
// commits are cheap, small enough that an interruption loses little.
const batchSize = 200

// inFlight bounds the posts read from the spool but not yet written, so
// that memory stays flat however large the export is, while the workers
// keep converting as the writer writes a batch.
const inFlight = 2 * batchSize

// prepared is a post that a worker made ready for the writer.
type prepared struct {
	run        *run
	seq        int
	it         *Item
	kind       string // KindPosts or KindPages
	post       content.ImportPost
	sum        string // checksum of the post's own fields
	csum       string // checksum of its comments
	paths      []string
	sticky     bool
	links      []string // links to the old site, as site paths
	unresolved []string // links whose targets are not yet imported
	failed     error    // why it cannot be imported
	warnings   []Warning
	shortcodes []string
	blocks     []string
	comments   preparedComments

	// Set by the writer.
	outcome   string // "created", "updated", "unchanged" or "failed"
	id        int64  // the Warta post
	recreated bool   // written anew: it had been deleted in Warta
}

func (p *prepared) warn(format string, args ...any) {
	p.warnings = append(p.warnings, Warning{Line: p.it.Line, Item: itemName(p.it), Msg: fmt.Sprintf(format, args...)})
}

func itemName(it *Item) string {
	title := strings.TrimSpace(it.Title)
	if len(title) > 60 {
		title = title[:60] + "…"
	}
	return fmt.Sprintf("%s %d %q", orDash(it.Type), it.ID, title)
}

// writePosts converts posts in parallel and writes them in order, in
// batches, each batch with its bookkeeping in one transaction.
func (r *run) writePosts(ctx context.Context) (err error) {
	var n int
	if err := r.im.db.QueryRow(ctx, `SELECT COUNT(*) FROM wp_import_map WHERE kind = ?`, kindPost).Scan(&n); err != nil {
		return fmt.Errorf("wordpress: read import map: %w", err)
	}
	r.rerun = n > 0
	restore, err := deferIndexes(ctx, r.im.db)
	if err != nil {
		return err
	}
	defer func() {
		// After bulkWrites put the small page cache back: SQLite sorts
		// within the cache's size, and this keeps the sort's memory
		// small too.
		if rerr := restore(); err == nil {
			err = rerr
		}
	}()
	defer bulkWrites(ctx, r.im.db)()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq int
		it  *Item
	}
	jobs := make(chan job, r.opt.Workers)
	// Room for every post in flight: the workers go on converting while
	// the writer writes a batch, instead of waiting for it.
	results := make(chan *prepared, inFlight)
	tokens := make(chan struct{}, inFlight)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = eachOf(r.sp.posts, func(it *Item) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			jobs <- job{seq, it}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range r.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- r.prepare(ctx, j.seq, j.it)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	err = r.collect(ctx, results, tokens)
	if err != nil {
		cancel()
		for range results { // let the workers finish
		}
		return err
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// collect puts the prepared posts back in file order and writes them.
func (r *run) collect(ctx context.Context, results <-chan *prepared, tokens <-chan struct{}) error {
	waiting := map[int]*prepared{}
	next := 0
	var batch []*prepared
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := r.writeBatch(ctx, batch)
		for range batch {
			<-tokens
		}
		r.progress(int64(len(batch)))
		batch = batch[:0]
		return err
	}
	for p := range results {
		waiting[p.seq] = p
		for {
			q, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			batch = append(batch, q)
			if len(batch) >= batchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	return flush()
}

// writeBatch writes prepared posts in one transaction: what they became
// is read and recorded for the whole batch at once, and the posts and
// their comments are written many to a statement.
func (r *run) writeBatch(ctx context.Context, batch []*prepared) error {
	err := r.im.db.InTx(ctx, func(tx *store.Tx) error {
		for _, p := range batch {
			p.outcome, p.id, p.recreated, p.comments.done = "", 0, false, commentTally{}
		}
		keys := make([]string, len(batch))
		for i, p := range batch {
			keys[i] = strconv.FormatInt(p.it.ID, 10)
		}
		maps, err := loadMaps(ctx, tx, kindPost, keys)
		if err != nil {
			return err
		}
		write := r.decide(batch, keys, maps)
		var links []string
		for _, p := range write {
			for _, l := range p.links {
				links = append(links, strings.SplitN(l, "#", 2)[0])
			}
		}
		found, err := r.resolve(ctx, links)
		if err != nil {
			return err
		}
		posts := make([]*content.ImportPost, len(write))
		for i, p := range write {
			t, unresolved := targets(p.links, func([]string) map[string]string { return found })
			p.post.Relink(t)
			p.unresolved = unresolved
			posts[i] = &p.post
		}
		if err := r.im.Content.WriteImport(ctx, tx, posts); err != nil {
			return err
		}
		var redirects []redirectRow
		for _, p := range write {
			m, had := maps[strconv.FormatInt(p.it.ID, 10)]
			p.id = p.post.ID
			p.recreated = had && p.id != m.ID
			if had && !p.recreated {
				p.outcome = "updated"
			} else {
				p.outcome = "created"
			}
			for _, path := range p.paths {
				redirects = append(redirects, redirectRow{path, targetPost, p.id})
			}
			if err := r.sticky(ctx, tx, p, had); err != nil {
				return err
			}
		}
		if err := putRedirects(ctx, tx, redirects); err != nil {
			return err
		}
		crows, err := r.writeComments(ctx, tx, batch)
		if err != nil {
			return err
		}
		rows := crows
		for i, p := range batch {
			if p.outcome == "failed" {
				continue
			}
			rows = append(rows, mapRow{kindPost, keys[i], p.id, p.sum + "/" + p.csum, p.unresolved})
		}
		return putMaps(ctx, tx, rows)
	})
	if err != nil {
		return fmt.Errorf("wordpress: posts from line %d: %w", batch[0].it.Line, err)
	}
	for _, p := range batch {
		r.count(p)
	}
	return nil
}

// decide sorts a batch into posts to write and posts left as they are.
func (r *run) decide(batch []*prepared, keys []string, maps map[string]mapping) []*prepared {
	var write []*prepared
	for i, p := range batch {
		m, ok := maps[keys[i]]
		switch {
		case p.failed != nil:
			p.outcome = "failed"
		case ok && m.Checksum == p.sum+"/"+p.csum:
			p.outcome, p.id, p.unresolved = "unchanged", m.ID, m.Pending
		case ok && strings.HasPrefix(m.Checksum, p.sum+"/"):
			p.outcome, p.id, p.unresolved = "unchanged", m.ID, m.Pending // only its comments changed
		default:
			p.post.ID = m.ID
			p.prepare() // a worker skipped it as unchanged; a no-op otherwise
			if p.failed != nil {
				p.outcome = "failed"
				continue
			}
			write = append(write, p)
		}
	}
	return write
}

// sticky records whether a written post was sticky.
func (r *run) sticky(ctx context.Context, tx *store.Tx, p *prepared, had bool) error {
	var err error
	switch {
	case p.sticky:
		_, err = tx.Exec(ctx, `INSERT INTO wp_import_sticky (post_id) VALUES (?) ON CONFLICT (post_id) DO NOTHING`, p.id)
	case had:
		_, err = tx.Exec(ctx, `DELETE FROM wp_import_sticky WHERE post_id = ?`, p.id)
	}
	if err != nil {
		return fmt.Errorf("wordpress: sticky flag: %w", err)
	}
	return nil
}

// count adds a written batch's outcome to the summary.
func (r *run) count(p *prepared) {
	for _, w := range p.warnings {
		r.sum.warn(w.Line, w.Item, "%s", w.Msg)
	}
	if p.failed != nil {
		r.sum.warn(p.it.Line, itemName(p.it), "not imported: %v", p.failed)
	}
	for _, s := range p.shortcodes {
		r.sum.Shortcodes[s]++
	}
	for _, b := range p.blocks {
		r.sum.Blocks[b]++
	}
	c := r.sum.Counts[p.kind]
	switch p.outcome {
	case "created":
		c.Created++
	case "updated":
		c.Updated++
	case "unchanged":
		c.Unchanged++
	default:
		c.Failed++
	}
	if p.outcome == "created" || p.outcome == "updated" {
		r.written = append(r.written, p.id)
	}
	if len(p.unresolved) > 0 && p.outcome != "failed" {
		r.fixup = append(r.fixup, fixup{p.id, strconv.FormatInt(p.it.ID, 10), p.unresolved})
	}
	cc := r.sum.Counts[KindComments]
	cc.Created += p.comments.done.created
	cc.Updated += p.comments.done.updated
	cc.Unchanged += p.comments.done.unchanged
}

// fixup is a post whose links wait for posts imported after it.
type fixup struct {
	id    int64
	key   string   // its WordPress id
	links []string // the links waiting
}

// fixLinks resolves the links of posts that pointed at posts imported
// after them (in this import, or an interrupted one), then tells the
// site about everything written.
func (r *run) fixLinks(ctx context.Context) error {
	for start := 0; start < len(r.fixup); start += batchSize {
		if err := r.fixBatch(ctx, r.fixup[start:min(start+batchSize, len(r.fixup))]); err != nil {
			return err
		}
	}
	announce := r.written
	if r.opt.AnnounceLimit > 0 && len(announce) > r.opt.AnnounceLimit {
		announce = nil
	}
	r.sum.Announced = announce != nil || len(r.written) == 0
	return r.im.Content.FinishImport(ctx, announce)
}

func (r *run) fixBatch(ctx context.Context, fixes []fixup) error {
	var resolveErr error
	resolve := func(links []string) map[string]string {
		found, err := r.resolve(ctx, links)
		if err != nil && resolveErr == nil {
			resolveErr = err
		}
		return found
	}
	relinks := map[int64]map[string]string{}
	var done []fixup
	for _, f := range fixes {
		t, unresolved := targets(f.links, resolve)
		if len(t) > 0 {
			relinks[f.id] = t
		}
		if len(unresolved) < len(f.links) {
			f.links = unresolved
			done = append(done, f)
		}
	}
	if resolveErr != nil {
		return resolveErr
	}
	return r.im.db.InTx(ctx, func(tx *store.Tx) error {
		for id, t := range relinks {
			if err := r.im.Content.RelinkImported(ctx, tx, id, t); err != nil {
				return err
			}
		}
		for _, f := range done {
			_, err := tx.Exec(ctx, `UPDATE wp_import_map SET pending = ? WHERE kind = ? AND wp_key = ?`, strings.Join(f.links, "\n"), kindPost, f.key)
			if err != nil {
				return fmt.Errorf("wordpress: import map: %w", err)
			}
		}
		return nil
	})
}
