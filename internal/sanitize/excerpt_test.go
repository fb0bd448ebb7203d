package sanitize

import (
	"fmt"
	"strings"
	"testing"
)

func TestExcerpt(t *testing.T) {
	t.Parallel()
	// forty numbered words: "kata1 kata2 … kata40"
	var forty []string
	for i := 1; i <= 40; i++ {
		forty = append(forty, fmt.Sprintf("kata%d", i))
	}
	long := "<p>" + strings.Join(forty, " ") + "</p>"
	first30 := strings.Join(forty[:30], " ") + "…"

	tests := []struct {
		name  string
		in    string
		words int
		want  string
	}{
		{"short text has no ellipsis", "<p>Berita singkat.</p>", 30, "Berita singkat."},
		{"empty", "", 30, ""},
		{"exact length has no ellipsis", "<p>satu dua tiga empat lima</p>", 5, "satu dua tiga empat lima"},
		{"cut at a word boundary", "<p>satu dua tiga empat lima enam</p>", 5, "satu dua tiga empat lima…"},
		{"zero means thirty", long, 0, first30},
		{"negative means thirty", long, -4, first30},
		{"across blocks on one line", "<h2>Judul</h2><p>satu dua</p><ul><li>tiga</li></ul>", 3, "Judul satu dua…"},
		{"markup and entities removed", "<p><strong>Jakarta</strong> &mdash; Warga&nbsp;desa <a href=\"/x\">menyambut</a> panen</p>", 4, "Jakarta — Warga desa…"},
		{"multibyte indonesian", "<p>Warga Desa Sukamaju menyambut “pesta panen” dengan tarian</p>", 5, "Warga Desa Sukamaju menyambut “pesta…"},
		{"dots not doubled", "<p>Satu dua... tiga</p>", 2, "Satu dua…"},
		{"lone opening bracket trimmed", "<p>Harga naik ( lihat tabel )</p>", 3, "Harga naik…"},
		{"comma trimmed", "<p>Satu, dua; tiga: empat. lima</p>", 1, "Satu…"},
		{"semicolon trimmed", "<p>Satu, dua; tiga: empat. lima</p>", 2, "Satu, dua…"},
		{"colon trimmed", "<p>Satu, dua; tiga: empat. lima</p>", 3, "Satu, dua; tiga…"},
		{"full stop trimmed", "<p>Satu, dua; tiga: empat. lima</p>", 4, "Satu, dua; tiga: empat…"},
		{"dash trimmed", "<p>Bandung — kota kembang</p>", 2, "Bandung…"},
		{"question mark kept", "<p>Siapa menang? Hasilnya besok</p>", 2, "Siapa menang?…"},
		{"script never appears", "<script>var x</script><p>satu dua tiga</p>", 2, "satu dua…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Excerpt(tt.in, tt.words); got != tt.want {
				t.Errorf("Excerpt(%q, %d) = %q, want %q", tt.in, tt.words, got, tt.want)
			}
		})
	}
}

// textExcerpt is Excerpt as its definition states it: the first words of
// Text. Excerpt must agree with it on every sanitised fragment.
func textExcerpt(fragment string, words int) string {
	f := strings.Fields(Text(fragment))
	if len(f) <= words {
		return strings.Join(f, " ")
	}
	cut := strings.Join(f[:words], " ")
	if trimmed := strings.TrimRight(cut, excerptTrim); trimmed != "" {
		cut = trimmed
	}
	return cut + "…"
}

// TestExcerptReadsLikeText compares Excerpt with textExcerpt, and Line with
// the words of Text, on bodies
// built from every element the sanitiser keeps, nested and side by side.
func TestExcerptReadsLikeText(t *testing.T) {
	parts := []string{
		"<p>Warga <strong>desa</strong>menyambut</p>", "<h2>Sub&nbsp;judul</h2>", "<ul><li>satu</li><li><b>dua:</b> tiga</li></ul>",
		"<blockquote><p>kutipan panjang</p></blockquote>", "<figure><img src=\"/a.jpg\" alt=\"x\"/><figcaption>Foto: kami</figcaption></figure>",
		"<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>", "<p>a<br/>b</p>", "<pre><code>x  y</code></pre>",
		"<dl><dt>ist</dt><dd>arti</dd></dl>", "<p><a href=\"/x\">tau</a>tan <em>mi</em>ring</p>", "<hr/>", "<p>&lt;kode&gt; &amp; “kutip”</p>",
	}
	for i := range parts {
		for j := range parts {
			body := string(HTML(parts[i] + parts[j] + parts[(i+j)%len(parts)]))
			for n := 1; n < 14; n++ {
				if got, want := Excerpt(body, n), textExcerpt(body, n); got != want {
					t.Fatalf("Excerpt(%q, %d) = %q, want %q", body, n, got, want)
				}
			}
			if got, want := Line(body), strings.Join(strings.Fields(Text(body)), " "); got != want {
				t.Fatalf("Line(%q) = %q, want %q", body, got, want)
			}
		}
	}
}
