package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"time"

	"warta/internal/admin"
	"warta/internal/api"
	"warta/internal/content"
	"warta/internal/feed"
	"warta/internal/jobs"
	"warta/internal/metric"
	"warta/internal/server"
	"warta/internal/site"
	"warta/internal/view"
	"warta/internal/wordpress"
)

func runServe(ctx context.Context, env *environment, args []string) error {
	var demo bool
	cfg, rest, err := parseFlags(env, "serve", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&demo, "demo", false, "load demo content and create an admin when the site is empty")
	})
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	a, err := openApp(ctx, env, cfg, true)
	if err != nil {
		return err
	}
	defer a.close()
	var login *demoLogin
	if demo {
		if login, err = loadDemoIfEmpty(ctx, a, env); err != nil {
			return err
		}
	}
	h, err := a.handler()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	go jobs.Every(ctx, time.Second, "publish_scheduled", a.log, func(ctx context.Context) error {
		_, err := a.content.PublishDue(ctx)
		return err
	})
	go jobs.Every(ctx, time.Minute, "comments_maintain", a.log, a.comments.Maintain)
	go func() {
		if err := a.bus.Run(ctx, 250*time.Millisecond, a.purgeLocal); err != nil && ctx.Err() == nil {
			a.log.Error("purge bus stopped", "err", err)
		}
	}()
	fmt.Fprintf(env.stdout, "Warta is running at %s/ (%s)\n", cfg.BaseURL, describeDB(cfg))
	if login != nil {
		fmt.Fprintf(env.stdout, "Admin login: %s  password: %s\n", login.email, login.password)
	}
	a.log.Info("listening", "addr", ln.Addr().String())
	return server.Run(ctx, ln, h, a.log)
}

// handler builds the whole HTTP surface: site map, API, assets, health
// and metrics, behind the page cache and the shared middleware.
func (a *app) handler() (http.Handler, error) {
	views, err := view.New(a.cfg.ThemeDir)
	if err != nil {
		return nil, err
	}
	feeds := feed.New(feed.Deps{Content: a.content, Comments: commentFeed{a.comments}, Lang: a.cfg.Lang, BaseURL: a.cfg.BaseURL, Location: a.cfg.Location, Logo: views.AssetURL("logo.png"), Log: a.log})
	pub := site.New(site.Deps{Content: a.content, View: views, Lang: a.cfg.Lang, BaseURL: a.cfg.BaseURL, Location: a.cfg.Location, Log: a.log, PostFeed: feeds.PostComments(),
		Comments: a.comments, Search: a.search})
	a.site = pub
	reg := metric.New()
	hits := func() float64 { h, _ := a.cache.Stats(); return float64(h) }
	misses := func() float64 { _, m := a.cache.Stats(); return float64(m) }
	reg.AddCounterFunc("warta_cache_hits_total", "Pages answered from the page cache.", hits)
	reg.AddCounterFunc("warta_cache_misses_total", "Cacheable pages rendered on a miss.", misses)
	reg.AddGauge("go_goroutines", "Number of goroutines.", func() float64 { return float64(runtime.NumGoroutine()) })
	reg.AddGauge("go_memstats_heap_inuse_bytes", "Heap bytes in use.", func() float64 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapInuse)
	})

	mux := http.NewServeMux()
	pub.Routes(mux)
	adm, err := admin.New(admin.Deps{DB: a.db, Auth: a.auth, Content: a.content, Media: a.media, Comments: a.comments,
		Preview: pub, Mailer: adminMailer(a.cfg), PostURL: a.siteURL, Lang: a.cfg.Lang, BaseURL: a.cfg.BaseURL,
		Location: a.cfg.Location, Log: a.log})
	if err != nil {
		return nil, err
	}
	adm.Routes(mux)
	feeds.Routes(mux)
	apiHandler := api.New(api.Deps{Content: a.content, Auth: a.auth, URL: a.siteURL, Log: a.log, Comments: a.comments, Search: a.search})
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"} {
		mux.Handle(m+" "+api.Prefix, apiHandler) // per method: "GET /" of the site would clash with a method-less pattern
	}
	mux.Handle("GET /static/", views.StaticHandler())
	mux.Handle("GET /favicon.ico", views.StaticHandler())
	mux.Handle("GET /media/", a.media.Handler())
	mux.Handle("GET /metrics", reg.Handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if err := a.db.Ping(r.Context()); err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	// Old WordPress URLs are answered behind the page cache: a cached page
	// is never one of them, and the cache stores none of their 301s and
	// 404s, so hits skip the lookup.
	var h http.Handler = wordpress.Redirects(a.content, a.cfg.Location, a.log)(mux)
	h = a.cache.Middleware(h)
	h = reg.Middleware(func(r *http.Request) string { _, p := mux.Handler(r); return p }, h)
	h = server.Log(a.log, h)
	h = server.Recover(a.log, h)
	return server.SecurityHeaders(h), nil
}

// siteURL is the public URL of p (set once handler has built the site).
func (a *app) siteURL(p *content.Post) string { return a.site.URL(context.Background(), p) }
