package sanitize

import (
	"strings"
	"testing"
)

// benchBody is an article body as an import or the editor hands it over:
// about 400 words in paragraphs, a subheading, links and a list with
// bold lead-ins.
var benchBody = func() string {
	words := strings.Fields(`warga desa sungai banjir pasar harga ikan nelayan kopi panen jalan
		jembatan sekolah guru murid kampus mahasiswa rapat kepala dinas pemerintah daerah kabupaten`)
	sentence := func(seed, n int) string {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(seed*7+k*13)%len(words)])
		}
		return b.String() + "."
	}
	var b strings.Builder
	for p := 0; p < 6; p++ {
		if p == 2 {
			b.WriteString("<h2>" + sentence(p, 5) + "</h2>\n")
		}
		b.WriteString("<p>" + sentence(p, 25) + " " + sentence(p+1, 30))
		if p == 1 {
			b.WriteString(` Baca juga <a href="/2019/03/04/berita-sebelumnya/">berita sebelumnya</a>.`)
		}
		b.WriteString("</p>\n")
	}
	b.WriteString(`<ul><li><strong>Warga:</strong> ` + sentence(9, 8) + `</li><li><strong>Desa:</strong> ` + sentence(10, 8) + `</li></ul>`)
	return b.String()
}()

func BenchmarkHTML(b *testing.B) {
	b.SetBytes(int64(len(benchBody)))
	b.ReportAllocs()
	for b.Loop() {
		HTML(benchBody)
	}
}
