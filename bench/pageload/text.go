package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The word lists below are invented for this benchmark: they make text
// that reads like Indonesian news copy in shape and length, not in sense.

var places = []string{
	"Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Palembang",
	"Denpasar", "Yogyakarta", "Malang", "Padang", "Pontianak", "Banjarmasin", "Manado",
	"Ambon", "Kupang", "Mataram", "Jayapura", "Balikpapan", "Pekanbaru", "Jambi",
	"Bengkulu", "Kendari", "Palu", "Ternate", "Sorong", "Cirebon", "Solo", "Bogor", "Batam",
}

var topics = []string{
	"Banjir", "Pilkada", "UMKM", "Transportasi", "Pariwisata",
	"Pendidikan", "Kesehatan", "Pertanian", "Kuliner", "Sepak Bola",
}

var categories = []string{
	"Nasional", "Ekonomi", "Olahraga", "Teknologi", "Budaya", "Internasional",
	"Hukum", "Politik", "Kesehatan", "Pendidikan", "Lingkungan", "Gaya Hidup",
}

var firstNames = []string{
	"Ayu", "Bima", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko",
	"Kartika", "Lestari", "Made", "Nanda", "Oki", "Putri", "Rizal", "Sari", "Teguh", "Wulan",
}

var lastNames = []string{
	"Pratama", "Wijaya", "Saputra", "Lubis", "Siregar", "Nugroho", "Hasibuan", "Rahmawati",
	"Kusuma", "Harahap", "Santoso", "Tanjung", "Setiawan", "Purba", "Wibowo", "Sinaga",
	"Halim", "Marpaung", "Utami", "Gunawan",
}

var titleSubjects = []string{
	"Pemkot", "Warga", "Petani", "Nelayan", "Pedagang", "DPRD", "Mahasiswa", "Guru",
	"Dinas Kesehatan", "Pemprov", "Pengusaha Muda", "Relawan", "Polda", "Tim Muda", "Komunitas Seni",
}

var titleVerbs = []string{
	"Percepat", "Tinjau Ulang", "Tunda", "Resmikan", "Bahas", "Dorong", "Siapkan", "Tolak",
	"Umumkan", "Perluas", "Kawal", "Evaluasi", "Rancang", "Uji Coba", "Pamerkan",
}

var titleObjects = []string{
	"Perbaikan Jalan", "Anggaran Sekolah", "Program Vaksinasi", "Revitalisasi Pasar",
	"Jalur Sepeda", "Bantuan Pupuk", "Festival Budaya", "Layanan Bus Listrik", "Bank Sampah",
	"Pelatihan Digital", "Tarif Air Bersih", "Taman Kota", "Turnamen Futsal", "Kredit Usaha",
	"Posyandu Keliling", "Perpustakaan Desa", "Sistem Drainase", "Kampung Wisata",
}

var titleTails = []string{
	"Menjelang Musim Hujan", "Pekan Depan", "Tahun Ini", "di Tengah Kenaikan Harga",
	"Setelah Protes Warga", "Sebelum Lebaran", "Mulai Bulan Depan", "untuk Kedua Kalinya",
	"Bersama Kampus Lokal", "Tanpa Tambahan Biaya", "Demi Kenyamanan Warga", "Secara Bertahap",
}

var words = strings.Fields(`warga pemerintah kota desa kabupaten jalan pasar harga beras
	minyak sekolah guru murid rumah sakit dokter pasien anggaran program bantuan
	sosial petani nelayan pedagang kecil usaha modal kredit bank pinjaman bunga
	hujan banjir sungai tanggul pompa air bersih listrik jaringan internet sinyal
	kampus mahasiswa dosen penelitian hasil laporan data angka survei responden
	kepala dinas camat lurah rapat musyawarah keputusan aturan peraturan daerah
	pusat provinsi wilayah kawasan lahan kebun sawah panen pupuk bibit benih
	musim kemarau cuaca suhu angin gelombang kapal pelabuhan bandara terminal
	bus kereta angkutan penumpang tiket tarif ongkos biaya tambahan potongan
	pekan bulan tahun pagi siang sore malam hari kemarin besok lusa sejak hingga
	menurut kata ujar jelas tegas sebut ungkap tambah lanjut ketika saat setelah
	sebelum selama karena sehingga namun tetapi meski walaupun juga pula bahkan
	sudah belum masih akan sedang telah pernah segera langsung cukup sangat lebih
	kurang banyak sedikit besar baru lama tinggi rendah cepat lambat murah mahal
	aman ramai sepi penuh kosong utama penting khusus umum resmi lokal terbuka
	membangun memperbaiki menyiapkan membahas menunda meresmikan mengawasi
	membantu menambah mengurangi menjaga merawat menyalurkan menerima mengirim
	meminta menilai menyebut menjelaskan menegaskan mengakui menolak mendukung
	pembangunan perbaikan pengawasan penyaluran pendataan pelatihan pelayanan
	kegiatan pertemuan kunjungan peninjauan pelaksanaan persiapan penanganan
	masyarakat komunitas kelompok organisasi lembaga perusahaan koperasi yayasan
	tim pemain pelatih laga pertandingan gol skor babak kompetisi liga juara
	seni budaya tari musik pameran festival panggung penonton tradisi kerajinan
	aplikasi layanan digital sistem perangkat pengguna akun data keamanan server
	lingkungan sampah daur ulang pohon hutan taman udara polusi emisi energi`)

// gen makes the text of generated posts from one random source.
type gen struct{ r *rand.Rand }

func (g gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// title is a headline such as "Pemkot Malang Percepat Taman Kota Pekan Depan".
func (g gen) title() string {
	subject := g.pick(titleSubjects)
	if g.r.IntN(3) > 0 {
		subject += " " + g.pick(places)
	}
	return subject + " " + g.pick(titleVerbs) + " " + g.pick(titleObjects) + " " + g.pick(titleTails)
}

// sentence is 8 to 18 words, capitalised, ending in a full stop.
func (g gen) sentence() string {
	n := 8 + g.r.IntN(11)
	var b strings.Builder
	for i := range n {
		w := g.pick(words)
		switch {
		case i == 0:
			w = strings.ToUpper(w[:1]) + w[1:]
		case g.r.IntN(14) == 0:
			w = g.pick(places)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i > 2 && i < n-2 && g.r.IntN(12) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

// sentences joins sentences until they hold at least n words; it returns
// the text and its word count.
func (g gen) sentences(n int) (string, int) {
	var parts []string
	count := 0
	for count < n {
		s := g.sentence()
		count += strings.Count(s, " ") + 1
		parts = append(parts, s)
	}
	return strings.Join(parts, " "), count
}

// body is about target words of article HTML: paragraphs, subheadings, a
// list with bold lead-ins and a figure, as an editor would write it.
func (g gen) body(target int, imgPath string) string {
	var b strings.Builder
	b.Grow(target * 9)
	count, para := 0, 0
	figureAt, listAt := 2+g.r.IntN(3), 4+g.r.IntN(3)
	for count < target {
		if para > 0 && para%3 == 0 {
			h, _ := g.sentences(1)
			fmt.Fprintf(&b, "<h2>%s</h2>\n", strings.TrimSuffix(h[:min(len(h), 60)], "."))
		}
		text, n := g.sentences(40 + g.r.IntN(40))
		if para == 1 {
			text += fmt.Sprintf(` Baca juga <a href="/tag/%s/">liputan %s</a>.`, tagSlug(g.r.IntN(len(places)*len(topics))), strings.ToLower(g.pick(topics)))
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", text)
		count += n
		para++
		switch para {
		case figureAt:
			caption, _ := g.sentences(10)
			fmt.Fprintf(&b, `<figure><img src="%s" alt="Suasana kegiatan warga di %s" width="1200" height="675"><figcaption>%s</figcaption></figure>`+"\n",
				imgPath, g.pick(places), caption)
		case listAt:
			b.WriteString("<ul>\n")
			for range 3 + g.r.IntN(2) {
				item, n := g.sentences(12)
				fmt.Fprintf(&b, "<li><strong>%s:</strong> %s</li>\n", g.pick(titleObjects), item)
				count += n + 2
			}
			b.WriteString("</ul>\n")
		}
	}
	return b.String()
}

// tagName is tag i of the places × topics grid, such as "Banjir Medan".
func tagName(i int) string {
	return topics[i%len(topics)] + " " + places[i/len(topics)]
}

// tagSlug is the slug Slugify gives tagName(i).
func tagSlug(i int) string {
	return strings.ToLower(strings.ReplaceAll(tagName(i), " ", "-"))
}
