package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

// The targets of the issue, for SQLite.
const (
	targetRatio   = 0.8
	targetMissP99 = 10 * time.Millisecond
	targetRSS     = 150_000_000 // bytes; checked against the peak (VmHWM)
)

// report collects the figures of one run and prints them.
type report struct {
	opt       options
	out       io.Writer
	generator string
	loadAvg   string // /proc/loadavg before the miss pass

	reused  bool
	fill    fillResult
	dbBytes int64

	misses []time.Duration

	page     fetched
	pageURL  string
	baseline []loadResult
	warta    []loadResult

	rssAfterMisses, rss, hwm int64
	metrics                  map[string]float64 // the server's /metrics after the load runs
	notes                    []string
}

func (r *report) print() {
	w := r.out
	o := r.opt
	fmt.Fprintln(w, "\n== Warta page-load benchmark ==")
	fmt.Fprintf(w, "database     %s\n", describe(o))
	if r.reused {
		fmt.Fprintf(w, "site         %d posts (reused an earlier fill)\n", o.posts)
	} else {
		fmt.Fprintf(w, "site         %d posts filled in %.1fs: %.0f posts/s, %.0f MB of body HTML",
			r.fill.posts, r.fill.elapsed.Seconds(), float64(r.fill.posts)/r.fill.elapsed.Seconds(), mb(r.fill.bodyBytes))
		if r.dbBytes > 0 {
			fmt.Fprintf(w, ", database file %.0f MB", mb(r.dbBytes))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "page         %s\n", r.pageURL)
	fmt.Fprintf(w, "             %d body bytes (Content-Encoding %q), %d header bytes\n",
		len(r.page.body), r.page.header.Get("Content-Encoding"), headerBytes(r.page))
	gen := r.generator
	if gen == "wrk" {
		gen = fmt.Sprintf("wrk (%d threads)", o.threads)
	}
	fmt.Fprintf(w, "machine      %d CPUs, load average %s before measuring (generator, server and baseline share them)\n",
		runtime.NumCPU(), r.loadAvg)
	fmt.Fprintf(w, "generator    %s, %d connections, Accept-Encoding: gzip, %d rounds × %s per target\n",
		gen, o.conns, o.rounds, o.duration)

	fmt.Fprintf(w, "\ncache-miss renders (%d distinct articles, one sequential request each, client-side time)\n", len(r.misses))
	fmt.Fprintf(w, "  p50 %s  p90 %s  p99 %s  max %s  mean %s\n",
		ms(percentile(r.misses, 50)), ms(percentile(r.misses, 90)), ms(percentile(r.misses, 99)),
		ms(slices.Max(r.misses)), ms(mean(r.misses)))

	wr, br := medianRPS(r.warta), medianRPS(r.baseline)
	ratio := 0.0
	if br > 0 {
		ratio = wr / br
	}
	fmt.Fprintf(w, "\nwarm article page (median of %d runs; rounds alternate, baseline first)\n", len(r.warta))
	r.printRuns("warta   ", r.warta)
	r.printRuns("baseline", r.baseline)
	fmt.Fprintf(w, "  ratio     %.2fx  (warta %.0f / baseline %.0f req/s)\n", ratio, wr, br)

	fmt.Fprintf(w, "\nresident memory of warta serve (/proc/PID/status)\n")
	fmt.Fprintf(w, "  VmRSS %.1f MB after the miss pass, %.1f MB after the load runs; peak VmHWM %.1f MB\n",
		mb(r.rssAfterMisses), mb(r.rss), mb(r.hwm))

	if heap, ok := r.metrics["go_memstats_heap_inuse_bytes"]; ok {
		fmt.Fprintf(w, "  Go heap in use %.1f MB; page cache %.0f hits, %.0f misses in all\n",
			heap/1e6, r.metrics["warta_cache_hits_total"], r.metrics["warta_cache_misses_total"])
	}

	missP99 := percentile(r.misses, 99)
	fmt.Fprintln(w, "\ntargets")
	fmt.Fprintf(w, "  %s  warm page ≥ %.1fx baseline        %.2fx\n", verdict(ratio >= targetRatio), targetRatio, ratio)
	fmt.Fprintf(w, "  %s  cache-miss p99 < %s            %s\n", verdict(missP99 < targetMissP99), targetMissP99, ms(missP99))
	fmt.Fprintf(w, "  %s  resident memory < %.0f MB (peak)  %.1f MB\n", verdict(r.hwm < targetRSS), mb(targetRSS), mb(r.hwm))
	if o.db != "" {
		fmt.Fprintln(w, "  (the targets are set for SQLite; shown for comparison)")
	}
	for _, side := range []struct {
		name string
		runs []loadResult
	}{{"warta", r.warta}, {"baseline", r.baseline}} {
		for i, run := range side.runs {
			if run.bad > 0 {
				r.notes = append(r.notes, fmt.Sprintf("%s load run %d saw %d non-200 answers or socket errors (timeouts when the machine stalls)", side.name, i+1, run.bad))
			}
		}
	}
	for _, n := range r.notes {
		fmt.Fprintln(w, "note:", n)
	}
}

func (r *report) printRuns(label string, runs []loadResult) {
	var each []string
	for _, x := range runs {
		each = append(each, fmt.Sprintf("%.0f", x.rps))
	}
	m := median(runs)
	fmt.Fprintf(r.out, "  %s  %8.0f req/s  latency p50 %s p99 %s  (runs: %s req/s)\n",
		label, m.rps, ms(m.p50), ms(m.p99), strings.Join(each, ", "))
}

// median returns the run with the median throughput (the lower middle
// one for an even count).
func median(runs []loadResult) loadResult {
	if len(runs) == 0 {
		return loadResult{}
	}
	s := slices.Clone(runs)
	slices.SortFunc(s, func(a, b loadResult) int {
		switch {
		case a.rps < b.rps:
			return -1
		case a.rps > b.rps:
			return 1
		}
		return 0
	})
	return s[(len(s)-1)/2]
}

// medianRPS is the median throughput, averaging the two middle runs for
// an even count.
func medianRPS(runs []loadResult) float64 {
	if len(runs) == 0 {
		return 0
	}
	v := make([]float64, len(runs))
	for i, x := range runs {
		v[i] = x.rps
	}
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// percentile is the nearest-rank p-th percentile of d.
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	rank := int(p/100*float64(len(s))+0.999999) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

func mean(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	var sum time.Duration
	for _, x := range d {
		sum += x
	}
	return sum / time.Duration(len(d))
}

// headerBytes is the size of the response headers as net/http writes
// them, status line excluded.
func headerBytes(f fetched) int {
	n := 0
	for k, vs := range f.header {
		for _, v := range vs {
			n += len(k) + 2 + len(v) + 2
		}
	}
	return n
}

// loadAverage is the first three fields of /proc/loadavg.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }

func mb(b int64) float64 { return float64(b) / 1e6 }

func verdict(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}
