package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// loadResult is one load run against one URL.
type loadResult struct {
	requests int64
	rps      float64
	p50, p99 time.Duration
	bad      int64 // non-200 answers and socket errors
}

// generator drives HTTP load against a URL with Accept-Encoding: gzip.
type generator interface {
	name() string
	run(ctx context.Context, url string, d time.Duration, conns, threads int) (loadResult, error)
}

// pickGenerator chooses wrk when it is installed (or asked for).
func pickGenerator(want string, out io.Writer) (generator, error) {
	if want == "go" {
		return goClient{}, nil
	}
	path, err := exec.LookPath("wrk")
	if err == nil {
		return wrk{path: path}, nil
	}
	if want == "wrk" {
		return nil, errors.New("wrk is not installed (apt-get install -y wrk)")
	}
	fmt.Fprintln(out, "wrk not found on PATH; using the built-in Go client, which saturates sooner.\n"+
		"  For figures comparable with other runs: apt-get install -y wrk")
	return goClient{}, nil
}

// wrk runs the wrk binary.
type wrk struct{ path string }

func (w wrk) name() string { return "wrk" }

func (w wrk) run(ctx context.Context, url string, d time.Duration, conns, threads int) (loadResult, error) {
	cmd := exec.CommandContext(ctx, w.path, "-t", strconv.Itoa(threads), "-c", strconv.Itoa(conns),
		"-d", strconv.Itoa(int(d.Seconds()))+"s", "--latency", "-H", "Accept-Encoding: gzip", url)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return loadResult{}, fmt.Errorf("wrk: %w\n%s", err, out)
	}
	return parseWrk(string(out))
}

// parseWrk reads the summary wrk prints with --latency.
func parseWrk(out string) (loadResult, error) {
	var r loadResult
	found := false
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "Requests/sec:":
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return r, fmt.Errorf("wrk: %q: %w", sc.Text(), err)
			}
			r.rps, found = v, true
		case len(f) >= 3 && f[1] == "requests" && f[2] == "in":
			r.requests, _ = strconv.ParseInt(f[0], 10, 64)
		case len(f) == 2 && (f[0] == "50%" || f[0] == "99%"):
			v, err := time.ParseDuration(f[1])
			if err != nil {
				return r, fmt.Errorf("wrk: %q: %w", sc.Text(), err)
			}
			if f[0] == "50%" {
				r.p50 = v
			} else {
				r.p99 = v
			}
		case len(f) >= 5 && f[0] == "Non-2xx":
			n, _ := strconv.ParseInt(f[len(f)-1], 10, 64)
			r.bad += n
		case len(f) >= 3 && f[0] == "Socket" && f[1] == "errors:":
			// "Socket errors: connect 0, read 0, write 0, timeout 0"
			for i := 3; i < len(f); i += 2 {
				n, _ := strconv.ParseInt(strings.TrimSuffix(f[i], ","), 10, 64)
				r.bad += n
			}
		}
	}
	if !found {
		return r, fmt.Errorf("wrk: no Requests/sec in its output:\n%s", out)
	}
	return r, nil
}

// goClient is the fallback generator: conns goroutines, each with its own
// keep-alive connection, requesting as fast as answers come.
type goClient struct{}

func (goClient) name() string { return "built-in Go client" }

func (goClient) run(ctx context.Context, url string, d time.Duration, conns, _ int) (loadResult, error) {
	c := newClient(conns)
	defer c.CloseIdleConnections()
	var total, bad atomic.Int64
	lat := make([][]time.Duration, conns)
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for i := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				f, err := fetch(ctx, c, url)
				if ctx.Err() != nil {
					return // cut off by the end of the run
				}
				total.Add(1)
				if err != nil || f.status != http.StatusOK {
					bad.Add(1)
					continue
				}
				lat[i] = append(lat[i], f.elapsed)
			}
		}()
	}
	wg.Wait()
	all := slices.Concat(lat...)
	r := loadResult{requests: total.Load(), bad: bad.Load(), rps: float64(total.Load()) / time.Since(start).Seconds()}
	r.p50, r.p99 = percentile(all, 50), percentile(all, 99)
	return r, nil
}

// baseline serves one response — status 200, the headers and body warta
// sent — from memory with a minimal net/http handler. net/http adds Date
// itself, as it does for warta.
type baseline struct {
	url string
	srv *http.Server
}

func startBaseline(header http.Header, body []byte) (*baseline, error) {
	h := header.Clone()
	h.Del("Date")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wh := w.Header()
		for k, v := range h {
			wh[k] = v
		}
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	})}
	go func() { _ = srv.Serve(ln) }()
	return &baseline{url: "http://" + ln.Addr().String() + "/", srv: srv}, nil
}

func (b *baseline) close() { _ = b.srv.Close() }

// measure runs the cache-miss pass, then the alternating warm-page runs,
// then reads the server's memory.
func measure(ctx context.Context, o options, paths []string, srv *server, gen generator, rep *report) error {
	warmPath, missPaths := paths[0], paths[1:]
	// The first render of a process parses templates and warms the
	// connection pools; a real site pays that once, not per miss.
	c := newClient(1)
	if _, err := fetch(ctx, c, srv.base+"/"); err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	rep.loadAvg = loadAverage()
	fmt.Fprintf(rep.out, "cache-miss pass: %d distinct articles, one request each …\n", len(missPaths))
	lat, err := missLatency(ctx, srv.base, missPaths)
	if err != nil {
		return err
	}
	rep.misses = lat
	if rep.rssAfterMisses, err = procStatus(srv.cmd.Process.Pid, "VmRSS"); err != nil {
		return err
	}

	url := srv.base + warmPath
	first, err := fetch(ctx, c, url)
	if err != nil || first.status != http.StatusOK {
		return fmt.Errorf("warm %s: status %d, %v", warmPath, first.status, err)
	}
	page, err := fetch(ctx, c, url)
	if err != nil || page.status != http.StatusOK || page.header.Get("X-Cache") != "HIT" {
		return fmt.Errorf("warm %s: want a 200 cache hit, got %d X-Cache %q (%v)", warmPath, page.status, page.header.Get("X-Cache"), err)
	}
	rep.page, rep.pageURL = page, warmPath
	base, err := startBaseline(page.header, page.body)
	if err != nil {
		return err
	}
	defer base.close()
	if bp, err := fetch(ctx, c, base.url); err != nil || string(bp.body) != string(page.body) {
		return fmt.Errorf("baseline does not serve the page's bytes (%v)", err)
	}
	for i := range o.rounds {
		for _, t := range []struct {
			name, url string
			into      *[]loadResult
		}{{"baseline", base.url, &rep.baseline}, {"warta", url, &rep.warta}} {
			fmt.Fprintf(rep.out, "round %d/%d: %s, %s, %d connections, %s …\n", i+1, o.rounds, t.name, gen.name(), o.conns, o.duration)
			r, err := gen.run(ctx, t.url, o.duration, o.conns, o.threads)
			if err != nil {
				return err
			}
			*t.into = append(*t.into, r)
		}
	}
	if after, err := fetch(ctx, c, url); err == nil && after.header.Get("X-Cache") != "HIT" {
		rep.notes = append(rep.notes, "the warm page was not a cache hit after the load runs")
	}
	rep.metrics = metrics(ctx, c, srv.base)
	pid := srv.cmd.Process.Pid
	if rep.rss, err = procStatus(pid, "VmRSS"); err != nil {
		return err
	}
	rep.hwm, err = procStatus(pid, "VmHWM")
	return err
}
