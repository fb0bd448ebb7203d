package textproc_test

import (
	"slices"
	"strings"
	"testing"

	"warta/internal/textproc"
)

func TestTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"punctuation only", " -- ... !? ", nil},
		{"mixed case", "Warga KOTA Bandung", []string{"warga", "kota", "bandung"}},
		{"punctuation", "Hujan turun; jalan (akhirnya) banjir!", []string{"hujan", "turun", "jalan", "akhirnya", "banjir"}},
		{"entities in text", "Sawah &amp; ladang &quot;subur&quot; &#8212; kata&nbsp;petani",
			[]string{"sawah", "ladang", "subur", "kata", "petani"}},
		{"lone angle bracket and ampersand", "a &lt; b AT&T", []string{"a", "b", "at", "t"}},
		{"block tags split words", "<p>Pasar</p><p>malam</p>baru<br>dibuka", []string{"pasar", "malam", "baru", "dibuka"}},
		{"inline tags keep words", "<b>Ja</b>karta dan <a href=\"/x\">Sura</a><em>baya</em>", []string{"jakarta", "dan", "surabaya"}},
		{"script and style skipped", "<style>p{color:red}</style>Kabar<script>var rahasia = 1;</script> desa",
			[]string{"kabar", "desa"}},
		{"comments and attributes skipped", "<img alt=\"gambar kucing\"><!-- catatan -->Judul", []string{"judul"}},
		{"entities inside html", "<p>Kopi &amp; teh&hellip;</p>", []string{"kopi", "teh"}},
		{"accents removed", "Café naïve résumé Ñandú", []string{"cafe", "naive", "resume", "nandu"}},
		{"decomposed accent", "cafe\u0301", []string{"cafe"}},
		{"full-width letters", "Ｗａｒｔａ　２０２６", []string{"warta", "2026"}},
		{"ligature", "ﬁlm", []string{"film"}},
		{"letters without decomposition", "Straße Ørsted Łódź", []string{"strasse", "orsted", "lodz"}},
		{"soft hyphen ignored", "pe\u00adme\u00adrin\u00adtah", []string{"pemerintah"}},
		{"non-latin script kept", "Москва 東京", []string{"москва", "東京"}},
		{"numbers", "Pada 2026 harga naik 3,5% menjadi 1.250.000 (v2.0).",
			[]string{"pada", "2026", "harga", "naik", "3,5", "menjadi", "1.250.000", "v2.0"}},
		{"sentence-final dot after number", "tahun 2024. Lalu", []string{"tahun", "2024", "lalu"}},
		{"rupiah amount", "Rp10.000 atau Rp 5.000", []string{"rp", "10.000", "atau", "rp", "5.000"}},
		{"letters and digits", "H5N1 dan G20", []string{"h5n1", "dan", "g20"}},
		{"apostrophes", "Jum'at, don’t 'kutip' rock'n'roll '90", []string{"jum'at", "don't", "kutip", "rock'n'roll", "90"}},
		{"reduplication", "negara-negara kupu-kupu Anak-anak", []string{"negara", "kupu", "anak"}},
		{"reduplication with affix", "anak-anaknya bermain-main berbagai-bagai", []string{"anak", "main", "bagai"}},
		{"rhyming compound split", "sayur-mayur bolak-balik", []string{"sayur", "mayur", "bolak", "balik"}},
		{"hyphenated affixes dropped", "se-Indonesia ke-2 tahun 1990-an PR-nya", []string{"indonesia", "2", "tahun", "1990", "pr"}},
		{"other compounds split", "covid-19 e-mail 2019-2020 state-of-the-art",
			[]string{"covid", "19", "e", "mail", "2019", "2020", "state", "of", "the", "art"}},
		{"unicode hyphen", "negara\u2010negara", []string{"negara"}},
		{"dashes separate", "Jakarta–Bandung — kemarin", []string{"jakarta", "bandung", "kemarin"}},
		{"dangling hyphen", "pra- dan pasca-", []string{"pra", "dan", "pasca"}},
		{"overlong token dropped", "kode " + strings.Repeat("ab", 40) + " aman", []string{"kode", "aman"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := textproc.Tokens(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
