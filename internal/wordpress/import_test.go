package wordpress

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

// wartaID is what WordPress object key of kind became.
func wartaID(t *testing.T, db *store.DB, kind, key string) int64 {
	t.Helper()
	m, ok, err := getMap(context.Background(), db, kind, key)
	if err != nil || !ok {
		t.Fatalf("%s %s was not imported (%v)", kind, key, err)
	}
	return m.ID
}

// post returns the Warta post WordPress post id became.
func (s *site) post(t *testing.T, id int) *content.Post {
	t.Helper()
	p, err := s.content.Get(context.Background(), wartaID(t, s.db, kindPost, strconv.Itoa(id)))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func counts(sum *Summary) map[string]Count {
	out := map[string]Count{}
	for k, c := range sum.Counts {
		if *c != (Count{}) {
			out[k] = *c
		}
	}
	return out
}

func wantCounts(t *testing.T, sum *Summary, want map[string]Count) {
	t.Helper()
	got := counts(sum)
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %+v, want %+v", k, got[k], w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: unexpected %+v", k, got[k])
		}
	}
}

func TestImportBlockEditorSite(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		sum := s.mustRun(t, "wp6-blocks.xml", uploads(t))
		wantCounts(t, sum, map[string]Count{
			KindAuthors: {Created: 3}, KindCategories: {Created: 4}, KindTags: {Created: 3},
			KindAttachments: {Created: 2, Failed: 2}, KindPosts: {Created: 10}, KindPages: {Created: 2}, KindComments: {Created: 6},
		})
		warnings := ""
		for _, w := range sum.Warnings {
			warnings += w.String() + "\n"
		}
		for _, w := range []string{`line 135: attachment 22 "Foto yang hilang": file not copied: wp-content/uploads/2024/03/hilang.png is missing`,
			`line 162: attachment 23 "Laporan BPBD"`, `https://kabarlembah.example/wp-content/uploads/2024/03/laporan.pdf is kept`,
			`post 16 "Catatan internal: kontak relawan": private in WordPress; imported as a draft`, `post 19 "Khusus pelanggan: analisis anggaran": password-protected`} {
			if !strings.Contains(warnings, w) {
				t.Errorf("warnings lack %q:\n%s", w, warnings)
			}
		}
		if sum.Skipped["post type nav_menu_item"] != 1 || sum.Skipped["taxonomy nav_menu"] != 1 || sum.Blocks["wp:latest-posts"] != 1 {
			t.Errorf("skipped %v, blocks %v", sum.Skipped, sum.Blocks)
		}

		p := checkPost10(t, s)
		checkPost11(t, s)
		statuses := map[int]content.Status{12: content.Draft, 14: content.Pending, 15: content.Scheduled, 16: content.Draft, 17: content.Trash, 18: content.Published, 19: content.Draft}
		for id, want := range statuses {
			if got := s.post(t, id).Status; got != want {
				t.Errorf("post %d is %s, want %s", id, got, want)
			}
		}
		if a, b := s.post(t, 17).Slug, s.post(t, 18).Slug; a != "banjir-bandang-trashed" || b != "banjir-bandang" {
			t.Errorf("trashed and live slugs: %q %q", a, b)
		}
		if p := s.post(t, 15); !p.Published.Equal(time.Date(2099, 3, 18, 3, 0, 0, 0, time.UTC)) {
			t.Errorf("scheduled for %v", p.Published)
		}
		if p := s.post(t, 12); p.Title != "" || p.Author.Name != "Redaksi Kabar Lembah" {
			t.Errorf("untitled draft: %q by %q", p.Title, p.Author.Name)
		}
		for id, slug := range map[int]string{30: "tentang-kami", 31: "redaksi"} {
			if p := s.post(t, id); p.Type != content.TypePage || p.Slug != slug {
				t.Errorf("page %d: %s %q", id, p.Type, p.Slug)
			}
		}
		checkComments(t, s, p.ID)
		checkTermsAndPeople(t, s)
	})
}

// checkPost10 checks the block-editor article of wp6-blocks.xml.
func checkPost10(t *testing.T, s *site) *content.Post {
	t.Helper()
	p := s.post(t, 10)
	if p.Status != content.Published || p.Slug != "banjir-rendam-tiga-desa" || p.Author.Name != "Sari Wulandari" ||
		!p.Published.Equal(time.Date(2024, 3, 18, 3, 0, 0, 0, time.UTC)) || !p.Updated.Equal(time.Date(2024, 3, 18, 5, 30, 0, 0, time.UTC)) {
		t.Errorf("post 10: %s %s %q %v %v", p.Status, p.Slug, p.Author.Name, p.Published.UTC(), p.Updated.UTC())
	}
	if len(p.Categories) != 1 || p.Categories[0].Slug != "hilir-cikaret" || len(p.Tags) != 2 || p.Tags[0].Slug != "banjir" {
		t.Errorf("post 10 terms: %+v %+v", p.Categories, p.Tags)
	}
	if !strings.HasPrefix(p.Image.URL, "/media/") || p.Image.Alt != "Jembatan gantung di atas sungai" || p.Image.Width != 12 {
		t.Errorf("featured image = %+v", p.Image)
	}
	if p.SEOTitle != "Banjir Cikaret: tiga desa terendam" || !strings.HasPrefix(p.SEODescription, "Sungai Cikaret meluap") || p.Excerpt == "" {
		t.Errorf("SEO %q / %q, excerpt %q", p.SEOTitle, p.SEODescription, p.Excerpt)
	}
	for _, w := range []string{"<h2>Warga mengungsi ke balai desa</h2>", "<li><strong>Desa Sukamaju:</strong>", "<blockquote>",
		`<img src="` + p.Image.URL + `"`, `href="https://www.youtube.com/watch?v=lembah01"`, "<figcaption>Rekaman warga saat air naik.</figcaption>",
		`href="https://kabarlembah.example/wp-content/uploads/2024/03/banjir.mp4"`, "<table>", `href="https://maps.example/embed?lokasi=cikaret"`} {
		if !strings.Contains(p.Body, w) {
			t.Errorf("post 10 body lacks %q:\n%s", w, p.Body)
		}
	}
	for _, n := range []string{"wp:", "<iframe", "<video", "<audio", "srcset", "1024x768"} {
		if strings.Contains(p.Body, n) {
			t.Errorf("post 10 body has %q", n)
		}
	}
	var sticky int
	if err := s.db.QueryRow(context.Background(), `SELECT COUNT(*) FROM wp_import_sticky WHERE post_id = ?`, p.ID).Scan(&sticky); err != nil || sticky != 1 {
		t.Errorf("sticky flag: %d %v", sticky, err)
	}
	return p
}

// checkPost11 checks the article with a non-Latin slug, links to other
// posts and a gallery shortcode.
func checkPost11(t *testing.T, s *site) {
	t.Helper()
	q := s.post(t, 11)
	if q.Slug != "كاجيان-بانجير" || q.CommentStatus != content.CommentsClosed || q.SEOTitle != "" || !strings.HasPrefix(q.SEODescription, "Sebelas desa") {
		t.Errorf("post 11: %q %s %q %q", q.Slug, q.CommentStatus, q.SEOTitle, q.SEODescription)
	}
	redaksi, tanggul := s.post(t, 31), s.post(t, 13)
	for _, w := range []string{`href="/2024/03/18/banjir-rendam-tiga-desa/"`, `href="/` + redaksi.Slug + `/"`, `href="/2024/03/20/` + tanggul.Slug + `/"`,
		`href="https://kabarlembah.example/wp-content/uploads/2024/03/laporan.pdf"`, `src="https://kabarlembah.example/wp-content/uploads/2024/03/hilang.png"`, `<ul><li><figure><img src="/media/`} {
		if !strings.Contains(q.Body, w) {
			t.Errorf("post 11 body lacks %q:\n%s", w, q.Body)
		}
	}
	if i, j := strings.Index(q.Body, "pasar"), strings.Index(q.Body, "jembatan"); i < 0 || j < i {
		t.Errorf("gallery [gallery ids=\"21,20\"] is not in that order:\n%s", q.Body)
	}
}

// checkComments checks the thread of post 10 of wp6-blocks.xml.
func checkComments(t *testing.T, s *site, postID int64) {
	t.Helper()
	rows, err := s.db.Query(context.Background(), `SELECT id, COALESCE(parent_id, 0), depth, author, email, status, COALESCE(user_id, 0), content
		FROM comments WHERE post_id = ? ORDER BY created_at`, postID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type row struct {
		id, parent          int64
		depth               int
		author, email, stat string
		user                int64
		text                string
	}
	var cs []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.parent, &r.depth, &r.author, &r.email, &r.stat, &r.user, &r.text); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, r)
	}
	if len(cs) != 6 {
		t.Fatalf("%d comments, want 6 (the pingback is not one)", len(cs))
	}
	sari := wartaID(t, s.db, kindUser, "sari.w")
	if cs[0].parent != 0 || cs[1].parent != cs[0].id || cs[2].parent != cs[1].id || cs[2].depth != 3 || cs[1].user != sari {
		t.Errorf("thread: %+v", cs[:3])
	}
	if cs[0].text != "Semoga warga cepat mendapat bantuan.\nPosko di balai desa butuh selimut.\n\nInfo posko: daftar kebutuhan (https://posko.example/cikaret)" || cs[0].email != "dedi@surel.example" {
		t.Errorf("first comment: %+v", cs[0])
	}
	if got := []string{cs[3].stat, cs[4].stat, cs[5].stat}; strings.Join(got, ",") != "pending,spam,trash" {
		t.Errorf("statuses %v", got)
	}
}

// checkTermsAndPeople checks categories, authors and redirects of
// wp6-blocks.xml.
func checkTermsAndPeople(t *testing.T, s *site) {
	t.Helper()
	ctx := context.Background()
	berita, _ := s.content.TermBySlug(ctx, content.Category, "berita")
	daerah, _ := s.content.TermBySlug(ctx, content.Category, "daerah")
	hilir, _ := s.content.TermBySlug(ctx, content.Category, "hilir-cikaret")
	arabic, _ := s.content.TermBySlug(ctx, content.Category, "كاجيان")
	if berita == nil || daerah == nil || hilir == nil || arabic == nil || daerah.ParentID != berita.ID || hilir.ParentID != daerah.ID || daerah.Description == "" {
		t.Errorf("categories: %+v %+v %+v %+v", berita, daerah, hilir, arabic)
	}
	if _, err := s.content.TermBySlug(ctx, content.Tag, "peta-risiko"); err != nil {
		t.Errorf("a tag only an item names: %v", err)
	}
	a := auth.NewService(s.db)
	u, err := a.UserByEmail(ctx, "sari@kabarlembah.example")
	if err != nil || u.Name != "Sari Wulandari" || u.Slug != "sari-w" || u.Role != auth.Author {
		t.Fatalf("author: %+v %v", u, err)
	}
	if _, err := a.CheckLogin(ctx, "sari@kabarlembah.example", ""); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an imported author can log in: %v", err)
	}
	if b, err := a.UserByEmail(ctx, "budi@kabarlembah.example"); err != nil || b.Name != "Budi Santoso" {
		t.Errorf("author named from first and last name: %+v %v", b, err)
	}
	for _, p := range []string{"/banjir-rendam-tiga-desa", "/banjir-cikaret", "/category/berita/daerah/hilir-cikaret", "/category/daerah",
		"/tag/sungai", "/author/sari-w", "/author/sari.w", "/wp-content/uploads/2024/03/jembatan.png", "/banjir-rendam-tiga-desa/jembatan", "/tentang-kami/redaksi"} {
		if _, _, ok, err := getRedirect(ctx, s.db, p); !ok || err != nil {
			t.Errorf("no redirect for %s (%v)", p, err)
		}
	}
}

func TestImportClassicSite(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		sum := s.mustRun(t, "wp4-classic.xml", uploads(t))
		wantCounts(t, sum, map[string]Count{
			KindAuthors: {Created: 3}, KindCategories: {Created: 3}, KindTags: {Created: 2},
			KindAttachments: {Created: 3}, KindPosts: {Created: 3}, KindComments: {Created: 2},
		})
		if sum.Shortcodes["contact-form-7"] != 1 || len(sum.Shortcodes) != 1 {
			t.Errorf("unknown shortcodes: %v", sum.Shortcodes)
		}
		p := s.post(t, 60)
		for _, w := range []string{"<p>Harga tongkol di Tempat Pelelangan Ikan naik hampir dua kali lipat pekan ini.<br/>\nNelayan",
			`<figure><a href="/media/`, `<figcaption>Perahu nelayan bersandar di dermaga Muara.</figcaption></figure>`,
			"<figcaption>Ombak setinggi tiga meter di muara</figcaption>", "<pre>Jadwal lelang:\n  05.00  tongkol\n\n  06.00  kembung</pre>",
			`Simak juga <a href="https://www.youtube.com/watch?v=pesisir01">`, `<a href="http://pesisir.example/wp-content/uploads/2018/07/wawancara.mp3">`,
			`<p><a href="https://www.youtube.com/watch?v=pesisir02">`, `[contact-form-7 id=&#34;12&#34; title=&#34;Kirim kabar&#34;] Kode [gallery] menampilkan galeri.`,
			"<blockquote><p>Kalau angin barat datang"} {
			if !strings.Contains(p.Body, w) {
				t.Errorf("body lacks %q:\n%s", w, p.Body)
			}
		}
		perahu, jaring, ombak := strings.Index(p.Body, "<li>\n<figure><img src=\"/media/2026"), strings.Index(p.Body, "Jaring dijemur"), strings.LastIndex(p.Body, "ombak")
		if perahu < 0 || jaring < perahu || ombak < jaring {
			t.Errorf("[gallery] of the post's attachments is not in menu order:\n%s", p.Body)
		}
		if len(p.Tags) != 2 || p.Categories[0].Slug != "nelayan" {
			t.Errorf("terms %+v %+v", p.Categories, p.Tags)
		}
		nelayan, _ := s.content.TermBySlug(context.Background(), content.Category, "nelayan")
		laut, _ := s.content.TermBySlug(context.Background(), content.Category, "ekonomi-laut")
		if nelayan.ParentID != laut.ID {
			t.Errorf("a child declared before its parent lost it: %+v", nelayan)
		}
		first, second := s.post(t, 61), s.post(t, 62)
		if first.Slug != "pasar-baru" || second.Slug != "pasar-baru-2" || second.Author.Name != "tamu.penulis" || second.SEOTitle != "Pedagang ikan bicara soal lapak baru" {
			t.Errorf("duplicate slugs: %q %q by %q, SEO %q", first.Slug, second.Slug, second.Author.Name, second.SEOTitle)
		}
		for _, w := range []string{`href="/2018/07/01/harga-ikan/"`, `href="/2018/07/20/pasar-baru-2/"`, `href="/2018/07/20/pasar-baru-2/#komentar"`} {
			if !strings.Contains(first.Body, w) {
				t.Errorf("links of post 61 (to earlier and later posts) lack %q:\n%s", w, first.Body)
			}
		}
		if _, err := auth.NewService(db).UserByEmail(context.Background(), "admin@wordpress-import.invalid"); err != nil {
			t.Errorf("an author without email: %v", err)
		}
	})
}

func TestImportOtherVersionsAndPermalinks(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		sum := s.mustRun(t, "wp5-plain.xml", "")
		wantCounts(t, sum, map[string]Count{
			KindAuthors: {Created: 1}, KindCategories: {Created: 1}, KindTags: {Created: 1}, KindPosts: {Created: 2}, KindPages: {Created: 1}, KindComments: {Created: 4},
		})
		if sum.Skipped["status auto-draft"] != 1 {
			t.Errorf("skipped %v", sum.Skipped)
		}
		p := s.post(t, 70)
		if len(p.Tags) != 1 || p.Tags[0].Slug != "学生" || !strings.Contains(p.Body, `<figure><a href="https://youtu.be/kampus01">`) || !strings.Contains(p.Body, "<ol><li>") {
			t.Errorf("post 70: %+v\n%s", p.Tags, p.Body)
		}
		var depth int
		if err := db.QueryRow(context.Background(), `SELECT MAX(depth) FROM comments WHERE post_id = ?`, p.ID).Scan(&depth); err != nil || depth != 4 {
			t.Errorf("thread depth %d %v", depth, err)
		}
		if q := s.post(t, 71); !strings.Contains(q.Body, `href="/2019/11/04/diskusi-uang-kuliah/"`) || !strings.Contains(q.Body, "orasi.mp4") {
			t.Errorf("post 71:\n%s", q.Body)
		}
		sum = s.mustRun(t, "wp3-wxr11.xml", "")
		if sum.Site.Version != "1.1" || s.post(t, 5).Title != "Panen kopi & hujan pertama" {
			t.Errorf("WXR 1.1: %q %q", sum.Site.Version, s.post(t, 5).Title)
		}
		if _, _, ok, _ := getRedirect(context.Background(), db, "/kopi/panen-kopi.html"); !ok {
			t.Error("no redirect for a .html permalink")
		}
	})
}

// tableCounts counts the rows an import writes.
func tableCounts(t *testing.T, db *store.DB) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"posts", "revisions", "terms", "post_terms", "users", "media", "comments", "wp_import_map", "wp_import_attachments", "wp_redirects", "wp_import_sticky"} {
		out[table] = count(t, db, table)
	}
	return out
}

func TestImportTwiceChangesNothingThenUpdates(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		up := uploads(t)
		s.mustRun(t, "wp6-blocks.xml", up)
		before := tableCounts(t, db)
		sum := s.mustRun(t, "wp6-blocks.xml", up)
		wantCounts(t, sum, map[string]Count{
			KindAuthors: {Unchanged: 3}, KindCategories: {Unchanged: 4}, KindTags: {Unchanged: 3},
			KindAttachments: {Unchanged: 4}, KindPosts: {Unchanged: 10}, KindPages: {Unchanged: 2}, KindComments: {Unchanged: 6},
		})
		if after := tableCounts(t, db); !equalMaps(before, after) {
			t.Errorf("a second import changed row counts:\n%v\n%v", before, after)
		}

		raw, err := os.ReadFile(filepath.Join("testdata", "wp6-blocks.xml"))
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(raw), "Tanggul darurat mulai dibangun", "Tanggul darurat rampung dibangun", 1)
		edited = strings.Replace(edited, "Apakah jalan ke Cibeureum sudah bisa dilewati?", "Jalan ke Cibeureum sudah dibuka?", 1)
		name := "edited.xml"
		if err := os.WriteFile(filepath.Join(t.TempDir(), name), []byte(edited), 0o600); err != nil {
			t.Fatal(err)
		}
		sum, err = s.im.Import(context.Background(), strings.NewReader(edited), Options{Uploads: up, TempDir: t.TempDir(), Location: s.loc})
		if err != nil {
			t.Fatal(err)
		}
		if c := sum.Counts[KindPosts]; c.Updated != 1 || c.Unchanged != 9 || c.Created != 0 {
			t.Errorf("posts after an edit: %+v", *c)
		}
		if c := sum.Counts[KindComments]; c.Updated != 1 || c.Unchanged != 5 {
			t.Errorf("comments after an edit: %+v", *c)
		}
		if p := s.post(t, 13); p.Title != "Tanggul darurat rampung dibangun" || p.Version != 2 {
			t.Errorf("edited post: %q version %d", p.Title, p.Version)
		}
		after := tableCounts(t, db)
		before["revisions"]++
		if !equalMaps(before, after) {
			t.Errorf("an edit changed more than one revision:\n%v\n%v", before, after)
		}
	})
}

func equalMaps(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// generated writes an export of n posts with a comment each.
func generated(n int) string {
	var b strings.Builder
	b.WriteString(wxrHead("1.2"))
	b.WriteString(`<wp:author><wp:author_id>1</wp:author_id><wp:author_login>penulis</wp:author_login><wp:author_email>penulis@uji.example</wp:author_email><wp:author_display_name>Penulis</wp:author_display_name></wp:author>` + "\n")
	for i := 1; i <= n; i++ {
		id := strconv.Itoa(i)
		b.WriteString(`<item><title>Berita nomor ` + id + `</title><link>https://uji.example/berita-` + id + `/</link><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">penulis</dc:creator>
<content:encoded><![CDATA[Isi berita ` + id + `.

Baca <a href="https://uji.example/berita-` + strconv.Itoa(i%7+1) + `/">berita lain</a>.]]></content:encoded>
<wp:post_id>` + id + `</wp:post_id><wp:post_date>2023-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2023-01-01 03:00:00</wp:post_date_gmt>
<wp:post_name>berita-` + id + `</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:comment><wp:comment_id>` + id + `</wp:comment_id><wp:comment_author>Pembaca</wp:comment_author><wp:comment_content>Komentar ` + id + `</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_date_gmt>2023-01-02 03:00:00</wp:comment_date_gmt></wp:comment>
</item>
`)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

func TestImportResumesAfterInterruption(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		doc := generated(450)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		opt := Options{TempDir: t.TempDir(), Location: s.loc, Progress: func(stage string, done, total int64) {
			if stage == StageWrite && done >= batchSize {
				cancel() // the lights go out after the first batch
			}
		}}
		if _, err := s.im.Import(ctx, strings.NewReader(doc), opt); !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted import: %v", err)
		}
		partial := count(t, db, "posts")
		if partial == 0 || partial >= 450 || partial%batchSize != 0 {
			t.Fatalf("%d posts after the interruption, want whole batches short of 450", partial)
		}
		if c := count(t, db, "comments"); c != partial {
			t.Errorf("%d comments for %d posts: a batch was half written", c, partial)
		}
		sum, err := s.im.Import(context.Background(), strings.NewReader(doc), Options{TempDir: t.TempDir(), Location: s.loc})
		if err != nil {
			t.Fatal(err)
		}
		if c := sum.Counts[KindPosts]; c.Created != 450-partial || c.Unchanged != partial {
			t.Errorf("resumed import: %+v (after %d)", *c, partial)
		}
		if n, c := count(t, db, "posts"), count(t, db, "comments"); n != 450 || c != 450 {
			t.Errorf("%d posts and %d comments, want 450 each", n, c)
		}
		if p := s.post(t, 3); !strings.Contains(p.Body, `href="/2023/01/01/berita-4/"`) {
			t.Errorf("a link to a later post was not fixed on resume:\n%s", p.Body)
		}
	})
}

func TestImportInTwoHalves(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		doc := generated(300)
		path := filepath.Join(t.TempDir(), "besar.xml")
		if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sum, err := s.im.Import(context.Background(), f, Options{TempDir: t.TempDir(), Location: s.loc, Size: int64(len(doc)), splitSize: 1})
		if err != nil {
			t.Fatal(err)
		}
		if c := sum.Counts[KindPosts]; c.Created != 300 || sum.Site.Version != "1.2" || sum.Counts[KindComments].Created != 300 {
			t.Errorf("%+v %+v", *c, *sum.Counts[KindComments])
		}
		if p := s.post(t, 300); p.Title != "Berita nomor 300" {
			t.Errorf("last post: %q", p.Title)
		}
	})
}

func TestImportBadInputWritesNothing(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		port, _ := noNetwork(t)
		s := newSite(t, db)
		empty := tableCounts(t, db)
		for _, c := range badInputs(t, port) {
			sum, err := s.im.Import(context.Background(), strings.NewReader(c.doc), Options{TempDir: t.TempDir(), Location: s.loc})
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != c.line || sum != nil {
				t.Errorf("%s: err = %v, want a *ParseError at line %d", c.name, err, c.line)
			}
		}
		if after := tableCounts(t, db); !equalMaps(empty, after) {
			t.Errorf("bad input wrote rows:\n%v\n%v", empty, after)
		}
	})
}

func TestImportWithoutUploads(t *testing.T) {
	t.Parallel()
	s := newSite(t, storetest.SQLite(t))
	sum := s.mustRun(t, "wp4-classic.xml", "")
	if c := sum.Counts[KindAttachments]; c.Failed != 3 || len(sum.Warnings) != 1 || !strings.Contains(sum.Warnings[0].Msg, "3 attachments keep their original URLs") {
		t.Errorf("%+v %v", *c, sum.Warnings)
	}
	if p := s.post(t, 60); p.Image.URL != "http://pesisir.example/wp-content/uploads/2018/07/perahu.png" || !strings.Contains(p.Body, `src="http://pesisir.example/wp-content/uploads/2018/07/perahu-300x200.png"`) {
		t.Errorf("image %q\n%s", p.Image.URL, p.Body)
	}
}
