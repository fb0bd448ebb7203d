package sanitize

import "testing"

func TestText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain text", "Halo dunia", "Halo dunia"},
		{"paragraphs on lines", "<p>Satu.</p><p>Dua.</p>", "Satu.\nDua."},
		{"inline tags join words", "<p>ke<b>baik</b>an <em>warga</em></p>", "kebaikan warga"},
		{"br breaks a line", "a<br>b", "a\nb"},
		{"entities decoded", "Tom &amp; Jerry&nbsp;&mdash; &ldquo;kartun&rdquo;", "Tom & Jerry — “kartun”"},
		{"entities decoded once", "&amp;lt;b&amp;gt;", "&lt;b&gt;"},
		{"whitespace collapsed", "  a \n\t b  \r\n c ", "a b c"},
		{"script and style hidden", "<style>p{color:red}</style><p>a<script>alert('b')</script>c</p><noscript>d</noscript>", "ac"},
		{"comments hidden", "a<!-- b -->c", "ac"},
		{"list items", "<ul>\n<li><strong>Lokasi:</strong> Balai desa</li>\n<li>Waktu</li>\n</ul>", "Lokasi: Balai desa\nWaktu"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "a b\nc"},
		{"headings and figure", "<h2>Judul</h2><figure><img src=x alt=foto><figcaption>Keterangan</figcaption></figure>", "Judul\nKeterangan"},
		{"malformed", "<p>a<div>b</p>c", "a\nb\nc"},
		{"svg text hidden", "<svg><text>x</text></svg>y", "y"},
		{"control characters removed", "a\x00b\x07c\xff", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"unchanged", "Panen Raya di Sukamaju", "Panen Raya di Sukamaju"},
		{"tags stripped", "<b>Panen</b> <i>Raya</i>", "Panen Raya"},
		{"blocks become spaces", "<p>Satu</p><p>Dua</p>", "Satu Dua"},
		{"entities decoded once", "Tom &amp;amp; Jerry &lt;3", "Tom &amp; Jerry <3"},
		{"escaped tag stays text", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"},
		{"script content dropped", "<script>alert(1)</script>Judul", "Judul"},
		{"less-than in text", "Harga < Rp5.000", "Harga < Rp5.000"},
		{"whitespace collapsed", "  Judul \n\t baru\r\n ", "Judul baru"},
		{"no-break spaces collapsed", "Judul&nbsp;&nbsp;baru\u00a0ini", "Judul baru ini"},
		{"control characters", "Ju\x00dul\x07 ba\x1bru\x7f", "Judul baru"},
		{"control character entities", "a&#1;b&#127;c", "abc"},
		{"invalid utf-8", "Ber\xffita \xc3\x28baru", "Berita (baru"},
		{"bidi override", "Budi\u202egnp.exe", "Budignp.exe"},
		{"byte order mark", "\ufeffJudul", "Judul"},
		{"multibyte kept", "Ibu Kota Nusantara — “IKN” ¾ selesai", "Ibu Kota Nusantara — “IKN” ¾ selesai"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Plain(tt.in); got != tt.want {
				t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
