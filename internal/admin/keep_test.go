package admin_test

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
)

// dumpTables prints every row of the tables a form could write, so a test
// can tell that a refused post changed nothing.
func dumpTables(t *testing.T, db *store.DB) string {
	t.Helper()
	var b strings.Builder
	for _, table := range []string{"settings", "users", "terms", "post_terms", "media", "posts", "revisions", "post_notices", "comments"} {
		rows, err := db.Query(context.Background(), `SELECT * FROM `+table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%s %v", table, vals))
		}
		rows.Close()
		slices.Sort(lines)
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return b.String()
}

// TestRejectedFormsKeepTheirInput posts every admin form that holds typed
// input once with an ended session and once with a bad CSRF token: each
// answer is the same form with what was typed and the reason, and the
// database is as it was.
func TestRejectedFormsKeepTheirInput(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		ctx := context.Background()
		tag, err := ts.content.CreateTerm(ctx, content.Tag, content.TermInput{Name: "Banjir"})
		if err != nil {
			t.Fatal(err)
		}
		pic, err := ts.media.Upload(ctx, "sawah.png", bytes.NewReader(testPNG(t, 600, 300)), "Sawah", "", ts.users["editor"].ID)
		if err != nil {
			t.Fatal(err)
		}
		c := ts.submit(t, fx.pubA.ID, "Pembaca Setia", "Kapan jembatan itu selesai dibangun?")
		cases := []struct {
			name, who, path string
			form            url.Values
			typed           []string // as the page must show them
		}{
			{"settings", "admin", "/admin/settings", url.Values{"title": {"Kabar Lembah Baru"}, "tagline": {"Berita dari hulu sungai"},
				"permalink": {"/%postname%/"}, "excerpt_words": {"42"}, "block_words": {"judi daring"}, "notify_to": {"redaksi@contoh.test"}},
				[]string{`value="Kabar Lembah Baru"`, `value="Berita dari hulu sungai"`, "judi daring</textarea>", "redaksi@contoh.test"}},
			{"new category", "editor", "/admin/categories", url.Values{"name": {"Lingkungan Hidup"}, "slug": {"lingkungan"}, "description": {"Soal hutan dan sungai"}, "parent": {"nasional"}},
				[]string{`value="Lingkungan Hidup"`, `value="lingkungan"`, "Soal hutan dan sungai</textarea>", `value="nasional" selected`}},
			{"edit category", "editor", "/admin/categories/" + itoa(fx.catID), url.Values{"name": {"Nasional Raya"}, "slug": {"nasional-raya"}},
				[]string{`value="Nasional Raya"`, `value="nasional-raya"`, `action="/admin/categories/` + itoa(fx.catID) + `"`}},
			{"new tag", "editor", "/admin/tags", url.Values{"name": {"Kemarau Panjang"}},
				[]string{`value="Kemarau Panjang"`}},
			{"edit tag", "editor", "/admin/tags/" + itoa(tag.ID), url.Values{"name": {"Banjir Bandang"}},
				[]string{`value="Banjir Bandang"`}},
			{"new user", "admin", "/admin/users", url.Values{"email": {"wartawan@contoh.test"}, "name": {"Wartawan Baru"}, "role": {"editor"}, "password": {"rahasia-sekali-123"}},
				[]string{`value="wartawan@contoh.test"`, `value="Wartawan Baru"`, `value="editor" selected`}},
			{"edit user", "admin", "/admin/users/" + itoa(ts.users["author"].ID), url.Values{"name": {"Penulis Berganti Nama"}, "bio": {"Meliput Sumatra"}, "role": {"editor"}},
				[]string{`value="Penulis Berganti Nama"`, "Meliput Sumatra</textarea>", `value="editor" selected`}},
			{"media text", "editor", "/admin/media/" + itoa(pic.ID), url.Values{"alt": {"Petani menanam padi"}, "caption": {"Musim tanam di Karawang"}},
				[]string{`value="Petani menanam padi"`, `value="Musim tanam di Karawang"`, `action="/admin/media/` + itoa(pic.ID) + `"`}},
			{"notice", "editor", path(fx.pubA, "/notices"), url.Values{"kind": {"reply"}, "text": {"Tanggapan pihak kontraktor"}},
				[]string{"Tanggapan pihak kontraktor</textarea>", `value="reply" selected`, `action="` + path(fx.pubA, "/notices") + `"`}},
			{"retraction", "editor", path(fx.pubA, "/retract"), url.Values{"reason": {"Sumber utama menarik pernyataannya"}},
				[]string{"Sumber utama menarik pernyataannya</textarea>", `action="` + path(fx.pubA, "/retract") + `"`}},
			{"comment reply", "editor", "/admin/comments/" + itoa(c.ID) + "/reply", url.Values{"text": {"Target selesai akhir tahun"}},
				[]string{"Target selesai akhir tahun</textarea>", `action="/admin/comments/` + itoa(c.ID) + `/reply"`, "<details open>"}},
		}
		before := dumpTables(t, db)
		for _, tc := range cases {
			check := func(how string, res response, status int, msg string) {
				t.Helper()
				if res.status != status || !strings.Contains(res.body, msg) {
					t.Errorf("%s, %s: %d, message shown %v", tc.name, how, res.status, strings.Contains(res.body, msg))
				}
				for _, s := range tc.typed {
					if !strings.Contains(res.body, s) {
						t.Errorf("%s, %s: %s is lost\n%s", tc.name, how, s, snippet(res.body))
					}
				}
				if strings.Contains(res.body, "rahasia-sekali-123") {
					t.Errorf("%s, %s: the page shows a password", tc.name, how)
				}
			}
			expired := ts.req(t, "", "POST", tc.path, tc.form)
			check("ended session", expired, http.StatusUnauthorized, "Sesi Anda telah berakhir")
			// Nothing stored is shown to someone no longer signed in.
			for _, secret := range []string{"@example.invalid", "Kapan jembatan", "Terbitan penulis satu"} {
				if strings.Contains(expired.body, secret) {
					t.Errorf("%s, ended session: the page shows %q", tc.name, secret)
				}
			}
			f := url.Values{"csrf_token": {"palsu"}}
			for k, v := range tc.form {
				f[k] = v
			}
			forged := ts.req(t, tc.who, "POST", tc.path, f)
			check("bad token", forged, http.StatusForbidden, "Formulir ini sudah kedaluwarsa")
			if !strings.Contains(forged.body, `name="csrf_token" value="`+ts.csrf[tc.who]+`"`) {
				t.Errorf("%s, bad token: the form lacks the session's token, so sending it again fails again", tc.name)
			}
		}
		// A form filled in by another site is not shown ready to send.
		r, _ := http.NewRequest("POST", ts.srv.URL+"/admin/users", strings.NewReader("role=administrator&email=penyusup%40contoh.test&csrf_token=palsu"))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Origin", "https://evil.example")
		r.AddCookie(&http.Cookie{Name: "warta_session", Value: ts.tokens["admin"]})
		if res := ts.do(t, r); res.status != 403 || strings.Contains(res.body, "penyusup") {
			t.Errorf("cross-site form: %d, kept %v", res.status, strings.Contains(res.body, "penyusup"))
		}
		upload := func(who, token string) response {
			var body bytes.Buffer
			mw := multipart.NewWriter(&body)
			mw.WriteField("csrf_token", token)
			mw.WriteField("alt", "Nelayan menarik jaring")
			fw, _ := mw.CreateFormFile("file", "jaring.png")
			fw.Write(testPNG(t, 40, 20))
			mw.Close()
			r, _ := http.NewRequest("POST", ts.srv.URL+"/admin/media", &body)
			r.Header.Set("Content-Type", mw.FormDataContentType())
			r.Header.Set("Origin", ts.srv.URL)
			if who != "" {
				r.AddCookie(&http.Cookie{Name: "warta_session", Value: ts.tokens[who]})
			}
			return ts.do(t, r)
		}
		for _, res := range []response{upload("", ""), upload("editor", "palsu")} {
			if (res.status != 401 && res.status != 403) || !strings.Contains(res.body, `value="Nelayan menarik jaring"`) || !strings.Contains(res.body, "Pilih berkasnya sekali lagi") {
				t.Errorf("refused upload: %d\n%s", res.status, snippet(res.body))
			}
		}
		if after := dumpTables(t, db); after != before {
			t.Errorf("refused posts changed the database:\nbefore\n%s\nafter\n%s", before, after)
		}
	})
}

// TestInvalidFormsKeepTheirInput sends forms that fail validation: each
// comes back with what was typed and saves nothing.
func TestInvalidFormsKeepTheirInput(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		ctx := context.Background()
		pic, err := ts.media.Upload(ctx, "sawah.png", bytes.NewReader(testPNG(t, 600, 300)), "Sawah", "", ts.users["editor"].ID)
		if err != nil {
			t.Fatal(err)
		}
		held := ts.submit(t, fx.pubA.ID, "Pembaca Setia", "Kapan jembatan itu selesai dibangun?")
		long := strings.Repeat("panjang ", 700)
		cases := []struct {
			name, who, path string
			form            url.Values
			typed           []string
		}{
			{"settings", "admin", "/admin/settings", url.Values{"title": {""}, "tagline": {"Slogan baru kami"}, "permalink": {"/%postname%/"}, "excerpt_words": {"40"}},
				[]string{`value="Slogan baru kami"`}},
			{"duplicate category", "editor", "/admin/categories", url.Values{"name": {"Nasional Lagi"}, "slug": {"nasional"}, "description": {"Deskripsi kembar"}},
				[]string{`value="Nasional Lagi"`, "Deskripsi kembar</textarea>"}},
			{"bad email", "admin", "/admin/users", url.Values{"email": {"bukan-email"}, "name": {"Calon Wartawan"}, "role": {"author"}},
				[]string{`value="bukan-email"`, `value="Calon Wartawan"`}},
			{"long alt text", "editor", "/admin/media/" + itoa(pic.ID), url.Values{"alt": {long}, "caption": {"Keterangan yang ditulis"}},
				[]string{`value="Keterangan yang ditulis"`, `value="` + long + `"`}},
			{"long retraction", "editor", path(fx.pubA, "/retract"), url.Values{"reason": {"Alasan awal " + long}},
				[]string{"Alasan awal " + long + "</textarea>"}},
			{"empty notice kind", "editor", path(fx.pubA, "/notices"), url.Values{"kind": {""}, "text": {"Ralat nama narasumber"}},
				[]string{"Ralat nama narasumber</textarea>"}},
			// Not approved on the way: the held comment stays held.
			{"empty reply", "editor", "/admin/comments/" + itoa(held.ID) + "/reply", url.Values{"text": {"  "}},
				[]string{`id="reply-` + itoa(held.ID) + `"`, "Kapan jembatan"}},
			{"long reply", "editor", "/admin/comments/" + itoa(held.ID) + "/reply", url.Values{"text": {"Jawaban " + strings.Repeat("x", 5000)}},
				[]string{"Jawaban xxxx"}},
		}
		before := dumpTables(t, db)
		for _, tc := range cases {
			res := ts.req(t, tc.who, "POST", tc.path, tc.form)
			if res.status != http.StatusUnprocessableEntity {
				t.Errorf("%s: %d", tc.name, res.status)
			}
			for _, s := range tc.typed {
				if !strings.Contains(res.body, s) {
					t.Errorf("%s: %.60s… is lost", tc.name, s)
				}
			}
		}
		if after := dumpTables(t, db); after != before {
			t.Errorf("invalid forms changed the database:\nbefore\n%s\nafter\n%s", before, after)
		}
	})
}

// TestRefusedButtonLeadsBack checks the error page of a pure button: it
// says what happened and links back to the page it was pressed on.
func TestRefusedButtonLeadsBack(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		fx := newFixture(t, ts)
		send := func(who string) response {
			f := url.Values{"csrf_token": {"palsu"}}
			r, _ := http.NewRequest("POST", ts.srv.URL+"/admin/categories/"+itoa(fx.catID)+"/delete", strings.NewReader(f.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Referer", ts.srv.URL+"/admin/categories?msg=saved")
			if who != "" {
				r.AddCookie(&http.Cookie{Name: "warta_session", Value: ts.tokens[who]})
			}
			return ts.do(t, r)
		}
		if res := send("editor"); res.status != 403 || !strings.Contains(res.body, `href="/admin/categories?msg=saved"`) {
			t.Errorf("refused delete: %d\n%s", res.status, snippet(res.body))
		}
		if res := send(""); res.status != 401 || !strings.Contains(res.body, `href="/admin/login?next=%2fadmin%2fcategories%3fmsg%3dsaved"`) {
			t.Errorf("delete after the session ended: %d\n%s", res.status, snippet(res.body))
		}
		if _, err := ts.content.TermByID(context.Background(), fx.catID); err != nil {
			t.Errorf("the category is gone: %v", err)
		}
	})
}
