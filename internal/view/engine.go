package view

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"path"
	"slices"
	"strings"
	"sync"

	"warta/internal/i18n"
)

// layoutFile is the template every page is rendered through.
const layoutFile = "layout.html"

// maxPooledBuffer keeps one huge page from pinning its buffer forever.
const maxPooledBuffer = 1 << 20

// pageNames lists the pages Render knows; each has templates/NAME.html.
func pageNames() []string {
	return []string{"home", "article", "archive", "search", "corrections", "notfound", "error"}
}

// Engine renders pages from a parsed theme. It is safe for concurrent use.
type Engine struct {
	// sets holds, per language, one template set per page name.
	sets map[i18n.Lang]map[string]*template.Template
	// origins says where each page's file came from, for errors.
	origins map[string]string
	assets  assets
	bufs    sync.Pool
}

// New loads the embedded theme with the files of themeDir over it ("" for
// the embedded theme alone), parses every template once per language and
// renders each page with sample data, so that a broken theme fails here.
// Errors name the file at fault.
func New(themeDir string) (*Engine, error) {
	files, err := loadFiles(themeDir)
	if err != nil {
		return nil, err
	}
	e := &Engine{
		sets:    map[i18n.Lang]map[string]*template.Template{},
		origins: map[string]string{},
		assets:  newAssets(files),
		bufs:    sync.Pool{New: func() any { return new(bytes.Buffer) }},
	}
	for _, l := range i18n.Langs() {
		set, err := parseSet(files, e.funcs(l))
		if err != nil {
			return nil, err
		}
		e.sets[l] = set
	}
	for _, name := range pageNames() {
		e.origins[name] = files["templates/"+name+".html"].origin
	}
	if err := e.check(); err != nil {
		return nil, err
	}
	return e, nil
}

// parseSet parses the layout and partials once, then each page file over
// a clone of them.
func parseSet(files map[string]file, funcs template.FuncMap) (map[string]*template.Template, error) {
	if _, ok := files["templates/"+layoutFile]; !ok {
		return nil, fmt.Errorf("view: theme has no templates/%s", layoutFile)
	}
	base := template.New("").Funcs(funcs)
	for _, key := range sharedTemplates(files) {
		if err := parseFile(base, key, files[key]); err != nil {
			return nil, err
		}
	}
	set := map[string]*template.Template{}
	for _, name := range pageNames() {
		key := "templates/" + name + ".html"
		f, ok := files[key]
		if !ok {
			return nil, fmt.Errorf("view: theme has no %s", key)
		}
		t, err := base.Clone()
		if err != nil {
			return nil, fmt.Errorf("view: clone for %s: %w", key, err)
		}
		if err := parseFile(t, key, f); err != nil {
			return nil, err
		}
		if t.Lookup("content") == nil {
			return nil, fmt.Errorf("view: %s: defines no \"content\" template", f.origin)
		}
		set[name] = t
	}
	return set, nil
}

// sharedTemplates returns, sorted, the keys of templates/*.html that are
// not page files: the layout and the partials.
func sharedTemplates(files map[string]file) []string {
	var keys []string
	for key := range files {
		dir, base := path.Split(key)
		if dir != "templates/" || !strings.HasSuffix(base, ".html") {
			continue
		}
		if slices.Contains(pageNames(), strings.TrimSuffix(base, ".html")) {
			continue
		}
		keys = append(keys, key)
	}
	slices.Sort(keys)
	return keys
}

// parseFile adds the templates of f to t under the file's base name.
func parseFile(t *template.Template, key string, f file) error {
	if _, err := t.New(path.Base(key)).Parse(string(f.data)); err != nil {
		return fmt.Errorf("view: %s: %w", f.origin, err)
	}
	return nil
}

// Render writes page name ("home", "article", "archive", "notfound" or
// "error") for p to w. The page is rendered into a buffer first: on error
// nothing is written.
func (e *Engine) Render(w io.Writer, name string, p Page) error {
	if p.Site.Lang == "" {
		p.Site.Lang = i18n.ID
	}
	set, ok := e.sets[p.Site.Lang]
	if !ok {
		return fmt.Errorf("view: render %s: unsupported language %q", name, p.Site.Lang)
	}
	t, ok := set[name]
	if !ok {
		return fmt.Errorf("view: render: unknown page %q", name)
	}
	if err := checkBody(name, p.Body); err != nil {
		return err
	}
	buf := e.bufs.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= maxPooledBuffer {
			e.bufs.Put(buf)
		}
	}()
	if err := t.ExecuteTemplate(buf, layoutFile, p); err != nil {
		return fmt.Errorf("view: render %s: %w", name, err)
	}
	if _, err := buf.WriteTo(w); err != nil {
		return fmt.Errorf("view: write %s: %w", name, err)
	}
	return nil
}

// checkBody reports a Body of the wrong type for the page, which would
// otherwise surface as an obscure template error.
func checkBody(name string, body any) error {
	var ok bool
	switch name {
	case "home":
		b, is := body.(*Home)
		ok = is && b != nil
	case "article":
		b, is := body.(*Article)
		ok = is && b != nil
	case "archive":
		b, is := body.(*Archive)
		ok = is && b != nil
	case "corrections":
		b, is := body.(*Corrections)
		ok = is && b != nil
	case "search":
		b, is := body.(*Search)
		ok = is && b != nil
	default:
		ok = true
	}
	if !ok {
		return fmt.Errorf("view: render %s: Body is %T", name, body)
	}
	return nil
}
