package search

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Bounds of the background work.
const (
	// maxPending is how many articles may wait for a new related list;
	// beyond it new work is dropped (and logged): a reindex repairs it.
	maxPending = 10000
	// jobTimeout bounds the work on one article.
	jobTimeout = 30 * time.Second
)

// queue runs refreshes of related lists on one background goroutine,
// started when work arrives and ended when there is none. Adding work
// never blocks, and an article queued twice is done once. An article
// queued with spread also has the articles of its new list refreshed
// (they are the ones whose lists it may enter); those spread no further.
type queue struct {
	mu      sync.Mutex
	pending []int64
	queued  map[int64]bool // article → spread
	running bool
	closed  bool
	idle    chan struct{} // closed when the running goroutine ends
	do      func(ctx context.Context, id int64, spread bool) error
	log     *slog.Logger
}

func (q *queue) init(do func(ctx context.Context, id int64, spread bool) error, log *slog.Logger) {
	q.queued, q.do, q.log = map[int64]bool{}, do, log
}

// add queues ids and starts the goroutine if it is not running.
func (q *queue) add(spread bool, ids ...int64) {
	if len(ids) == 0 {
		return
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	dropped := 0
	for _, id := range ids {
		was, queued := q.queued[id]
		switch {
		case queued:
			q.queued[id] = was || spread
		case len(q.pending) >= maxPending:
			dropped++
		default:
			q.queued[id] = spread
			q.pending = append(q.pending, id)
		}
	}
	if dropped > 0 {
		q.log.Warn("related posts queue full; refreshes dropped", "dropped", dropped)
	}
	if !q.running && len(q.pending) > 0 {
		q.running = true
		q.idle = make(chan struct{})
		go q.run(q.idle)
	}
}

// run works until the queue is empty.
func (q *queue) run(idle chan struct{}) {
	defer close(idle)
	for {
		q.mu.Lock()
		if len(q.pending) == 0 {
			q.running = false
			q.pending = nil // let a large backlog's array go
			q.mu.Unlock()
			return
		}
		id := q.pending[0]
		q.pending = q.pending[1:]
		spread := q.queued[id]
		delete(q.queued, id)
		q.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), jobTimeout)
		if err := q.do(ctx, id, spread); err != nil {
			q.log.Error("related posts refresh failed", "post_id", id, "err", err)
		}
		cancel()
	}
}

// flush waits until the queue is empty and the goroutine has ended, or
// ctx ends.
func (q *queue) flush(ctx context.Context) error {
	for {
		q.mu.Lock()
		running, idle := q.running, q.idle
		q.mu.Unlock()
		if !running {
			return nil
		}
		select {
		case <-idle:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// close makes add ignore new work.
func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
}
