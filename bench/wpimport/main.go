// Command wpimport measures "warta import wordpress" on a generated
// export: posts (with their comments) per second into SQLite, and the
// importer's peak resident memory (VmHWM, from the kernel's accounting of
// the child process), which must stay flat however big the file is.
//
//	go run ./bench/wpimport                 # 100,000 posts with comments (~0.75 GB)
//	go run ./bench/wpimport -big            # 140,000 posts (~1 GB), one import only
//	go run ./bench/wpimport -posts 20000 -db postgres://postgres@127.0.0.1:5432/bench
//
// It builds cmd/warta, writes the export to -dir, imports it into a fresh
// data directory in a child process (with --reindex=false), imports it
// again (every item unchanged: the cost of resuming or re-running), runs
// warta reindex for the search index the import left out, and prints a
// report. See bench/README.md.
package main

import (
	"bytes"
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
	"strings"
	"syscall"
	"time"
)

type options struct {
	gen   genOptions
	big   bool
	dir   string
	db    string
	reuse bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wpimport:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	var o options
	fs := flag.NewFlagSet("wpimport", flag.ContinueOnError)
	fs.IntVar(&o.gen.posts, "posts", 100_000, "posts in the generated export")
	fs.IntVar(&o.gen.comments, "comments", 3, "comments per post on average")
	fs.IntVar(&o.gen.words, "words", 400, "words per post body")
	fs.BoolVar(&o.big, "big", false, "generate a 1 GB-class export (140,000 posts)")
	fs.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "warta-wpimport"), "working directory (export, data, binary)")
	fs.StringVar(&o.db, "db", "", "import into this PostgreSQL database instead of SQLite (it must be empty)")
	fs.BoolVar(&o.reuse, "reuse", false, "reuse the export of the last run if its size matches the flags")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.big {
		o.gen.posts = 140_000
	}
	o.gen.seed = 42
	if err := os.MkdirAll(o.dir, 0o750); err != nil {
		return err
	}
	bin := filepath.Join(o.dir, "warta")
	fmt.Fprintln(out, "building cmd/warta …")
	if err := build(ctx, bin); err != nil {
		return err
	}
	export := filepath.Join(o.dir, fmt.Sprintf("export-%d-%d-%d.xml", o.gen.posts, o.gen.comments, o.gen.words))
	c, genTime, err := generate(export, o)
	if err != nil {
		return err
	}
	data := filepath.Join(o.dir, "data")
	if err := os.RemoveAll(data); err != nil {
		return err
	}
	fmt.Fprintf(out, "importing %s (%.0f MB, %d posts, %d comments) …\n", filepath.Base(export), float64(c.bytes)/1e6, c.posts, c.comments)
	first, err := importOnce(ctx, bin, export, data, o.db)
	if err != nil {
		return err
	}
	if o.big { // the point is memory: one import is enough
		report(out, o, c, genTime, first, result{})
		return nil
	}
	fmt.Fprintln(out, "importing it again (all unchanged) …")
	second, err := importOnce(ctx, bin, export, data, o.db)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "indexing for search (warta reindex) …")
	index, err := runWarta(ctx, bin, o.db, "reindex", "--data", data, "--log-level", "warn")
	if err != nil {
		return err
	}
	report(out, o, c, genTime, first, second)
	fmt.Fprintf(out, "search index %s (warta reindex after the import; peak RSS %.0f MB): %s\n",
		index.wall.Round(time.Millisecond), float64(index.maxRSS)/1e6, strings.TrimSpace(strings.ReplaceAll(index.summary, "\n", "; ")))
	return nil
}

// build compiles cmd/warta from the module that holds this directory.
func build(ctx context.Context, bin string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/warta")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run inside the warta module")
		}
		dir = parent
	}
}

// generate writes the export, or reuses the last one.
func generate(path string, o options) (counts, time.Duration, error) {
	if o.reuse {
		if st, err := os.Stat(path); err == nil && st.Size() > 0 {
			c, _ := writeExport(io.Discard, o.gen) // same seed: same counts
			c.bytes = st.Size()
			return c, 0, nil
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return counts{}, 0, err
	}
	start := time.Now()
	c, err := writeExport(f, o.gen)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return c, time.Since(start), err
}

// result is one import run of the child process.
type result struct {
	wall    time.Duration
	cpu     time.Duration // user + system time of the child
	maxRSS  int64         // bytes
	summary string
}

func importOnce(ctx context.Context, bin, export, data, db string) (result, error) {
	return runWarta(ctx, bin, db, "import", "wordpress", export, "--data", data, "--log-level", "warn", "--reindex=false")
}

// runWarta runs one warta command and measures it.
func runWarta(ctx context.Context, bin, db string, args ...string) (result, error) {
	if db != "" {
		args = append(args, "--db", db)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{wall: time.Since(start), summary: stdout.String()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss * 1024 // Linux reports KiB
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if err != nil {
		return r, fmt.Errorf("warta %s: %w\n%s%s", args[0], err, stdout.String(), stderr.String())
	}
	return r, nil
}

func report(out io.Writer, o options, c counts, genTime time.Duration, first, second result) {
	fmt.Fprintf(out, "\n== WordPress import benchmark (%s) ==\n", map[bool]string{true: "PostgreSQL", false: "SQLite"}[o.db != ""])
	fmt.Fprintf(out, "export       %.1f MB, %d posts, %d comments, %d tags, %d categories, %d authors (generated in %s)\n",
		float64(c.bytes)/1e6, c.posts, c.comments, c.tags, c.categories, c.authors, genTime.Round(time.Millisecond))
	rate := float64(c.posts) / first.wall.Seconds()
	verdict := "PASS"
	if rate < 2000 {
		verdict = "FAIL"
	}
	fmt.Fprintf(out, "first import %s: %.0f posts/s (with %.0f comments/s), %.1f MB/s of XML   target ≥ 2,000 posts/s: %s\n",
		first.wall.Round(time.Millisecond), rate, float64(c.comments)/first.wall.Seconds(), float64(c.bytes)/1e6/first.wall.Seconds(), verdict)
	fmt.Fprintf(out, "CPU time     %s (%.0f µs per post; %d CPUs; load average at the end %s)\n", first.cpu.Round(time.Millisecond),
		float64(first.cpu.Microseconds())/float64(c.posts), runtime.NumCPU(), loadAverage())
	fmt.Fprintf(out, "peak RSS     %.0f MB (VmHWM of the importing process; export is %.0f MB)\n", float64(first.maxRSS)/1e6, float64(c.bytes)/1e6)
	if second.wall > 0 {
		fmt.Fprintf(out, "re-run       %s: %.0f posts/s, all unchanged; peak RSS %.0f MB\n",
			second.wall.Round(time.Millisecond), float64(c.posts)/second.wall.Seconds(), float64(second.maxRSS)/1e6)
	}
	fmt.Fprintln(out, "\nsummary of the first import:")
	for _, l := range strings.Split(strings.TrimSpace(first.summary), "\n") {
		fmt.Fprintln(out, "  "+l)
	}
}

// loadAverage is the first field of /proc/loadavg: how busy the machine
// was with other work, which the wall-clock figures depend on.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}
