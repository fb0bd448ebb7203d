package search_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"warta/internal/search"
	"warta/internal/store"
	"warta/internal/storetest"
)

// drift changes a post behind the index's back, as a failed index write
// or a direct database edit would, leaving its save time in the past.
func drift(t *testing.T, db *store.DB, id int64, set string, args ...any) {
	t.Helper()
	if _, err := db.Exec(context.Background(), `UPDATE posts SET `+set+`, updated_at = 0 WHERE id = ?`, append(args, id)...); err != nil {
		t.Fatal(err)
	}
}

// rebuildTableLeft reports whether a PostgreSQL rebuild left its table.
func rebuildTableLeft(t *testing.T, db *store.DB) bool {
	t.Helper()
	if db.Dialect() != store.Postgres {
		return false
	}
	var n int
	err := db.QueryRow(context.Background(), `SELECT COUNT(*) FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name = 'search_docs_new'`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n > 0
}

func TestRebuildReplacesTheIndex(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		count := func(q string) int { return s.search(search.Request{Query: q}).Total }
		kept := s.add(article{title: "Banjir Rob di Kampung Nelayan", body: "Banjir rob merendam kampung nelayan di pesisir utara.", cats: []string{"Berita"}})
		gone := s.add(article{title: "Harga Cabai Turun", body: "Pedagang pasar menjual cabai lebih murah.", days: 1})
		s.flush()
		drift(t, db, kept.ID, `title = ?, body = ?`, "Gempa di Kampung Nelayan", "<p>Gempa mengguncang kampung nelayan di pesisir utara.</p>")
		drift(t, db, gone.ID, `status = 'draft'`)
		for round, label := range []string{"after drift", "again"} {
			st, err := s.index.Rebuild(ctx, search.RebuildOptions{})
			if err != nil {
				t.Fatalf("rebuild %s: %v", label, err)
			}
			if wantRemoved := 1 - round; st.Indexed != 1 || st.Removed != wantRemoved || st.Lists != 1 {
				t.Errorf("rebuild %s: %+v, want 1 indexed, %d removed, 1 list", label, st, wantRemoved)
			}
			if count("gempa") != 1 || count("banjir") != 0 || count("cabai") != 0 || count(`"kampung nelayan"`) != 1 {
				t.Errorf("rebuild %s: gempa %d, banjir %d, cabai %d, \"kampung nelayan\" %d; want 1, 0, 0, 1",
					label, count("gempa"), count("banjir"), count("cabai"), count(`"kampung nelayan"`))
			}
			if rebuildTableLeft(t, db) {
				t.Errorf("rebuild %s left its table behind", label)
			}
		}
		// The rebuilt index still follows saves and deletions.
		fresh := s.add(article{title: "Gempa Susulan", body: "Gempa susulan terasa di pesisir.", days: 2})
		if count("gempa") != 2 {
			t.Errorf("after a new post, gempa finds %d, want 2", count("gempa"))
		}
		s.flush()
		if _, err := db.Exec(ctx, `DELETE FROM posts WHERE id = ?`, fresh.ID); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM search_docs WHERE post_id = ?`, fresh.ID).Scan(&n); err != nil || n != 0 {
			t.Errorf("a deleted post keeps %d index entries (err %v)", n, err)
		}
	})
}

func TestRebuildCutShortKeepsAnIndex(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		p := s.add(article{title: "Banjir Rob di Kampung Nelayan", body: "Banjir rob merendam kampung nelayan."})
		s.flush()
		drift(t, db, p.ID, `title = ?`, "Banjir Rob di Pesisir")
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		_, err := s.index.Rebuild(ctx, search.RebuildOptions{Progress: func(phase string, done, _ int) {
			if phase == search.PhaseIndex && done > 0 {
				cancel()
			}
		}})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled rebuild: %v, want context.Canceled", err)
		}
		if got := s.search(search.Request{Query: "banjir"}).Total; got != 1 {
			t.Errorf("after a cancelled rebuild, banjir finds %d, want 1", got)
		}
		if rebuildTableLeft(t, db) {
			t.Error("a cancelled rebuild left its table behind")
		}
		if _, err := s.index.Rebuild(context.Background(), search.RebuildOptions{IndexOnly: true}); err != nil {
			t.Fatal(err)
		}
		if got := s.search(search.Request{Query: "pesisir"}).Total; got != 1 {
			t.Errorf("after a full rebuild, pesisir finds %d, want 1", got)
		}
	})
}

func TestRebuildKeepsSavesMadeMeanwhile(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		s.add(article{title: "Banjir Rob di Kampung Nelayan", body: "Banjir rob merendam kampung nelayan."})
		s.flush()
		added := false
		_, err := s.index.Rebuild(context.Background(), search.RebuildOptions{IndexOnly: true, Progress: func(phase string, done, _ int) {
			if phase == search.PhaseIndex && done > 0 && !added {
				added = true // every article has been read: the rebuild misses this one
				s.add(article{title: "Gempa Susulan", body: "Gempa susulan terasa di pesisir.", days: 1})
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		if !added {
			t.Fatal("the rebuild reported no progress")
		}
		if got := s.search(search.Request{Query: "gempa"}).Total; got != 1 {
			t.Errorf("a post published during a rebuild: gempa finds %d, want 1", got)
		}
		if got := s.search(search.Request{Query: "banjir"}).Total; got != 1 {
			t.Errorf("banjir finds %d, want 1", got)
		}
	})
}

// TestRebuildKeepsTheSchema checks that a PostgreSQL rebuild leaves the
// tables, indexes, constraints and columns of the index named and shaped
// as the migrations made them, rebuild after rebuild.
func TestRebuildKeepsTheSchema(t *testing.T) {
	t.Parallel()
	db := storetest.Postgres(t)
	s := newSite(t, db)
	for _, a := range small {
		s.add(a)
	}
	ctx := context.Background()
	schema := func() string {
		t.Helper()
		var got string
		err := db.QueryRow(ctx, `SELECT string_agg(x, E'\n' ORDER BY x) FROM (
			SELECT 'table ' || c.relname || ' ' || c.relkind::text || ' ' || COALESCE(array_to_string(c.reloptions, ','), '') AS x
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname LIKE 'search%'
			UNION ALL SELECT 'index ' || indexname || ' on ' || tablename || ': ' || regexp_replace(indexdef, '^.* USING ', '')
				FROM pg_indexes WHERE schemaname = current_schema() AND tablename LIKE 'search%'
			UNION ALL SELECT 'constraint ' || conname || ' on ' || conrelid::regclass::text || ' ' || contype::text
				FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text LIKE 'search%'
			UNION ALL SELECT 'column ' || a.attrelid::regclass::text || '.' || a.attname || ' ' || a.attstorage::text || ' ' ||
					a.attnotnull::text || ' ' || COALESCE(pg_get_expr(d.adbin, d.adrelid), '')
				FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
				WHERE a.attrelid::regclass::text LIKE 'search_docs%' AND a.attnum > 0 AND NOT a.attisdropped
		) s`).Scan(&got)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	want := schema()
	if !strings.Contains(want, "index search_docs_tsv on search_docs: gin (tsv) WITH (fastupdate=off)") {
		t.Fatalf("the GIN index keeps a pending list, which every search reads:\n%s", want)
	}
	for range 2 {
		if _, err := s.index.Rebuild(ctx, search.RebuildOptions{IndexOnly: true}); err != nil {
			t.Fatal(err)
		}
		if got := schema(); got != want {
			t.Fatalf("after a rebuild the schema is\n%s\nwant, as migrated,\n%s", got, want)
		}
		// The planner has the new table's statistics, lexemes included.
		var stats string
		err := db.QueryRow(ctx, `SELECT COALESCE(string_agg(attname, ' ' ORDER BY attname), '') FROM pg_stats
			WHERE schemaname = current_schema() AND tablename = 'search_docs'`).Scan(&stats)
		if err != nil {
			t.Fatal(err)
		}
		if stats != "post_id published_at tsv" {
			t.Errorf("after a rebuild, statistics of search_docs columns %q, want post_id, published_at, tsv", stats)
		}
	}
	if got := titles(s.search(search.Request{Query: `"harga beras"`})); len(got) != 1 {
		t.Errorf("phrase after rebuilds = %q", got)
	}
}
