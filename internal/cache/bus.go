package cache

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"warta/internal/store"
)

// Bus tuning. lateWindow is how long a missing id is awaited: on
// PostgreSQL ids are taken at insert but rows become visible at commit, so
// a row may appear after higher ids were already read; a gap older than
// this is a rolled-back insert and is given up.
const (
	lateWindow = time.Minute
	retention  = time.Hour
	pruneEvery = 10 * time.Minute
	startScan  = 1000 // newest rows examined when Run starts
)

// Bus carries purges between servers sharing one database through the
// purge_log table: Publish appends a row, Run on every server polls for
// rows it has not applied yet. A write purges its own server's Cache at
// once and publishes the same keys for the others:
//
//	c.Purge(keys...)
//	err := bus.Publish(ctx, keys...)
//
// and each server runs go bus.Run(ctx, 250*time.Millisecond, func(k []string) { c.Purge(k...) }).
type Bus struct {
	db  *store.DB
	log *slog.Logger
	now func() time.Time
}

// NewBus returns a bus over db. A nil log discards messages.
func NewBus(db *store.DB, log *slog.Logger) *Bus {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Bus{db: db, log: log, now: time.Now}
}

// Publish records keys for every server's Run, this server's included.
// Keys are tokens without spaces; blanks are dropped.
func (b *Bus) Publish(ctx context.Context, keys ...string) error {
	return publish(ctx, b.db, b.now(), keys)
}

// PublishTx is Publish inside tx, for a write that has no Purger at hand
// (settings): the purge is published exactly when the change commits, and
// every server's Run, this one's included, applies it within one poll.
func PublishTx(ctx context.Context, tx *store.Tx, keys ...string) error {
	return publish(ctx, tx, time.Now(), keys)
}

func publish(ctx context.Context, db store.Querier, now time.Time, keys []string) error {
	var ks []string
	for _, k := range keys {
		ks = append(ks, strings.Fields(k)...)
	}
	if len(ks) == 0 {
		return nil
	}
	_, err := db.Exec(ctx, `INSERT INTO purge_log (keys, created_at) VALUES (?, ?)`,
		strings.Join(ks, " "), now.Unix())
	if err != nil {
		return fmt.Errorf("cache: publish purge: %w", err)
	}
	return nil
}

// Run polls purge_log every interval (250ms when every <= 0) and calls
// apply with the keys of rows published since Run was called, until ctx is
// done, when it returns nil. Older rows are not replayed, except those
// stamped in the second Run was called or the one before: purging a young
// cache again costs nothing, and so nothing published just before the Run
// goroutine got going is missed. Call it before serving pages. Every few
// minutes it deletes rows older than an hour. It returns an error only if
// the first read fails.
func (b *Bus) Run(ctx context.Context, every time.Duration, apply func(keys []string)) error {
	if every <= 0 {
		every = 250 * time.Millisecond
	}
	t, err := b.start(ctx, b.now())
	if err != nil {
		return err
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	var pruned time.Time
	for {
		if err := b.poll(ctx, t, apply); err != nil && ctx.Err() == nil {
			b.log.Warn("purge bus poll failed", "err", err)
		}
		if now := b.now(); now.Sub(pruned) >= pruneEvery {
			pruned = now
			if err := b.prune(ctx, now); err != nil && ctx.Err() == nil {
				b.log.Warn("purge bus prune failed", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// tracker remembers which purge_log rows a Run has handled.
type tracker struct {
	floor int64               // every id <= floor is settled
	seen  map[int64]time.Time // handled ids above floor, and when first read
}

// start settles the rows that existed before Run was called. The floor is
// put at the newest row older than lateWindow; rows above it are marked
// seen rather than settled, so that gaps among them — inserts still to
// commit — are awaited like any other gap.
func (b *Bus) start(ctx context.Context, now time.Time) (*tracker, error) {
	rows, err := b.db.Query(ctx, `SELECT id, created_at FROM purge_log ORDER BY id DESC LIMIT ?`, startScan)
	if err != nil {
		return nil, fmt.Errorf("cache: read purge log: %w", err)
	}
	defer rows.Close()
	t := &tracker{seen: make(map[int64]time.Time)}
	cutoff := now.Add(-lateWindow).Unix()
	n, found := 0, false
	for !found && rows.Next() {
		var id, created int64
		if err := rows.Scan(&id, &created); err != nil {
			return nil, fmt.Errorf("cache: read purge log: %w", err)
		}
		n++
		t.floor = id - 1
		if created < cutoff {
			t.floor, found = id, true
		} else if created < now.Unix()-1 {
			t.seen[id] = now // the newest rows stay unseen: they are applied
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cache: read purge log: %w", err)
	}
	if !found && n < startScan {
		t.floor = 0 // the whole log is recent: any missing id may still commit
	}
	return t, nil
}

// poll reads every row above the floor — new rows, plus the short tail
// kept while an earlier id is missing — and applies the unseen ones.
func (b *Bus) poll(ctx context.Context, t *tracker, apply func([]string)) error {
	rows, err := b.db.Query(ctx, `SELECT id, keys FROM purge_log WHERE id > ? ORDER BY id`, t.floor)
	if err != nil {
		return fmt.Errorf("cache: poll purge log: %w", err)
	}
	defer rows.Close()
	now := b.now()
	var keys []string
	for rows.Next() {
		var id int64
		var ks string
		if err := rows.Scan(&id, &ks); err != nil {
			return fmt.Errorf("cache: poll purge log: %w", err)
		}
		if _, ok := t.seen[id]; ok {
			continue
		}
		t.seen[id] = now
		keys = append(keys, strings.Fields(ks)...)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("cache: poll purge log: %w", err)
	}
	t.advance(now)
	if len(keys) > 0 {
		slices.Sort(keys)
		apply(slices.Compact(keys))
	}
	return nil
}

// advance raises the floor over contiguous seen ids and over gaps that
// have waited longer than lateWindow, forgetting ids that fall below it.
func (t *tracker) advance(now time.Time) {
	ids := make([]int64, 0, len(t.seen))
	for id := range t.seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if id != t.floor+1 && now.Sub(t.seen[id]) < lateWindow {
			return // an id below this one may still commit
		}
		t.floor = id
		delete(t.seen, id)
	}
}

// prune deletes rows older than the retention period, except the newest
// row: SQLite gives a new row max(id)+1, and an emptied table would hand
// out ids that pollers have already passed.
func (b *Bus) prune(ctx context.Context, now time.Time) error {
	_, err := b.db.Exec(ctx, `DELETE FROM purge_log WHERE created_at < ? AND id < (SELECT MAX(id) FROM purge_log)`,
		now.Add(-retention).Unix())
	if err != nil {
		return fmt.Errorf("cache: prune purge log: %w", err)
	}
	return nil
}
