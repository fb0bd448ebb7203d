// Command feeds measures how fast Warta renders its feeds and sitemaps on
// a large archive, and that the memory it takes does not grow with it.
//
// It fills two sites with generated articles (100,000 and, for
// comparison, 10,000 by default), then, for each, starts itself again as
// a fresh measuring process that renders every feed and every sitemap the
// index names through package feed's handlers, with no page cache (every
// request is a miss), and reports time, size, allocation and peak heap per
// URL and the process's resident memory.
//
//	go run ./bench/feeds [-posts 100000] [-small 10000] [-reuse] [-db postgres://...]
//
// See bench/README.md.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "time/tzdata" // Asia/Jakarta on machines without zoneinfo

	"warta/internal/store"
)

// target is the cold-cache render budget of one feed or sitemap.
const target = 200.0 // ms

type options struct {
	posts, small, runs int
	dataDir, db        string
	reuse              bool
	// measuring child
	measure string // DSN
	now     int64
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench/feeds:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	var o options
	fs := flag.NewFlagSet("feeds", flag.ContinueOnError)
	fs.IntVar(&o.posts, "posts", 100000, "articles in the large site")
	fs.IntVar(&o.small, "small", 10000, "articles in the comparison site (0: none)")
	fs.IntVar(&o.runs, "runs", 5, "requests per URL")
	fs.StringVar(&o.dataDir, "data", filepath.Join(os.TempDir(), "warta-feeds"), "directory of the SQLite sites")
	fs.StringVar(&o.db, "db", "", "postgres:// URL of an empty database to use instead of SQLite (one schema per site)")
	fs.BoolVar(&o.reuse, "reuse", false, "keep sites filled by an earlier run with the same sizes")
	fs.StringVar(&o.measure, "measure", "", "internal: measure the site at this DSN")
	fs.Int64Var(&o.now, "now", 0, "internal: the fill's clock, Unix seconds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.measure != "" {
		return measureSite(ctx, o.measure, time.Unix(o.now, 0), max(2, o.runs), out)
	}
	sizes := []int{o.posts}
	if o.small > 0 && o.small < o.posts {
		sizes = []int{o.small, o.posts}
	}
	reports := map[int]*siteReport{}
	for _, n := range sizes {
		dsn, now, err := prepare(ctx, o, n, out)
		if err != nil {
			return err
		}
		rep, err := measureChild(ctx, dsn, now, o.runs)
		if err != nil {
			return err
		}
		reports[n] = rep
	}
	printReport(out, o, sizes, reports)
	return nil
}

// prepare returns the DSN of a filled site of n articles and the time it
// was filled at, filling it unless -reuse finds one.
func prepare(ctx context.Context, o options, n int, progress io.Writer) (string, time.Time, error) {
	dsn, marker := "", filepath.Join(o.dataDir, fmt.Sprintf("site-%d", n), "filled")
	if o.db == "" {
		dsn = store.SQLitePath(filepath.Dir(marker))
	} else {
		var err error
		if dsn, err = pgSchema(ctx, o.db, n, o.reuse); err != nil {
			return "", time.Time{}, err
		}
		marker = filepath.Join(o.dataDir, fmt.Sprintf("pg-%d", n), "filled")
	}
	if o.reuse {
		if b, err := os.ReadFile(marker); err == nil {
			if sec, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil {
				fmt.Fprintf(progress, "reusing the site of %d articles\n", n)
				return dsn, time.Unix(sec, 0), nil
			}
		}
	}
	if o.db == "" {
		if err := os.RemoveAll(filepath.Dir(marker)); err != nil {
			return "", time.Time{}, err
		}
	}
	if err := os.MkdirAll(filepath.Dir(marker), 0o750); err != nil {
		return "", time.Time{}, err
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return "", time.Time{}, err
	}
	defer db.Close()
	now := time.Now().Truncate(time.Second)
	fmt.Fprintf(progress, "filling a site of %d articles (%s)\n", n, db.Dialect())
	if err := fill(ctx, db, n, now, progress); err != nil {
		return "", time.Time{}, err
	}
	return dsn, now, os.WriteFile(marker, []byte(strconv.FormatInt(now.Unix(), 10)), 0o600)
}

// pgSchema gives each site its own schema of the database at base,
// emptied unless reuse.
func pgSchema(ctx context.Context, base string, n int, reuse bool) (string, error) {
	schema := fmt.Sprintf("warta_feeds_%d", n)
	db, err := store.Open(ctx, base)
	if err != nil {
		return "", err
	}
	defer db.Close()
	if !reuse {
		if _, err := db.Exec(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE`); err != nil {
			return "", err
		}
	}
	if _, err := db.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+schema); err != nil {
		return "", err
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// siteReport is what one measuring process found.
type siteReport struct {
	results []result
	proc    processStats
}

// measureChild runs this program again to measure one site in a process
// of its own, so that its memory figures are the site's alone.
func measureChild(ctx context.Context, dsn string, now time.Time, runs int) (*siteReport, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, exe, "-measure", dsn, "-now", strconv.FormatInt(now.Unix(), 10), "-runs", strconv.Itoa(runs))
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("measure: %w: %s", err, stderr.String())
	}
	rep := &siteReport{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if bytes.Contains(line, []byte(`"path"`)) {
			var r result
			if err := json.Unmarshal(line, &r); err != nil {
				return nil, err
			}
			rep.results = append(rep.results, r)
		} else if err := json.Unmarshal(line, &rep.proc); err != nil {
			return nil, err
		}
	}
	if len(rep.results) == 0 {
		return nil, errors.New("measure: no results")
	}
	return rep, sc.Err()
}

func printReport(out io.Writer, o options, sizes []int, reports map[int]*siteReport) {
	for _, n := range sizes {
		rep := reports[n]
		fmt.Fprintf(out, "\n== %d articles (%d posts in all), %d requests per URL, no page cache\n", n, rep.proc.Posts, o.runs)
		fmt.Fprintf(out, "%-42s %6s %9s %8s %9s %8s %9s %10s  %s\n", "path", "items", "bytes", "first ms", "median ms", "max ms", "alloc MB", "peak heap", "")
		worst := 0.0
		for _, r := range rep.results {
			verdict := "ok"
			if r.MaxMS >= target {
				verdict = "SLOW"
			}
			worst = max(worst, r.MaxMS)
			fmt.Fprintf(out, "%-42s %6d %9d %8.1f %9.1f %8.1f %9.2f %9.2fM  %s\n", trim(r.Path, 42), r.Items, r.Bytes, r.FirstMS, r.MedianMS, r.MaxMS, r.AllocMB, r.PeakHeapMB, verdict)
		}
		fmt.Fprintf(out, "slowest render %.1f ms (target < %.0f ms); process RSS %.1f MB, peak RSS (VmHWM) %.1f MB, heap in use %.1f MB\n",
			worst, target, rep.proc.RSSMB, rep.proc.HWMMB, rep.proc.HeapMB)
	}
	if len(sizes) == 2 {
		a, b := reports[sizes[0]], reports[sizes[1]]
		fmt.Fprintf(out, "\nmemory against archive size (%d → %d articles, ×%.0f): peak RSS %.1f → %.1f MB; largest render peak heap %.2f → %.2f MB\n",
			sizes[0], sizes[1], float64(sizes[1])/float64(sizes[0]), a.proc.HWMMB, b.proc.HWMMB, maxPeak(a), maxPeak(b))
	}
}

func maxPeak(r *siteReport) float64 {
	m := 0.0
	for _, x := range r.results {
		m = max(m, x.PeakHeapMB)
	}
	return m
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
