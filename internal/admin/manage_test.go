package admin_test

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/setting"
)

func termID(t *testing.T, ts *testSite, tax, slug string) int64 {
	t.Helper()
	term, err := ts.content.TermBySlug(context.Background(), tax, slug)
	if err != nil {
		t.Fatal(err)
	}
	return term.ID
}

func manageScenarios() []scenario {
	catPath := func(suffix string) func(fx fixture) string {
		return func(fixture) string { return "/admin/categories" + suffix }
	}
	return []scenario{
		{name: "categories need manage_categories", who: "author", method: "GET", path: catPath(""), status: 403},
		{name: "categories", who: "editor", method: "GET", path: catPath(""), status: 200, mustContain: []string{"Nasional"}},
		{name: "add subcategory", who: "editor", method: "POST", path: catPath(""), status: 303,
			form: func(fixture) url.Values { return url.Values{"name": {"Jawa Barat"}, "parent": {"nasional"}} },
			check: func(t *testing.T, ts *testSite, fx fixture) {
				term, err := ts.content.TermBySlug(context.Background(), content.Category, "jawa-barat")
				if err != nil || term.ParentID != termID(t, ts, content.Category, "nasional") {
					t.Errorf("subcategory %+v, %v", term, err)
				}
				if res := ts.req(t, "editor", "GET", "/admin/categories", nil); !strings.Contains(res.body, "— <a") {
					t.Error("the subcategory is not indented under its parent")
				}
			}},
		{name: "duplicate category slug", who: "editor", method: "POST", path: catPath(""), status: 422, mustContain: []string{"Slug ini sudah dipakai", `value="Nasional Lagi"`},
			form: func(fixture) url.Values { return url.Values{"name": {"Nasional Lagi"}, "slug": {"nasional"}} }},
		{name: "category without a name", who: "editor", method: "POST", path: catPath(""), status: 422, mustContain: []string{"Nama wajib diisi"},
			form: func(fixture) url.Values { return url.Values{"name": {"  "}} }},
		{name: "tags", who: "admin", method: "GET", path: fixed("/admin/tags"), status: 200},
		{name: "users need manage_users", who: "editor", method: "GET", path: fixed("/admin/users"), status: 403},
		{name: "users", who: "admin", method: "GET", path: fixed("/admin/users"), status: 200, mustContain: []string{"Uji contributor", "Kontributor"}},
		{name: "add user with link", who: "admin", method: "POST", path: fixed("/admin/users"), status: 200, mustContain: []string{"/admin/password/reset?token="},
			form: func(fixture) url.Values {
				return url.Values{"email": {"baru@example.invalid"}, "name": {"Wartawan Baru"}, "role": {"author"}}
			}},
		{name: "add user with a taken email", who: "admin", method: "POST", path: fixed("/admin/users"), status: 422, mustContain: []string{"Sudah ada pengguna", "Wartawan Ganda"},
			form: func(fixture) url.Values {
				return url.Values{"email": {"editor@example.invalid"}, "name": {"Wartawan Ganda"}, "role": {"author"}}
			}},
		{name: "add user with a bad role", who: "admin", method: "POST", path: fixed("/admin/users"), status: 422, mustContain: []string{"Pilih peran"},
			form: func(fixture) url.Values {
				return url.Values{"email": {"x@example.invalid"}, "name": {"X"}, "role": {"owner"}}
			}},
		{name: "promote a contributor", who: "admin", method: "POST", status: 303,
			path: func(fx fixture) string { return "/admin/users/" + strconv.FormatInt(fx.draftC.AuthorID, 10) },
			form: func(fixture) url.Values { return url.Values{"name": {"Uji contributor"}, "role": {"author"}} },
			check: func(t *testing.T, ts *testSite, fx fixture) {
				u, _ := ts.auth.UserByID(context.Background(), fx.draftC.AuthorID)
				if u.Role != auth.Author {
					t.Errorf("role %s", u.Role)
				}
				if res := ts.req(t, "contributor", "GET", "/admin/", nil); res.status != 303 {
					t.Errorf("a role change must end the user's sessions: %d", res.status)
				}
			}},
		{name: "cannot demote oneself", who: "admin", method: "POST", status: 422, mustContain: []string{"tidak dapat diturunkan"},
			path: func(fx fixture) string { return "/admin/users/" + strconv.FormatInt(fx.page.AuthorID, 10) },
			form: func(fixture) url.Values { return url.Values{"name": {"Uji admin"}, "role": {"editor"}} }},
		{name: "reset link for a user", who: "admin", method: "POST", status: 200, mustContain: []string{"sudah dikirim"},
			path: func(fx fixture) string { return "/admin/users/" + strconv.FormatInt(fx.draftA.AuthorID, 10) + "/reset" },
			form: func(fixture) url.Values { return url.Values{} },
			check: func(t *testing.T, ts *testSite, fx fixture) {
				if !strings.Contains(ts.mail.last(), "author@example.invalid") {
					t.Errorf("mail %q", ts.mail.last())
				}
			}},
		{name: "settings need manage_options", who: "editor", method: "GET", path: fixed("/admin/settings"), status: 403},
		{name: "settings", who: "admin", method: "GET", path: fixed("/admin/settings"), status: 200, mustContain: []string{"Asia/Jakarta", `name="permalink"`}},
		{name: "save settings", who: "admin", method: "POST", path: fixed("/admin/settings"), status: 303,
			form: func(fixture) url.Values {
				return url.Values{"title": {"Kabar Pesisir"}, "tagline": {"Dari pantai"}, "permalink": {"/%postname%/"}, "excerpt_words": {"40"},
					"moderate_all": {"1"}, "block_words": {"judi\nslot"}, "close_after_days": {"30"}}
			},
			check: func(t *testing.T, ts *testSite, fx fixture) {
				st, _ := setting.Load(context.Background(), ts.db)
				if st.Title != "Kabar Pesisir" || st.Permalink != "/%postname%/" || st.ExcerptWords != 40 {
					t.Errorf("settings %+v", st)
				}
				cs, _ := comment.LoadSettings(context.Background(), ts.db)
				if !cs.ModerateAll || cs.CloseAfterDays != 30 || len(cs.BlockWords) != 2 {
					t.Errorf("comment settings %+v", cs)
				}
			}},
		{name: "bad settings save nothing", who: "admin", method: "POST", path: fixed("/admin/settings"), status: 422,
			mustContain: []string{"Struktur permalink tidak dikenal", "Panjang ringkasan harus", `value="Judul Baru"`},
			form: func(fixture) url.Values {
				return url.Values{"title": {"Judul Baru"}, "permalink": {"/%bukan%/"}, "excerpt_words": {"1"}, "moderate_all": {"1"}}
			},
			check: func(t *testing.T, ts *testSite, fx fixture) {
				if st, _ := setting.Load(context.Background(), ts.db); st.Title == "Judul Baru" {
					t.Error("a rejected form saved the title")
				}
				if cs, _ := comment.LoadSettings(context.Background(), ts.db); cs.ModerateAll {
					t.Error("a rejected form saved the comment settings")
				}
			}},
	}
}

func TestManageRoutes(t *testing.T) { runScenarios(t, manageScenarios()) }

func TestCategoryCycle(t *testing.T) {
	t.Parallel()
	ts := newTestSite(t, dialects()[0].open(t), false)
	ctx := context.Background()
	top, _ := ts.content.CreateTerm(ctx, content.Category, content.TermInput{Name: "Daerah"})
	ts.content.CreateTerm(ctx, content.Category, content.TermInput{Name: "Sumatra", Parent: "daerah"})
	res := ts.req(t, "editor", "POST", "/admin/categories/"+itoa(top.ID), url.Values{"name": {"Daerah"}, "parent": {"sumatra"}})
	if res.status != 422 || !strings.Contains(res.body, "di bawah dirinya sendiri") {
		t.Fatalf("cycle: %d", res.status)
	}
	if got, _ := ts.content.TermByID(ctx, top.ID); got.ParentID != 0 {
		t.Error("the cycle was saved")
	}
	if res := ts.req(t, "editor", "POST", "/admin/categories/"+itoa(top.ID)+"/delete", url.Values{}); res.status != 303 {
		t.Fatalf("delete: %d", res.status)
	}
	if child, _ := ts.content.TermBySlug(ctx, content.Category, "sumatra"); child == nil || child.ParentID != 0 {
		t.Errorf("the child did not move up: %+v", child)
	}
}
