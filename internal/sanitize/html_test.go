package sanitize

import (
	"strings"
	"testing"
)

func TestHTMLBlocksXSS(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"script element", `<script>alert(1)</script>Halo`, `Halo`},
		{"script upper case with src", `<SCRIPT SRC=//evil.example/x.js></SCRIPT>teks`, `teks`},
		{"img onerror", `<img src=x onerror=alert(1)>`, `<img src="x"/>`},
		{"svg onload", `<svg onload=alert(1)><circle r="1"/></svg>teks`, `teks`},
		{"svg link", `<svg><a xlink:href="javascript:alert(1)"><text>XSS</text></a></svg>`, ``},
		{"javascript url", `<a href="javascript:alert(1)">klik</a>`, `klik`},
		{"javascript mixed case", `<a href="JaVaScRiPt:alert(1)">klik</a>`, `klik`},
		{"javascript tab entity", `<a href="jav&#x09;ascript:alert(1)">klik</a>`, `klik`},
		{"javascript newline entity", `<a href="java&#10;script:alert(1)">klik</a>`, `klik`},
		{"javascript leading space and control", `<a href=" &#1;javascript:alert(1)">klik</a>`, `klik`},
		{"javascript raw control byte", "<a href=\"java\x01script:alert(1)\">klik</a>", `klik`},
		{"javascript decimal entity", `<a href="&#106;avascript:alert(1)">klik</a>`, `klik`},
		{"javascript hex entities", `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">klik</a>`, `klik`},
		{"javascript colon entity", `<a href="javascript&colon;alert(1)">klik</a>`, `klik`},
		{"vbscript url", `<a href="vbscript:msgbox(1)">klik</a>`, `klik`},
		{"data url link", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>`, `klik`},
		{"data url image", `<p>a<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">b</p>`, `<p>ab</p>`},
		{"javascript in srcset", `<img src="/a.jpg" srcset="javascript:alert(1) 1x, /b.jpg 2x">`, `<img src="/a.jpg" srcset="/b.jpg 2x"/>`},
		{"javascript in cite", `<blockquote cite="javascript:alert(1)"><p>kutip</p></blockquote>`, `<blockquote><p>kutip</p></blockquote>`},
		{"mailto image", `<img src="mailto:a@b.example">`, ``},
		{"style hiding a link", `<p style="display:none"><a href="https://judi.example/">slot</a></p>`, `<p><a href="https://judi.example/">slot</a></p>`},
		{"offscreen div with handler", `<div onmouseover="alert(1)" aria-hidden="true" style="position:absolute;left:-9999px">geser</div>`, `<div>geser</div>`},
		{"hidden attribute id class", `<div hidden id="x" class="y">terlihat</div>`, `<div>terlihat</div>`},
		{"details hiding a link", `<details><summary>s</summary><a href="https://judi.example/">slot</a></details>`, `<div><div>s</div><a href="https://judi.example/">slot</a></div>`},
		{"noscript", `<noscript><a href="https://judi.example/">slot</a></noscript>`, ``},
		{"empty link", `<a href="https://judi.example/"> </a>kosong`, ` kosong`},
		{"event handler on link", `<a href="https://warta.example/" onclick="steal()">baca</a>`, `<a href="https://warta.example/">baca</a>`},
		{"iframe", `<iframe src="https://evil.example/"></iframe>ok`, `ok`},
		{"object and embed", `<object data="x.swf"><embed src="x.swf"></object>ok`, `ok`},
		{"form controls", `<form action="/x"><input name="a"><button>Kirim</button></form>sesudah`, `sesudah`},
		{"style element", `<style>@import "//evil.example/x.css";</style>teks`, `teks`},
		{"base and meta refresh", `<base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">teks`, `teks`},
		{"template", `<template><img src=x onerror=alert(1)></template>isi`, `isi`},
		{"math", `<math><mi xlink:href="javascript:alert(1)">x</mi></math>y`, `y`},
		{"nested script tags", `<<script>script>alert(1)<</script>/script>`, `&lt;/script&gt;`},
		{"comment", `<!-- <script>alert(1)</script> -->sisa`, `sisa`},
		{"conditional comment", `<!--[if IE]><script>alert(1)</script><![endif]-->ok`, `ok`},
		{"noscript title breakout", `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`, `<img src="x"/>&#34;&gt;`},
		{"attribute injection", `<img src="x" alt="a" " onerror="alert(1)">`, `<img src="x" alt="a"/>`},
		{"quote in attribute value", `<a href="/x" title='a" onmouseover="alert(1)'>t</a>`, `<a href="/x" title="a&#34; onmouseover=&#34;alert(1)">t</a>`},
		{"unclosed tag at end", `teks<img src=x onerror=alert(1)//`, `teks`},
		{"unclosed elements", `<p>tidak ditutup <strong>tebal`, `<p>tidak ditutup <strong>tebal</strong></p>`},
		{"misnested tags", `<p><b><i>tebal</b> miring</i></p>`, `<p><b><i>tebal</i></b><i> miring</i></p>`},
		{"closing the page layout", `<p>a</p></div></article></body><script>x</script>`, `<p>a</p>`},
		{"duplicate href first wins", `<a href="javascript:alert(1)" href="/aman">x</a>`, `x`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := string(HTML(tt.in))
			if got != tt.want {
				t.Errorf("HTML(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if err := checkSafe(got); err != nil {
				t.Errorf("HTML(%q) = %q: %v", tt.in, got, err)
			}
		})
	}
}

func TestHTMLKeepsArticleStructure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"headings and paragraphs",
			`<h2>Latar belakang</h2><p>Paragraf <em>pertama</em>.</p><h3>Rincian</h3><p>Dua<br/>baris</p><h4>Catatan</h4>`, ""},
		{"list with bold lead-ins",
			"<ul>\n<li><strong>Lokasi:</strong> Balai desa</li>\n<li><strong>Waktu:</strong> pukul 09.00 WIB</li>\n</ul>", ""},
		{"ordered list start", `<ol start="3"><li>tiga</li><li>empat</li></ol>`, ""},
		{"blockquote with cite", `<blockquote cite="https://warta.example/sumber"><p>“Kami siap,” katanya.</p></blockquote>`, ""},
		{"figure with image and caption",
			`<figure><img src="/media/2026/11/panen.jpg" alt="Petani memanen padi" width="1200" height="800" loading="lazy" srcset="/media/panen-600.jpg 600w, /media/panen-1200.jpg 1200w" sizes="(max-width: 600px) 100vw, 1200px"/><figcaption>Panen raya di Sukamaju.</figcaption></figure>`, ""},
		{"links", `<p>Baca <a href="https://warta.example/2026/11/24/panen/" title="Panen">laporan</a>, <a href="/tentang/">profil</a>, <a href="#catatan">catatan</a> atau <a href="mailto:redaksi@warta.example">surel</a>.</p>`, ""},
		{"inline formatting", `<p><b>b</b><i>i</i><u>u</u><s>s</s>H<sub>2</sub>O x<sup>2</sup> <mark>m</mark> <small>k</small> <q cite="/q">kutip</q> <cite>Buku</cite> <abbr title="Ibu Kota Nusantara">IKN</abbr> <time datetime="2026-11-24">24 November</time> <code>go test</code></p>`, ""},
		{"table", `<table><caption>Hasil</caption><thead><tr><th scope="col">Calon</th><th scope="col">Suara</th></tr></thead><tbody><tr><td colspan="2" rowspan="1">Belum ada</td></tr></tbody></table>`, ""},
		{"pre and hr", "<pre><code>x := 1\n  y := 2</code></pre><hr/><p>akhir</p>", ""},
		{"definition list", `<dl><dt>Istilah</dt><dd>Arti</dd></dl>`, ""},
		{"lang attribute", `<p>Ia menyebutnya <em lang="en">breaking news</em>.</p>`, ""},
		{"h1 downgraded", `<h1>Judul</h1><h5>Kecil</h5><h6>Lebih kecil</h6>`, `<h2>Judul</h2><h4>Kecil</h4><h4>Lebih kecil</h4>`},
		{"legacy tags renamed", `<strike>a</strike><del>b</del><tt>c</tt><acronym title="x">d</acronym>`, `<s>a</s><s>b</s><code>c</code><abbr title="x">d</abbr>`},
		{"wordpress block markup", `<!-- wp:paragraph --><p class="has-text-align-center" style="color:red">Isi</p><!-- /wp:paragraph --><section><span class="x">Bagian</span></section>`, `<p>Isi</p><div>Bagian</div>`},
		{"empty paragraphs collapsed", "<p></p><p>&nbsp;</p><p> <br> </p><p>\u200b</p><p>isi</p><h2> </h2>", `<p>isi</p>`},
		{"link without href kept as text", `<a name="x">tanpa tautan</a> <a href="">kosong</a>`, `tanpa tautan kosong`},
		{"target and rel dropped", `<a href="https://x.example/" target="_blank" rel="opener">luar</a>`, `<a href="https://x.example/">luar</a>`},
		{"bad attribute values dropped", `<ol start="x"><li>a</li></ol><img src="/a.jpg" width="0" height="50%" loading="soon" sizes="100vw; x"><td colspan="0">`, `<ol><li>a</li></ol><img src="/a.jpg"/>`},
		{"url whitespace normalised", "<a href=\" https://x.example/a\tb \">x</a>", `<a href="https://x.example/ab">x</a>`},
		{"span and font unwrapped", `<p><span style="color:red">me</span><font size="1">rah</font></p>`, `<p>merah</p>`},
		{"invalid utf-8 and control characters", "<p>Ber\xffita\x07 baru\x00</p>", `<p>Berita baru</p>`},
		{"entities kept escaped", `<p>Tom &amp; Jerry &lt;b&gt; “kartun”</p>`, `<p>Tom &amp; Jerry &lt;b&gt; “kartun”</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			want := tt.want
			if want == "" {
				want = tt.in // already clean: must come out unchanged
			}
			got := string(HTML(tt.in))
			if got != want {
				t.Errorf("HTML(%q)\n got %q\nwant %q", tt.in, got, want)
			}
			if again := string(HTML(got)); again != got {
				t.Errorf("HTML is not idempotent on %q: second pass %q", got, again)
			}
			if err := checkSafe(got); err != nil {
				t.Errorf("HTML(%q) = %q: %v", tt.in, got, err)
			}
		})
	}
}

func TestHTMLIsFixedPoint(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"list item in renamed section", "<ul><li>a<section><li>b</section></ul>", "<ul><li>a</li><li>b</li></ul>"},
		{"definition in renamed details", "<dl><dt>a<details><dd>b</details></dl>", "<dl><dt>a</dt><dd>b</dd></dl>"},
		{"list item in fieldset", "<li>a<fieldset><li>b", "<li>a</li><li>b</li>"},
		{"paragraph in dropped object", "<p>a<object><p>b</object>c", "<p>ac</p>"},
		{"nested table in cell", "<table><td><p>x<table><td>y</table></td></table>",
			"<table><tbody><tr><td><p>x</p><table><tbody><tr><td>y</td></tr></tbody></table></td></tr></tbody></table>"},
		{"link around table", "<a href=/x>a<table><td><a href=/y>b</a></td></table></a>",
			`<a href="/x">a<table><tbody><tr><td><a href="/y">b</a></td></tr></tbody></table></a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := string(HTML(tt.in))
			if got != tt.want {
				t.Errorf("HTML(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if again := string(HTML(got)); again != got {
				t.Errorf("HTML(%q) = %q, but HTML of that is %q", tt.in, got, again)
			}
		})
	}
}

func TestDeepNesting(t *testing.T) {
	t.Parallel()
	// The parser refuses nesting beyond 512 elements; the words must
	// survive anyway, as escaped text, and hidden content must not.
	tail := `kata <script>alert(1)</script><b>&lt;tebal&gt;</b> akhir`
	tests := []struct {
		name            string
		depth           int
		html, text, pln string
	}{
		{"parsed", 500, strings.Repeat("<div>", 500) + "kata <b>&lt;tebal&gt;</b> akhir" + strings.Repeat("</div>", 500),
			"kata <tebal> akhir", "kata <tebal> akhir"},
		{"too deep", 600, "kata &lt;tebal&gt; akhir", "kata <tebal> akhir", "kata <tebal> akhir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := strings.Repeat("<div>", tt.depth) + tail
			if got := string(HTML(in)); got != tt.html {
				t.Errorf("HTML = %.80q…, want %.80q…", got, tt.html)
			}
			if got := Text(in); got != tt.text {
				t.Errorf("Text = %q, want %q", got, tt.text)
			}
			if got := Plain(in); got != tt.pln {
				t.Errorf("Plain = %q, want %q", got, tt.pln)
			}
		})
	}
}

func TestHTMLEmpty(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"", "   ", "<p></p>", "<!-- x -->", "<script>x</script>"} {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			if got := strings.TrimSpace(string(HTML(in))); got != "" {
				t.Errorf("HTML(%q) = %q, want empty", in, got)
			}
		})
	}
}
