package textproc_test

import (
	"bufio"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"warta/internal/textproc"
)

func TestIsStopword(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang textproc.Lang
		word string
		want bool
	}{
		{textproc.Indonesian, "yang", true},
		{textproc.Indonesian, "dan", true},
		{textproc.Indonesian, "tersebut", true},
		{textproc.Indonesian, "ujarnya", true},
		{textproc.Indonesian, "pemerintah", false},
		{textproc.Indonesian, "banjir", false},
		{textproc.Indonesian, "the", false},
		{textproc.Indonesian, "Yang", false}, // tokens are lower case
		{textproc.English, "the", true},
		{textproc.English, "ourselves", true},
		{textproc.English, "don't", true},
		{textproc.English, "will", false}, // "a will": Snowball leaves it out
		{textproc.English, "flood", false},
		{textproc.English, "yang", false},
		{"fr", "le", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang)+"/"+tt.word, func(t *testing.T) {
			t.Parallel()
			if got := textproc.IsStopword(tt.lang, tt.word); got != tt.want {
				t.Errorf("IsStopword(%s, %q) = %v, want %v", tt.lang, tt.word, got, tt.want)
			}
		})
	}
}

// TestStopwordListIndonesian checks the embedded list: big enough, no
// duplicates, and every entry a token as Tokens writes it, since entries
// that Tokens cannot produce would never match.
func TestStopwordListIndonesian(t *testing.T) {
	t.Parallel()
	f, err := os.Open("stopwords_id.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seen := make(map[string]bool)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if seen[w] {
			t.Errorf("duplicate stopword %q", w)
		}
		seen[w] = true
		if toks := textproc.Tokens(w); len(toks) != 1 || toks[0] != w {
			t.Errorf("stopword %q tokenises as %q", w, toks)
		}
		if !textproc.IsStopword(textproc.Indonesian, w) {
			t.Errorf("IsStopword(id, %q) = false for a listed word", w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 300 {
		t.Errorf("Indonesian list has %d words, want at least 300", len(seen))
	}
}

func TestAnalyze(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		lang textproc.Lang
		in   string
		want []string
	}{
		{"indonesian", textproc.Indonesian,
			"<p>Para pekerja sedang <b>bekerja</b> keras; pekerjaan itu dikerjakan bersama.</p>",
			[]string{"kerja", "kerja", "keras", "kerja", "kerja"}},
		{"indonesian apostrophe", textproc.Indonesian, "Salat Jum'at dan Jumat", []string{"salat", "jumat", "jumat"}},
		{"indonesian reduplication", textproc.Indonesian, "Negara-negara tetangga membantu", []string{"negara", "tetangga", "bantu"}},
		{"english", textproc.English, "The president's elections were published",
			[]string{"presid", "elect", "publish"}},
		{"unknown language keeps tokens", "xx", "Le Café", []string{"le", "cafe"}},
		{"only stopwords", textproc.Indonesian, "yang dan di ke dari", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := textproc.Analyze(tt.lang, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Analyze(%s, %q)\n got %q\nwant %q", tt.lang, tt.in, got, tt.want)
			}
		})
	}
}

func TestAnalyzerAgreesWithAnalyze(t *testing.T) {
	t.Parallel()
	texts := []struct {
		lang textproc.Lang
		text string
	}{
		{textproc.Indonesian, "<p>Para pekerja sedang <b>bekerja</b> keras; pekerjaan itu dikerjakan bersama.</p>"},
		{textproc.English, "The workers were working hard; the president's elections were published."},
		{textproc.Indonesian, "Salat Jum'at dan Jumat: negara-negara tetangga membantu para pekerja, the end"},
		{textproc.English, "Salat Jum'at dan Jumat: negara-negara tetangga membantu para pekerja, the end"},
		{"xx", "Le Café des Pekerja"},
	}
	var a textproc.Analyzer
	for round := range 2 { // the second round answers from memory
		for _, tt := range texts {
			want := textproc.Analyze(tt.lang, tt.text)
			if got := a.Analyze(tt.lang, tt.text); !slices.Equal(got, want) {
				t.Errorf("round %d: Analyzer.Analyze(%s, %q)\n got %q\nwant %q", round, tt.lang, tt.text, got, want)
			}
		}
	}
}

func TestAnalyzerDocument(t *testing.T) {
	t.Parallel()
	docs := [][]string{
		{"Pekerja kota", "Para pekerja sedang bekerja keras.", "<p>Pekerjaan itu <b>dikerjakan</b> bersama; the end of the day.</p>"},
		{"Workers strike", "The workers were working hard", "<p>The president's elections were published; negara-negara tetangga.</p>"},
		{"Bandung Jakarta", "", ""},
		{"", "", strings.Repeat("the and of ", 200) + strings.Repeat("yang dan di ", 300)}, // English within the first tokens
		{},
	}
	var a textproc.Analyzer
	// ids are the numbers the Analyzer gave.
	ids := map[string]int32{}
	for round := range 2 { // the second round answers from memory
		for _, fields := range docs {
			lang, terms := a.Document(fields...)
			if want := textproc.DetectLang(strings.Join(fields, "\n")); lang != want {
				t.Errorf("round %d: Document(%q) language %s, want %s", round, fields, lang, want)
			}
			if len(terms) != len(fields) {
				t.Fatalf("round %d: Document(%q) gave %d fields, want %d", round, fields, len(terms), len(fields))
			}
			for i, f := range fields {
				var got []string
				for _, id := range terms[i] {
					term := a.Term(id)
					got = append(got, term)
					if earlier, ok := ids[term]; !ok {
						if int(id) != len(ids) {
							t.Errorf("round %d: new term %q numbered %d, want %d", round, term, id, len(ids))
						}
						ids[term] = id
					} else if id != earlier {
						t.Errorf("round %d: term %q numbered %d, earlier %d", round, term, id, earlier)
					}
				}
				if want := textproc.Analyze(lang, f); !slices.Equal(got, want) {
					t.Errorf("round %d: Document(%q) field %d\n got %q\nwant %q", round, fields, i, got, want)
				}
			}
		}
	}
}

func TestTerms(t *testing.T) {
	t.Parallel()
	got := textproc.Terms(textproc.Indonesian, "Petani bekerja. Pekerjaan petani berat, kata petani itu.")
	want := map[string]int{"tani": 3, "kerja": 2, "berat": 1} // "berat" has two vowels: kept
	if !maps.Equal(got, want) {
		t.Errorf("Terms = %v, want %v", got, want)
	}
}

func TestDetectLang(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want textproc.Lang
	}{
		{"indonesian", "Pemerintah kota akan memperbaiki jalan yang rusak setelah banjir pada pekan lalu.", textproc.Indonesian},
		{"english", "The city council will repair the roads that were damaged by the flood last week.", textproc.English},
		{"indonesian html", "<p>Warga <em>diminta</em> untuk tetap waspada terhadap cuaca ekstrem.</p>", textproc.Indonesian},
		{"english quote in indonesian", "Ia berkata bahwa \"the show must go on\" dan pertunjukan itu tetap digelar di alun-alun kota.", textproc.Indonesian},
		{"no stopwords defaults to indonesian", "Bandung Jakarta Surabaya", textproc.Indonesian},
		{"empty", "", textproc.Indonesian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := textproc.DetectLang(tt.in); got != tt.want {
				t.Errorf("DetectLang(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// benchArticle is an original Indonesian news-style article body, about
// 300 words of HTML, repeated to the size of a long article.
var benchArticle = strings.Repeat(`<p>Pemerintah kabupaten meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai pada Senin pagi. Selama bertahun-tahun warga harus menyeberang dengan perahu kecil, terutama ketika musim hujan membuat arus semakin deras.</p>
<p>&ldquo;Anak-anak kami kini bisa berangkat ke sekolah tanpa rasa takut,&rdquo; ujar seorang kepala dusun yang ikut menyaksikan peresmian. Menurutnya, pembangunan jembatan sepanjang 120 meter itu menghabiskan anggaran Rp2,4 miliar dan dikerjakan oleh warga secara bergotong-royong bersama kontraktor setempat.</p>
<h2>Perekonomian desa diharapkan tumbuh</h2>
<p>Para pedagang sayur-mayur dari desa seberang mengatakan bahwa biaya angkut hasil panen akan turun. Sebelumnya mereka membayar ongkos penyeberangan setiap hari, sehingga keuntungan yang diperoleh sangat kecil. Dinas pekerjaan umum berjanji memeriksa kondisi jembatan secara berkala agar tetap aman digunakan.</p>
<ul><li><strong>Panjang:</strong> 120 meter, lebar 1,5 meter.</li><li><strong>Biaya:</strong> Rp2,4 miliar dari anggaran daerah.</li></ul>
`, 4)

func BenchmarkAnalyze(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		textproc.Analyze(textproc.Indonesian, benchArticle)
	}
}

func BenchmarkAnalyzerDocument(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	var a textproc.Analyzer
	for b.Loop() {
		a.Document("Jembatan gantung baru menghubungkan dua desa", "Warga tak perlu lagi menyeberang dengan perahu.", benchArticle)
	}
}
