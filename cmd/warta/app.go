package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strings"

	"warta/internal/auth"
	"warta/internal/cache"
	"warta/internal/comment"
	"warta/internal/config"
	"warta/internal/content"
	"warta/internal/media"
	"warta/internal/search"
	"warta/internal/site"
	"warta/internal/store"
)

// app is everything a command works with, wired once.
type app struct {
	cfg     config.Config
	log     *slog.Logger
	db      *store.DB
	cache   *cache.Cache // nil outside serve
	bus     *cache.Bus
	content *content.Service
	auth    *auth.Service
	media   *media.Library
	site    *site.Site // set by handler
	// comments is the comment system (see comments.go).
	comments *comment.Service
	// search is the search index and related posts (see reindex.go).
	search *search.Index
}

// parseFlags parses args with the shared flags plus what extra declares.
func parseFlags(env *environment, name string, args []string, extra func(fs *flag.FlagSet)) (config.Config, []string, error) {
	fs := flag.NewFlagSet("warta "+name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	f := config.Register(fs, env.getenv)
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return config.Config{}, nil, err
	}
	cfg, err := f.Config()
	return cfg, fs.Args(), err
}

// openApp opens the database and builds the services. withCache gives the
// app a page cache (serve); other commands only publish purges.
func openApp(ctx context.Context, env *environment, cfg config.Config, withCache bool) (*app, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		return nil, fmt.Errorf("log level: %w", err)
	}
	log := slog.New(slog.NewTextHandler(env.stderr, &slog.HandlerOptions{Level: level}))
	db, err := store.Open(ctx, cfg.DSN())
	if err != nil {
		return nil, err
	}
	a := &app{cfg: cfg, log: log, db: db, bus: cache.NewBus(db, log), auth: auth.NewService(db), media: media.New(db, cfg.DataDir)}
	if withCache {
		a.cache = cache.New(int64(cfg.CacheMB) << 20)
	}
	a.content = content.NewService(db, content.Options{Purger: a, Location: cfg.Location, Log: log, BodyFilter: a.media.Responsive})
	a.comments = newComments(a)
	a.search = newSearch(a, env)
	a.content.AddObserver(a.search)
	return a, nil
}

// Purge drops the pages behind keys from this process's cache and tells
// every other process through the purge bus.
func (a *app) Purge(ctx context.Context, keys ...string) {
	a.purgeLocal(keys)
	if err := a.bus.Publish(ctx, keys...); err != nil {
		a.log.Error("purge publish failed", "err", err)
	}
}

func (a *app) purgeLocal(keys []string) {
	if a.site != nil {
		a.site.Forget() // settings, navigation and footer may have changed
	}
	if a.cache == nil {
		return
	}
	for _, k := range keys {
		if k == content.KeyAll {
			a.cache.PurgeAll()
			return
		}
	}
	a.cache.Purge(keys...)
}

func (a *app) close() {
	a.comments.Wait() // e-mails still being sent
	a.closeSearch()   // related lists still being refreshed
	a.db.Close()
}

// describeDB names the database without its password.
func describeDB(cfg config.Config) string {
	if cfg.DB == "" {
		return "SQLite " + cfg.DSN()
	}
	if at := strings.LastIndex(cfg.DB, "@"); at >= 0 {
		return "PostgreSQL " + cfg.DB[at+1:]
	}
	return "PostgreSQL"
}
