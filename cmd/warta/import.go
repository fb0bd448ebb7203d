package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"warta/internal/comment"
	"warta/internal/search"
	"warta/internal/wordpress"
)

// runImport imports content from another system; WordPress (a WXR export
// file) is the one it knows.
func runImport(ctx context.Context, env *environment, args []string) error {
	if len(args) == 0 || args[0] != "wordpress" {
		return fmt.Errorf("%w: name the source: import wordpress FILE", errUsage)
	}
	var uploads string
	reindex := true
	cfg, rest, err := parseFlags(env, "import wordpress", flagsFirst(args[1:]), func(fs *flag.FlagSet) {
		fs.StringVar(&uploads, "uploads", "", "local copy of the old site's wp-content/uploads directory")
		fs.BoolVar(&reindex, "reindex", true, "after a large import, rebuild the search index (else run warta reindex later)")
	})
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("%w: give exactly one export file", errUsage)
	}
	f, err := os.Open(rest[0])
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if uploads != "" {
		if fi, err := os.Stat(uploads); err != nil || !fi.IsDir() {
			return fmt.Errorf("--uploads %s: not a directory", uploads)
		}
	}
	a, err := openApp(ctx, env, cfg, false)
	if err != nil {
		return err
	}
	defer a.close()
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return err
	}
	// The import allocates much and keeps little: collecting garbage less
	// often saves a tenth of its CPU time for a few dozen MB more memory.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	im := wordpress.New(wordpress.Deps{Content: a.content, Auth: a.auth, Media: a.media, Comments: comment.Import, Log: a.log})
	bars := map[string]*progress{}
	sum, err := im.Import(ctx, f, wordpress.Options{
		Uploads: uploads, TempDir: cfg.DataDir, Location: cfg.Location, Size: st.Size(), AnnounceLimit: announceLimit,
		Progress: func(stage string, done, total int64) {
			b := bars[stage]
			if b == nil {
				label := map[string]string{wordpress.StageCheck: "checking export", wordpress.StageWrite: "importing"}[stage]
				b = newProgress(env.stderr, label, int(total))
				bars[stage] = b
			}
			b.set(int(done))
		},
	})
	for _, stage := range []string{wordpress.StageCheck, wordpress.StageWrite} {
		if b := bars[stage]; b != nil {
			b.done(map[string]string{wordpress.StageCheck: "read", wordpress.StageWrite: "written"}[stage])
		}
	}
	var pe *wordpress.ParseError
	switch {
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %v; nothing was imported", rest[0], strings.TrimPrefix(err.Error(), "wordpress: "))
	case err != nil:
		if sum != nil {
			sum.Write(env.stdout)
		}
		return fmt.Errorf("the import stopped: %w\nWhat was written stays; run the same command again to finish (nothing is duplicated)", err)
	}
	sum.Write(env.stdout)
	switch {
	case sum.Announced:
	case reindex:
		return rebuildSearch(ctx, a, env)
	default:
		fmt.Fprintln(env.stdout, "The search index does not hold the imported posts yet: run warta reindex.")
	}
	return nil
}

// announceLimit is the largest import whose posts are indexed for search
// one by one as they are saved; a larger one is indexed by one rebuild
// at the end, which is much faster.
const announceLimit = 500

// rebuildSearch indexes the imported posts for search and related posts.
func rebuildSearch(ctx context.Context, a *app, env *environment) error {
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
		return fmt.Errorf("the posts are imported, but the search index is not complete (run warta reindex): %w", err)
	}
	fmt.Fprintf(env.stdout, "Search index: %d articles in %s, related posts in %s\n",
		st.Indexed, st.IndexTime.Round(time.Millisecond), st.RelatedTime.Round(time.Millisecond))
	return nil
}

// flagsFirst moves flags before the positional arguments, so that
// "FILE --uploads DIR" parses like "--uploads DIR FILE". Every flag of
// the import command takes a value but -h and the boolean --reindex
// (written --reindex=false to turn it off).
func flagsFirst(args []string) []string {
	var flags, pos []string
	noValue := map[string]bool{"-h": true, "-help": true, "--help": true, "-reindex": true, "--reindex": true}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && !noValue[a] {
				i++
				flags = append(flags, args[i])
			}
		default:
			pos = append(pos, a)
		}
	}
	return append(flags, pos...)
}
