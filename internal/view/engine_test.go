package view

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/i18n"
)

// writeTheme creates a theme directory holding files (slash paths).
func writeTheme(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestThemeOverride(t *testing.T) {
	t.Parallel()
	dir := writeTheme(t, map[string]string{
		"templates/article.html": `{{define "content"}}<h1 class="custom">{{.Body.Title}}</h1><p>{{t "Oleh"}} {{date .Body.Published}}</p>{{end}}`,
		"templates/extra.html":   `{{define "extra"}}tambahan{{end}}`,
		"static/style.css":       "body{color:#000}",
		"static/logo.svg":        `<svg xmlns="http://www.w3.org/2000/svg"/>`,
		".hidden/ignored.html":   "{{",
		"templates/.swap.html":   "{{",
	})
	e, err := New(dir)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	def := engine(t)
	for _, l := range i18n.Langs() {
		out := render(t, e, "article", testPage(l, "x", "", testArticle()))
		if !strings.Contains(out, `<h1 class="custom">Jembatan Gantung`) {
			t.Errorf("%s: override of article.html not used", l)
		}
		if strings.Contains(out, "Artikel Terkait") || strings.Contains(out, "Related Posts") {
			t.Errorf("%s: embedded article.html still used", l)
		}
		if !strings.Contains(out, `class="site-footer"`) {
			t.Errorf("%s: embedded layout not used", l)
		}
	}
	out := render(t, e, "article", testPage(i18n.EN, "x", "", testArticle()))
	if !strings.Contains(out, "By 24 December 2026") {
		t.Error("funcs not bound to the page language in an override")
	}
	if got, embedded := e.AssetURL("style.css"), def.AssetURL("style.css"); got == embedded {
		t.Errorf("style.css override kept the embedded hash %s", got)
	}
	if !strings.Contains(out, e.AssetURL("style.css")) {
		t.Error("page does not link the overriding stylesheet")
	}
	if u := e.AssetURL("logo.svg"); !strings.HasPrefix(u, "/static/logo.") || !strings.HasSuffix(u, ".svg") {
		t.Errorf("added static file: AssetURL = %q", u)
	}
	if home := render(t, e, "home", testHome(i18n.ID)); !strings.Contains(home, "Terbaru") {
		t.Error("home not rendered from the embedded theme")
	}
}

func TestNewFails(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "tidak-ada")
	notDir := writeTheme(t, map[string]string{"file": "x"})
	tests := []struct {
		name  string
		dir   string
		files map[string]string
		want  []string
	}{
		{"parse error in page", "", map[string]string{
			"templates/article.html": "{{define \"content\"}}\n<h1>{{.Body.Title</h1>{{end}}",
		}, []string{"article.html", "view: "}},
		{"parse error in partial", "", map[string]string{
			"templates/partials.html": "{{define \"summary\"}}{{if}}{{end}}",
		}, []string{"partials.html"}},
		{"parse error in new file", "", map[string]string{
			"templates/widget.html": "{{end}}",
		}, []string{"widget.html"}},
		{"unknown field", "", map[string]string{
			"templates/home.html": `{{define "content"}}{{.Body.Headline}}{{end}}`,
		}, []string{"home.html", "Headline"}},
		{"unknown func", "", map[string]string{
			"templates/error.html": `{{define "content"}}{{raw .Title}}{{end}}`,
		}, []string{"error.html", "raw"}},
		{"unknown asset", "", map[string]string{
			"templates/notfound.html": `{{define "content"}}<img src="{{asset "nope.png"}}" alt="">{{end}}`,
		}, []string{"notfound.html", "nope.png"}},
		{"no content", "", map[string]string{
			"templates/archive.html": `{{define "main"}}x{{end}}`,
		}, []string{"archive.html", `"content"`}},
		{"escaping error", "", map[string]string{
			"templates/notfound.html": `{{define "content"}}<a href="{{.Site.BaseURL}}>x{{end}}`,
		}, []string{"notfound.html"}},
		{"missing dir", missing, nil, []string{"tidak-ada"}},
		{"not a dir", filepath.Join(notDir, "file"), nil, []string{"not a directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := tt.dir
			if dir == "" {
				dir = writeTheme(t, tt.files)
			}
			e, err := New(dir)
			if err == nil {
				t.Fatalf("New succeeded (%v)", e != nil)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if tt.files != nil {
				for name := range tt.files {
					if !strings.Contains(err.Error(), filepath.Join(dir, filepath.FromSlash(name))) &&
						!strings.Contains(err.Error(), filepath.Base(name)) {
						t.Errorf("error %q does not name %s", err, name)
					}
				}
			}
		})
	}
}

func TestBrokenThemeFileNamesPath(t *testing.T) {
	t.Parallel()
	dir := writeTheme(t, map[string]string{"templates/article.html": "{{define \"content\"}}{{.Body.Title}"})
	_, err := New(dir)
	want := filepath.Join(dir, "templates", "article.html")
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want it to name %s", err, want)
	}
}

func TestEmptyThemeDirUsesEmbedded(t *testing.T) {
	t.Parallel()
	e, err := New(t.TempDir())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	var a, b bytes.Buffer
	if err := e.Render(&a, "home", testHome(i18n.ID)); err != nil {
		t.Fatal(err)
	}
	if err := engine(t).Render(&b, "home", testHome(i18n.ID)); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("empty theme dir renders differently from the embedded theme")
	}
}
