package demo

func olahragaArticles() []Article {
	return []Article{
		olahragaLigaPutri(),
		olahragaAkademiDesa(),
		olahragaGelanggangRakyat(),
		olahragaWasitPerempuan(),
		olahragaFinalLigaRegional(),
		olahragaPedayungMuda(),
		olahragaMaratonPesisir(),
	}
}

func olahragaLigaPutri() Article {
	return Article{
		Title:      "Liga Sepak Bola Putri Antarkabupaten Bergulir, 12 Tim Berebut Piala Srikandi",
		Lead:       "Kompetisi resmi pertama bagi pesepak bola putri di provinsi ini digelar dengan format kandang-tandang selama empat bulan.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga", "sepak-bola"},
		Tags:       []string{"sepak bola putri", "liga daerah", "Piala Srikandi"},
		DaysAgo:    1, Hour: 21, Minute: 30,
		Image: illustration("liga-putri-laga-pembuka.png", motifField, "sepak-bola",
			"Ilustrasi lapangan sepak bola dilihat dari atas, rumput bergaris hijau tua dan muda, garis putih, para pemain berseragam biru dan jingga, bola putih, dan tribun penuh penonton berbaju warna-warni.",
			"Laga pembuka Liga Sepak Bola Putri Antarkabupaten disaksikan ribuan penonton di Stadion Bahari. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Tribun Stadion Bahari di Tanjung Sembilan hampir penuh ketika peluit tanda dimulainya laga pembuka Liga Sepak Bola Putri Antarkabupaten dibunyikan. Ribuan penonton, sebagian besar keluarga para pemain, bersorak setiap kali bola mendekati gawang. Laga pembuka antara Putri Bahari Tanjung Sembilan dan Srikandi Lembah Sari berakhir imbang 1-1.</p>
<p>Liga yang diikuti 12 tim dari delapan kabupaten dan kota itu merupakan kompetisi resmi pertama bagi pesepak bola putri di provinsi ini. Sebelumnya, pemain putri hanya bertanding dalam turnamen undangan yang berlangsung beberapa hari dan tidak rutin digelar.</p>
<h2>Format dan aturan kompetisi</h2>
<ul>
<li><strong>Format:</strong> dua grup berisi enam tim, bermain kandang dan tandang selama empat bulan.</li>
<li><strong>Babak gugur:</strong> dua tim teratas dari tiap grup melaju ke semifinal.</li>
<li><strong>Batas usia:</strong> minimal 16 tahun, dengan kewajiban memainkan setidaknya dua pemain di bawah 20 tahun.</li>
<li><strong>Pelatih:</strong> setiap tim wajib memiliki pelatih berlisensi dan setidaknya satu ofisial perempuan.</li>
</ul>
<p>Ketua panitia liga, Margaretha Wenda, mengatakan format kandang-tandang dipilih agar setiap daerah merasakan atmosfer pertandingan. “Kalau hanya main di satu kota, warga kabupaten lain tidak ikut memiliki. Kami ingin anak-anak perempuan di tiap daerah melihat pemain idolanya bertanding di lapangan dekat rumah,” ujarnya.</p>
<h2>Bertahan dengan dana terbatas</h2>
<p>Penyelenggaraan liga tidak lepas dari persoalan klasik: dana. Total anggaran kompetisi sekitar Rp3,1 miliar, sebagian besar dari sponsor perusahaan daerah dan iuran klub. Setiap tim menerima subsidi transportasi, tetapi gaji pemain masih bergantung pada kemampuan klub masing-masing.</p>
<blockquote><p>“Sebagian pemain kami masih bekerja pagi di pasar, lalu latihan sore. Kami berharap liga ini menjadi jalan supaya suatu hari mereka bisa hidup dari sepak bola,” kata pelatih Srikandi Lembah Sari, Rudi Hartono Simanjuntak.</p></blockquote>
<p>Penjaga gawang Putri Bahari, Fitriani (19), menjadi salah satu bintang laga pembuka berkat dua penyelamatan gemilang di babak kedua. Mahasiswi pendidikan jasmani itu mengaku gugup bermain di depan ribuan penonton. “Biasanya yang menonton cuma teman sekampung. Tadi rasanya seperti main di televisi,” katanya sambil tertawa.</p>
<p>Seluruh pertandingan disiarkan langsung melalui kanal video daring milik panitia. Jadwal lengkap dan klasemen sementara dapat dilihat di <a href="https://example.org/liga-putri/jadwal">laman resmi liga</a>.</p>`,
	}
}

func olahragaAkademiDesa() Article {
	fig := illustration("lapangan-tanjung-kawa.png", motifHills, "olahraga",
		"Ilustrasi perbukitan hijau berlapis dengan pohon-pohon kecil dan matahari jingga, menggambarkan lapangan desa di kaki kebun kopi.",
		"Lapangan latihan Akademi Bintang Randah berada di belakang sekolah dasar, berbatasan dengan kebun kopi warga. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Akademi Sepak Bola Desa Kirim Tiga Pemain ke Seleksi Tim Nasional Usia 16",
		Lead:       "Berlatih di lapangan berumput liar, akademi yang didirikan seorang guru olahraga ini rutin melahirkan pemain berbakat.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga", "sepak-bola"},
		Tags:       []string{"pembinaan usia muda", "tim nasional", "akademi sepak bola", "Batu Randah"},
		DaysAgo:    5, Hour: 16, Minute: 45,
		Image: illustration("akademi-bintang-randah.png", motifField, "sepak-bola",
			"Ilustrasi lapangan sepak bola hijau bergaris dari sudut pandang atas, dengan kotak penalti, lingkaran tengah, pemain dua tim berseragam biru dan jingga, bola putih, dan deretan penonton di tribun.",
			"Tiga pemain Akademi Sepak Bola Bintang Randah dipanggil mengikuti seleksi tim nasional usia 16. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>BATU RANDAH</strong> — Lapangan di belakang SD Negeri Tanjung Kawa jauh dari kata ideal. Rumputnya tumbuh tidak rata, satu sisinya menurun ke arah kebun kopi, dan gawangnya terbuat dari pipa besi yang dicat ulang setiap tahun. Namun, dari lapangan inilah tiga pemain muda baru saja dipanggil mengikuti seleksi tim nasional usia 16 tahun.</p>
<p>Ketiganya adalah anak didik Akademi Sepak Bola Bintang Randah yang didirikan guru olahraga setempat, Sahat Marpaung. Selama sebelas tahun, akademi ini telah melatih lebih dari 400 anak tanpa memungut biaya.</p>
<h2>Sekolah nomor satu</h2>
<p>Latihan digelar empat kali sepekan, selepas anak-anak pulang sekolah dan membantu orang tua di kebun. Sahat menerapkan aturan ketat: siapa pun yang bolos sekolah tidak boleh ikut latihan.</p>
<blockquote><p>“Dari ratusan anak yang berlatih di sini, paling hanya beberapa yang jadi pemain profesional. Yang lain harus tetap punya masa depan. Jadi sekolah nomor satu, bola nomor dua,” kata Sahat.</p></blockquote>
<p>Tiga pemain yang dipanggil seleksi:</p>
<ol>
<li><strong>Reynaldi Purba (15):</strong> gelandang bertahan yang dikenal dengan umpan panjangnya yang akurat.</li>
<li><strong>Yosua Ginting (16):</strong> bek tengah bertinggi badan 181 sentimeter sekaligus kapten tim usia 16 akademi.</li>
<li><strong>Ilham Saputra (15):</strong> penyerang sayap yang mencetak 23 gol di liga pelajar provinsi musim lalu.</li>
</ol>` + figureHTML(0, fig) + `<h2>Dukungan mulai datang</h2>
<p>Keberhasilan akademi menarik perhatian sejumlah pihak. Pemerintah desa menyisihkan dana untuk meratakan lapangan, sementara sebuah klub profesional di ibu kota provinsi menawarkan kerja sama pemantauan bakat. Dua alumni akademi kini bermain di kasta kedua liga nasional.</p>
<p>Meski begitu, Sahat mengaku tantangan terbesar justru biaya perjalanan. Untuk mengikuti turnamen di luar daerah, ia dan para orang tua kerap harus patungan menyewa mobil. “Anak-anak ini berbakat, tapi bakat saja tidak bisa membayar bensin,” ujarnya.</p>
<p>Bagi Yosua, panggilan seleksi itu hadiah bagi keluarganya. Ayahnya, petani kopi, tidak pernah absen menonton latihan. “Bapak bilang, main yang jujur dan jangan lupa pulang,” kata Yosua. Akademi menerima donasi perlengkapan melalui <a href="https://example.org/bintang-randah/dukung">laman dukungan akademi</a>.</p>`,
	}
}

func olahragaGelanggangRakyat() Article {
	fig := illustration("kawasan-pelabuhan-lama.png", motifCity, "olahraga",
		"Ilustrasi deretan gedung hijau bertingkat dengan jendela putih dan jingga di bawah matahari sore, menggambarkan kawasan kota di sekitar pelabuhan.",
		"Gelanggang Rakyat Pelabuhan dikelilingi gudang dan permukiman padat yang minim ruang bermain. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Bekas Lahan Parkir Truk Disulap Jadi Lapangan Sepak Bola Mini untuk Warga",
		Lead:       "Tiga lapangan berumput sintetis di tepi Pelabuhan Lama dibuka setiap sore; jadwal dibagi antara anak-anak, tim putri, dan pekerja.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga", "sepak-bola"},
		Tags:       []string{"ruang publik", "sepak bola anak", "fasilitas olahraga", "Tanjung Sembilan"},
		DaysAgo:    14, Hour: 18, Minute: 20,
		Image: illustration("gelanggang-rakyat-pelabuhan.png", motifField, "sepak-bola",
			"Ilustrasi lapangan sepak bola mini dari atas dengan rumput sintetis bergaris, garis putih, pemain berseragam biru dan jingga yang sedang berebut bola, dan tribun berisi penonton.",
			"Gelanggang Rakyat Pelabuhan dibuka setiap hari pukul 15.00 hingga 22.00. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Deru truk kontainer yang dulu mendominasi lahan di tepi Pelabuhan Lama kini berganti teriakan anak-anak yang berebut bola. Bekas lahan parkir seluas satu hektare itu disulap pemerintah kota menjadi tiga lapangan sepak bola mini berumput sintetis, lengkap dengan lampu sorot, bangku penonton, dan toilet umum.</p>
<p>Lapangan yang diberi nama Gelanggang Rakyat Pelabuhan itu dibuka setiap hari mulai pukul 15.00 hingga 22.00. Anak-anak dan pelajar dapat bermain gratis, sementara kelompok dewasa membayar Rp150.000 per jam untuk menyewa satu lapangan.</p>
<h2>Jadwal dibagi agar adil</h2>
<p>Pengelola menyusun jadwal tetap agar lapangan tidak hanya dikuasai kelompok yang mampu menyewa:</p>
<ul>
<li><strong>Pukul 15.00–17.00:</strong> khusus anak dan pelajar, gratis, didampingi dua pelatih dari dinas pemuda dan olahraga.</li>
<li><strong>Pukul 17.00–18.00:</strong> jadwal tetap tim putri dan sekolah sepak bola putri.</li>
<li><strong>Pukul 19.00–22.00:</strong> penyewaan umum untuk pekerja dan komunitas, dipesan paling lambat sehari sebelumnya.</li>
</ul>
<p>Kepala Dinas Pemuda dan Olahraga Tanjung Sembilan, Firman Syahputra, mengatakan kota itu selama ini kekurangan ruang bermain. Dalam lima tahun terakhir, setidaknya tujuh lapangan kampung berubah menjadi perumahan dan pertokoan.</p>
<blockquote><p>“Anak-anak kita bermain bola di jalan, di gang, di lahan kosong yang besok mungkin sudah dipagar. Lapangan ini kecil, tapi ini janji bahwa kota masih menyisakan ruang untuk mereka,” kata Firman.</p></blockquote>` + figureHTML(0, fig) + `<h2>Warga ikut menjaga</h2>
<p>Pengelolaan harian diserahkan kepada karang taruna dari tiga kelurahan di sekitar pelabuhan. Mereka mengatur pemesanan, menjaga kebersihan, dan menegur pengunjung yang merokok di area lapangan. Sebagian uang sewa digunakan untuk membayar honor penjaga dan merawat rumput sintetis.</p>
<p>Bagi Andika (12), lapangan baru itu mengubah rutinitas sorenya. Sebelumnya ia bermain di gang sempit dekat rumah dan kerap dimarahi tetangga karena bola mengenai jendela. “Sekarang bisa lari sepuasnya, ada pelatihnya juga,” ujarnya bersemangat.</p>
<p>Pemerintah kota berencana membangun dua gelanggang serupa di wilayah utara dan timur kota tahun depan. Jadwal dan pemesanan lapangan tersedia di <a href="https://example.org/tanjung-sembilan/gelanggang-rakyat">laman Gelanggang Rakyat</a>.</p>`,
	}
}

func olahragaWasitPerempuan() Article {
	return Article{
		Title:      "Wasit Perempuan Pertama di Liga Amatir Lembah Sari: “Saya Hanya Ingin Pertandingan Adil”",
		Lead:       "Sembilan tahun menjadi asisten wasit, Veronika Tambunan kini memimpin laga senior pria dan menghadapi sorakan dengan tenang.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga", "sepak-bola"},
		Tags:       []string{"wasit", "perempuan dalam olahraga", "liga amatir", "Lembah Sari"},
		DaysAgo:    25, Hour: 21, Minute: 5,
		Image: illustration("wasit-veronika-tambunan.png", motifField, "sepak-bola",
			"Ilustrasi lapangan sepak bola dilihat dari atas, dengan rumput bergaris hijau, garis-garis putih, lingkaran tengah, pemain dua tim, bola, dan tribun yang dipenuhi penonton.",
			"Veronika Tambunan memimpin laga senior pria pertamanya di Liga Amatir Lembah Sari. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>LEMBAH SARI</strong> — Ketika Veronika Tambunan (31) meniup peluit panjang tanda berakhirnya laga antara PS Lamo Hilir dan Persatuan Sepak Bola Kota Sari, sebagian penonton berdiri dan bertepuk tangan. Bukan untuk tim yang menang, melainkan untuk wasit yang baru saja memimpin pertandingan penuh ketegangan tanpa satu pun keributan. Malam itu ia resmi menjadi perempuan pertama yang memimpin laga senior pria di Liga Amatir Lembah Sari.</p>
<p>Perjalanan Veronika menuju titik ini tidak singkat. Ia memulai karier sebagai asisten wasit di turnamen antarkampung sembilan tahun lalu, sambil bekerja sebagai guru pendidikan jasmani di sebuah SMP. Lisensi wasit daerah baru ia kantongi setelah tiga kali mengikuti ujian kebugaran dan teori.</p>
<h2>Menghadapi sorakan</h2>
<p>Veronika tidak menampik bahwa ejekan masih sering terdengar dari pinggir lapangan. Sebagian penonton meragukan kemampuannya hanya karena ia perempuan. Namun, ia memilih menjawab dengan keputusan yang konsisten.</p>
<blockquote><p>“Saya tidak perlu disukai. Saya hanya ingin pertandingan berjalan adil dan semua pemain pulang dengan selamat. Kalau itu tercapai, tugas saya selesai,” katanya.</p></blockquote>
<h3>Persiapan sebelum bertugas</h3>
<p>Menjadi wasit, menurut Veronika, menuntut persiapan yang jauh lebih panjang daripada yang terlihat di lapangan:</p>
<ul>
<li><strong>Kebugaran:</strong> lari interval empat kali sepekan agar lulus tes kebugaran wasit setiap musim.</li>
<li><strong>Aturan permainan:</strong> membaca ulang perubahan aturan dan menonton rekaman keputusan sulit bersama rekan wasit.</li>
<li><strong>Mengenal tim:</strong> mempelajari gaya bermain kedua tim dan catatan pelanggaran pemain sebelum laga.</li>
<li><strong>Ketenangan:</strong> latihan pernapasan untuk tetap tenang ketika pemain dan penonton memprotes.</li>
</ul>
<h2>Membuka jalan bagi yang lain</h2>
<p>Ketua Komite Wasit Asosiasi Sepak Bola Lembah Sari, Simon Lumbantobing, mengatakan penilaian terhadap Veronika sama dengan wasit lain. “Ia ditugaskan karena nilainya bagus, bukan karena kami ingin membuat sejarah. Bahwa ia perempuan, itu bonus bagi sepak bola kita,” ujarnya.</p>
<p>Kini empat perempuan lain tengah mengikuti kursus wasit tingkat daerah. Salah satunya murid Veronika sendiri di sekolah. Komite wasit membuka pendaftaran kursus angkatan berikutnya melalui <a href="https://example.org/asosiasi-lembah-sari/kursus-wasit">laman asosiasi</a>.</p>`,
	}
}

func olahragaFinalLigaRegional() Article {
	return Article{
		Title:      "PS Batu Randah Juara Liga Regional Lewat Adu Penalti, Laskar Kopi Naik ke Kompetisi Nasional",
		Lead:       "Tim berjuluk Laskar Kopi menang 5-4 dalam adu penalti setelah bermain imbang 2-2 melawan tuan rumah Bahari FC.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga", "sepak-bola"},
		Tags:       []string{"Liga Regional", "PS Batu Randah", "Bahari FC", "adu penalti"},
		DaysAgo:    7, Hour: 22, Minute: 40,
		Image: illustration("final-liga-regional.png", motifField, "sepak-bola",
			"Ilustrasi lapangan sepak bola dari atas dengan rumput bergaris, garis kotak penalti di kedua sisi, pemain berseragam biru dan jingga, bola putih, dan tribun penuh suporter.",
			"Final Liga Regional di Stadion Bahari berlangsung 120 menit dan ditentukan lewat adu penalti. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Darius Sembiring menjatuhkan diri ke kanan, dan bola tendangan penalti kelima Bahari FC membentur sarung tangannya sebelum melambung keluar lapangan. Ribuan pendukung PS Batu Randah yang memadati tribun timur Stadion Bahari langsung berhamburan ke pinggir lapangan. Tim berjuluk Laskar Kopi itu menjuarai Liga Regional setelah menang 5-4 dalam adu penalti, usai bermain imbang 2-2 selama 120 menit.</p>
<p>Kemenangan itu memastikan PS Batu Randah naik ke kompetisi tingkat nasional musim depan, untuk pertama kalinya dalam sejarah klub yang berdiri 38 tahun lalu.</p>
<h2>Jalannya pertandingan</h2>
<p>Bahari FC yang bermain di kandang sendiri unggul lebih dulu lewat sundulan kapten mereka, Reza Mahendra, pada menit ke-17. PS Batu Randah menyamakan kedudukan menjelang turun minum melalui tendangan bebas Stevanus Bangun yang melengkung ke pojok atas gawang.</p>
<p>Di babak kedua, tuan rumah kembali unggul melalui serangan balik cepat. Laskar Kopi baru bisa menyamakan skor pada menit ke-88 lewat sundulan bek tengah Yeremia Tarigan yang memanfaatkan sepak pojok. Perpanjangan waktu tidak menghasilkan gol.</p>
<ol>
<li><strong>Babak pertama:</strong> Bahari FC 1, PS Batu Randah 1.</li>
<li><strong>Babak kedua:</strong> Bahari FC 2, PS Batu Randah 2.</li>
<li><strong>Perpanjangan waktu:</strong> tanpa gol tambahan.</li>
<li><strong>Adu penalti:</strong> PS Batu Randah menang 5-4 setelah penalti kelima Bahari FC ditepis Darius.</li>
</ol>
<blockquote><p>“Anak-anak ini petani, tukang ojek, dan mahasiswa. Mereka berlatih setelah bekerja, kadang di bawah hujan. Malam ini mereka membuktikan bahwa semangat bisa mengalahkan keterbatasan,” kata pelatih PS Batu Randah, Marthinus Ginting.</p></blockquote>
<h2>Tantangan di level nasional</h2>
<p>Promosi ke kompetisi nasional membawa konsekuensi besar. Klub harus memenuhi sejumlah syarat, mulai dari stadion berlampu, tim medis, hingga laporan keuangan yang diaudit. Stadion Randah Jaya, kandang klub, saat ini belum memiliki lampu penerangan untuk laga malam.</p>
<p>Manajer klub, Hotman Sihombing, mengatakan pihaknya segera berdiskusi dengan pemerintah kabupaten dan calon sponsor. Ia menargetkan anggaran musim depan sekitar Rp7 miliar, hampir empat kali lipat anggaran musim ini.</p>
<p>Di tengah euforia, para pendukung sudah menyiapkan penyambutan di Batu Randah. Konvoi tim dijadwalkan melintasi jalan utama kabupaten. Cuplikan pertandingan dan galeri foto dapat dilihat di <a href="https://example.com/ps-batu-randah/final">laman resmi klub</a>.</p>`,
	}
}

func olahragaPedayungMuda() Article {
	fig := illustration("bendungan-lamo.png", motifHills, "olahraga",
		"Ilustrasi bukit-bukit hijau berlapis di bawah langit jingga muda dengan matahari oranye dan awan putih, menggambarkan perbukitan di sekitar bendungan.",
		"Bendungan Lamo dikelilingi perbukitan; airnya tenang pada pagi hari, waktu terbaik untuk berlatih. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Berlatih di Bendungan Irigasi, Dua Pedayung Muda Lembah Sari Raih Emas Kejuaraan Nasional",
		Lead:       "Agnes Tumbelaka dan Rifki Hamdani mengalahkan atlet dari pusat pelatihan yang fasilitasnya jauh lebih lengkap.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga"},
		Tags:       []string{"dayung", "atlet muda", "kejuaraan nasional", "Lembah Sari"},
		DaysAgo:    38, Hour: 11, Minute: 50,
		Image: illustration("pedayung-muda-lembah-sari.png", motifWaves, "olahraga",
			"Ilustrasi permukaan air biru bergelombang dengan perahu kecil berlayar biru dan matahari oranye besar di atas cakrawala.",
			"Agnes Tumbelaka dan Rifki Hamdani berlatih setiap pagi di Bendungan Lamo. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — Setiap pukul lima pagi, permukaan Bendungan Lamo yang tenang dipecah oleh kayuhan dua pedayung muda. Di tempat inilah Agnes Tumbelaka (18) dan Rifki Hamdani (19) berlatih selama empat tahun terakhir, tanpa dermaga khusus dan dengan perahu yang sebagian dibeli dari hasil patungan orang tua. Pekan lalu, keduanya pulang dari Kejuaraan Nasional Dayung Junior dengan membawa dua medali emas.</p>
<p>Agnes menjuarai nomor kayak tunggal putri 500 meter, sedangkan Rifki menang di nomor kano tunggal putra 1.000 meter. Mereka mengalahkan atlet-atlet dari pusat pelatihan daerah yang fasilitasnya jauh lebih lengkap.</p>
<h2>Berlatih dengan yang ada</h2>
<p>Pelatih mereka, Daniel Rumengan, adalah mantan atlet dayung yang pulang kampung setelah pensiun. Ia memanfaatkan bendungan irigasi sebagai lintasan latihan dan memasang pelampung penanda jarak dari botol bekas yang diisi pasir.</p>
<blockquote><p>“Kami tidak punya kolam latihan, tidak punya perahu motor untuk mengawal. Jadi kami harus lebih disiplin dari yang lain. Latihan tidak pernah libur, kecuali pintu air bendungan sedang dibuka,” kata Daniel.</p></blockquote>` + figureHTML(0, fig) + `<p>Program latihan harian yang dijalani kedua atlet cukup padat:</p>
<ul>
<li><strong>Pagi:</strong> dua jam mendayung di bendungan, dengan variasi jarak pendek dan panjang.</li>
<li><strong>Siang:</strong> sekolah dan kuliah seperti biasa.</li>
<li><strong>Sore:</strong> latihan beban dan kelenturan di sebuah pusat kebugaran yang memberi akses gratis.</li>
<li><strong>Akhir pekan:</strong> evaluasi teknik lewat rekaman video dari telepon genggam pelatih.</li>
</ul>
<h2>Harapan akan fasilitas</h2>
<p>Keberhasilan itu mendorong pengurus cabang olahraga dayung kabupaten mengajukan pembangunan dermaga latihan sederhana di tepi bendungan. Selama ini atlet harus menurunkan perahu dari tepian yang licin dan berlumpur.</p>
<p>Agnes berharap fasilitas itu terwujud agar adik-adiknya di klub tidak perlu berlatih dengan cara yang sama sulitnya. “Saya ingin lebih banyak anak perempuan di sini mencoba dayung. Airnya ada, bakatnya ada, tinggal kesempatannya,” ujarnya. Kedua atlet kini dipanggil mengikuti pemusatan latihan nasional junior. Profil mereka dapat dibaca di <a href="https://example.org/dayung-lembah-sari/atlet">laman klub dayung</a>.</p>`,
	}
}

func olahragaMaratonPesisir() Article {
	fig := illustration("lintasan-mangrove-maraton.png", motifMangrove, "olahraga",
		"Ilustrasi deretan pohon bakau berakar tunjang di perairan dangkal, dengan bibit-bibit kecil di latar depan dan matahari oranye di langit.",
		"Sebagian lintasan Maraton Pesisir menyusuri kawasan hutan mangrove Pantai Kencana. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Maraton Pesisir Pantai Kencana Diikuti 4.000 Pelari, Botol Plastik Sekali Pakai Dilarang",
		Lead:       "Pelari membawa botol minum sendiri; pos minum memakai galon isi ulang dan gelas yang dicuci relawan.",
		Author:     "bonifasius-tarigan",
		Categories: []string{"olahraga", "lingkungan"},
		Tags:       []string{"maraton", "lari", "bebas plastik", "Pantai Kencana"},
		DaysAgo:    56, Hour: 10, Minute: 15,
		Image: illustration("maraton-pesisir-pantai-kencana.png", motifWaves, "olahraga",
			"Ilustrasi pantai dengan laut biru berlapis gelombang, perahu layar kecil, dan matahari oranye yang baru terbit di cakrawala.",
			"Maraton Pesisir dimulai sebelum matahari terbit dan menyusuri jalan pantai Pantai Kencana. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>PANTAI KENCANA</strong> — Sebelum matahari terbit, ribuan pelari sudah memadati garis start di Lapangan Tugu Nelayan. Mereka bersiap menempuh lintasan Maraton Pesisir Pantai Kencana yang menyusuri jalan pantai, kampung nelayan, dan hutan mangrove. Tahun ini lomba lari tahunan itu diikuti sekitar 4.000 pelari dari berbagai daerah, jumlah terbanyak sejak pertama kali digelar enam tahun lalu.</p>
<p>Ada yang berbeda tahun ini. Panitia melarang penggunaan botol plastik sekali pakai di seluruh lintasan. Setiap pelari wajib membawa botol minum atau kantong air lipat sendiri, yang bisa diisi ulang di pos-pos minum.</p>
<h2>Bagaimana aturan itu dijalankan</h2>
<ul>
<li><strong>Pos minum:</strong> 14 pos dengan galon isi ulang dan keran, dijaga relawan dari sekolah dan kampus setempat.</li>
<li><strong>Gelas pakai ulang:</strong> tersedia bagi pelari yang lupa membawa botol, dicuci dan disterilkan di setiap pos.</li>
<li><strong>Paket lomba:</strong> tidak lagi dibungkus plastik; nomor dada dicetak di kertas tahan air yang dapat didaur ulang.</li>
<li><strong>Sanksi:</strong> pelari yang membuang sampah di lintasan dapat didiskualifikasi.</li>
</ul>
<p>Ketua panitia, Ni Luh Made Suarsini, mengatakan tahun lalu lomba menghasilkan lebih dari 30.000 botol plastik bekas dalam satu pagi. Sebagian tercecer di kawasan mangrove dan terbawa ke laut.</p>
<blockquote><p>“Kita berlari menikmati pantai yang indah, tapi meninggalkan sampah untuk nelayan dan penyu. Itu tidak adil. Tahun ini kami ingin lomba yang selesai tanpa meninggalkan jejak plastik,” kata Suarsini.</p></blockquote>` + figureHTML(0, fig) + `<h2>Hasil lomba</h2>
<p>Di kategori maraton penuh putra, gelar juara diraih Yohanis Tefa dengan catatan waktu 2 jam 29 menit 41 detik. Di kategori putri, Sekar Ayu Larasati finis tercepat dengan waktu 2 jam 58 menit 12 detik, memperbaiki rekor lomba sebelumnya lebih dari dua menit.</p>
<p>Sekar mengaku awalnya ragu dengan aturan membawa botol sendiri. “Ternyata tidak repot. Kantong air lipat ringan sekali, dan pos minumnya justru lebih teratur,” ujarnya.</p>
<p>Menurut catatan panitia, sampah yang terkumpul setelah lomba hanya sekitar 90 kilogram, sebagian besar bungkus gel energi. Relawan memilah sampah itu untuk didaur ulang. Hasil lengkap lomba dapat diunduh di <a href="https://example.org/maraton-pesisir/hasil">laman hasil lomba</a>.</p>`,
	}
}
