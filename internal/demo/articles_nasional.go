package demo

func nasionalArticles() []Article {
	return []Article{
		nasionalSireneBanjir(),
		nasionalAPBDPerubahan(),
		nasionalPuskesmasTerapung(),
		nasionalSarapanSekolah(),
		nasionalPilkadesSerentak(),
		nasionalDukcapilKeliling(),
	}
}

func nasionalSireneBanjir() Article {
	fig := illustration("hulu-sungai-lamo.png", motifHills, "nasional",
		"Ilustrasi perbukitan berlapis dalam gradasi merah muda hingga merah marun dengan pepohonan kecil, di bawah matahari merah dan langit krem, menggambarkan kawasan hulu Sungai Lamo.",
		"Sensor paling hulu dipasang di kawasan perbukitan Lamo Hulu, dua sampai tiga jam perjalanan air dari permukiman di hilir. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Sirene Banjir Berbasis Sensor Mulai Berbunyi di Sepanjang Sungai Lamo",
		Lead:       "Dua puluh empat sensor ketinggian air memberi warga Lembah Sari waktu hingga tiga jam untuk mengungsi sebelum air tiba.",
		Author:     "laras-wicaksono",
		Categories: []string{"nasional", "lingkungan"},
		Tags:       []string{"banjir", "peringatan dini", "BPBD", "Lembah Sari"},
		DaysAgo:    0, Hour: 6, Minute: 10,
		Image: illustration("sirene-banjir-sungai-lamo.png", motifRain, "nasional",
			"Ilustrasi tiang pengukur ketinggian air bercat putih dan jingga dengan sirene merah di puncaknya, berdiri di tengah sungai yang meluap saat hujan deras malam hari.",
			"Tiang pengukur ketinggian air dengan sirene di Desa Lamo Hilir berbunyi otomatis ketika air melewati ambang batas. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — Raungan sirene dari tiang besi di tepi Sungai Lamo membangunkan warga Desa Lamo Hilir menjelang subuh. Tidak ada kepanikan. Dalam waktu kurang dari satu jam, sekitar 200 warga sudah berkumpul di balai desa yang letaknya lebih tinggi, lengkap dengan tas berisi dokumen penting. Ketika air akhirnya meluap dan merendam jalan desa setinggi lutut orang dewasa, tidak ada satu pun yang terjebak di rumah.</p>
<p>Sirene itu bagian dari sistem peringatan dini banjir yang dipasang Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah Sari sejak awal tahun. Sebanyak 24 sensor ketinggian air dipasang di sepanjang aliran sungai, dari hulu di Kecamatan Lamo Hulu hingga muara. Data sensor dikirim setiap lima menit ke pusat kendali dan, bila melewati ambang batas, otomatis memicu sirene di desa-desa hilir.</p>
<h2>Tiga jam yang menentukan</h2>
<p>Menurut Kepala Pelaksana BPBD Lembah Sari, Rahmawati Siregar, kunci sistem ini adalah selisih waktu antara hulu dan hilir. Air yang naik di hulu membutuhkan dua hingga tiga jam untuk mencapai permukiman padat di hilir. Selama ini, kata dia, waktu berharga itu terbuang karena kabar kenaikan air baru sampai lewat telepon berantai.</p>
<blockquote><p>“Dulu kami mengandalkan petugas yang menelepon kepala desa satu per satu. Sekarang mesin yang bekerja, dan manusia tinggal memastikan warga bergerak,” ujar Rahmawati.</p></blockquote>` + figureHTML(0, fig) + `<p>Sistem senilai sekitar Rp3,4 miliar itu dibangun bersama tim dosen teknik sipil dari perguruan tinggi setempat. Seluruh data dapat dipantau publik melalui <a href="https://example.org/lembah-sari/peringatan-dini">dasbor ketinggian air</a> yang diperbarui secara berkala.</p>
<h2>Arti bunyi sirene</h2>
<p>BPBD membagi peringatan ke dalam tiga tingkat yang ditandai pola bunyi berbeda:</p>
<ul>
<li><strong>Waspada:</strong> satu bunyi panjang. Warga diminta memantau informasi dan menyiapkan tas siaga.</li>
<li><strong>Siaga:</strong> dua bunyi panjang berulang. Kelompok rentan, seperti lansia, ibu hamil, dan anak-anak, mulai dievakuasi.</li>
<li><strong>Awas:</strong> bunyi pendek terus-menerus. Seluruh warga di zona merah segera menuju titik kumpul.</li>
</ul>
<p>Meski begitu, sebagian warga mengeluhkan sirene yang tidak terdengar di dusun yang jauh dari sungai. Ketua RT di Dusun Sawah Baru, Sutrisno Hadi, meminta pengeras suara ditambah. “Kalau angin kencang, bunyinya kalah dengan suara hujan,” katanya.</p>
<p>Rahmawati mengakui kekurangan itu. Tahun depan BPBD berencana menambah delapan titik sirene dan mengirim peringatan lewat pesan singkat ke telepon warga yang terdaftar. Latihan evakuasi juga akan digelar setiap tiga bulan agar warga tidak lupa jalur dan titik kumpul masing-masing.</p>`,
	}
}

func nasionalAPBDPerubahan() Article {
	fig := illustration("jalan-usaha-tani-lembah-sari.png", motifHills, "nasional",
		"Ilustrasi lanskap perbukitan berlapis merah bata dan marun dengan deretan pohon kecil di bawah matahari merah, menggambarkan kawasan pertanian yang dilayani jalan desa.",
		"Perbaikan jalan usaha tani menjadi pos belanja terbesar dalam APBD Perubahan Lembah Sari tahun ini. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "APBD Perubahan Lembah Sari Disahkan, Anggaran Jalan Desa Naik Hampir Dua Kali Lipat",
		Lead:       "DPRD menyetujui tambahan belanja Rp148 miliar, sebagian besar untuk jalan produksi pertanian dan air bersih.",
		Author:     "laras-wicaksono",
		Categories: []string{"nasional"},
		Tags:       []string{"APBD", "anggaran daerah", "DPRD", "infrastruktur desa"},
		DaysAgo:    3, Hour: 19, Minute: 40,
		Image: illustration("apbd-perubahan-lembah-sari.png", motifChart, "nasional",
			"Ilustrasi grafik batang merah yang meninggi dari kiri ke kanan dengan garis tren marun di atasnya; batang terakhir berwarna jingga.",
			"Belanja daerah Lembah Sari naik menjadi sekitar Rp2,01 triliun setelah pendapatan melampaui target. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Lembah Sari menyetujui rancangan peraturan daerah tentang Perubahan Anggaran Pendapatan dan Belanja Daerah (APBD) dalam rapat paripurna yang berlangsung hingga larut malam. Total belanja daerah naik dari Rp1,86 triliun menjadi sekitar Rp2,01 triliun setelah pendapatan dari pajak daerah dan dana transfer melampaui target awal.</p>
<p>Pos yang paling mencolok adalah belanja jalan desa dan jalan produksi pertanian. Anggarannya melonjak dari Rp61 miliar menjadi Rp117 miliar. Pemerintah kabupaten beralasan banyak ruas jalan rusak berat setelah musim hujan panjang, sehingga petani kesulitan mengangkut hasil panen ke pasar.</p>
<h2>Ke mana tambahan anggaran mengalir</h2>
<p>Dalam dokumen yang dibacakan di paripurna, tambahan belanja sebesar Rp148 miliar dibagi ke beberapa kelompok utama:</p>
<ul>
<li><strong>Infrastruktur desa:</strong> Rp56 miliar untuk perbaikan 84 kilometer jalan desa dan jalan usaha tani di sembilan kecamatan.</li>
<li><strong>Air bersih:</strong> Rp31 miliar untuk perluasan jaringan pipa ke 2.600 sambungan rumah baru.</li>
<li><strong>Kesehatan:</strong> Rp22 miliar, antara lain untuk obat, ambulans desa, dan insentif tenaga kesehatan di daerah terpencil.</li>
<li><strong>Belanja tidak terduga:</strong> Rp15 miliar sebagai cadangan penanganan bencana hingga akhir tahun.</li>
</ul>
<p>Sisanya dialokasikan untuk beasiswa mahasiswa dari keluarga kurang mampu dan pelunasan kewajiban kepada kontraktor atas pekerjaan tahun lalu.</p>` + figureHTML(0, fig) + `<h2>Catatan dari dewan</h2>
<p>Sejumlah anggota dewan memberi catatan kritis sebelum keputusan diambil. Anggota Komisi III, Yohana Manuhutu, mengingatkan bahwa serapan anggaran infrastruktur pada semester pertama baru 38 persen. Ia khawatir tambahan dana justru menumpuk di akhir tahun dan dikerjakan terburu-buru.</p>
<blockquote><p>“Menambah anggaran itu mudah. Yang sulit adalah memastikan jalannya selesai sebelum hujan datang lagi dan kualitasnya tidak asal jadi,” kata Yohana.</p></blockquote>
<p>Sekretaris Daerah Lembah Sari, Bambang Ariwibowo, menjawab bahwa proses lelang sebagian besar paket pekerjaan sudah disiapkan sejak tiga bulan lalu. Paket bernilai kecil, kata dia, akan dikerjakan secara swakelola bersama kelompok masyarakat desa agar lebih cepat dan menyerap tenaga kerja lokal.</p>
<p>Warga dapat memantau daftar paket pekerjaan dan realisasinya melalui <a href="https://example.org/lembah-sari/apbd-perubahan">portal transparansi anggaran</a> milik pemerintah kabupaten. Rancangan perda kini diserahkan kepada gubernur untuk dievaluasi sebelum resmi berlaku.</p>`,
	}
}

func nasionalPuskesmasTerapung() Article {
	fig := illustration("kapal-puskesmas-tujuh-karang.png", motifWaves, "nasional",
		"Ilustrasi laut biru bergelombang dengan perahu layar kecil dan matahari merah yang separuh tenggelam di cakrawala.",
		"Kapal layanan kesehatan menempuh rute berputar di antara 14 pulau berpenghuni di Kepulauan Tujuh Karang. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Puskesmas Terapung Mulai Layani 14 Pulau di Kepulauan Tujuh Karang",
		Lead:       "Kapal layanan kesehatan berlabuh bergiliran di pulau-pulau kecil yang selama ini hanya didatangi tenaga medis sebulan sekali.",
		Excerpt:    "Kapal berisi ruang periksa, ruang bersalin, dan lemari obat kini menyinggahi 14 pulau berpenghuni secara bergiliran. Warga tak perlu lagi menyeberang berjam-jam untuk berobat.",
		Author:     "laras-wicaksono",
		Categories: []string{"nasional"},
		Tags:       []string{"kesehatan", "pulau terluar", "puskesmas", "Tujuh Karang"},
		DaysAgo:    9, Hour: 10, Minute: 5,
		Image: illustration("puskesmas-terapung.png", motifWaves, "nasional",
			"Ilustrasi perahu kecil berlayar jingga di laut tenang, dengan matahari besar di atas garis cakrawala dan awan tipis.",
			"Puskesmas terapung menyinggahi setiap pulau minimal dua kali sebulan. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TUJUH KARANG</strong> — Sebuah kapal kayu bercat putih berlabuh di dermaga Pulau Lontar Kecil tepat ketika air laut mulai pasang. Di dalamnya terdapat ruang periksa, ruang bersalin sederhana, lemari obat, dan alat laboratorium dasar. Sejak bulan lalu, kapal yang dijuluki warga “puskesmas terapung” itu menyinggahi 14 pulau berpenghuni di Kabupaten Kepulauan Tujuh Karang secara bergiliran.</p>
<p>Selama bertahun-tahun, warga pulau-pulau kecil harus menyeberang dua hingga empat jam dengan perahu motor untuk berobat ke puskesmas induk. Ongkos bahan bakar pulang-pergi bisa mencapai Rp400.000, setara hasil melaut beberapa hari. Akibatnya, banyak warga menunda berobat hingga sakitnya parah.</p>
<h2>Jadwal tetap, bukan kunjungan sesekali</h2>
<p>Kepala Dinas Kesehatan Tujuh Karang, dr. Marlina Sahetapy, mengatakan perbedaan utama program ini adalah jadwal yang pasti. Setiap pulau disinggahi minimal dua kali sebulan, masing-masing selama satu hingga dua hari. Jadwal diumumkan melalui kepala desa, pengeras suara masjid dan gereja, serta grup pesan warga.</p>
<blockquote><p>“Warga pulau tidak butuh janji, mereka butuh kepastian. Kalau kapal bilang datang tanggal lima, ya harus datang tanggal lima, kecuali ombak benar-benar tidak bersahabat,” ujar Marlina.</p></blockquote>` + figureHTML(0, fig) + `<p>Kapal diawaki seorang dokter umum, dua perawat, seorang bidan, seorang petugas farmasi, dan tiga anak buah kapal. Untuk kasus yang membutuhkan dokter spesialis, tim memanfaatkan konsultasi jarak jauh melalui sambungan internet satelit ke rumah sakit daerah.</p>
<h2>Layanan yang tersedia</h2>
<ul>
<li><strong>Pemeriksaan umum:</strong> pengobatan penyakit ringan serta pemeriksaan tekanan darah dan gula darah.</li>
<li><strong>Kesehatan ibu dan anak:</strong> pemeriksaan kehamilan, imunisasi, dan penimbangan balita.</li>
<li><strong>Rujukan darurat:</strong> pasien gawat dibawa langsung ke rumah sakit di ibu kota kabupaten.</li>
<li><strong>Penyuluhan:</strong> kelas gizi dan kebersihan air minum bagi kader posyandu.</li>
</ul>
<p>Dalam sebulan pertama, tim mencatat 1.127 kunjungan pasien. Hipertensi menjadi temuan terbanyak, disusul infeksi saluran pernapasan dan penyakit kulit. Bidan di kapal juga menemukan tujuh ibu hamil berisiko tinggi yang sebelumnya tidak pernah memeriksakan kandungan.</p>
<p>Ketua Badan Permusyawaratan Desa Lontar Kecil, Yakobus Rumkorem, berharap kapal tidak berhenti beroperasi ketika tahun anggaran berganti. Dinas Kesehatan menyatakan biaya operasional kapal sudah masuk rencana anggaran tiga tahun ke depan, seperti tercantum dalam <a href="https://example.org/tujuh-karang/renstra-kesehatan">rencana strategis dinas</a>.</p>`,
	}
}

func nasionalSarapanSekolah() Article {
	fig := illustration("sekolah-tanjung-sembilan.png", motifCity, "nasional",
		"Ilustrasi deretan gedung kota dengan jendela-jendela terang di bawah matahari pagi, menggambarkan lingkungan sekolah di pusat Tanjung Sembilan.",
		"Sebanyak 40 sekolah dasar di Tanjung Sembilan mengikuti uji coba sarapan bergizi sejak awal semester. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Sarapan Bergizi di 40 SD Tanjung Sembilan: Kehadiran Naik, Menu Masih Dikeluhkan",
		Lead:       "Evaluasi tiga bulan uji coba menunjukkan angka bolos turun, tetapi orang tua meminta menu lebih beragam dan berbahan lokal.",
		Author:     "laras-wicaksono",
		Categories: []string{"nasional"},
		Tags:       []string{"pendidikan", "gizi anak", "sekolah dasar", "Tanjung Sembilan"},
		DaysAgo:    16, Hour: 13, Minute: 20,
		Image: illustration("sarapan-bergizi-sd.png", motifChart, "nasional",
			"Ilustrasi grafik batang merah yang naik bertahap dengan garis tren bertitik putih, melambangkan kenaikan angka kehadiran murid.",
			"Rata-rata kehadiran murid di sekolah peserta uji coba naik menjadi 96 persen. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Pukul 06.45, halaman SD Negeri 17 Tanjung Sembilan sudah ramai. Sebelum bel masuk berbunyi, murid-murid antre di depan meja panjang untuk mengambil sepiring nasi, sayur bening, telur, dan pisang. Pemandangan ini menjadi rutinitas baru di 40 sekolah dasar yang mengikuti uji coba program sarapan bergizi sejak awal semester.</p>
<p>Dinas Pendidikan Kota Tanjung Sembilan memaparkan hasil evaluasi tiga bulan pertama di hadapan kepala sekolah dan komite sekolah pekan lalu. Hasilnya cukup menggembirakan, meskipun masih ada sejumlah pekerjaan rumah yang harus dibereskan sebelum program diperluas.</p>
<h2>Angka-angka evaluasi</h2>
<ol>
<li><strong>Kehadiran:</strong> rata-rata kehadiran murid naik dari 91 persen menjadi 96 persen.</li>
<li><strong>Keterlambatan:</strong> jumlah murid yang datang terlambat turun hampir separuh.</li>
<li><strong>Status gizi:</strong> proporsi murid berberat badan kurang turun dari 14 persen menjadi 11 persen, meski dinas mengingatkan bahwa tiga bulan masih terlalu singkat untuk menarik kesimpulan.</li>
<li><strong>Biaya:</strong> rata-rata Rp11.500 per porsi, sedikit di atas perkiraan awal.</li>
</ol>
<h2>Keluhan orang tua</h2>
<p>Di balik angka yang membaik, keluhan tetap bermunculan. Sebagian orang tua menilai menu terlalu sering berulang, terutama telur rebus yang muncul hampir setiap hari. Ada pula keluhan soal porsi yang dianggap kurang bagi murid kelas atas.</p>
<blockquote><p>“Anak saya senang makan bersama teman-temannya, itu bagus. Tapi kalau tiap hari menunya sama, lama-lama dia bosan dan makanannya tersisa,” kata Nurhayati, orang tua murid kelas lima.</p></blockquote>` + figureHTML(0, fig) + `<p>Kepala Dinas Pendidikan, Agustinus Lumban Gaol, mengatakan pihaknya akan melibatkan ahli gizi dari puskesmas untuk menyusun siklus menu dua mingguan. Dapur sekolah juga akan diminta membeli sayur, ikan, dan buah dari petani serta nelayan setempat agar uang program ikut berputar di ekonomi kota.</p>
<p>“Kalau ikan dan sayurnya dibeli dari pasar dekat sekolah, menunya bisa lebih segar dan pedagang kecil ikut merasakan manfaatnya,” ujar Agustinus.</p>
<p>Pemerintah kota menargetkan program diperluas ke 120 sekolah pada tahun ajaran berikutnya. Laporan evaluasi lengkap dapat dibaca di <a href="https://example.org/tanjung-sembilan/evaluasi-sarapan-sekolah">laman Dinas Pendidikan</a>.</p>`,
	}
}

func nasionalPilkadesSerentak() Article {
	return Article{
		Title:      "Pilkades Serentak di 112 Desa Batu Randah, Panitia Terapkan Rekapitulasi Terbuka",
		Lead:       "Formulir hasil penghitungan setiap TPS akan dipotret dan diunggah pada malam yang sama agar warga bisa mencocokkan sendiri.",
		Author:     "laras-wicaksono",
		Categories: []string{"nasional"},
		Tags:       []string{"pilkades", "demokrasi desa", "Batu Randah"},
		DaysAgo:    27, Hour: 9, Minute: 0,
		Image: illustration("pilkades-batu-randah.png", motifHills, "nasional",
			"Ilustrasi perbukitan bertingkat berwarna merah muda, merah, dan marun di bawah langit jingga pucat dengan matahari merah dan beberapa awan putih.",
			"Sebanyak 112 desa di Kabupaten Batu Randah memilih kepala desa secara serentak bulan depan. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>BATU RANDAH</strong> — Sebanyak 112 desa di Kabupaten Batu Randah akan memilih kepala desa secara serentak bulan depan. Untuk pertama kalinya, panitia kabupaten menerapkan rekapitulasi terbuka: formulir hasil penghitungan di setiap tempat pemungutan suara (TPS) dipotret, ditempel di papan pengumuman desa, dan diunggah ke laman publik pada malam yang sama.</p>
<p>Langkah itu diambil setelah pemilihan enam tahun lalu meninggalkan sengketa di sembilan desa. Sebagian sengketa bahkan berujung pada penyegelan kantor desa oleh warga selama berminggu-minggu karena mereka tidak percaya pada hasil rekapitulasi.</p>
<h2>Tahapan yang sudah dan akan berjalan</h2>
<ul>
<li><strong>Pendaftaran calon:</strong> 341 orang mendaftar, 318 di antaranya lolos verifikasi berkas.</li>
<li><strong>Daftar pemilih tetap:</strong> sekitar 246.000 warga, diumumkan di setiap dusun untuk dikoreksi.</li>
<li><strong>Kampanye:</strong> berlangsung tiga hari dan hanya boleh berupa dialog terbuka serta pemasangan alat peraga di titik yang ditentukan.</li>
<li><strong>Pemungutan suara:</strong> serentak pukul 07.00 hingga 13.00, dilanjutkan penghitungan di TPS.</li>
</ul>
<h2>Mencegah sengketa sejak awal</h2>
<p>Ketua Panitia Pemilihan Kabupaten, Ahmad Syarifuddin, mengatakan keterbukaan data adalah cara paling murah untuk mencegah konflik. Setiap calon boleh menempatkan dua saksi di tiap TPS, dan saksi berhak memotret formulir hasil sebelum kotak suara disegel.</p>
<blockquote><p>“Kalau semua orang memegang angka yang sama sejak malam penghitungan, tidak ada ruang untuk kecurigaan esok paginya,” kata Ahmad.</p></blockquote>
<p>Panitia juga melatih 1.400 petugas TPS melalui simulasi di tiga kecamatan. Dalam simulasi itu, petugas berlatih mengisi formulir, memilah surat suara tidak sah, dan memotret dokumen dengan jelas menggunakan telepon genggam.</p>
<p>Pengamat tata kelola desa dari sebuah lembaga kajian di ibu kota provinsi, Fransiska Wowor, menilai langkah ini patut ditiru daerah lain. Namun, ia mengingatkan bahwa sengketa pilkades kerap bersumber dari daftar pemilih, bukan dari penghitungan. “Warga yang merasa namanya hilang dari daftar harus punya jalur pengaduan yang jelas dan cepat,” ujarnya.</p>
<p>Warga dapat mengecek nama dalam daftar pemilih melalui <a href="https://example.org/batu-randah/pilkades/cek-pemilih">layanan cek pemilih</a> atau langsung di kantor desa masing-masing.</p>`,
	}
}

func nasionalDukcapilKeliling() Article {
	fig := illustration("pesisir-ujung-rimba.png", motifWaves, "nasional",
		"Ilustrasi pesisir dengan laut biru bergelombang, perahu kecil berlayar jingga, dan matahari di atas cakrawala.",
		"Desa-desa pesisir terjauh di Pantai Kencana kini didatangi mobil layanan kependudukan setiap enam pekan. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "KTP Elektronik Kini Bisa Diurus di Balai Desa, Warga Pantai Kencana Tak Perlu ke Kota",
		Lead:       "Mobil layanan kependudukan berkeliling ke 38 desa terjauh; perekaman, cetak ulang, dan akta kelahiran selesai dalam sehari.",
		Author:     "laras-wicaksono",
		Categories: []string{"nasional"},
		Tags:       []string{"layanan publik", "KTP elektronik", "kependudukan", "Pantai Kencana"},
		DaysAgo:    41, Hour: 15, Minute: 30,
		Image: illustration("dukcapil-keliling.png", motifCity, "nasional",
			"Ilustrasi deretan gedung bertingkat berwarna merah muda dan merah tua dengan jendela putih, di bawah matahari siang.",
			"Mobil layanan kependudukan membawa peralatan perekaman dan pencetakan KTP elektronik ke balai desa. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>PANTAI KENCANA</strong> — Siti Maryam (67) akhirnya memegang kartu tanda penduduk elektronik (KTP-el) pertamanya. Selama bertahun-tahun, warga Desa Ujung Rimba itu enggan mengurus dokumen karena kantor dinas kependudukan berjarak tiga jam perjalanan darat dari rumahnya. Kini ia cukup berjalan kaki ke balai desa, difoto, merekam sidik jari, lalu pulang membawa kartu yang baru dicetak.</p>
<p>Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Pantai Kencana meluncurkan layanan jemput bola dengan dua mobil berperalatan lengkap. Mobil itu berkeliling ke 38 desa yang paling jauh dari ibu kota kabupaten, masing-masing dikunjungi sekali dalam enam pekan.</p>
<h2>Apa saja yang bisa diurus</h2>
<ul>
<li><strong>KTP-el:</strong> perekaman baru, pencetakan ulang karena rusak atau hilang, dan perubahan data.</li>
<li><strong>Kartu keluarga:</strong> pemecahan, penambahan anggota, dan perbaikan elemen data.</li>
<li><strong>Akta kelahiran dan kematian:</strong> diterbitkan di tempat bila persyaratan lengkap.</li>
<li><strong>Kartu identitas anak:</strong> untuk anak di bawah 17 tahun, sekaligus sosialisasi manfaatnya bagi sekolah dan layanan kesehatan.</li>
</ul>
<p>Semua layanan tersebut gratis. Warga diminta membawa dokumen asli beserta fotokopinya, serta memeriksa jadwal kunjungan di <a href="https://example.org/pantai-kencana/dukcapil-keliling">laman jadwal layanan keliling</a>.</p>
<h2>Mengejar warga yang belum tercatat</h2>
<p>Kepala Disdukcapil Pantai Kencana, Hasanuddin Ma’ruf, memperkirakan masih ada sekitar 9.000 warga dewasa yang belum merekam KTP-el, sebagian besar lansia dan pekerja yang sering merantau. Tanpa dokumen kependudukan, mereka berisiko kesulitan mengakses bantuan sosial, layanan kesehatan, hingga pembukaan rekening bank.</p>
<blockquote><p>“Selama ini kami menunggu warga datang. Sekarang kami yang datang ke warga. Ternyata antreannya panjang, artinya kebutuhannya memang besar,” kata Hasanuddin.</p></blockquote>` + figureHTML(0, fig) + `<p>Pada hari pertama di Ujung Rimba, petugas melayani 163 permohonan hingga menjelang magrib. Listrik desa yang sering padam diatasi dengan generator yang dibawa di mobil, sedangkan data dikirim melalui jaringan seluler yang sinyalnya harus dicari di bukit kecil di belakang balai desa.</p>
<p>Kepala Desa Ujung Rimba, Abdul Rahim, meminta jadwal kunjungan dibuat lebih sering menjelang tahun ajaran baru, ketika banyak orang tua membutuhkan akta kelahiran anak untuk mendaftar sekolah.</p>`,
	}
}
