package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strconv"
	"time"

	"warta/internal/search"
)

// relatedEnv names the environment variable holding how many related
// posts an article shows (search.DefaultRelated when unset, at most
// search.MaxRelated).
const relatedEnv = "WARTA_RELATED_POSTS"

// newSearch builds the search index of a. Its background refreshes of
// related lists purge pages through a, like every other write.
func newSearch(a *app, env *environment) *search.Index {
	n := 0
	if v := env.getenv(relatedEnv); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > search.MaxRelated {
			a.log.Warn("ignoring invalid related posts count", "env", relatedEnv, "value", v, "max", search.MaxRelated)
			n = 0
		}
	}
	return search.New(a.db, search.Options{Purger: a, Related: n, Log: a.log})
}

// closeSearch lets queued related-list refreshes finish, for a while.
func (a *app) closeSearch() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := a.search.Close(ctx); err != nil {
		a.log.Warn("related posts refresh cut short; run warta reindex", "err", err)
	}
}

// reindexGCPercent is the GOGC of a reindex: the rebuild allocates much
// (each article's text, terms and vectors) and keeps its analysers'
// memory, so collecting garbage half as often makes it faster and
// steadier, for some 90 MB more memory at 100,000 articles. bench/search
// measures the rebuild with it.
const reindexGCPercent = 200

// runReindex rebuilds the search index and every related-posts list. A
// site being served keeps answering searches meanwhile.
func runReindex(ctx context.Context, env *environment, args []string) error {
	cfg, rest, err := parseFlags(env, "reindex", args, nil)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	a, err := openApp(ctx, env, cfg, false)
	if err != nil {
		return err
	}
	defer a.close()
	defer debug.SetGCPercent(debug.SetGCPercent(reindexGCPercent))
	labels := map[string]string{search.PhaseIndex: "search index", search.PhaseRelated: "related posts"}
	var bar *progress
	phase := ""
	st, err := a.search.Rebuild(ctx, search.RebuildOptions{Progress: func(p string, done, total int) {
		if p != phase {
			if bar != nil {
				bar.done("done")
			}
			bar, phase = newProgress(env.stderr, labels[p], total), p
		}
		bar.set(done)
	}})
	if bar != nil {
		bar.done("done")
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "indexed %d articles (%d terms) in %s, %.0f articles/s; removed %d stale entries\n",
		st.Indexed, st.Terms, st.IndexTime.Round(time.Millisecond), rate(st.Indexed, st.IndexTime), st.Removed)
	fmt.Fprintf(env.stdout, "computed %d related-posts lists in %s, %d changed\n",
		st.Lists, st.RelatedTime.Round(time.Millisecond), st.ListsChanged)
	return nil
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}
