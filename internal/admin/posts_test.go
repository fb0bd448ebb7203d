package admin_test

import (
	"context"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// fixture is the posts every permission scenario starts from.
type fixture struct {
	draftA, pubA, draft2, draftC, pendC, page *content.Post
	catID                                     int64 // "Nasional", the category of pubA
}

func newFixture(t *testing.T, ts *testSite) fixture {
	t.Helper()
	ctx := context.Background()
	cat, err := ts.content.CreateTerm(ctx, content.Category, content.TermInput{Name: "Nasional"})
	if err != nil {
		t.Fatal(err)
	}
	return fixture{catID: cat.ID,
		draftA: ts.post(t, "author", content.Input{Title: "Draf penulis satu", Body: "<p>a</p>"}),
		pubA:   ts.post(t, "author", content.Input{Title: "Terbitan penulis satu", Body: "<p>b</p>", Status: content.Published, Categories: []string{"nasional"}}),
		draft2: ts.post(t, "author2", content.Input{Title: "Draf penulis dua", Body: "<p>c</p>"}),
		draftC: ts.post(t, "contributor", content.Input{Title: "Draf kontributor", Body: "<p>d</p>"}),
		pendC:  ts.post(t, "contributor", content.Input{Title: "Tinjauan kontributor", Body: "<p>e</p>", Status: content.Pending}),
		page:   ts.post(t, "admin", content.Input{Type: content.TypePage, Title: "Pedoman Media Siber", Body: "<p>f</p>", Status: content.Published}),
	}
}

func path(p *content.Post, suffix string) string {
	base := "/admin/posts/"
	if p.Type == content.TypePage {
		base = "/admin/pages/"
	}
	return base + strconv.FormatInt(p.ID, 10) + suffix
}

// editForm is the editor's form for p with changes applied.
func editForm(p *content.Post, action string, changes ...string) url.Values {
	f := url.Values{"title": {p.Title}, "body": {p.Body}, "slug": {p.Slug}, "version": {strconv.Itoa(p.Version)},
		"action": {action}, "comments": {"open"}}
	for i := 0; i+1 < len(changes); i += 2 {
		f.Set(changes[i], changes[i+1])
	}
	return f
}

type scenario struct {
	name        string
	who         string
	method      string
	path        func(fx fixture) string
	form        func(fx fixture) url.Values
	status      int
	mustContain []string
	mustNot     []string
	check       func(t *testing.T, ts *testSite, fx fixture)
}

func fixed(p string) func(fixture) string { return func(fixture) string { return p } }

func statusOf(t *testing.T, ts *testSite, p *content.Post) content.Status {
	t.Helper()
	got, err := ts.content.Get(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return got.Status
}

func wantStatus(pick func(fixture) *content.Post, want content.Status) func(*testing.T, *testSite, fixture) {
	return func(t *testing.T, ts *testSite, fx fixture) {
		t.Helper()
		if got := statusOf(t, ts, pick(fx)); got != want {
			t.Errorf("status %s, want %s", got, want)
		}
	}
}

func postScenarios() []scenario {
	return []scenario{
		{name: "dashboard", who: "contributor", method: "GET", path: fixed("/admin/"), status: 200, mustContain: []string{"Draf kontributor"}, mustNot: []string{"Draf penulis dua"}},
		{name: "dashboard editor", who: "editor", method: "GET", path: fixed("/admin/"), status: 200, mustContain: []string{"Tinjauan kontributor", "Terbitan penulis satu"}},
		{name: "list own only", who: "author", method: "GET", path: fixed("/admin/posts"), status: 200, mustContain: []string{"Draf penulis satu", "Terbitan penulis satu"}, mustNot: []string{"Draf penulis dua", "Draf kontributor"}},
		{name: "list all", who: "editor", method: "GET", path: fixed("/admin/posts"), status: 200, mustContain: []string{"Draf penulis satu", "Draf penulis dua", "Draf kontributor"}},
		{name: "list pending tab", who: "editor", method: "GET", path: fixed("/admin/posts?status=pending"), status: 200, mustContain: []string{"Tinjauan kontributor"}, mustNot: []string{"Draf penulis dua"}},
		{name: "list search", who: "editor", method: "GET", path: fixed("/admin/posts?q=DUA"), status: 200, mustContain: []string{"Draf penulis dua"}, mustNot: []string{"Draf kontributor"}},
		{name: "list author filter", who: "editor", method: "GET", path: func(fx fixture) string { return "/admin/posts?author=" + strconv.FormatInt(fx.draftC.AuthorID, 10) }, status: 200, mustContain: []string{"Draf kontributor"}, mustNot: []string{"Draf penulis satu"}},
		{name: "list category filter", who: "editor", method: "GET", path: func(fx fixture) string { return "/admin/posts?cat=" + strconv.FormatInt(fx.catID, 10) }, status: 200, mustContain: []string{"Terbitan penulis satu"}, mustNot: []string{"Draf penulis satu"}},
		{name: "new form", who: "contributor", method: "GET", path: fixed("/admin/posts/new"), status: 200, mustContain: []string{"Kirim untuk ditinjau", `data-editor`}, mustNot: []string{`value="publish"`}},
		{name: "new form author", who: "author", method: "GET", path: fixed("/admin/posts/new"), status: 200, mustContain: []string{`value="publish"`, `value="schedule"`}},
		{name: "edit own", who: "author", method: "GET", path: func(fx fixture) string { return path(fx.draftA, "") }, status: 200, mustContain: []string{"Draf penulis satu"}},
		{name: "edit other's", who: "author", method: "GET", path: func(fx fixture) string { return path(fx.draft2, "") }, status: 403},
		{name: "editor edits any", who: "editor", method: "GET", path: func(fx fixture) string { return path(fx.draft2, "") }, status: 200},
		{name: "missing post", who: "editor", method: "GET", path: fixed("/admin/posts/99999"), status: 404},
		{name: "page as post", who: "editor", method: "GET", path: func(fx fixture) string { return "/admin/posts/" + strconv.FormatInt(fx.page.ID, 10) }, status: 404},
		{name: "pages need edit_pages", who: "author", method: "GET", path: fixed("/admin/pages"), status: 403},
		{name: "pages for editor", who: "editor", method: "GET", path: fixed("/admin/pages"), status: 200, mustContain: []string{"Pedoman Media Siber"}},
		{name: "contributor drafts", who: "contributor", method: "POST", path: fixed("/admin/posts"),
			form: func(fixture) url.Values {
				return url.Values{"title": {"Tulisan baru kontributor"}, "action": {"draft"}}
			}, status: 303},
		{name: "contributor cannot publish new", who: "contributor", method: "POST", path: fixed("/admin/posts"),
			form: func(fixture) url.Values {
				return url.Values{"title": {"Ingin langsung terbit"}, "body": {"<p>Kerja keras</p>"}, "action": {"publish"}}
			}, status: 403, mustContain: []string{"Ingin langsung terbit", "Kerja keras", "Peran Anda tidak boleh"}},
		{name: "contributor submits", who: "contributor", method: "POST", path: func(fx fixture) string { return path(fx.draftC, "") },
			form: func(fx fixture) url.Values { return editForm(fx.draftC, "submit") }, status: 303, check: wantStatus(func(fx fixture) *content.Post { return fx.draftC }, content.Pending)},
		{name: "contributor cannot publish own", who: "contributor", method: "POST", path: func(fx fixture) string { return path(fx.draftC, "") },
			form: func(fx fixture) url.Values { return editForm(fx.draftC, "publish") }, status: 403, check: wantStatus(func(fx fixture) *content.Post { return fx.draftC }, content.Draft)},
		{name: "contributor cannot schedule", who: "contributor", method: "POST", path: func(fx fixture) string { return path(fx.draftC, "") },
			form: func(fx fixture) url.Values {
				return editForm(fx.draftC, "schedule", "publish_at", time.Now().Add(48*time.Hour).Format("2006-01-02T15:04"))
			}, status: 403, check: wantStatus(func(fx fixture) *content.Post { return fx.draftC }, content.Draft)},
		{name: "author cannot save other's", who: "author", method: "POST", path: func(fx fixture) string { return path(fx.draft2, "") },
			form: func(fx fixture) url.Values { return editForm(fx.draft2, "draft", "title", "Dibajak") }, status: 403},
		{name: "author publishes own", who: "author", method: "POST", path: func(fx fixture) string { return path(fx.draftA, "") },
			form: func(fx fixture) url.Values { return editForm(fx.draftA, "publish") }, status: 303, check: wantStatus(func(fx fixture) *content.Post { return fx.draftA }, content.Published)},
		{name: "editor publishes pending", who: "editor", method: "POST", path: func(fx fixture) string { return path(fx.pendC, "") },
			form: func(fx fixture) url.Values { return editForm(fx.pendC, "publish") }, status: 303, check: wantStatus(func(fx fixture) *content.Post { return fx.pendC }, content.Published)},
		{name: "author unpublishes", who: "author", method: "POST", path: func(fx fixture) string { return path(fx.pubA, "") },
			form: func(fx fixture) url.Values { return editForm(fx.pubA, "draft") }, status: 303, check: wantStatus(func(fx fixture) *content.Post { return fx.pubA }, content.Draft)},
		{name: "trash and restore", who: "author", method: "POST", path: func(fx fixture) string { return path(fx.draftA, "") },
			form: func(fx fixture) url.Values { return editForm(fx.draftA, "trash") }, status: 303, check: func(t *testing.T, ts *testSite, fx fixture) {
				if statusOf(t, ts, fx.draftA) != content.Trash {
					t.Fatal("not trashed")
				}
				p, _ := ts.content.Get(context.Background(), fx.draftA.ID)
				if res := ts.req(t, "author", "POST", path(p, ""), editForm(p, "restore")); res.status != 303 || statusOf(t, ts, p) != content.Draft {
					t.Errorf("restore: %d %s", res.status, statusOf(t, ts, p))
				}
			}},
		{name: "bulk skips others", who: "author", method: "POST", path: fixed("/admin/posts/bulk"),
			form: func(fx fixture) url.Values {
				return url.Values{"bulk_action": {"trash"}, "id": {strconv.FormatInt(fx.draftA.ID, 10), strconv.FormatInt(fx.draft2.ID, 10)}}
			}, status: 303, check: func(t *testing.T, ts *testSite, fx fixture) {
				if statusOf(t, ts, fx.draftA) != content.Trash || statusOf(t, ts, fx.draft2) != content.Draft {
					t.Errorf("bulk: own %s, other's %s", statusOf(t, ts, fx.draftA), statusOf(t, ts, fx.draft2))
				}
			}},
		{name: "bulk publish needs capability", who: "contributor", method: "POST", path: fixed("/admin/posts/bulk"),
			form: func(fx fixture) url.Values {
				return url.Values{"bulk_action": {"publish"}, "id": {strconv.FormatInt(fx.draftC.ID, 10)}}
			}, status: 303, check: wantStatus(func(fx fixture) *content.Post { return fx.draftC }, content.Draft)},
		{name: "revisions", who: "author", method: "GET", path: func(fx fixture) string { return path(fx.draftA, "/revisions") }, status: 200, mustContain: []string{"Draf penulis satu"}},
		{name: "revisions of other's", who: "contributor", method: "GET", path: func(fx fixture) string { return path(fx.draftA, "/revisions") }, status: 403},
		{name: "media library needs upload", who: "contributor", method: "GET", path: fixed("/admin/media"), status: 403},
		{name: "media library", who: "author", method: "GET", path: fixed("/admin/media"), status: 200, mustContain: []string{"data-dropzone"}},
		{name: "media picker json", who: "contributor", method: "GET", path: fixed("/admin/media.json"), status: 200, mustContain: []string{`"items":[]`}},
		{name: "preview", who: "contributor", method: "POST", path: fixed("/admin/posts/preview"),
			form: func(fixture) url.Values {
				return url.Values{"title": {"Pratinjau judul"}, "body": {"<p>Isi pratinjau</p><script>x</script>"}}
			}, status: 200, mustContain: []string{"Pratinjau judul", "Isi pratinjau", `name="robots" content="noindex"`}, mustNot: []string{"<script>x"}},
		{name: "preview other's", who: "contributor", method: "POST", path: fixed("/admin/posts/preview"),
			form: func(fx fixture) url.Values {
				return url.Values{"id": {strconv.FormatInt(fx.draft2.ID, 10)}, "title": {"x"}}
			}, status: 403},
		{name: "anonymous json", who: "", method: "GET", path: fixed("/admin/media.json"), status: 303},
	}
}

func TestPostRoutesAndRoles(t *testing.T) {
	runScenarios(t, postScenarios())
}

// runScenarios runs each scenario on a fresh site, on SQLite and (when
// configured) PostgreSQL.
func runScenarios(t *testing.T, scs []scenario) {
	t.Parallel()
	for _, dialect := range dialects() {
		t.Run(dialect.name, func(t *testing.T) {
			t.Parallel()
			for _, sc := range scs {
				t.Run(sc.name, func(t *testing.T) {
					t.Parallel()
					ts := newTestSite(t, dialect.open(t), false)
					fx := newFixture(t, ts)
					var form url.Values
					if sc.form != nil {
						form = sc.form(fx)
					}
					res := ts.req(t, sc.who, sc.method, sc.path(fx), form)
					if res.status != sc.status {
						t.Fatalf("%s %s as %q: status %d, want %d\n%s", sc.method, sc.path(fx), sc.who, res.status, sc.status, snippet(res.body))
					}
					for _, s := range sc.mustContain {
						if !strings.Contains(res.body, s) {
							t.Errorf("body lacks %q", s)
						}
					}
					for _, s := range sc.mustNot {
						if strings.Contains(res.body, s) {
							t.Errorf("body has %q", s)
						}
					}
					if sc.check != nil {
						sc.check(t, ts, fx)
					}
				})
			}
		})
	}
}

type dialect struct {
	name string
	open func(testing.TB) *store.DB
}

// dialects lists the databases to test on: SQLite, and PostgreSQL when
// WARTA_TEST_POSTGRES is set.
func dialects() []dialect {
	ds := []dialect{{"sqlite", storetest.SQLite}}
	if os.Getenv(storetest.PostgresEnv) != "" {
		ds = append(ds, dialect{"postgres", storetest.Postgres})
	}
	return ds
}

func snippet(s string) string {
	if i := strings.Index(s, `<main`); i >= 0 {
		s = s[i:]
	}
	if len(s) > 1500 {
		s = s[:1500]
	}
	return s
}

func TestPagesAndPagination(t *testing.T) {
	t.Parallel()
	ts := newTestSite(t, dialects()[0].open(t), false)
	for i := 0; i < 25; i++ {
		ts.post(t, "author", content.Input{Title: "Berita nomor " + strconv.Itoa(i)})
	}
	first := ts.req(t, "author", "GET", "/admin/posts?status=draft", nil)
	if !strings.Contains(first.body, `href="/admin/posts?page=2&amp;status=draft"`) || !strings.Contains(first.body, "Halaman 1 dari 2") {
		t.Errorf("no link to page 2:\n%s", snippet(first.body))
	}
	second := ts.req(t, "author", "GET", "/admin/posts?status=draft&page=2", nil)
	if n := strings.Count(second.body, `name="id" value=`); n != 5 {
		t.Errorf("page 2 has %d rows, want 5", n)
	}
	page := url.Values{"title": {"Pedoman Pemberitaan Media Siber"}, "body": {"<p>Isi pedoman.</p>"}, "action": {"publish"}}
	if res := ts.req(t, "author", "POST", "/admin/pages", page); res.status != 403 {
		t.Errorf("author writes a page: %d", res.status)
	}
	if res := ts.req(t, "editor", "POST", "/admin/pages", page); res.status != 303 {
		t.Fatalf("editor publishes a page: %d", res.status)
	}
	p, err := ts.content.BySlug(context.Background(), content.TypePage, "pedoman-pemberitaan-media-siber")
	if err != nil || p.Status != content.Published {
		t.Fatalf("page %+v, %v", p, err)
	}
	if res := get(t, ts.srv.URL+"/"); !strings.Contains(res.body, `href="/pedoman-pemberitaan-media-siber/"`) {
		t.Error("the published page is not linked from the footer")
	}
}
