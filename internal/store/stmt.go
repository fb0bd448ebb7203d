package store

import (
	"context"
	"database/sql"
	"strings"
	"sync"
)

// maxStmts bounds the prepared statements a read pool keeps. Warta's read
// queries are a few dozen fixed strings; queries built with a variable
// number of placeholders (IN lists) add a string per length. Once the
// cache is full, new strings are prepared on every call as before.
const maxStmts = 256

// maxStmtParams keeps long IN lists (feeds, sitemaps, imports) out of the
// cache: each length would be a statement of its own, large and rarely
// run again.
const maxStmtParams = 32

// stmtCache keeps the read pool's statements prepared. On SQLite,
// preparing (parsing and planning) costs more than running most of
// Warta's indexed reads, and database/sql prepares again on every call
// unless it is given a *sql.Stmt, which it then prepares once per
// connection. PostgreSQL needs none: pgx caches statements per
// connection itself.
type stmtCache struct {
	pool *sql.DB
	mu   sync.RWMutex
	m    map[string]*sql.Stmt
}

func newStmtCache(pool *sql.DB) *stmtCache {
	return &stmtCache{pool: pool, m: make(map[string]*sql.Stmt)}
}

// get returns the prepared statement of q, preparing it on first use, or
// nil when q is not to be cached (too many placeholders, the cache is
// full, or preparing failed: running q unprepared then reports the error).
func (c *stmtCache) get(ctx context.Context, q string) *sql.Stmt {
	if c == nil || strings.Count(q, "?") > maxStmtParams {
		return nil
	}
	c.mu.RLock()
	st, ok := c.m[q]
	full := len(c.m) >= maxStmts
	c.mu.RUnlock()
	if ok || full {
		return st
	}
	st, err := c.pool.PrepareContext(ctx, q)
	if err != nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.m[q]; ok { // prepared meanwhile by another caller
		st.Close()
		return old
	}
	if len(c.m) >= maxStmts {
		st.Close()
		return nil
	}
	c.m[q] = st
	return st
}

// close closes every statement.
func (c *stmtCache) close() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for q, st := range c.m {
		st.Close()
		delete(c.m, q)
	}
}
