// Command pageload measures Warta's public article pages under load.
//
// It fills a site with generated posts (100,000 by default), starts
// "warta serve" on loopback and measures three things: the latency of
// cache-miss renders of distinct articles, the throughput of one warm
// (cached) article page beside a baseline — the same bytes and headers
// served from memory by a minimal net/http handler, driven by the same load
// generator (wrk, or a built-in Go client) — and the server's resident
// memory. It prints a report with PASS/FAIL against the targets and exits
// 0 unless something broke.
//
//	go run ./bench/pageload [-reuse] [-db postgres://...] [-duration 10s] [-conns 32]
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
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "time/tzdata" // Asia/Jakarta on machines without zoneinfo

	"warta/internal/store"
)

// options are the command-line flags.
type options struct {
	posts     int
	dataDir   string
	db        string
	reuse     bool
	reset     bool
	revisions bool
	seed      uint64
	misses    int
	duration  time.Duration
	conns     int
	threads   int
	rounds    int
	gen       string
	timezone  string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "pageload:", err)
		os.Exit(1)
	}
}

func parseOptions(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("pageload", flag.ContinueOnError)
	fs.IntVar(&o.posts, "posts", 100000, "number of generated posts")
	fs.StringVar(&o.dataDir, "data", filepath.Join(os.TempDir(), "warta-pageload"), "data directory of the benchmark site")
	fs.StringVar(&o.db, "db", "", "PostgreSQL URL postgres://…; empty: SQLite in the data directory")
	fs.BoolVar(&o.reuse, "reuse", false, "reuse the site a previous run filled (same -posts and -seed) instead of filling again")
	fs.BoolVar(&o.reset, "reset", false, "PostgreSQL only: delete every post, term and user of the -db database before filling")
	fs.BoolVar(&o.revisions, "revisions", true, "write one revision per post, as the editor does")
	fs.Uint64Var(&o.seed, "seed", 1, "random seed of the generated site and of the sampled articles")
	fs.IntVar(&o.misses, "misses", 2000, "number of distinct articles fetched once each for cache-miss latency")
	fs.DurationVar(&o.duration, "duration", 10*time.Second, "length of each load run")
	fs.IntVar(&o.conns, "conns", 32, "concurrent connections of the load generator")
	fs.IntVar(&o.threads, "threads", max(1, runtime.NumCPU()/2), "wrk threads")
	fs.IntVar(&o.rounds, "rounds", 3, "alternating baseline/warta load runs; the report takes the medians")
	fs.StringVar(&o.gen, "gen", "auto", "load generator: auto (wrk if installed), wrk or go")
	fs.StringVar(&o.timezone, "timezone", "Asia/Jakarta", "site time zone (must match the server's)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch {
	case o.posts < 1 || o.misses < 1 || o.misses >= o.posts:
		return o, errors.New("need -posts ≥ 1 and 1 ≤ -misses < -posts")
	case o.conns < 1 || o.threads < 1 || o.rounds < 1 || o.duration < time.Second:
		return o, errors.New("need -conns, -threads, -rounds ≥ 1 and -duration ≥ 1s")
	case o.gen != "auto" && o.gen != "wrk" && o.gen != "go":
		return o, fmt.Errorf("-gen %q: want auto, wrk or go", o.gen)
	case o.db != "" && !strings.HasPrefix(o.db, "postgres://") && !strings.HasPrefix(o.db, "postgresql://"):
		return o, errors.New("-db must be a postgres:// URL")
	case o.reset && o.db == "":
		return o, errors.New("-reset is for -db (a SQLite site is refilled in a fresh data directory)")
	}
	o.threads = min(o.threads, o.conns)
	return o, nil
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	o, err := parseOptions(args)
	if err != nil {
		return err
	}
	loc, err := time.LoadLocation(o.timezone)
	if err != nil {
		return fmt.Errorf("-timezone: %w", err)
	}
	rep := &report{opt: o, out: stdout}
	gen, err := pickGenerator(o.gen, stdout)
	if err != nil {
		return err
	}
	rep.generator = gen.name()

	work, err := os.MkdirTemp("", "pageload-bin-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	bin := filepath.Join(work, "warta")
	fmt.Fprintln(stdout, "building warta …")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "warta/cmd/warta")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build warta: %w", err)
	}

	if err := prepareSite(ctx, o, loc, rep); err != nil {
		return err
	}
	// The fill's garbage must not sit in this process while it serves the
	// baseline.
	runtime.GC()
	debug.FreeOSMemory()

	paths, err := articlePaths(ctx, o, loc, o.misses)
	if err != nil {
		return err
	}
	srv, err := startServer(ctx, bin, o)
	if err != nil {
		return err
	}
	defer srv.stop()
	fmt.Fprintf(stdout, "warta serving at %s (pid %d, log %s)\n", srv.base, srv.cmd.Process.Pid, srv.logPath)
	if err := measure(ctx, o, paths, srv, gen, rep); err != nil {
		return err
	}
	rep.print()
	return nil
}

// prepareSite fills the database, or checks the marker a previous fill
// left when -reuse is given.
func prepareSite(ctx context.Context, o options, loc *time.Location, rep *report) error {
	marker := filepath.Join(o.dataDir, "pageload-fill")
	want := fmt.Sprintf("posts=%d seed=%d revisions=%t db=%s\n", o.posts, o.seed, o.revisions, redact(o.db))
	if o.reuse {
		if got, err := os.ReadFile(marker); err == nil && string(got) == want {
			fmt.Fprintf(rep.out, "reusing the site filled earlier in %s (%s)\n", o.dataDir, strings.TrimSpace(want))
			rep.reused = true
			return nil
		}
		fmt.Fprintln(rep.out, "no matching earlier fill; filling")
	}
	if o.db == "" {
		if err := os.RemoveAll(o.dataDir); err != nil {
			return fmt.Errorf("clear %s: %w", o.dataDir, err)
		}
	}
	if err := os.MkdirAll(o.dataDir, 0o750); err != nil {
		return err
	}
	dsn := o.db
	if dsn == "" {
		dsn = store.SQLitePath(o.dataDir)
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if o.reset {
		if err := resetPostgres(ctx, db); err != nil {
			return err
		}
	}
	if err := checkEmpty(ctx, db); err != nil {
		return err
	}
	_ = os.Remove(marker) // from here on, an earlier fill is gone
	fmt.Fprintf(rep.out, "filling %d posts into %s …\n", o.posts, describe(o))
	res, err := fill(ctx, db, fillOptions{posts: o.posts, seed: o.seed, revisions: o.revisions, now: time.Now(), loc: loc}, rep.out)
	if err != nil {
		return err
	}
	rep.fill = res
	if o.db == "" {
		if fi, err := os.Stat(store.SQLitePath(o.dataDir)); err == nil {
			rep.dbBytes = fi.Size()
		}
	}
	return os.WriteFile(marker, []byte(want), 0o640)
}

// resetPostgres empties the tables the fill writes.
func resetPostgres(ctx context.Context, db *store.DB) error {
	_, err := db.Exec(ctx, `TRUNCATE post_terms, revisions, posts, terms, api_tokens, media, users, purge_log CASCADE`)
	if err != nil {
		return fmt.Errorf("reset: %w", err)
	}
	return nil
}

// describe names the database without a password.
func describe(o options) string {
	if o.db == "" {
		return "SQLite " + store.SQLitePath(o.dataDir)
	}
	return "PostgreSQL " + redact(o.db)
}

func redact(dsn string) string {
	if at := strings.LastIndex(dsn, "@"); at >= 0 {
		return dsn[at+1:]
	}
	return dsn
}

// procStatus reads a kB field such as VmRSS from /proc/PID/status, in bytes.
func procStatus(pid int, field string) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}
