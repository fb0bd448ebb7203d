package textproc_test

import (
	"bufio"
	"compress/gzip"
	"os"
	"testing"

	"warta/internal/textproc"
)

// TestStemIndonesianVocabulary runs the Snowball reference vocabulary
// (testdata/snowball-indonesian-*, licence in snowball-indonesian-COPYING)
// through the stemmer and compares with the reference stems.
func TestStemIndonesianVocabulary(t *testing.T) {
	t.Parallel()
	words := readGzipLines(t, "testdata/snowball-indonesian-voc.txt.gz")
	want := readGzipLines(t, "testdata/snowball-indonesian-output.txt.gz")
	if len(words) != len(want) {
		t.Fatalf("vocabulary has %d words but output has %d stems", len(words), len(want))
	}
	if len(words) < 60000 {
		t.Fatalf("vocabulary has only %d words; test data truncated?", len(words))
	}
	agree, shown := 0, 0
	for i, w := range words {
		got := textproc.Stem(textproc.Indonesian, w)
		if got == want[i] {
			agree++
			continue
		}
		if shown < 20 {
			t.Logf("Stem(%q) = %q, reference %q", w, got, want[i])
			shown++
		}
	}
	pct := 100 * float64(agree) / float64(len(words))
	t.Logf("agreement with the Snowball reference: %d/%d = %.3f%%", agree, len(words), pct)
	if pct < 99.9 {
		t.Errorf("agreement %.3f%% is below 99.9%%", pct)
	}
}

func readGzipLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var lines []string
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return lines
}

func TestStemIndonesian(t *testing.T) {
	t.Parallel()
	// Expected stems are the Snowball reference output's, including its
	// known limits (menulis -> ulis, memakai -> paka).
	tests := []struct{ word, want string }{
		{"bekerja", "kerja"},
		{"pekerjaan", "kerja"},
		{"dikerjakan", "kerja"},
		{"belajar", "ajar"},
		{"pelajaran", "ajar"},
		{"memperbaiki", "baik"},
		{"perbaikan", "baik"},
		{"peledakan", "ledak"},
		{"menyapu", "sapu"},
		{"menyanyikan", "sanyi"},
		{"membaca", "baca"},
		{"memakai", "paka"},
		{"mengambil", "ambil"},
		{"menulis", "ulis"},
		{"mendengarkan", "dengar"},
		{"penyelesaian", "selesai"},
		{"pengumuman", "umum"},
		{"penduduk", "duduk"},
		{"pemerintah", "perintah"},
		{"perekonomian", "ekonomi"},
		{"keadaan", "ada"},
		{"kebersamaannya", "sama"},
		{"terbesar", "besar"},
		{"ditemukan", "temu"},
		{"berlari", "lari"},
		{"bacalah", "baca"},
		{"bukunya", "buku"},
		{"siapakah", "siapa"},
		// -si words are protected loans.
		{"televisi", "televisi"},
		{"organisasi", "organisasi"},
		// A second-order prefix goes after di- only if a suffix went too.
		{"diperbesar", "perbesar"},
		{"diperhatikan", "hati"},
		// After mem- -> p-, the second prefix search starts past the "p".
		{"memertahankan", "pertahan"},
		{"pemelajaran", "pelajar"},
		// Two vowels or fewer: untouched.
		{"rumah", "rumah"},
		{"kepada", "pada"},
		{"2024", "2024"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			t.Parallel()
			if got := textproc.Stem(textproc.Indonesian, tt.word); got != tt.want {
				t.Errorf("Stem(id, %q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestStemEnglish(t *testing.T) {
	t.Parallel()
	tests := []struct{ word, want string }{
		{"consign", "consign"},
		{"consigned", "consign"},
		{"consignment", "consign"},
		{"consistently", "consist"},
		{"consolation", "consol"},
		{"knackeries", "knackeri"},
		{"generously", "generous"},
		{"running", "run"},
		{"hopping", "hop"},
		{"elections", "elect"},
		{"published", "publish"},
		{"publishing", "publish"},
		{"president's", "presid"},
		{"skies", "sky"},
		{"dying", "die"},
		{"news", "news"},
		{"at", "at"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			t.Parallel()
			if got := textproc.Stem(textproc.English, tt.word); got != tt.want {
				t.Errorf("Stem(en, %q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestStemUnknownLang(t *testing.T) {
	t.Parallel()
	if got := textproc.Stem("fr", "mangeons"); got != "mangeons" {
		t.Errorf("Stem(fr, mangeons) = %q, want the word unchanged", got)
	}
}
