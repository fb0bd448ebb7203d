package api

import (
	"log/slog"
	"net/http"
	"strings"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/search"
)

// Prefix is the path under which the handler returned by New is served.
const Prefix = "/api/v1/"

// Deps are the services the API works with.
type Deps struct {
	Content *content.Service
	Auth    *auth.Service
	URL     func(p *content.Post) string // absolute public URL of a post or page
	Log     *slog.Logger                 // slog.Default() when nil
	// Comments serves /api/v1/comments; nil answers those routes 404.
	Comments *comment.Service
	// Search serves /api/v1/search; nil answers it 404.
	Search *search.Index
}

// api holds the dependencies shared by every handler.
type api struct {
	content  *content.Service
	auth     *auth.Service
	url      func(p *content.Post) string
	log      *slog.Logger
	comments *comment.Service
	search   *search.Index
}

// handlerFunc is an API handler: it writes a response and returns nil, or
// writes nothing and returns an error for serve to answer.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// New returns the JSON API handler. Serve it at Prefix ("/api/v1/"): its
// routes carry full paths.
func New(d Deps) http.Handler {
	a := &api{content: d.Content, auth: d.Auth, url: d.URL, log: d.Log, comments: d.Comments, search: d.Search}
	if a.url == nil {
		a.url = func(*content.Post) string { return "" }
	}
	if a.log == nil {
		a.log = slog.Default()
	}
	mux := http.NewServeMux()
	routes := a.routes()
	for _, rt := range routes {
		mux.Handle(rt.pattern, a.serve(rt))
	}
	mux.Handle(Prefix, a.serve(route{pattern: Prefix, handle: unrouted(routes)}))
	return mux
}

// unrouted answers requests no route matched, in JSON like every other
// error: 405 with Allow when the path exists for other methods, else 404.
func unrouted(routes []route) handlerFunc {
	paths := http.NewServeMux()
	allowed := map[string][]string{}
	for _, rt := range routes {
		method, path, _ := strings.Cut(rt.pattern, " ")
		if allowed[path] == nil {
			paths.HandleFunc(path, http.NotFound)
		}
		allowed[path] = append(allowed[path], method)
	}
	return func(w http.ResponseWriter, r *http.Request) error {
		if _, path := paths.Handler(r); path != "" {
			w.Header().Set("Allow", strings.Join(allowed[path], ", "))
			return &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				message: r.Method + " is not allowed here"}
		}
		return &apiError{status: http.StatusNotFound, code: "not_found", message: "no such endpoint"}
	}
}

// serve authenticates the request, checks the route's capability, runs
// its handler and answers any error it returns.
func (a *api) serve(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, err := a.authenticate(r)
		if err == nil {
			err = allow(user, rt.need)
		}
		if err == nil {
			r = r.WithContext(auth.WithUser(r.Context(), user))
			err = rt.handle(w, r)
		}
		if err != nil {
			a.writeError(w, r, err)
		}
	})
}

// allow checks that user has capability need ("" lets anyone in,
// anonymous clients included).
func allow(user *auth.User, need auth.Capability) error {
	switch {
	case need == "":
		return nil
	case user == nil:
		return errUnauthorized("this request needs a bearer token")
	case !user.Role.Can(need):
		return errForbidden("your role lacks the " + string(need) + " capability")
	}
	return nil
}
