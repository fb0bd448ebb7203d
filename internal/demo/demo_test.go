package demo

import (
	"go/parser"
	"go/token"
	"html"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var (
	tagRE         = regexp.MustCompile(`<[^>]*>`)
	placeholderRE = regexp.MustCompile(`\{\{img:(\d+)\}\}`)
	hrefRE        = regexp.MustCompile(`href="([^"]*)"`)
	elementRE     = regexp.MustCompile(`<(/?)([a-z0-9]+)[^>]*>`)
)

// plainText strips tags and entities, leaving the words a reader sees.
func plainText(body string) string {
	return html.UnescapeString(tagRE.ReplaceAllString(body, " "))
}

func words(body string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(plainText(body))) {
		f = strings.Trim(f, ".,;:!?()“”’—–-")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

func TestCounts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		got, min int
		max      int
	}{
		{"articles", len(Articles()), 36, 1000},
		{"categories", len(Categories()), 6, 20},
		{"authors", len(Authors()), 4, 4},
		{"pages", len(Pages()), 4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.got < tt.min || tt.got > tt.max {
				t.Errorf("%s: got %d, want %d..%d", tt.name, tt.got, tt.min, tt.max)
			}
		})
	}
}

func TestAuthorsAndCategories(t *testing.T) {
	t.Parallel()
	slugRE := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	seen := map[string]bool{}
	for _, a := range Authors() {
		if !slugRE.MatchString(a.Slug) || seen[a.Slug] {
			t.Errorf("author %q: bad or duplicate slug %q", a.Name, a.Slug)
		}
		seen[a.Slug] = true
		if !strings.HasSuffix(a.Email, "@demo.warta.invalid") {
			t.Errorf("author %q: email %q must end in @demo.warta.invalid", a.Name, a.Email)
		}
		if a.Name == "" || a.Bio == "" {
			t.Errorf("author %q: name and bio required", a.Slug)
		}
	}
	cats := map[string]Category{}
	for _, c := range Categories() {
		if !slugRE.MatchString(c.Slug) || cats[c.Slug].Slug != "" {
			t.Errorf("category %q: bad or duplicate slug %q", c.Name, c.Slug)
		}
		cats[c.Slug] = c
	}
	for _, want := range []string{"nasional", "ekonomi", "teknologi", "olahraga", "budaya", "lingkungan"} {
		if cats[want].Slug == "" {
			t.Errorf("missing category %q", want)
		}
	}
	for _, c := range cats {
		if c.Parent != "" && (cats[c.Parent].Slug == "" || cats[c.Parent].Parent != "") {
			t.Errorf("category %q: parent %q must be an existing top-level category", c.Slug, c.Parent)
		}
	}
}

func TestArticleReferences(t *testing.T) {
	t.Parallel()
	authors := map[string]bool{}
	for _, a := range Authors() {
		authors[a.Slug] = true
	}
	perCategory := map[string]int{}
	for _, c := range Categories() {
		perCategory[c.Slug] = 0
	}
	titles := map[string]bool{}
	for _, a := range Articles() {
		if !authors[a.Author] {
			t.Errorf("%q: unknown author %q", a.Title, a.Author)
		}
		if len(a.Categories) < 1 || len(a.Categories) > 2 {
			t.Errorf("%q: %d categories, want 1 or 2", a.Title, len(a.Categories))
		}
		for _, c := range a.Categories {
			if _, ok := perCategory[c]; !ok {
				t.Errorf("%q: unknown category %q", a.Title, c)
			}
			perCategory[c]++
		}
		if titles[a.Title] {
			t.Errorf("duplicate title %q", a.Title)
		}
		titles[a.Title] = true
	}
	for slug, n := range perCategory {
		if n < 5 {
			t.Errorf("category %q has %d articles, want at least 5", slug, n)
		}
	}
}

func TestArticleFields(t *testing.T) {
	t.Parallel()
	for i, a := range Articles() {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			t.Parallel()
			if a.Title == "" || a.Lead == "" || strings.Contains(a.Lead, "<") || strings.Contains(a.Excerpt, "<") {
				t.Errorf("%q: title and plain-text lead required; excerpt must be plain text", a.Title)
			}
			if len(a.Tags) < 2 || len(a.Tags) > 5 {
				t.Errorf("%q: %d tags, want 2..5", a.Title, len(a.Tags))
			}
			if a.DaysAgo < 0 || a.DaysAgo > 60 || a.Hour < 0 || a.Hour > 23 || a.Minute < 0 || a.Minute > 59 {
				t.Errorf("%q: bad time %d days ago at %02d:%02d", a.Title, a.DaysAgo, a.Hour, a.Minute)
			}
			for _, s := range []string{a.Title, a.Lead, a.Excerpt, plainText(a.Body)} {
				if strings.ContainsAny(s, `"'`) {
					t.Errorf("%q: straight quote in %.60q; use typographic quotes", a.Title, s)
				}
			}
		})
	}
}

func TestArticleBodies(t *testing.T) {
	t.Parallel()
	figures := 0
	for _, a := range Articles() {
		if strings.Contains(a.Body, "<figure>") {
			figures++
		}
	}
	if figures < 20 {
		t.Errorf("%d bodies contain a <figure>, want at least 20", figures)
	}
	for i, a := range Articles() {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			t.Parallel()
			b := a.Body
			if strings.Count(b, "<p>") < 3 {
				t.Errorf("%q: fewer than 3 paragraphs", a.Title)
			}
			if !strings.Contains(b, "<h2>") {
				t.Errorf("%q: no <h2>", a.Title)
			}
			if !strings.Contains(b, "<li><strong>") || !(strings.Contains(b, "<ul>") || strings.Contains(b, "<ol>")) {
				t.Errorf("%q: no list whose items start with <strong>", a.Title)
			}
			if n := len(words(b)); n < 250 || n > 600 {
				t.Errorf("%q: %d words, want 250..600", a.Title, n)
			}
			for _, m := range hrefRE.FindAllStringSubmatch(b, -1) {
				if !strings.HasPrefix(m[1], "https://example.org/") && !strings.HasPrefix(m[1], "https://example.com/") {
					t.Errorf("%q: link %q outside example.org/example.com", a.Title, m[1])
				}
			}
			checkPlaceholders(t, a)
			checkBalanced(t, a.Title, b)
		})
	}
}

func checkPlaceholders(t *testing.T, a Article) {
	t.Helper()
	used := make([]bool, len(a.InlineImages))
	for _, m := range placeholderRE.FindAllStringSubmatch(a.Body, -1) {
		n, _ := strconv.Atoi(m[1])
		if n >= len(a.InlineImages) {
			t.Errorf("%q: {{img:%d}} has no InlineImages[%d]", a.Title, n, n)
			continue
		}
		used[n] = true
	}
	for n, ok := range used {
		if !ok {
			t.Errorf("%q: InlineImages[%d] is never referenced", a.Title, n)
		}
	}
}

// checkBalanced reports elements that are not closed in order; <img> is
// the only void element the bodies use.
func checkBalanced(t *testing.T, title, body string) {
	t.Helper()
	var stack []string
	for _, m := range elementRE.FindAllStringSubmatch(body, -1) {
		closing, name := m[1] == "/", m[2]
		switch {
		case name == "img" || name == "br":
		case !closing:
			stack = append(stack, name)
		case len(stack) == 0 || stack[len(stack)-1] != name:
			t.Errorf("%q: unexpected </%s>, open: %v", title, name, stack)
			return
		default:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		t.Errorf("%q: unclosed elements %v", title, stack)
	}
}

// TestNoSharedPassages guards against copy-paste between articles: no two
// bodies may share a run of 12 words.
func TestNoSharedPassages(t *testing.T) {
	t.Parallel()
	const n = 12
	owner := map[string]int{}
	for i, a := range Articles() {
		w := words(a.Body)
		for j := 0; j+n <= len(w); j++ {
			key := strings.Join(w[j:j+n], " ")
			if k, ok := owner[key]; ok && k != i {
				t.Errorf("%q and %q share %q", Articles()[k].Title, a.Title, key)
				break
			}
			owner[key] = i
		}
	}
}

func TestPages(t *testing.T) {
	t.Parallel()
	var slugs []string
	for _, p := range Pages() {
		slugs = append(slugs, p.Slug)
		if p.Title == "" || !strings.Contains(p.Body, "<p>") {
			t.Errorf("page %q: title and HTML body required", p.Slug)
		}
		if strings.ContainsAny(plainText(p.Body), `"'`) {
			t.Errorf("page %q: straight quote in body", p.Slug)
		}
		checkBalanced(t, p.Title, p.Body)
	}
	slices.Sort(slugs)
	want := []string{"kebijakan-privasi", "pedoman-media-siber", "redaksi", "tentang-kami"}
	if !slices.Equal(slugs, want) {
		t.Errorf("page slugs = %v, want %v", slugs, want)
	}
}

// TestNoWartaImports keeps the package pure data: it must not depend on
// any other Warta package.
func TestNoWartaImports(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		parsed, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range parsed.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if p == "warta" || strings.HasPrefix(p, "warta/") {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}
