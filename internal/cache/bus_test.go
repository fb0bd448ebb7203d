package cache

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"warta/internal/store"
	"warta/internal/storetest"
)

// applied collects what a Run applies.
type applied struct {
	mu   sync.Mutex
	keys map[string]int
}

func (a *applied) apply(keys []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.keys == nil {
		a.keys = make(map[string]int)
	}
	for _, k := range keys {
		a.keys[k]++
	}
}

func (a *applied) has(k string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.keys[k] > 0
}

func (a *applied) count(k string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.keys[k]
}

// run starts b.Run and stops it when the test ends, checking it returns nil.
func run(t *testing.T, b *Bus, a *applied) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx, 5*time.Millisecond, a.apply) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run returned %v after cancel, want nil", err)
		}
	})
}

func insertRow(t *testing.T, db *store.DB, id int64, keys string, created time.Time) {
	t.Helper()
	var err error
	if id == 0 {
		_, err = db.Exec(context.Background(), `INSERT INTO purge_log (keys, created_at) VALUES (?, ?)`, keys, created.Unix())
	} else {
		_, err = db.Exec(context.Background(), `INSERT INTO purge_log (id, keys, created_at) VALUES (?, ?, ?)`, id, keys, created.Unix())
	}
	if err != nil {
		t.Fatal(err)
	}
}

func TestBusAcrossServers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		insertRow(t, db, 0, "old:1", time.Now().Add(-10*time.Second)) // before either server ran
		one, two := NewBus(db, nil), NewBus(db, nil)
		var onSeen, twoSeen applied
		run(t, one, &onSeen)
		run(t, two, &twoSeen)
		if err := one.Publish(ctx, "post:42", "home term:7", ""); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"post:42", "home", "term:7"} {
			waitFor(t, func() bool { return twoSeen.has(k) && onSeen.has(k) }, "both servers to apply "+k)
		}
		if err := two.Publish(ctx, "post:43"); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { return onSeen.has("post:43") && twoSeen.has("post:43") }, "post:43 on both")
		if err := one.Publish(ctx, " ", ""); err != nil {
			t.Fatal(err)
		}
		for _, a := range []*applied{&onSeen, &twoSeen} {
			if a.has("old:1") {
				t.Errorf("a row from before Run started was replayed")
			}
			if n := a.count("post:42"); n != 1 {
				t.Errorf("post:42 applied %d times, want once", n)
			}
		}
		var rows int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM purge_log`).Scan(&rows); err != nil || rows != 3 {
			t.Errorf("purge_log has %d rows (%v), want 3: blank publishes add none", rows, err)
		}
	})
}

func TestBusLateCommit(t *testing.T) {
	// On PostgreSQL id 1 may commit after id 2 was read; explicit ids
	// replay that order on both databases.
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		var seen applied
		run(t, NewBus(db, nil), &seen)
		insertRow(t, db, 2, "late:b", time.Now())
		waitFor(t, func() bool { return seen.has("late:b") }, "late:b")
		insertRow(t, db, 1, "late:a", time.Now())
		waitFor(t, func() bool { return seen.has("late:a") }, "late:a, committed after a higher id")
		insertRow(t, db, 3, "late:c", time.Now())
		waitFor(t, func() bool { return seen.has("late:c") }, "late:c")
		if seen.count("late:b") != 1 {
			t.Errorf("late:b applied %d times while its window was re-read, want once", seen.count("late:b"))
		}
	})
}

func TestBusOutOfOrderCommit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		if db.Dialect() != store.Postgres {
			t.Skip("SQLite has one writer: ids commit in order")
		}
		ctx := context.Background()
		b := NewBus(db, nil)
		var seen applied
		run(t, b, &seen)
		inserted, release, committed := make(chan struct{}), make(chan struct{}), make(chan error, 1)
		go func() {
			committed <- db.InTx(ctx, func(tx *store.Tx) error {
				if _, err := tx.Exec(ctx, `INSERT INTO purge_log (keys, created_at) VALUES (?, ?)`, "slow", time.Now().Unix()); err != nil {
					return err
				}
				close(inserted)
				<-release
				return nil
			})
		}()
		<-inserted // "slow" holds the lower id, uncommitted
		if err := b.Publish(ctx, "fast"); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { return seen.has("fast") }, "the higher id")
		close(release)
		if err := <-committed; err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { return seen.has("slow") }, "the lower id, committed last")
	})
}

func TestBusSameSecondStart(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		start := time.Unix(time.Now().Unix(), 500_000_000)
		insertRow(t, db, 0, "before", start.Add(-2*time.Second))
		insertRow(t, db, 0, "second-before", start.Add(-time.Second))
		insertRow(t, db, 0, "same", start.Add(-400*time.Millisecond))
		b := NewBus(db, nil)
		b.now = func() time.Time { return start }
		var seen applied
		run(t, b, &seen)
		waitFor(t, func() bool { return seen.has("same") && seen.has("second-before") }, "rows stamped in or just before the second Run started")
		if seen.has("before") {
			t.Error("a row from two seconds before Run started was replayed")
		}
	})
}

func TestBusStartAwaitsGap(t *testing.T) {
	// Rows 2 and 4 exist when Run starts; 3 commits after 5 was read.
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		recent := time.Now().Add(-5 * time.Second)
		insertRow(t, db, 1, "ancient", time.Now().Add(-2*time.Hour))
		insertRow(t, db, 2, "two", recent)
		insertRow(t, db, 4, "four", recent)
		var seen applied
		run(t, NewBus(db, nil), &seen)
		insertRow(t, db, 5, "five", time.Now())
		waitFor(t, func() bool { return seen.has("five") }, "row 5") // Run has started
		insertRow(t, db, 3, "three", time.Now())
		waitFor(t, func() bool { return seen.has("three") }, "row 3, committed after Run started")
		for _, k := range []string{"ancient", "two", "four"} {
			if seen.has(k) {
				t.Errorf("row %q from before Run started was replayed", k)
			}
		}
	})
}

func TestBusPrune(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		old, now := time.Now().Add(-2*time.Hour), time.Now()
		insertRow(t, db, 1, "a", old)
		insertRow(t, db, 2, "b", old)
		insertRow(t, db, 3, "c", now.Add(-30*time.Minute))
		insertRow(t, db, 4, "d", old) // newest id: kept so SQLite never reuses ids
		run(t, NewBus(db, nil), &applied{})
		ids := func() []int64 {
			rows, err := db.Query(context.Background(), `SELECT id FROM purge_log ORDER BY id`)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var out []int64
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					t.Fatal(err)
				}
				out = append(out, id)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			return out
		}
		waitFor(t, func() bool { return len(ids()) < 4 }, "pruning")
		if got := ids(); !slices.Equal(got, []int64{3, 4}) {
			t.Errorf("after pruning ids %v remain, want [3 4]", got)
		}
	})
}

func TestTrackerAdvance(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_000_000, 0)
	fresh, stale := now, now.Add(-lateWindow)
	tests := []struct {
		name      string
		floor     int64
		seen      map[int64]time.Time
		wantFloor int64
		wantSeen  []int64
	}{
		{"nothing", 5, nil, 5, nil},
		{"contiguous", 5, map[int64]time.Time{6: fresh, 7: fresh}, 7, nil},
		{"fresh gap waits", 5, map[int64]time.Time{6: fresh, 8: fresh, 9: fresh}, 6, []int64{8, 9}},
		{"stale gap given up", 5, map[int64]time.Time{8: stale, 9: fresh, 11: fresh}, 9, []int64{11}},
		{"big stale jump", 0, map[int64]time.Time{1000: stale}, 1000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tr := &tracker{floor: tt.floor, seen: make(map[int64]time.Time)}
			for id, at := range tt.seen {
				tr.seen[id] = at
			}
			tr.advance(now)
			var left []int64
			for id := range tr.seen {
				left = append(left, id)
			}
			slices.Sort(left)
			if tr.floor != tt.wantFloor || !slices.Equal(left, tt.wantSeen) {
				t.Errorf("floor %d, seen %v; want %d, %v", tr.floor, left, tt.wantFloor, tt.wantSeen)
			}
		})
	}
}
