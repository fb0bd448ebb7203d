package admin

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"warta/internal/auth"
	"warta/internal/i18n"
	adminweb "warta/web/admin"
)

// views is the admin's template set: per language, one template per page
// (templates/NAME.html parsed over layout.html and partials.html), and
// its static files under content-hashed URLs.
type views struct {
	sets   map[i18n.Lang]map[string]*template.Template
	assets map[string]*asset // by name: "admin.css", "admin.js"
	byURL  map[string]*asset
}

type asset struct {
	url, contentType string
	data             []byte
}

// shared are the template files every page is parsed with.
var shared = []string{"layout.html", "partials.html"}

func newViews() (*views, error) {
	v := &views{sets: map[i18n.Lang]map[string]*template.Template{}, assets: map[string]*asset{}, byURL: map[string]*asset{}}
	if err := v.loadAssets(); err != nil {
		return nil, err
	}
	names, err := fs.Glob(adminweb.FS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("admin: templates: %w", err)
	}
	for _, l := range i18n.Langs() {
		base := template.New("").Funcs(v.funcs(l))
		for _, f := range shared {
			if err := parseFile(base, "templates/"+f); err != nil {
				return nil, err
			}
		}
		set := map[string]*template.Template{}
		for _, n := range names {
			if isShared(path.Base(n)) {
				continue
			}
			t, err := base.Clone()
			if err != nil {
				return nil, fmt.Errorf("admin: clone for %s: %w", n, err)
			}
			if err := parseFile(t, n); err != nil {
				return nil, err
			}
			set[strings.TrimSuffix(path.Base(n), ".html")] = t
		}
		v.sets[l] = set
	}
	return v, nil
}

func isShared(name string) bool {
	for _, s := range shared {
		if s == name {
			return true
		}
	}
	return false
}

func parseFile(t *template.Template, name string) error {
	src, err := fs.ReadFile(adminweb.FS, name)
	if err != nil {
		return fmt.Errorf("admin: read %s: %w", name, err)
	}
	if _, err := t.New(path.Base(name)).Parse(string(src)); err != nil {
		return fmt.Errorf("admin: parse %s: %w", name, err)
	}
	return nil
}

// loadAssets hashes static/* and dist/*.js.
func (v *views) loadAssets() error {
	for _, pattern := range []string{"static/*", "dist/*.js"} {
		files, err := fs.Glob(adminweb.FS, pattern)
		if err != nil {
			return fmt.Errorf("admin: assets: %w", err)
		}
		for _, f := range files {
			data, err := fs.ReadFile(adminweb.FS, f)
			if err != nil {
				return fmt.Errorf("admin: asset %s: %w", f, err)
			}
			name := path.Base(f)
			sum := sha256.Sum256(data)
			ext := path.Ext(name)
			as := &asset{
				url:         Prefix + "static/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:10] + ext,
				contentType: mime.TypeByExtension(ext),
				data:        data,
			}
			v.assets[name], v.byURL[as.url] = as, as
		}
	}
	return nil
}

func (v *views) assetURL(name string) (string, error) {
	as, ok := v.assets[name]
	if !ok {
		return "", fmt.Errorf("admin: no asset %q", name)
	}
	return as.url, nil
}

// serveStatic answers GET /admin/static/{file} at hashed URLs only.
func (a *Admin) serveStatic(w http.ResponseWriter, r *http.Request, rq *request) error {
	as, ok := a.views.byURL[r.URL.Path]
	if !ok {
		return &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	h := w.Header()
	h.Set("Content-Type", as.contentType)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(as.data))
	return nil
}

func (v *views) funcs(l i18n.Lang) template.FuncMap {
	return template.FuncMap{
		"t":        func(key string, args ...any) string { return translate(l, key, args...) },
		"date":     func(t time.Time) string { return i18n.Date(l, t) },
		"datetime": func(t time.Time) string { return i18n.DateTime(l, t) },
		"isodate":  func(t time.Time) string { return t.Format(time.RFC3339) },
		"number":   func(n int) string { return i18n.Number(l, n) },
		"asset":    v.assetURL,
		"join":     strings.Join,
		"role":     func(r auth.Role) string { return translate(l, roleLabel(r)) },
		"indent":   func(depth int) string { return strings.Repeat("— ", depth) },
		"fe":       func(errs map[string]string, name string) fieldErr { return fieldErr{Name: name, Msg: errs[name]} },
	}
}

// render writes page name with status; on a template error nothing is
// written.
func (v *views) render(w http.ResponseWriter, status int, name string, p *page) error {
	t, ok := v.sets[p.Lang][name]
	if !ok {
		return fmt.Errorf("admin: no page %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", p); err != nil {
		return fmt.Errorf("admin: render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// page is what every admin template receives as ".".
type page struct {
	Lang    i18n.Lang
	Title   string
	Section string // the navigation entry to mark current
	User    *auth.User
	CSRF    string
	Notice  string // a success message
	Error   string // a problem with the whole form
	Body    any
	// Path is the page's own address, for forms that come back to it;
	// FormToken is the double-submit token of pre-sign-in forms.
	Path, FormToken string
	// HasComments shows the comment queue in the menu.
	HasComments bool
}

// Can reports whether the signed-in user has capability c (for menus;
// handlers check again).
func (p *page) Can(c string) bool { return p.User != nil && p.User.Role.Can(auth.Capability(c)) }

// page starts the page data for rq.
func (a *Admin) page(rq *request, title, section string) *page {
	p := &page{Lang: rq.lang, Title: title, Section: section, User: rq.user, Path: rq.path, FormToken: rq.formToken,
		HasComments: a.Comments != nil}
	if rq.sess != nil {
		p.CSRF = rq.sess.CSRF
	}
	return p
}

// render writes page name, logging nothing itself: errors go back to the
// adapter.
func (a *Admin) render(w http.ResponseWriter, status int, name string, p *page) error {
	return a.views.render(w, status, name, p)
}

// fieldErr is the data of the "fielderror" partial.
type fieldErr struct{ Name, Msg string }

// roleLabel names a role for people (an i18n key).
func roleLabel(r auth.Role) string {
	return map[auth.Role]string{
		auth.Administrator: "Administrator", auth.Editor: "Editor", auth.Author: "Penulis", auth.Contributor: "Kontributor",
	}[r]
}
