package wordpress

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"warta/internal/comment"
)

func TestAutop(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, in, want string }{
		{"empty", " \n\t ", ""},
		{"one line", "Nelayan melaut lagi.", "<p>Nelayan melaut lagi.</p>\n"},
		{"paragraphs and a line break", "Baris satu\nbaris dua.\n\nParagraf kedua.",
			"<p>Baris satu<br />\nbaris dua.</p>\n<p>Paragraf kedua.</p>\n"},
		{"windows line ends", "Satu\r\n\r\nDua", "<p>Satu</p>\n<p>Dua</p>\n"},
		{"blocks are not wrapped", "Pengantar:\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\nPenutup.",
			"<p>Pengantar:</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\n<p>Penutup.</p>\n"},
		{"pre keeps its lines", "Kode:\n\n<pre>a\n\nb</pre>\n\nSelesai.",
			"<p>Kode:</p>\n<pre>a\n\nb</pre>\n<p>Selesai.</p>\n"},
		{"blockquote content", "<blockquote>Kata warga.</blockquote>", "<blockquote><p>Kata warga.</p></blockquote>\n"},
		{"two br make a paragraph", "Satu<br /><br />Dua", "<p>Satu</p>\n<p>Dua</p>\n"},
		{"br before a block tag goes", "Teks<br />\n<div>kotak</div>", "<p>Teks</p>\n<div>kotak</div>\n"},
		{"newlines inside a tag stay", "<a\nhref=\"/x\">tautan</a> di sini", "<p><a\nhref=\"/x\">tautan</a> di sini</p>\n"},
		{"script keeps its lines", "<script>a\nb</script>", "<p><script>a\nb</script></p>\n"},
		{"hr is a block", "Atas<hr />Bawah", "<p>Atas</p>\n<hr />\n<p>Bawah</p>\n"},
		{"figure and caption", "<figure><img src=\"a.png\" alt=\"\">\n<figcaption>Keterangan</figcaption></figure>",
			"<figure><img src=\"a.png\" alt=\"\"><figcaption>Keterangan</figcaption></figure>\n"},
		{"text ending a div", "<div>\n\nisi tanpa p</div>", "<div>\n<p>isi tanpa p</p></div>\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := Autop(c.in); got != c.want {
				t.Errorf("Autop(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if got := autopRef(c.in); got != c.want {
				t.Errorf("autopRef(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// fakeAttachments is an Attachments over a map.
type fakeAttachments map[int64]Attachment

func (f fakeAttachments) ByID(id int64) (Attachment, bool) { a, ok := f[id]; return a, ok }

func (f fakeAttachments) ByFile(file string) (Attachment, bool) {
	for _, try := range []string{file, baseFile(file)} {
		for _, a := range f {
			if a.File == try {
				return a, true
			}
		}
	}
	return Attachment{}, false
}

func (f fakeAttachments) Children(parent int64) []Attachment {
	var out []Attachment
	for _, a := range f {
		if a.Parent == parent {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].WPID < out[j].WPID })
	return out
}

func testConverter() *Converter {
	return &Converter{Hosts: []string{"lama.example"}, Attachments: fakeAttachments{
		5: {WPID: 5, Parent: 9, Position: 2, File: "2020/01/sawah.png", URL: "/media/2026/01/sawah.png", Alt: "Sawah", Width: 40, Height: 30},
		6: {WPID: 6, Parent: 9, Position: 1, File: "2020/01/petani.jpg", URL: "/media/2026/01/petani.jpg", Alt: "Petani", Caption: "Pak Darto", Width: 20, Height: 20},
		7: {WPID: 7, Parent: 8, File: "2020/01/hilang.png", URL: "https://lama.example/wp-content/uploads/2020/01/hilang.png"},
	}}
}

func TestShortcodes(t *testing.T) {
	t.Parallel()
	c := testConverter()
	cases := []struct {
		name, in string
		want     []string // substrings of the output
		not      []string
	}{
		{"caption in the content", `[caption id="attachment_5" align="alignright" width="40"]<a href="https://lama.example/wp-content/uploads/2020/01/sawah.png"><img class="wp-image-5" src="https://lama.example/wp-content/uploads/2020/01/sawah-150x150.png" alt="Sawah" width="40" height="30" /></a> Sawah menguning di Karawang[/caption]`,
			[]string{`<figure><a href="/media/2026/01/sawah.png"><img class="wp-image-5" src="/media/2026/01/sawah.png"`, `<figcaption>Sawah menguning di Karawang</figcaption></figure>`}, []string{"[caption", "150x150"}},
		{"caption attribute", `[caption width="20" caption="Petani memanen"]<img src="https://lama.example/wp-content/uploads/2020/01/petani.jpg" alt="Petani" />[/caption]`,
			[]string{`<figure><img src="/media/2026/01/petani.jpg" alt="Petani"`, `<figcaption>Petani memanen</figcaption>`}, nil},
		{"caption without a caption", `[caption width="20"]<img src="/x.png" alt="" />[/caption]`, []string{`<img src="/x.png" alt=""`}, []string{"figcaption", "[caption"}},
		{"gallery by ids keeps their order", `[gallery ids="6,5,404"]`,
			[]string{`<ul><li><figure><img src="/media/2026/01/petani.jpg" alt="Petani" width="20" height="20"><figcaption>Pak Darto</figcaption></figure></li><li><figure><img src="/media/2026/01/sawah.png"`}, []string{"404"}},
		{"gallery of the post's attachments by menu order", `[gallery columns="3" link="file"]`,
			[]string{`petani.jpg`, `sawah.png`}, nil},
		{"gallery excluding one", `[gallery exclude="6"]`, []string{`sawah.png`}, []string{"petani"}},
		{"gallery of another post", `[gallery id="8"]`, []string{`https://lama.example/wp-content/uploads/2020/01/hilang.png`}, []string{"sawah"}},
		{"embed", `Tonton [embed width="500"]https://video.example/watch/123[/embed] ini.`, []string{`Tonton <a href="https://video.example/watch/123">https://video.example/watch/123</a> ini.`}, nil},
		{"video", `[video width="640" mp4="https://cdn.example/klip.mp4"][/video]`, []string{`<a href="https://cdn.example/klip.mp4">`}, []string{"[video"}},
		{"audio with src", `[audio src="https://cdn.example/suara.mp3"]`, []string{`<a href="https://cdn.example/suara.mp3">`}, nil},
		{"escaped shortcode", `Tulis [[gallery]] untuk galeri.`, []string{`Tulis [gallery] untuk galeri.`}, []string{"<ul>"}},
		{"unknown shortcode stays", `[contact-form-7 id="3"] dan [peta lokasi="x"]isi[/peta]`, []string{`[contact-form-7 id="3"]`, `[peta lokasi="x"]isi[/peta]`}, nil},
		{"not a shortcode", `Harga [naik] 5% [2]`, []string{`Harga [naik] 5% [2]`}, nil},
		{"galleryx is not gallery", `[galleryx ids="5"]`, []string{`[galleryx ids="5"]`}, []string{"<ul>"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			// As a shortcode block: no wpautop to shift the markup about.
			got := c.Convert("<!-- wp:shortcode -->"+tc.in+"<!-- /wp:shortcode -->", 9).HTML
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("output has %q:\n%s", n, got)
				}
			}
		})
	}
}

func TestUnknownShortcodesListed(t *testing.T) {
	t.Parallel()
	got := testConverter().Convert(`[contact-form-7 id="3"] [toc] [[escaped]] [gallery ids="5"] [Toc] <a title="[bukan]">x</a> [/penutup]`, 1).Shortcodes
	want := []string{"contact-form-7", "toc"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unknown = %q, want %q", got, want)
	}
}

func TestBlocks(t *testing.T) {
	t.Parallel()
	c := testConverter()
	in := `<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Judul kecil</h3>
<!-- /wp:heading -->

<!-- wp:group {"layout":{"type":"constrained"}} -->
<div class="wp-block-group"><!-- wp:group -->
<div class="wp-block-group"><!-- wp:paragraph -->
<p>Di dalam grup.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->

<!-- wp:embed {"url":"https://video.example/w/9","type":"video"} -->
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://video.example/w/9
</div><figcaption class="wp-element-caption">Rekaman rapat</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:core-embed/twitter {"url":"https://kicau.example/s/1"} -->
<figure class="wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://kicau.example/s/1
</div></figure>
<!-- /wp:core-embed/twitter -->

<!-- wp:archives /-->
<!-- wp:jetpack/subscriptions {"x":"--\u003e"} /-->
<!-- wp:more -->
<!--more-->
<!-- /wp:more -->
Baris tanpa paragraf`
	got := c.Convert(in, 1)
	for _, w := range []string{`<h3 class="wp-block-heading">Judul kecil</h3>`, `<p>Di dalam grup.</p>`,
		`<figure><a href="https://video.example/w/9">https://video.example/w/9</a><figcaption>Rekaman rapat</figcaption></figure>`,
		`<figure><a href="https://kicau.example/s/1">https://kicau.example/s/1</a></figure>`, "Baris tanpa paragraf"} {
		if !strings.Contains(got.HTML, w) {
			t.Errorf("output lacks %q:\n%s", w, got.HTML)
		}
	}
	for _, n := range []string{"wp:", "<p>Baris tanpa paragraf", "wp-block-embed__wrapper"} {
		if strings.Contains(got.HTML, n) {
			t.Errorf("output has %q:\n%s", n, got.HTML)
		}
	}
	if want := []string{"wp:archives", "wp:jetpack/subscriptions"}; !reflect.DeepEqual(got.Blocks, want) {
		t.Errorf("dropped = %q, want %q", got.Blocks, want)
	}
}

func TestRewriteLinksAndMedia(t *testing.T) {
	t.Parallel()
	c := testConverter()
	cases := []struct {
		name, in, want string
		links          []string
	}{
		{"old permalink", `<a href="https://lama.example/2020/01/02/panen/">x</a>`, `<a href="/2020/01/02/panen/">x</a>`, []string{"/2020/01/02/panen/"}},
		{"old host with www and http", `<a href="http://www.lama.example/?p=12#k">x</a>`, `<a href="/?p=12#k">x</a>`, []string{"/?p=12#k"}},
		{"site path", `<a href="/tentang/">x</a>`, `<a href="/tentang/">x</a>`, []string{"/tentang/"}},
		{"percent-encoded path", `<a href="https://lama.example/%e5%ad%a6/">x</a>`, `<a href="/%e5%ad%a6/">x</a>`, []string{"/%e5%ad%a6/"}},
		{"other site", `<a href="https://lain.example/a">x</a>`, `<a href="https://lain.example/a">x</a>`, nil},
		{"mail and fragment", `<a href="mailto:r@lama.example">m</a><a href="#atas">a</a>`, `<a href="mailto:r@lama.example">m</a><a href="#atas">a</a>`, nil},
		{"upload link", `<a href="https://lama.example/wp-content/uploads/2020/01/sawah.png">f</a>`, `<a href="/media/2026/01/sawah.png">f</a>`, nil},
		{"image copy at another size", `<img src="https://lama.example/wp-content/uploads/2020/01/sawah-300x225.png" alt="S" width="300" height="225" srcset="a 1x, b 2x" sizes="100vw">`,
			`<img src="/media/2026/01/sawah.png" alt="S" width="300" height="225">`, nil},
		{"image found by its class, size added", `<img class="wp-image-6" src="https://cdn.example/x.jpg" alt="P">`, `<img class="wp-image-6" src="/media/2026/01/petani.jpg" alt="P" width="20" height="20">`, nil},
		{"missing upload keeps its URL", `<img src="https://lama.example/wp-content/uploads/2020/01/hilang.png" alt="">`, `<img src="https://lama.example/wp-content/uploads/2020/01/hilang.png" alt="">`, nil},
		{"iframe player", `<p><iframe src="https://www.youtube.com/embed/abc_1?feature=oembed" width="5"></iframe></p>`, `<p><a href="https://www.youtube.com/watch?v=abc_1">https://www.youtube.com/watch?v=abc_1</a></p>`, nil},
		{"video with sources", `<video controls><source src="https://lama.example/wp-content/uploads/2020/01/k.mp4"><track src="t.vtt"></video>`, `<a href="https://lama.example/wp-content/uploads/2020/01/k.mp4">https://lama.example/wp-content/uploads/2020/01/k.mp4</a>`, nil},
		{"audio", `<audio src="https://cdn.example/s.mp3"></audio>`, `<a href="https://cdn.example/s.mp3">https://cdn.example/s.mp3</a>`, nil},
		{"object", `<object data="https://cdn.example/peta.swf"><param name="a"></object>`, `<a href="https://cdn.example/peta.swf">https://cdn.example/peta.swf</a>`, nil},
		{"empty iframe", `<iframe></iframe>teks`, `teks`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, links := c.rewrite(tc.in)
			if got != tc.want {
				t.Errorf("rewrite(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if !reflect.DeepEqual(links, tc.links) {
				t.Errorf("links = %q, want %q", links, tc.links)
			}
		})
	}
}

func TestAutoEmbedInClassicContent(t *testing.T) {
	t.Parallel()
	got := testConverter().Convert("Tonton ini:\nhttps://video.example/w/1\n\nDan https://tidak.example/di/kalimat ini.", 1).HTML
	want := "<p>Tonton ini:</p>\n<p><a href=\"https://video.example/w/1\">https://video.example/w/1</a></p>\n<p>Dan https://tidak.example/di/kalimat ini.</p>\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestTargets(t *testing.T) {
	t.Parallel()
	known := map[string]string{"/2020/01/02/panen/": "/2020/01/02/panen-raya/", "/?p=12": "/2021/03/04/x/", "/sama/": "/sama/"}
	got, unresolved := targets([]string{"/2020/01/02/panen/", "/?p=12#k", "/belum/", "/sama/"}, func(ls []string) map[string]string {
		out := map[string]string{}
		for _, l := range ls {
			if v, ok := known[l]; ok {
				out[l] = v
			}
		}
		return out
	})
	want := map[string]string{"/2020/01/02/panen/": "/2020/01/02/panen-raya/", "/?p=12#k": "/2021/03/04/x/#k"}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(unresolved, []string{"/belum/"}) {
		t.Errorf("targets = %v, %q; want %v, [/belum/]", got, unresolved, want)
	}
}

func TestSEOFields(t *testing.T) {
	t.Parallel()
	cases := []struct {
		meta        map[string]string
		title, desc string
	}{
		{map[string]string{"_yoast_wpseo_title": "Banjir besar %%sep%% %%sitename%%", "_yoast_wpseo_metadesc": "Ringkas &amp; jelas."}, "Banjir besar", "Ringkas & jelas."},
		{map[string]string{"_yoast_wpseo_title": "%%title%% %%page%% %%sep%% %%sitename%%"}, "", ""},
		{map[string]string{"rank_math_title": "%title% %sep% %sitename%", "rank_math_description": "Deskripsi %excerpt%"}, "", "Deskripsi"},
		{map[string]string{"rank_math_title": "Edisi khusus: %title%"}, "Edisi khusus: Judul Asli", ""},
		{map[string]string{"_yoast_wpseo_title": "Yoast menang", "rank_math_title": "Rank Math"}, "Yoast menang", ""},
		{nil, "", ""},
	}
	for _, c := range cases {
		title, desc := seoFields(c.meta, "Judul Asli")
		if title != c.title || desc != c.desc {
			t.Errorf("seoFields(%v) = %q, %q; want %q, %q", c.meta, title, desc, c.title, c.desc)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	t.Parallel()
	jakarta, _ := time.LoadLocation("Asia/Jakarta")
	if got := parseTime("2024-03-18 10:00:00", "2024-03-18 03:00:00", jakarta); !got.Equal(time.Date(2024, 3, 18, 3, 0, 0, 0, time.UTC)) {
		t.Errorf("parseTime with GMT = %v", got)
	}
	if got := parseTime("2024-03-20 08:00:00", "0000-00-00 00:00:00", jakarta); !got.Equal(time.Date(2024, 3, 20, 1, 0, 0, 0, time.UTC)) {
		t.Errorf("parseTime of a draft = %v", got)
	}
	if got := parseTime("0000-00-00 00:00:00", "", jakarta); !got.IsZero() {
		t.Errorf("parseTime of nothing = %v", got)
	}
	slugs := map[string]string{"%d9%83%d8%a7%d8%ac%d9%8a%d8%a7%d9%86": "كاجيان", "banjir-bandang__trashed": "banjir-bandang-trashed", "Harga-Naik": "harga-naik", "": "", "%zz": "zz"}
	for in, want := range slugs {
		if got := slugOf(in); got != want {
			t.Errorf("slugOf(%q) = %q, want %q", in, got, want)
		}
	}
	files := map[string]string{"2024/03/a.png": "2024/03/a.png", "../../etc/passwd": "etc/passwd", "/2024/../../x.png": "x.png", "": ""}
	for in, want := range files {
		if got := attachedFile(&Item{Meta: map[string]string{"_wp_attached_file": in}}); got != want {
			t.Errorf("attachedFile(%q) = %q, want %q", in, got, want)
		}
	}
	if got := attachedFile(&Item{AttachmentURL: "https://lama.example/wp-content/uploads/2019/02/b.jpg"}); got != "2019/02/b.jpg" {
		t.Errorf("attachedFile from URL = %q", got)
	}
	bases := map[string]string{"a/foto-300x200.jpg": "a/foto.jpg", "foto-scaled.png": "foto.png", "foto-2.png": "foto-2.png", "x1024x768.png": "x1024x768.png"}
	for in, want := range bases {
		if got := baseFile(in); got != want {
			t.Errorf("baseFile(%q) = %q, want %q", in, got, want)
		}
	}
	paths := map[string]string{"/Tag/Banjir/": "/tag/banjir", "a/b": "/a/b", "/": "/", "": "/"}
	for in, want := range paths {
		if got := normPath(in); got != want {
			t.Errorf("normPath(%q) = %q, want %q", in, got, want)
		}
	}
	months := map[string]string{"201905": "/2019/05/", "20190503": "/2019/05/03/", "2019": "/2019/", "2019xx": ""}
	for in, want := range months {
		if got := monthArchive(in); got != want {
			t.Errorf("monthArchive(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCommentText(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"Satu\nDua\n\n\n\nTiga": "Satu\nDua\n\nTiga",
		`Lihat <a href="https://x.example/a" rel="nofollow">di sini</a>`: "Lihat di sini (https://x.example/a)",
		`<a href="https://x.example/">https://x.example/</a>`:            "https://x.example/",
		"<p>Paragraf</p><p>Kedua<br>baris</p>":                           "Paragraf\n\nKedua\nbaris",
		"Tanda &amp; kutip &#8220;ya&#8221; \x01\u202e":                  "Tanda & kutip “ya”",
		"<script>alert(1)</script>teks":                                  "alert(1)teks",
	}
	for in, want := range cases {
		if got := commentText(in); got != want {
			t.Errorf("commentText(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]comment.Status{"1": "approved", "0": "pending", "spam": "spam", "trash": "trash", "post-trashed": "trash", "": "pending"} {
		if got := commentStatus(in); got != want {
			t.Errorf("commentStatus(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParentsFirst(t *testing.T) {
	t.Parallel()
	cats := []Term{
		{Slug: "anak", Parent: "induk"},
		{Slug: "cucu", Parent: "anak"},
		{Slug: "induk"},
		{Slug: "yatim", Parent: "tidak-ada"},
		{Slug: "a", Parent: "b"},
		{Slug: "b", Parent: "a"},
	}
	got := parentsFirst(cats)
	pos := map[string]int{}
	for i, c := range got {
		pos[c.Slug] = i
	}
	if len(got) != len(cats) || pos["induk"] > pos["anak"] || pos["anak"] > pos["cucu"] {
		t.Errorf("order = %+v", got)
	}
	for _, c := range got {
		if (c.Slug == "yatim" && c.Parent != "") || (c.Parent != "" && pos[c.Parent] > pos[c.Slug]) {
			t.Errorf("%s comes before its parent %q, or keeps a missing one", c.Slug, c.Parent)
		}
	}
}
