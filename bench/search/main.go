// Command search measures Warta's full-text search and related posts on a
// site of generated articles (100,000 by default).
//
// It fills a database with articles over a realistic vocabulary (topic
// words inflected with Indonesian affixes, everyday words, function
// words, a long tail of names, a few English articles), then measures:
//
//   - the full reindex: articles indexed per second, on an empty index and
//     again over a full one;
//   - the related-posts computation for one article (compute and store,
//     as a publish does), over a sample of articles;
//   - indexing one article as a publish or an edit does, over a sample;
//   - search latency over a mix of queries (common and rare words, several
//     words, phrases, prefixes, misspellings, filters, deep pages).
//
// It prints a report with PASS/FAIL against the targets and exits 0 unless
// something broke.
//
//	go run ./bench/search [-db postgres://...] [-posts 100000]
//
// See bench/README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"warta/internal/search"
	"warta/internal/store"
)

// options are the command-line flags.
type options struct {
	posts      int
	dataDir    string
	db         string
	reset      bool
	reuse      bool
	noReindex  bool
	seed       uint64
	queries    int
	related    int
	saves      int
	relatedAll bool
	cpuProfile string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "search bench:", err)
		os.Exit(1)
	}
}

func parseOptions(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.IntVar(&o.posts, "posts", 100000, "number of generated articles")
	fs.StringVar(&o.dataDir, "data", filepath.Join(os.TempDir(), "warta-searchbench"), "directory of the SQLite database (removed and refilled)")
	fs.StringVar(&o.db, "db", "", "PostgreSQL URL postgres://…; empty: SQLite in -data")
	fs.BoolVar(&o.reuse, "reuse", false, "keep the articles a previous run with the same -posts and -seed filled")
	fs.BoolVar(&o.noReindex, "noreindex", false, "with -reuse: keep the index the previous run built (measure search and related only)")
	fs.BoolVar(&o.reset, "reset", false, "PostgreSQL only: empty the content and index tables of -db before filling")
	fs.Uint64Var(&o.seed, "seed", 1, "random seed of the generated site and of the samples")
	fs.IntVar(&o.queries, "queries", 1200, "searches timed (a mix of query kinds)")
	fs.IntVar(&o.related, "related", 300, "articles whose related lists are computed and timed")
	fs.IntVar(&o.saves, "saves", 300, "articles saved again through the live index, timed, before the searches")
	fs.BoolVar(&o.relatedAll, "related-all", false, "also time the related lists of every article (a full `warta reindex`)")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the measurements to this file")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.posts < 100 {
		return o, errors.New("-posts must be at least 100")
	}
	return o, nil
}

func run(ctx context.Context, args []string, out io.Writer) error {
	o, err := parseOptions(args)
	if err != nil {
		return err
	}
	db, err := openDB(ctx, o)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	g := newGenerator(o.seed, 40000, start, 3*365*86400, o.posts, numTags)
	if n, err := countPosts(ctx, db); err != nil {
		return err
	} else if n == 0 {
		if err := fill(ctx, db, o, g, out); err != nil {
			return err
		}
	}
	idx := search.New(db, search.Options{})
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var rep report
	rep.header(o, db)
	if !(o.reuse && o.noReindex) {
		if err := measureReindex(ctx, db, idx, &rep, out); err != nil {
			return err
		}
	}
	if err := measureRelated(ctx, db, idx, o, &rep); err != nil {
		return err
	}
	if err := measureSaves(ctx, db, idx, o, &rep); err != nil {
		return err
	}
	if err := measureSearch(ctx, idx, g, o, &rep); err != nil {
		return err
	}
	if o.relatedAll {
		if err := measureRelatedAll(ctx, idx, &rep, out); err != nil {
			return err
		}
	}
	rep.print(out)
	return nil
}

// openDB opens an empty database: a new SQLite file, or the PostgreSQL
// database of -db (emptied with -reset). With -reuse, a database holding
// exactly -posts articles is kept as it is.
func openDB(ctx context.Context, o options) (*store.DB, error) {
	dsn := o.db
	if dsn == "" {
		dsn = store.SQLitePath(o.dataDir)
		if !o.reuse {
			if err := os.RemoveAll(o.dataDir); err != nil {
				return nil, err
			}
		}
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if o.db != "" && o.reset && !o.reuse {
		if err := reset(ctx, db); err != nil {
			db.Close()
			return nil, err
		}
	}
	n, err := countPosts(ctx, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	if n > 0 && !(o.reuse && n == o.posts) {
		db.Close()
		return nil, fmt.Errorf("the database holds %d posts; use an empty one (or -reset, or -reuse with -posts %d)", n, n)
	}
	return db, nil
}

func countPosts(ctx context.Context, db *store.DB) (int, error) {
	var n int
	err := db.QueryRow(ctx, `SELECT COUNT(*) FROM posts`).Scan(&n)
	return n, err
}

// machine describes where the figures were measured.
func machine() string {
	return fmt.Sprintf("%s/%s, %d CPUs, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
}
