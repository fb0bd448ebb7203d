package wordpress

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/media"
	"warta/internal/storetest"
)

// benchExport is a WXR export shaped like bench/wpimport's: n posts of
// about 400 words, block markup for even ones and classic text for odd
// ones, three tags, a Yoast description and three comments each, every
// other one a reply.
func benchExport(n int) []byte {
	words := strings.Fields(`warga desa sungai banjir pasar harga ikan nelayan kopi panen jalan jembatan
		sekolah guru murid kampus mahasiswa rapat kepala dinas pemerintah daerah kabupaten kota provinsi`)
	seed := 0
	sentence := func(k int) string {
		var b strings.Builder
		for i := 0; i < k; i++ {
			seed++
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(seed*7)%len(words)])
		}
		return b.String() + "."
	}
	var w bytes.Buffer
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><link>https://bench.example</link><language>id</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example</wp:base_site_url><wp:base_blog_url>https://bench.example</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[penulis]]></wp:author_login><wp:author_email><![CDATA[penulis@bench.example]]></wp:author_email><wp:author_display_name><![CDATA[Penulis]]></wp:author_display_name></wp:author>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[daerah]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Daerah]]></wp:cat_name></wp:category>
`)
	for i := 1; i <= 50; i++ {
		fmt.Fprintf(&w, "<wp:tag><wp:term_id>%d</wp:term_id><wp:tag_slug><![CDATA[tag-%d]]></wp:tag_slug><wp:tag_name><![CDATA[Tag %d]]></wp:tag_name></wp:tag>\n", 100+i, i, i)
	}
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	comment := 1
	for i := 1; i <= n; i++ {
		at := start.Add(time.Duration(i) * 17 * time.Minute)
		slug := fmt.Sprintf("berita-%d", i)
		fmt.Fprintf(&w, "<item><title><![CDATA[%s]]></title><link>https://bench.example/%s/%s/</link><dc:creator><![CDATA[penulis]]></dc:creator><content:encoded><![CDATA[",
			sentence(8), at.Format("2006/01/02"), slug)
		for p := 0; p < 6; p++ {
			text := sentence(25) + " " + sentence(30)
			if p == 1 && i > 1 {
				text += fmt.Sprintf(` Baca juga <a href="https://bench.example/?p=%d">berita sebelumnya</a>.`, 1+i/2)
			}
			switch {
			case i%2 == 0 && p == 2:
				fmt.Fprintf(&w, "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">%s</h2>\n<!-- /wp:heading -->\n\n", sentence(5))
			case p == 2:
				fmt.Fprintf(&w, "<h2>%s</h2>\n", sentence(5))
			}
			if i%2 == 0 {
				fmt.Fprintf(&w, "<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->\n\n", text)
			} else {
				fmt.Fprintf(&w, "%s\n%s\n\n", text, sentence(12))
			}
		}
		fmt.Fprintf(&w, "<ul><li><strong>%s</strong> %s</li><li>%s</li></ul>", sentence(1), sentence(8), sentence(8))
		fmt.Fprintf(&w, "]]></content:encoded><excerpt:encoded><![CDATA[%s]]></excerpt:encoded><wp:post_id>%d</wp:post_id>", sentence(14), i)
		fmt.Fprintf(&w, "<wp:post_date><![CDATA[%s]]></wp:post_date><wp:post_date_gmt><![CDATA[%s]]></wp:post_date_gmt>", at.Add(7*time.Hour).Format(time.DateTime), at.Format(time.DateTime))
		fmt.Fprintf(&w, "<wp:comment_status><![CDATA[open]]></wp:comment_status><wp:post_name><![CDATA[%s]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type><wp:is_sticky>0</wp:is_sticky>\n", slug)
		fmt.Fprint(&w, `<category domain="category" nicename="daerah"><![CDATA[Daerah]]></category>`)
		for t := 0; t < 3; t++ {
			fmt.Fprintf(&w, `<category domain="post_tag" nicename="tag-%d"><![CDATA[Tag %d]]></category>`, 1+(i+t*7)%50, 1+(i+t*7)%50)
		}
		fmt.Fprintf(&w, "<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key><wp:meta_value><![CDATA[%s]]></wp:meta_value></wp:postmeta>\n", sentence(18))
		first := comment
		for k := 0; k < 3; k++ {
			parent := 0
			if k%2 == 1 {
				parent = first
			}
			fmt.Fprintf(&w, "<wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author><![CDATA[Pembaca %d]]></wp:comment_author><wp:comment_author_email><![CDATA[pembaca%d@surel.example]]></wp:comment_author_email><wp:comment_date><![CDATA[%s]]></wp:comment_date><wp:comment_date_gmt><![CDATA[%s]]></wp:comment_date_gmt><wp:comment_content><![CDATA[%s]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>%d</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n",
				comment, comment, comment, at.Add(7*time.Hour).Format(time.DateTime), at.Format(time.DateTime), sentence(20), parent)
			comment++
		}
		w.WriteString("</item>\n")
	}
	w.WriteString("</channel></rss>\n")
	return w.Bytes()
}

// BenchmarkImport imports a 2,000-post export into a fresh SQLite
// database per round; posts/s is the figure to compare.
func BenchmarkImport(b *testing.B) {
	const posts = 2000
	export := benchExport(posts)
	b.SetBytes(int64(len(export)))
	for b.Loop() {
		b.StopTimer()
		db := storetest.SQLite(b)
		c := content.NewService(db, content.Options{Location: time.UTC})
		im := New(Deps{Content: c, Auth: auth.NewService(db), Media: media.New(db, b.TempDir()), Comments: comment.Import})
		b.StartTimer()
		sum, err := im.Import(context.Background(), bytes.NewReader(export), Options{TempDir: b.TempDir(), Size: int64(len(export)), AnnounceLimit: 1})
		if err != nil {
			b.Fatal(err)
		}
		if c := sum.Counts[KindPosts]; c.Created != posts {
			b.Fatalf("created %d posts, want %d", c.Created, posts)
		}
	}
	b.ReportMetric(float64(posts*b.N)/b.Elapsed().Seconds(), "posts/s")
}
