package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/search"
	"warta/internal/store"
)

// Targets.
const (
	searchP95Target  = 20 * time.Millisecond
	relatedP95Target = 20 * time.Millisecond
	reindexTarget    = 5000.0 // posts per second
)

// report collects the figures.
type report struct {
	lines []string
}

func (r *report) add(format string, args ...any) {
	r.lines = append(r.lines, fmt.Sprintf(format, args...))
}

func (r *report) header(o options, db *store.DB) {
	r.add("Warta search benchmark: %d generated articles, %s, seed %d", o.posts, db.Dialect(), o.seed)
	r.add("machine: %s", machine())
}

func (r *report) print(w io.Writer) {
	fmt.Fprintln(w)
	for _, l := range r.lines {
		fmt.Fprintln(w, l)
	}
}

func verdict(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}

// measureReindex rebuilds the index twice: on an empty index (the first
// reindex of a site) and over the full one (every entry replaced).
func measureReindex(ctx context.Context, db *store.DB, idx *search.Index, rep *report, out io.Writer) error {
	// As `warta reindex` runs it (reindexGCPercent in cmd/warta).
	defer debug.SetGCPercent(debug.SetGCPercent(200))
	var indexed int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM search_docs`).Scan(&indexed); err != nil {
		return err
	}
	labels := []string{"empty index", "full index"}
	if indexed > 0 {
		labels[0] = "full index"
	}
	for _, label := range labels {
		st, err := idx.Rebuild(ctx, search.RebuildOptions{IndexOnly: true, Progress: func(_ string, done, total int) {
			if done%20000 == 0 || done == total {
				fmt.Fprintf(out, "\rreindex (%s): %d/%d", label, done, total)
			}
		}})
		fmt.Fprintln(out)
		if err != nil {
			return err
		}
		rate := float64(st.Indexed) / st.IndexTime.Seconds()
		rep.add("reindex over %-11s %d articles, %d terms in %s: %.0f articles/s (target ≥ %.0f) %s",
			label+":", st.Indexed, st.Terms, st.IndexTime.Round(time.Millisecond), rate, reindexTarget, verdict(rate >= reindexTarget))
	}
	return nil
}

// measureRelated times computing and storing the related list of sampled
// articles, as a publish does.
func measureRelated(ctx context.Context, db *store.DB, idx *search.Index, o options, rep *report) error {
	r := rand.New(rand.NewPCG(o.seed, 99))
	var times []time.Duration
	for i := range o.related + 20 {
		id := 1 + r.Int64N(int64(o.posts))
		start := time.Now()
		if _, err := idx.RefreshRelated(ctx, id); err != nil {
			return err
		}
		if i >= 20 { // the first ones warm the caches
			times = append(times, time.Since(start))
		}
	}
	var n int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM related_posts`).Scan(&n); err != nil {
		return err
	}
	p95 := percentile(times, 95)
	rep.add("related posts, one article (compute + store), %d articles: %s; p95 %s (target < %s) %s; %d list entries stored",
		len(times), summary(times), p95, relatedP95Target, verdict(p95 < relatedP95Target), n)
	return nil
}

// measureSaves times indexing one article as a publish or an edit does
// (PostSaved, which the save waits for), on sampled articles saved again
// unchanged, and then waits for the related lists the saves queued. The
// searches measured next read an index that saves have written to, as a
// live site's is.
func measureSaves(ctx context.Context, db *store.DB, idx *search.Index, o options, rep *report) error {
	if o.saves == 0 {
		return nil
	}
	posts := content.NewService(db, content.Options{})
	r := rand.New(rand.NewPCG(o.seed, 7))
	var times []time.Duration
	for range o.saves {
		p, err := posts.Get(ctx, 1+r.Int64N(int64(o.posts)))
		if err != nil {
			return err
		}
		start := time.Now()
		idx.PostSaved(ctx, p)
		times = append(times, time.Since(start))
	}
	if err := idx.Flush(ctx); err != nil {
		return err
	}
	rep.add("index one article (publish or edit), %d articles: %s", len(times), summary(times))
	return nil
}

// measureRelatedAll times the related lists of every article, the second
// half of `warta reindex`.
func measureRelatedAll(ctx context.Context, idx *search.Index, rep *report, out io.Writer) error {
	st, err := idx.Rebuild(ctx, search.RebuildOptions{Progress: func(phase string, done, total int) {
		if done%5000 == 0 || done == total {
			fmt.Fprintf(out, "\rreindex (%s): %d/%d", phase, done, total)
		}
	}})
	fmt.Fprintln(out)
	if err != nil {
		return err
	}
	rep.add("full reindex with related lists: index %s, %d related lists in %s (%.0f lists/s)",
		st.IndexTime.Round(time.Millisecond), st.Lists, st.RelatedTime.Round(time.Millisecond), float64(st.Lists)/st.RelatedTime.Seconds())
	return nil
}

// queryKind makes one kind of search.
type queryKind struct {
	name string
	make func(r *rand.Rand) search.Request
}

func queryKinds(g *generator, o options) []queryKind {
	root := func(r *rand.Rand) string {
		roots := strings.Fields(topics[r.IntN(len(topics))].roots)
		return roots[r.IntN(len(roots))]
	}
	inflected := func(r *rand.Rand) string { return affix(root(r), r.IntN(14)) }
	everyday := func(r *rand.Rand) string { return affix(common[zipf(r, len(common))], r.IntN(14)) }
	titleWords := func(r *rand.Rand) []string {
		p := g.post(o.seed, 1+r.Int64N(int64(o.posts)))
		return strings.Fields(strings.ToLower(p.title))
	}
	year := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	return []queryKind{
		{"everyday word", func(r *rand.Rand) search.Request { return search.Request{Query: everyday(r)} }},
		{"topic word", func(r *rand.Rand) search.Request { return search.Request{Query: inflected(r)} }},
		{"rare name", func(r *rand.Rand) search.Request {
			return search.Request{Query: g.names[5000+r.IntN(len(g.names)-5000)]}
		}},
		{"two words", func(r *rand.Rand) search.Request { return search.Request{Query: inflected(r) + " " + everyday(r)} }},
		{"title words", func(r *rand.Rand) search.Request {
			w := titleWords(r)
			return search.Request{Query: strings.Join(w[:3], " ")}
		}},
		{"phrase", func(r *rand.Rand) search.Request {
			w := titleWords(r)
			return search.Request{Query: `"` + w[1] + " " + w[2] + `"`}
		}},
		{"prefix", func(r *rand.Rand) search.Request {
			w := root(r)
			return search.Request{Query: w[:min(len(w), 4)] + "*"}
		}},
		{"misspelt", func(r *rand.Rand) search.Request {
			w := []byte(root(r))
			w[len(w)/2] = 'q'
			return search.Request{Query: string(w)}
		}},
		{"category", func(r *rand.Rand) search.Request {
			return search.Request{Query: inflected(r), Categories: []int64{1 + r.Int64N(int64(len(topics)))}}
		}},
		{"date range", func(r *rand.Rand) search.Request {
			return search.Request{Query: everyday(r), From: year, To: year.AddDate(0, 3, 0)}
		}},
		{"page 5", func(r *rand.Rand) search.Request { return search.Request{Query: everyday(r), Page: 5} }},
		{"english", func(r *rand.Rand) search.Request { return search.Request{Query: english[r.IntN(len(english))]} }},
	}
}

// measureSearch times a shuffled mix of query kinds after a warm-up.
func measureSearch(ctx context.Context, idx *search.Index, g *generator, o options, rep *report) error {
	r := rand.New(rand.NewPCG(o.seed, 42))
	kinds := queryKinds(g, o)
	type job struct {
		kind int
		req  search.Request
	}
	var jobs []job
	for i := range o.queries {
		k := i % len(kinds)
		jobs = append(jobs, job{k, kinds[k].make(r)})
	}
	r.Shuffle(len(jobs), func(i, j int) { jobs[i], jobs[j] = jobs[j], jobs[i] })
	for _, j := range jobs[:min(100, len(jobs))] { // warm-up
		if _, err := idx.Search(ctx, j.req); err != nil {
			return err
		}
	}
	byKind := make([][]time.Duration, len(kinds))
	hits := make([]int, len(kinds))
	var all []time.Duration
	for _, j := range jobs {
		start := time.Now()
		res, err := idx.Search(ctx, j.req)
		if err != nil {
			return fmt.Errorf("search %q: %w", j.req.Query, err)
		}
		d := time.Since(start)
		byKind[j.kind] = append(byKind[j.kind], d)
		all = append(all, d)
		hits[j.kind] += res.Total
	}
	p95 := percentile(all, 95)
	rep.add("search, %d queries of %d kinds: %s; p95 %s (target < %s) %s", len(all), len(kinds), summary(all), p95, searchP95Target, verdict(p95 < searchP95Target))
	for k, ds := range byKind {
		rep.add("  %-14s %s; mean matches %d", kinds[k].name+":", summary(ds), hits[k]/max(1, len(ds)))
	}
	return nil
}

// summary gives p50, p95, p99 and max of ds.
func summary(ds []time.Duration) string {
	return fmt.Sprintf("p50 %s p95 %s p99 %s max %s", percentile(ds, 50), percentile(ds, 95), percentile(ds, 99), percentile(ds, 100))
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return s[max(i, 0)].Round(10 * time.Microsecond)
}
