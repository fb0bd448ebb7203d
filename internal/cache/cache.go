package cache

import (
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// KeyHeader is the response header through which a handler tags its page
// with space-separated surrogate keys ("post:42 term:7 home"). Only tagged
// 200 responses are stored; the header never reaches clients.
const KeyHeader = "Surrogate-Key"

// entryOverhead approximates the bookkeeping bytes of one entry (maps,
// list links, header values) so that many tiny pages still count.
const entryOverhead = 512

// Cache holds rendered pages in memory, bounded by their total size and
// evicted least-recently-used first. Its zero value is not usable; call New.
type Cache struct {
	maxBytes int64
	maxEntry int64 // largest body worth buffering and storing

	mu      sync.RWMutex
	entries map[string]*entry
	tags    map[string]map[*entry]struct{}
	lru     lruList
	used    int64
	gen     atomic.Uint64 // bumped by every purge, so renders begun earlier are not stored

	flightMu sync.Mutex
	flights  map[string]*flight
	waiting  atomic.Int64 // requests waiting on another's render (tests watch it)

	hits, misses atomic.Uint64

	// Header values shared by every response; never modified.
	hitValue, missValue, gzipValue, varyValue []string
}

// entry is one stored page. Its fields are immutable once stored, except
// the LRU links (guarded by Cache.mu) and ref.
type entry struct {
	key     string
	tags    []string
	header  http.Header // handler headers clients should see; values clipped so appends copy
	body    []byte
	gz      []byte // nil unless gzip made it smaller
	etag    string // quoted hash of body
	gzETag  string
	etagHdr []string
	gzHdr   []string // ETag header value of the gzip variant
	lenHdr  []string
	gzLen   []string
	lastMod time.Time
	size    int64

	ref        atomic.Bool // read since the evictor last passed (second chance)
	prev, next *entry
}

// flight is one render in progress that later requests for the same key
// wait on instead of rendering again.
type flight struct {
	gen   uint64
	done  chan struct{}
	entry *entry // set before done is closed; nil when the render was not storable
}

// New returns a cache holding at most maxBytes of pages (bodies, gzip
// variants and bookkeeping). maxBytes <= 0 disables storing: every request
// then goes to the handler.
func New(maxBytes int64) *Cache {
	return &Cache{
		maxBytes:  maxBytes,
		maxEntry:  maxBytes / 4,
		entries:   make(map[string]*entry),
		tags:      make(map[string]map[*entry]struct{}),
		flights:   make(map[string]*flight),
		hitValue:  []string{"HIT"},
		missValue: []string{"MISS"},
		gzipValue: []string{"gzip"},
		varyValue: []string{"Accept-Encoding"},
	}
}

// Stats reports how many requests were served from memory and how many
// had to be rendered. Requests that bypass the cache count as neither.
func (c *Cache) Stats() (hits, misses uint64) { return c.hits.Load(), c.misses.Load() }

// Purge drops every page tagged with any of keys and returns how many were
// dropped. Renders under way when Purge is called are not stored.
func (c *Cache) Purge(keys ...string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen.Add(1)
	n := 0
	for _, k := range keys {
		for e := range c.tags[k] {
			c.remove(e)
			n++
		}
	}
	return n
}

// PurgeAll drops every page.
func (c *Cache) PurgeAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen.Add(1)
	clear(c.entries)
	clear(c.tags)
	c.lru = lruList{}
	c.used = 0
}

// lookup returns the stored page for key, or nil.
func (c *Cache) lookup(key string) *entry {
	c.mu.RLock()
	e := c.entries[key]
	c.mu.RUnlock()
	if e != nil && !e.ref.Load() {
		e.ref.Store(true)
	}
	return e
}

// insert stores e unless a purge happened since generation gen, evicting
// least-recently-used pages until it fits. It reports whether e was stored.
func (c *Cache) insert(e *entry, gen uint64) bool {
	if e.size > c.maxEntry || e.size > c.maxBytes {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen.Load() != gen {
		return false
	}
	if old := c.entries[e.key]; old != nil {
		c.remove(old)
	}
	for c.used+e.size > c.maxBytes && c.lru.tail != nil {
		t := c.lru.tail
		if t.ref.Load() {
			t.ref.Store(false)
			c.lru.unlink(t)
			c.lru.pushFront(t)
			continue
		}
		c.remove(t)
	}
	c.entries[e.key] = e
	for _, tag := range e.tags {
		set := c.tags[tag]
		if set == nil {
			set = make(map[*entry]struct{})
			c.tags[tag] = set
		}
		set[e] = struct{}{}
	}
	c.lru.pushFront(e)
	c.used += e.size
	return true
}

// remove unlinks e from every index. The caller holds c.mu.
func (c *Cache) remove(e *entry) {
	if c.entries[e.key] != e {
		return
	}
	delete(c.entries, e.key)
	for _, tag := range e.tags {
		if set := c.tags[tag]; set != nil {
			delete(set, e)
			if len(set) == 0 {
				delete(c.tags, tag)
			}
		}
	}
	c.lru.unlink(e)
	c.used -= e.size
}

// lruList is a doubly linked list of entries, most recently placed first.
// Reads do not move entries (that would need the write lock on every hit);
// instead they set entry.ref and the evictor gives referenced entries a
// second pass at the front, which approximates LRU closely.
type lruList struct{ head, tail *entry }

func (l *lruList) pushFront(e *entry) {
	e.prev, e.next = nil, l.head
	if l.head != nil {
		l.head.prev = e
	}
	l.head = e
	if l.tail == nil {
		l.tail = e
	}
}

func (l *lruList) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	e.prev, e.next = nil, nil
}
