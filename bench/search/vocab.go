package main

import "strings"

// topics are the generated site's categories, each with the root words
// its articles lean on. Articles inflect the roots with Indonesian
// affixes, so that the stemmer has real work to do.
var topics = []struct {
	name  string
	roots string
}{
	{"Ekonomi", "harga pasar dagang modal saham untung rugi pajak ekspor impor utang bunga bank inflasi investasi usaha produksi beli jual laba rupiah anggaran belanja tabung kredit biaya"},
	{"Pertanian", "padi sawah tani panen pupuk gabah beras irigasi benih hama tanam kebun sayur buah jagung kedelai ternak sapi kambing ikan tambak lahan cangkul subur gudang"},
	{"Kesehatan", "sakit obat dokter rawat pasien vaksin gizi demam virus klinik periksa bidan hamil bayi sehat darah jantung napas batuk suntik rujuk imunisasi wabah infeksi luka"},
	{"Olahraga", "bola gol main latih juara laga tanding skor liga klub stadion kiper tendang lari renang atlet medali turnamen wasit pelatih suporter final sundul menang kalah"},
	{"Teknologi", "aplikasi internet data digital ponsel jaringan server sandi retas unduh unggah layar komputer program siber sinyal robot cerdas kode perangkat startup daring pindai akses"},
	{"Pendidikan", "sekolah guru siswa ajar kelas ujian nilai buku baca tulis kuliah kampus dosen beasiswa kurikulum didik latih rapor lulus daftar mahasiswa pelajar pustaka hitung"},
	{"Lingkungan", "hutan sampah sungai banjir pohon udara limbah cemar tanam hijau iklim panas laut pantai karang satwa lindung bakar asap kering hujan longsor erosi daur bersih"},
	{"Hukum", "hakim jaksa sidang tuntut vonis pidana penjara korupsi suap tangkap polisi saksi bukti gugat adil hukum pasal dakwa periksa lapor sita tahan banding kasasi"},
	{"Politik", "pilih suara partai calon dewan menteri kampanye koalisi rapat undang kebijakan lantik wakil pimpin debat sah tolak dukung usul jabat presiden gubernur bupati walikota"},
	{"Transportasi", "jalan tol kereta bus pesawat bandara kapal pelabuhan macet tiket penumpang stasiun terminal angkut mudik sopir kendara motor mobil rel jembatan trotoar parkir ojek feri"},
	{"Budaya", "tari musik lagu film seni pentas festival batik wayang gamelan lukis pameran museum adat tradisi cerita puisi teater sanggar kriya tenun ukir kuliner resep masak"},
	{"Energi", "listrik surya bensin solar minyak gas tambang batubara angin nuklir baterai daya pembangkit kilang bor sumur turbin hemat tarif subsidi pasok padam jaringan panel bakar"},
}

// common are words every topic uses.
var common = strings.Fields(`warga kota desa daerah provinsi negara pemerintah tahun bulan pekan hari
orang anak ibu bapak keluarga rumah kantor pusat wilayah kawasan program bantuan dana kerja bangun
tingkat jumlah naik turun besar kecil baru lama tinggi rendah cepat lambat kuat lemah penting utama
kata jelas ungkap sebut tambah minta harap rencana putus buka tutup mulai selesai ikut bantu temu
kumpul bahas jaga atur tata kelola layan urus siap capai hasil data catat laporan sumber pihak
masalah cara waktu tempat kondisi situasi upaya langkah target awal akhir sisi bagian pertama`)

// function are the frequent words between the others, stopwords mostly.
var function = strings.Fields(`yang di dan itu dengan untuk dari ini pada dalam akan tidak juga ke
karena oleh sebagai bahwa ada telah sudah masih bisa dapat lebih para seperti saat setelah namun
tersebut agar hingga antara secara sejak menurut kepada bagi tetapi sangat hanya serta jika maka`)

// english are the words of the few English articles.
var english = strings.Fields(`government city village province year month week people family house
office price market trade farmer harvest rice school teacher student hospital doctor patient vaccine
football match coach goal league club stadium flood river forest waste court judge police election
party minister train airport ship ticket passenger electricity solar fuel power data internet phone
company report growth rain storm festival music film museum budget investment bank policy council`)

var englishFunction = strings.Fields(`the of and to in a is that for on with as by at from it was are
be this have has not but they their which will after more its`)

// affix forms a root into one of the inflected words Indonesian news uses.
func affix(root string, kind int) string {
	switch kind {
	case 0, 1, 2:
		return root
	case 3:
		return nasal("me", root)
	case 4:
		return "di" + root
	case 5:
		return nasal("me", root) + "kan"
	case 6:
		return "di" + root + "kan"
	case 7:
		return "ber" + root
	case 8:
		return nasal("pe", root) + "an"
	case 9:
		return "ke" + root + "an"
	case 10:
		return root + "an"
	case 11:
		return root + "nya"
	case 12:
		return "ter" + root
	default:
		return nasal("me", root) + "i"
	}
}

// nasal joins the meN-/peN- prefix to a root as Indonesian does.
func nasal(prefix, root string) string {
	if root == "" {
		return prefix
	}
	switch c := root[0]; {
	case c == 'b' || c == 'f' || c == 'v':
		return prefix + "m" + root
	case c == 'p':
		return prefix + "m" + root[1:]
	case c == 't':
		return prefix + "n" + root[1:]
	case c == 'd' || c == 'c' || c == 'j' || c == 'z':
		return prefix + "n" + root
	case c == 's':
		return prefix + "ny" + root[1:]
	case c == 'k':
		return prefix + "ng" + root[1:]
	case c == 'g' || c == 'h' || strings.IndexByte("aiueo", c) >= 0:
		return prefix + "ng" + root
	}
	return prefix + root
}

// syllables build the names of people and places in the long tail of
// the vocabulary.
var syllables = strings.Fields(`ba bu da di ga gu ja jo ka ku la li ma mu na ni pa pu ra ri sa si ta tu
wa wi ya yo ha hu ran rin san sun tan tin wan win jaya karta sari mulya rejo harjo wati ningsih`)
