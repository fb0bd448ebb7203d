package admin

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/media"
	"warta/internal/store"
)

// Prefix is the path the handler returned by Handler is served under.
const Prefix = "/admin/"

// Previewer renders a post, saved or not, as readers would see it, marked
// noindex and never cached. Package site implements it.
type Previewer interface {
	Preview(w http.ResponseWriter, r *http.Request, p *content.Post) error
}

// Mailer sends a plain-text email. With no Mailer the admin cannot mail
// password-reset links, and says to use `warta user reset` instead.
type Mailer interface {
	Send(ctx context.Context, to []string, subject, body string) error
}

// Deps is what the admin works with.
type Deps struct {
	DB      *store.DB
	Auth    *auth.Service
	Content *content.Service
	Media   *media.Library
	// Comments is the comment system: moderation queue, comment settings
	// and the dashboard's count; nil leaves them out.
	Comments *comment.Service
	Preview  Previewer                  // nil: preview buttons answer 404
	Mailer   Mailer                     // nil: no password-reset mail
	PostURL  func(*content.Post) string // public URL of a post; nil: no "view" links
	Lang     i18n.Lang                  // default admin language (the site's)
	BaseURL  string                     // public URL of the site, for Origin checks and reset links
	Location *time.Location             // the site's time zone
	Log      *slog.Logger               // slog.Default() when nil
	Now      func() time.Time           // clock; time.Now when nil
}

// Admin is the newsroom's handlers.
type Admin struct {
	Deps
	views *views
	mux   *http.ServeMux
}

// New parses the admin templates (failing on a broken one) and builds the
// routes.
func New(d Deps) (*Admin, error) {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	if d.Location == nil {
		d.Location = time.UTC
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Lang == "" {
		d.Lang = i18n.ID
	}
	v, err := newViews()
	if err != nil {
		return nil, err
	}
	a := &Admin{Deps: d, views: v, mux: http.NewServeMux()}
	for _, rt := range a.routes() {
		a.mux.Handle(rt.pattern, a.serve(rt))
	}
	a.mux.Handle(Prefix, a.serve(route{pattern: Prefix, public: true, handle: a.notFound}))
	return a, nil
}

// ServeHTTP answers every request under Prefix.
func (a *Admin) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Robots-Tag", "noindex, nofollow")
	a.mux.ServeHTTP(w, r)
}

// Routes mounts the admin on mux under Prefix, next to the public site's
// catch-all "GET /" (a method-less "/admin/" would conflict with it).
func (a *Admin) Routes(mux *http.ServeMux) {
	mux.Handle("GET "+Prefix, a)
	mux.Handle("POST "+Prefix, a)
}
