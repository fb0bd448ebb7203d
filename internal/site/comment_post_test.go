package site_test

import (
	"net/url"
	"strings"
	"testing"

	"warta/internal/i18n"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestCommentFormRefusals(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newCommentWorld(t, db, i18n.ID)
		// A held comment to reply to (not approved) and an approved one
		// on another article.
		if r := w.send(w.form(w.article, "Komentar yang belum disetujui.")); r.status != 303 {
			t.Fatalf("setup: %d", r.status)
		}
		if r := w.send(w.form(w.other, "Komentar di artikel lain.")); r.status != 303 {
			t.Fatalf("setup: %d", r.status)
		}
		heldID := "1"
		w.approveAll()
		w.db.Exec(t.Context(), `UPDATE comments SET status = 'pending' WHERE id = 1`)
		otherID := "2"
		before := w.count()
		with := func(post string, change func(url.Values)) func() url.Values {
			return func() url.Values {
				p := w.article
				if post == "closed" {
					p = w.closed
				}
				v := w.form(p, "Menurut saya sumur ini sangat penting.")
				change(v)
				return v
			}
		}
		long := strings.Repeat("kata ", 1001)
		tests := []struct {
			name     string
			form     func() url.Values
			raw      string // a raw body instead of form
			ctype    string
			header   []string
			status   int
			want     []string
			wantNot  []string
			keepForm bool // the form is there with what was typed
		}{
			{name: "missing comment", form: with("", func(v url.Values) { v.Set("comment", "  ") }), status: 422,
				want: []string{"Komentar masih kosong.", `value="Rudi Hartono"`, `value="rudi@example.org"`, `aria-invalid="true"`}},
			{name: "comment too long", form: with("", func(v url.Values) { v.Set("comment", long) }), status: 422,
				want: []string{"Komentar terlalu panjang (maksimal 5000 karakter).", "kata kata kata"}, keepForm: true},
			{name: "missing name", form: with("", func(v url.Values) { v.Del("author") }), status: 422,
				want: []string{"Nama wajib diisi."}, keepForm: true},
			{name: "name too long", form: with("", func(v url.Values) { v.Set("author", strings.Repeat("n", 101)) }), status: 422,
				want: []string{"Nama terlalu panjang (maksimal 100 karakter)."}, keepForm: true},
			{name: "missing email", form: with("", func(v url.Values) { v.Set("email", "") }), status: 422,
				want: []string{"Email wajib diisi."}, keepForm: true},
			{name: "invalid email", form: with("", func(v url.Values) { v.Set("email", "rudi@@example") }), status: 422,
				want: []string{"Alamat email tidak valid.", `value="rudi@@example"`}, keepForm: true},
			{name: "javascript website", form: with("", func(v url.Values) { v.Set("url", "javascript:alert(1)") }), status: 422,
				want: []string{"Situs web harus berupa alamat http atau https."}, keepForm: true},
			{name: "parent not approved", form: with("", func(v url.Values) { v.Set("parent_id", heldID) }), status: 422,
				want: []string{"Komentar yang Anda balas tidak ada atau belum ditayangkan."}, keepForm: true},
			{name: "parent on another post", form: with("", func(v url.Values) { v.Set("parent_id", otherID) }), status: 422,
				want: []string{"Komentar yang Anda balas tidak ada atau belum ditayangkan."}, keepForm: true},
			{name: "rules not accepted", form: with("", func(v url.Values) { v.Del("rules") }), status: 422,
				want: []string{"Centang persetujuan aturan komentar untuk mengirim.", `href="/pedoman-media-siber/"`}, keepForm: true},
			{name: "no time token", form: with("", func(v url.Values) { v.Del("wt") }), status: 400,
				want: []string{"Formulir kedaluwarsa."}, keepForm: true},
			{name: "closed post", form: with("closed", func(url.Values) {}), status: 403,
				want:    []string{"Komentar untuk artikel ini sudah ditutup.", "Komentar ditutup.", `readonly>Menurut saya sumur ini sangat penting.</textarea>`},
				wantNot: []string{`id="commentform"`}},
			{name: "no such post", form: with("", func(v url.Values) { v.Set("post_id", "987654") }), status: 404,
				want: []string{"Komentar tidak terkirim", "Artikel ini tidak ada atau tidak bisa dikomentari.", `readonly>Menurut saya sumur ini sangat penting.</textarea>`}},
			{name: "post id not a number", form: with("", func(v url.Values) { v.Set("post_id", "abc") }), status: 404,
				want: []string{"Artikel ini tidak ada atau tidak bisa dikomentari."}},
			{name: "malformed encoding", raw: "post_id=1&comment=%zz&author=Rudi", ctype: "application/x-www-form-urlencoded", status: 400,
				want: []string{"Formulir tidak dapat dibaca. Coba kirim lagi."}},
			{name: "not a form", raw: `{"comment":"x"}`, ctype: "application/json", status: 400,
				want: []string{"Formulir tidak dapat dibaca. Coba kirim lagi."}},
			{name: "oversize body", raw: "comment=" + strings.Repeat("a", 200<<10), ctype: "application/x-www-form-urlencoded", status: 413,
				want: []string{"Komentar terlalu besar untuk dikirim."}},
			{name: "from another site", form: with("", func(url.Values) {}), header: []string{"Origin", "https://jahat.example"}, status: 403,
				want: []string{"Formulir ini harus dikirim dari situs ini."}, keepForm: true},
			{name: "script and html everywhere", form: with("", func(v url.Values) {
				v.Set("comment", `<script>alert("c")</script><b onmouseover=x>tebal</b>`)
				v.Set("author", `"><img src=x onerror=alert(1)>`)
				v.Set("url", `javascript:alert(1)`)
			}), status: 422,
				want:    []string{"Situs web harus berupa alamat http atau https.", "&lt;script&gt;alert(&#34;c&#34;)&lt;/script&gt;", `value="javascript:alert(1)"`},
				wantNot: []string{`<script>alert`, `<img src=x`, `<b onmouseover`}},
		}
		for _, tc := range tests {
			var r reply
			if tc.form != nil {
				r = w.send(tc.form(), tc.header...)
			} else {
				r = w.post("/comments/post", tc.ctype, tc.raw, tc.header...)
			}
			if r.status != tc.status {
				t.Errorf("%s: status %d, want %d", tc.name, r.status, tc.status)
			}
			if cc := r.header.Get("Cache-Control"); !strings.Contains(cc, "no-store") || r.header.Get("Surrogate-Key") != "" {
				t.Errorf("%s: a per-reader answer may be cached (Cache-Control %q)", tc.name, cc)
			}
			for _, s := range tc.want {
				if !strings.Contains(r.body, s) {
					t.Errorf("%s: page lacks %q", tc.name, s)
				}
			}
			for _, s := range tc.wantNot {
				if strings.Contains(r.body, s) {
					t.Errorf("%s: page has %q", tc.name, s)
				}
			}
			kept := strings.Contains(r.body, ">Menurut saya sumur ini sangat penting.</textarea>") || strings.Contains(r.body, ">kata kata")
			if tc.keepForm && (!strings.Contains(r.body, `id="commentform"`) || !kept) {
				t.Errorf("%s: the form is not shown again with what was typed", tc.name)
			}
			if n := w.count(); n != before {
				t.Fatalf("%s: %d comments stored, want %d", tc.name, n, before)
			}
		}
	})
}

func TestCommentFormEnglish(t *testing.T) {
	t.Parallel()
	w := newCommentWorld(t, storetest.SQLite(t), i18n.EN)
	r := w.get(w.path)
	for _, s := range []string{"Leave a Reply", "Your email address will not be published. Required fields are marked *",
		"Comment *", "Name *", "Email *", "Website", "Post Comment", "No comments yet", "I accept the", "comment rules"} {
		if !strings.Contains(r.body, s) {
			t.Errorf("English article lacks %q", s)
		}
	}
	v := w.form(w.article, "Good.")
	v.Set("email", "nope")
	if r := w.send(v); r.status != 422 || !strings.Contains(r.body, "The email address is not valid.") {
		t.Errorf("English refusal: %d", r.status)
	}
}
