package demo

func ekonomiArticles() []Article {
	return []Article{
		ekonomiKopiTanjungKawa(),
		ekonomiHargaCabai(),
		ekonomiTenunQR(),
		ekonomiGudangPendingin(),
		ekonomiBungaKredit(),
		ekonomiDesaWisata(),
		ekonomiRumputLaut(),
	}
}

func ekonomiKopiTanjungKawa() Article {
	fig := illustration("kebun-kopi-gunung-randah.png", motifHills, "ekonomi",
		"Ilustrasi lereng gunung berlapis hijau toska dengan deretan pohon kecil di bawah matahari kuning, menggambarkan kebun kopi di dataran tinggi.",
		"Kebun kopi anggota koperasi berada di ketinggian 1.300 hingga 1.600 meter di lereng Gunung Randah. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Koperasi Kopi Tanjung Kawa Kirim Kontainer Pertama ke Eropa",
		Lead:       "Setelah empat tahun membenahi cara petik dan olah, 19 ton kopi arabika dari lereng Batu Randah berangkat ke Hamburg.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi"},
		Tags:       []string{"kopi", "koperasi", "ekspor", "Batu Randah"},
		DaysAgo:    1, Hour: 8, Minute: 30,
		Image: illustration("ekspor-kopi-tanjung-kawa.png", motifWaves, "ekonomi",
			"Ilustrasi laut biru dengan perahu layar kecil menuju cakrawala tempat matahari kuning terbenam, melambangkan perjalanan ekspor.",
			"Kontainer pertama kopi Tanjung Kawa dikapalkan menuju Hamburg, Jerman. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>BATU RANDAH</strong> — Sebuah truk kontainer meninggalkan gudang Koperasi Produsen Kopi Tanjung Kawa diiringi tepuk tangan puluhan petani. Di dalamnya tersusun 320 karung kopi arabika hijau seberat total 19 ton, tujuan pelabuhan Hamburg, Jerman. Ini pertama kalinya koperasi desa di lereng Gunung Randah itu mengekspor kopi secara langsung, tanpa melalui pedagang perantara.</p>
<p>Perjalanan menuju kontainer pertama itu memakan waktu empat tahun. Ketika koperasi berdiri, anggotanya masih menjual buah kopi merah dan hijau bercampur kepada tengkulak dengan harga rendah. Kualitas biji tidak seragam karena setiap petani mengolah dengan caranya sendiri.</p>
<h2>Dari petik merah hingga uji cita rasa</h2>
<p>Ketua koperasi, Yulius Panggabean, mengatakan perubahan dimulai dari kebun. Anggota sepakat hanya memetik buah yang benar-benar merah, lalu menyetorkannya ke unit pengolahan bersama pada hari yang sama.</p>
<ol>
<li><strong>Petik merah:</strong> buah kopi dipetik saat matang sempurna dan disortir ulang di pos penimbangan.</li>
<li><strong>Pengolahan seragam:</strong> pengupasan, fermentasi, dan pencucian dilakukan di satu unit dengan prosedur tertulis.</li>
<li><strong>Penjemuran di para-para:</strong> biji dijemur di rak bambu setinggi pinggang agar tidak bersentuhan dengan tanah.</li>
<li><strong>Uji cita rasa:</strong> setiap lot dicicipi dan dinilai sebelum dikemas, hasilnya dicatat bersama nama kebun asalnya.</li>
</ol>` + figureHTML(0, fig) + `<p>Disiplin itu membuahkan hasil. Dalam kompetisi cita rasa tingkat provinsi tahun lalu, dua lot kopi Tanjung Kawa meraih nilai di atas 85, cukup tinggi untuk menarik perhatian pembeli kopi spesialti dari luar negeri. Seorang pembeli asal Jerman kemudian datang langsung ke kebun sebelum menandatangani kontrak.</p>
<blockquote><p>“Pembeli itu tidak hanya menanyakan harga. Ia ingin tahu siapa yang menanam, bagaimana kami memperlakukan pemetik, dan apakah hutan di atas kebun tetap dijaga,” kata Yulius.</p></blockquote>
<h2>Harga lebih baik untuk petani</h2>
<p>Kontrak ekspor itu memberi harga sekitar 40 persen lebih tinggi dibandingkan harga jual ke pedagang lokal. Koperasi membayar uang muka kepada anggota saat buah disetor dan membagikan sisa hasil usaha setelah pembayaran dari pembeli diterima.</p>
<p>Marta Sinaga, petani dengan kebun seluas satu hektare, mengaku penghasilannya dari kopi naik cukup berarti. “Dulu kopi hanya tabungan sampingan. Sekarang saya berani menyekolahkan anak ke kota,” ujarnya.</p>
<p>Koperasi kini beranggotakan 412 petani dan menargetkan dua kontainer pada musim panen berikutnya. Profil kebun dan catatan uji cita rasa setiap lot dipublikasikan di <a href="https://example.com/kopi-tanjung-kawa/lot">katalog daring koperasi</a>.</p>`,
	}
}

func ekonomiHargaCabai() Article {
	return Article{
		Title:      "Harga Cabai Rawit Turun Jelang Panen Raya, Pedagang Minta Pasokan Dijaga",
		Lead:       "Di Pasar Induk Tanjung Sembilan, harga cabai rawit merah merosot dari Rp78.000 menjadi Rp42.000 per kilogram dalam dua pekan.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi"},
		Tags:       []string{"harga pangan", "cabai", "pasar", "inflasi"},
		DaysAgo:    4, Hour: 11, Minute: 15,
		Image: illustration("harga-cabai-turun.png", motifChartDown, "ekonomi",
			"Ilustrasi grafik batang yang menurun dari kiri ke kanan dengan garis tren berbintik mengikuti puncak batang.",
			"Harga cabai rawit merah di pasar induk turun 46 persen dalam dua pekan. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Tumpukan cabai rawit merah di lapak Hasnah (52) di Pasar Induk Tanjung Sembilan kini lebih tinggi dari biasanya. Harga yang dua pekan lalu masih Rp78.000 per kilogram kini turun menjadi Rp42.000. Pembeli yang sempat mengurangi belanja mulai kembali membeli dalam jumlah normal.</p>
<p>“Kemarin-kemarin orang beli seperempat ons saja sudah mengeluh. Sekarang ibu-ibu berani ambil setengah kilo,” kata Hasnah sambil menimbang pesanan seorang pemilik warung makan.</p>
<h2>Panen raya di sentra produksi</h2>
<p>Dinas Perdagangan Kota Tanjung Sembilan mencatat penurunan harga terjadi seiring panen raya di sentra cabai di dataran tinggi Batu Randah dan Lembah Sari. Pasokan yang masuk ke pasar induk naik dari rata-rata 18 ton menjadi 31 ton per hari.</p>
<p>Harga rata-rata beberapa komoditas hortikultura di pasar induk dalam sepekan terakhir:</p>
<ul>
<li><strong>Cabai rawit merah:</strong> Rp42.000 per kilogram, turun 46 persen dalam dua pekan.</li>
<li><strong>Cabai merah keriting:</strong> Rp36.000 per kilogram, turun 28 persen.</li>
<li><strong>Bawang merah:</strong> Rp34.000 per kilogram, relatif stabil.</li>
<li><strong>Tomat:</strong> Rp9.000 per kilogram, naik tipis karena pasokan dari luar daerah berkurang.</li>
</ul>
<h2>Petani khawatir harga jatuh terlalu dalam</h2>
<p>Penurunan harga melegakan konsumen, tetapi petani mulai cemas. Di tingkat kebun, harga cabai rawit sudah turun ke kisaran Rp20.000 per kilogram. Ketua Kelompok Tani Sumber Rejeki di Batu Randah, Warsito, mengatakan biaya produksi cabai rawit di daerahnya sekitar Rp15.000 per kilogram.</p>
<blockquote><p>“Kalau terus turun sampai di bawah biaya tanam, petani rugi dan musim depan banyak yang enggan menanam. Ujung-ujungnya harga melonjak lagi,” ujar Warsito.</p></blockquote>
<p>Pedagang pasar juga meminta pemerintah menjaga pasokan tetap stabil setelah panen raya berakhir. Mereka mengusulkan agar kelebihan produksi diserap industri pengolahan, misalnya untuk cabai kering dan sambal kemasan, sehingga lonjakan harga beberapa bulan ke depan bisa dicegah.</p>
<p>Kepala Dinas Perdagangan, Rusdi Hamzah, menyatakan pihaknya sedang menjajaki kerja sama dengan dua pabrik pengering cabai. Pemantauan harga harian dapat diakses publik di <a href="https://example.org/tanjung-sembilan/harga-pangan">panel harga pangan kota</a>.</p>`,
	}
}

func ekonomiTenunQR() Article {
	fig := illustration("kain-tenun-pasar-seni.png", motifBatik, "ekonomi",
		"Ilustrasi pola kain berulang berupa empat kelopak lonjong yang bertemu di satu titik, berwarna hijau toska dan kuning di atas dasar terang.",
		"Kain tenun dan batik menjadi barang paling laku di Pasar Seni Lembah Sari. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Perajin Tenun Pasar Seni Lembah Sari Beralih ke Pembayaran Kode QR",
		Lead:       "Transaksi nontunai memudahkan wisatawan berbelanja, tetapi perajin lanjut usia masih butuh pendampingan.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi", "budaya"},
		Tags:       []string{"UMKM", "pembayaran digital", "tenun", "Lembah Sari"},
		DaysAgo:    12, Hour: 14, Minute: 0,
		Image: illustration("pembayaran-qr-pasar-seni.png", motifCity, "ekonomi",
			"Ilustrasi deretan bangunan hijau toska bertingkat dengan jendela-jendela terang dan matahari kuning di langit pucat.",
			"Sebanyak 64 perajin di Pasar Seni Lembah Sari kini menerima pembayaran dengan kode QR. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — Di kios kecil berukuran dua kali tiga meter, Rosalina Bere (58) menata kain tenun ikat bermotif burung dan sulur. Di sudut meja, sebuah kartu bergambar kode QR dilaminasi rapi. Dalam tiga bulan terakhir, hampir separuh pembeli di kiosnya membayar dengan memindai kode tersebut menggunakan telepon genggam.</p>
<p>Rosalina adalah satu dari 64 perajin di Pasar Seni Lembah Sari yang mengikuti program digitalisasi pembayaran yang digagas koperasi pasar bersama sebuah bank daerah. Program itu mencakup pembukaan rekening, pemasangan kode QR standar nasional, serta pelatihan pencatatan keuangan sederhana.</p>
<h2>Wisatawan jarang membawa uang tunai</h2>
<p>Menurut pengelola pasar, perubahan itu dipicu keluhan yang berulang: wisatawan batal membeli karena tidak membawa cukup uang tunai, sementara anjungan tunai mandiri terdekat berjarak dua kilometer.</p>
<blockquote><p>“Kain tenun itu harganya ratusan ribu sampai jutaan. Dulu banyak tamu bilang nanti kembali setelah ambil uang, tapi tidak pernah kembali,” tutur Rosalina sambil tertawa.</p></blockquote>
<p>Data koperasi pasar menunjukkan perubahan yang cukup nyata sejak program berjalan:</p>
<ul>
<li><strong>Transaksi nontunai:</strong> mencapai 46 persen dari total penjualan, sebelumnya hampir nol.</li>
<li><strong>Nilai penjualan:</strong> rata-rata naik 23 persen per kios dibandingkan periode yang sama tahun lalu.</li>
<li><strong>Pencatatan:</strong> 51 perajin kini memiliki buku kas harian, syarat utama untuk mengajukan kredit usaha.</li>
</ul>` + figureHTML(0, fig) + `<h2>Tidak semua perajin siap</h2>
<p>Meski begitu, peralihan ini tidak mulus bagi semua orang. Sejumlah perajin lanjut usia tidak memiliki telepon pintar atau kesulitan memeriksa apakah uang sudah masuk ke rekening. Beberapa kali terjadi pula upaya penipuan dengan bukti transfer palsu.</p>
<p>Koordinator pendamping dari koperasi pasar, Dimas Arya Nugraha, mengatakan timnya kini menyediakan “jam konsultasi” setiap Sabtu pagi. Perajin juga diimbau selalu mengecek notifikasi resmi dari aplikasi bank, bukan sekadar melihat tangkapan layar dari pembeli.</p>
<p>“Teknologi hanya membantu kalau orangnya merasa aman memakainya. Karena itu kami mendampingi, bukan sekadar menempel kode lalu pergi,” kata Dimas.</p>
<p>Koperasi berencana memperluas program ke sentra anyaman di dua kecamatan lain. Panduan singkat menghindari bukti transfer palsu dapat diunduh di <a href="https://example.org/pasar-seni-lembah-sari/panduan-qr">laman koperasi pasar</a>.</p>`,
	}
}

func ekonomiGudangPendingin() Article {
	fig := illustration("dermaga-labuhan-sirih.png", motifWaves, "ekonomi",
		"Ilustrasi laut biru bergelombang dengan perahu nelayan kecil berlayar merah koral di dekat cakrawala saat matahari rendah.",
		"Perahu nelayan Labuhan Sirih kembali ke dermaga menjelang siang. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Nelayan Pantai Kencana Patungan Bangun Gudang Pendingin, Ikan Tak Lagi Dilepas Murah",
		Lead:       "Dengan ruang pendingin bertenaga surya, nelayan bisa menahan tangkapan saat harga jatuh dan menjualnya ketika pasar membaik.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi"},
		Tags:       []string{"nelayan", "perikanan", "energi surya", "Pantai Kencana"},
		DaysAgo:    19, Hour: 7, Minute: 45,
		Image: illustration("gudang-pendingin-nelayan.png", motifChart, "ekonomi",
			"Ilustrasi grafik batang hijau toska yang naik bertahap, dengan batang terakhir berwarna merah koral dan garis tren di atasnya.",
			"Harga tongkol yang diterima anggota naik dari Rp17.000 menjadi Rp22.000 per kilogram. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>PANTAI KENCANA</strong> — Dulu, setiap kali perahu-perahu di Desa Labuhan Sirih merapat membawa tangkapan melimpah, harga ikan justru anjlok. Tanpa tempat penyimpanan, nelayan terpaksa melepas ikan tongkol dan kembung kepada pengepul dengan harga berapa pun sebelum ikan membusuk. Kini situasinya mulai berubah.</p>
<p>Kelompok Usaha Bersama (KUB) Nelayan Sirih Bersatu meresmikan gudang pendingin berkapasitas 12 ton pekan lalu. Bangunan itu dibiayai dari iuran 86 anggota, pinjaman lunak koperasi, dan hibah peralatan dari sebuah yayasan pemberdayaan pesisir. Atapnya dipenuhi panel surya yang memasok sebagian besar kebutuhan listrik mesin pendingin.</p>
<h2>Menahan ikan, menunggu harga</h2>
<p>Ketua KUB, La Ode Sabaruddin, menjelaskan bahwa selisih harga ikan antara musim melimpah dan musim paceklik bisa mencapai dua kali lipat. Dengan gudang pendingin, nelayan dapat menyimpan tangkapan hingga dua pekan dan menjualnya secara bertahap.</p>
<blockquote><p>“Ikan itu tidak bisa menunggu, tapi es dan mesin pendingin bisa membantu kami menunggu. Itu yang selama ini tidak kami punya,” ujar La Ode.</p></blockquote>` + figureHTML(0, fig) + `<p>Gudang dikelola dengan aturan yang disepakati dalam rapat anggota:</p>
<ul>
<li><strong>Biaya simpan:</strong> Rp500 per kilogram per hari, dipotong saat ikan dijual.</li>
<li><strong>Pencatatan:</strong> setiap kotak diberi label nama pemilik, jenis ikan, dan tanggal masuk.</li>
<li><strong>Penjualan bersama:</strong> ikan dapat dijual kolektif ke pembeli besar di kota untuk mendapat harga lebih baik.</li>
<li><strong>Dana cadangan:</strong> sepuluh persen dari biaya simpan disisihkan untuk perawatan mesin dan panel surya.</li>
</ul>
<h2>Pengepul ikut menyesuaikan</h2>
<p>Dalam sebulan pertama, harga rata-rata yang diterima anggota untuk ikan tongkol naik dari Rp17.000 menjadi Rp22.000 per kilogram. Sejumlah pengepul yang semula menekan harga kini menawarkan kerja sama pasokan rutin dengan harga yang disepakati di awal.</p>
<p>Peneliti ekonomi perikanan dari sebuah universitas negeri di ibu kota provinsi, Wulan Anggraini, menilai model ini layak ditiru, asalkan pengelolaannya transparan. “Banyak fasilitas pendingin bantuan pemerintah mangkrak karena tidak ada yang merasa memiliki. Kalau nelayan ikut menanam modal, rasa memiliki itu tumbuh,” katanya.</p>
<p>Laporan keuangan bulanan gudang ditempel di papan pengumuman dermaga dan dapat dilihat juga di <a href="https://example.org/kub-sirih-bersatu/laporan">laman KUB</a>.</p>`,
	}
}

func ekonomiBungaKredit() Article {
	fig := illustration("inflasi-melandai-lembah-sari.png", motifChartDown, "ekonomi",
		"Ilustrasi grafik batang hijau toska yang makin rendah dari kiri ke kanan, dengan garis tren menurun di atasnya.",
		"Inflasi tahunan Lembah Sari turun dari 4,1 persen menjadi 2,6 persen dalam empat bulan. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Inflasi Melandai, Bank Daerah Lembah Sari Turunkan Bunga Kredit Usaha Kecil",
		Lead:       "Bunga kredit mikro dipangkas satu poin persentase; pelaku usaha menyambut baik, tetapi mengeluhkan syarat agunan.",
		Excerpt:    "Bunga kredit mikro kini 9 persen per tahun. Pengusaha kecil menyambut baik, tetapi menilai agunan bersertifikat tetap menjadi penghalang utama untuk mendapat pinjaman.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi"},
		Tags:       []string{"perbankan", "kredit usaha", "inflasi", "UMKM"},
		DaysAgo:    23, Hour: 16, Minute: 10,
		Image: illustration("bunga-kredit-bank-daerah.png", motifCity, "ekonomi",
			"Ilustrasi kawasan perkantoran dengan gedung-gedung bertingkat hijau toska, jendela putih dan kuning, serta matahari di langit cerah.",
			"Bank Pembangunan Lembah Sari menurunkan bunga kredit usaha mikro dan kecil mulai bulan ini. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — PT Bank Pembangunan Lembah Sari menurunkan suku bunga kredit usaha mikro dan kecil sebesar satu poin persentase mulai bulan ini. Bunga kredit mikro kini menjadi 9 persen per tahun, sedangkan kredit usaha kecil 10,5 persen. Keputusan itu diambil setelah laju inflasi di kabupaten tersebut melandai selama empat bulan berturut-turut.</p>
<p>Data statistik daerah mencatat inflasi tahunan Lembah Sari turun dari 4,1 persen pada awal tahun menjadi 2,6 persen bulan lalu. Penurunan terutama didorong harga beras dan sayuran yang stabil setelah panen yang baik.</p>
<h2>Apa yang berubah bagi peminjam</h2>
<p>Direktur Utama Bank Pembangunan Lembah Sari, Irawati Kusumastuti, mengatakan penurunan bunga berlaku untuk pinjaman baru maupun pinjaman berjalan yang memenuhi syarat.</p>
<ul>
<li><strong>Kredit mikro:</strong> plafon hingga Rp50 juta, bunga turun dari 10 persen menjadi 9 persen per tahun.</li>
<li><strong>Kredit usaha kecil:</strong> plafon Rp50 juta hingga Rp500 juta, bunga turun menjadi 10,5 persen.</li>
<li><strong>Pinjaman berjalan:</strong> bunga baru berlaku mulai angsuran berikutnya bagi debitur yang tidak menunggak.</li>
<li><strong>Masa tenggang:</strong> usaha pertanian dapat mengajukan penundaan angsuran pokok hingga musim panen.</li>
</ul>
<blockquote><p>“Ketika harga-harga stabil, ruang bagi kami untuk menurunkan bunga terbuka. Kami ingin pengusaha kecil merasakan manfaatnya lebih dulu,” kata Irawati.</p></blockquote>` + figureHTML(0, fig) + `<h2>Agunan masih jadi ganjalan</h2>
<p>Pelaku usaha menyambut baik kebijakan itu, tetapi menilai persoalan terbesar bukan pada bunga. Ketua Asosiasi Pengusaha Kecil Lembah Sari, Heru Santoso, menyebut banyak anggotanya gagal mendapat pinjaman karena tidak memiliki agunan bersertifikat.</p>
<p>“Penjual bakso, penjahit, bengkel kecil, kebanyakan tanahnya belum bersertifikat atau masih atas nama orang tua. Bunga turun satu persen tidak banyak artinya kalau pintunya tetap tertutup,” ujar Heru.</p>
<p>Irawati menanggapi bahwa bank sedang menguji skema penilaian kredit berbasis catatan transaksi usaha, bukan hanya agunan. Uji coba melibatkan 300 pedagang pasar yang rutin menyetor tabungan harian. Bila berhasil, skema tersebut akan diperluas tahun depan.</p>
<p>Ekonom dari sebuah lembaga riset kebijakan daerah, Taufik Hidayatullah, mengingatkan bahwa inflasi rendah belum tentu bertahan. Memasuki musim kemarau, harga pangan berpotensi kembali naik. Simulasi angsuran dengan bunga baru tersedia di <a href="https://example.com/bank-lembah-sari/simulasi-kredit">laman simulasi kredit</a>.</p>`,
	}
}

func ekonomiDesaWisata() Article {
	fig := illustration("bukit-watu-gede.png", motifHills, "ekonomi",
		"Ilustrasi bukit-bukit hijau berlapis dengan pohon-pohon kecil, awan putih, dan matahari kuning, menggambarkan pemandangan dari desa wisata.",
		"Panorama perbukitan menjadi daya tarik utama tamu yang menginap di rumah warga Watu Gede. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Desa Wisata Watu Gede Raup Rp1,2 Miliar dari Homestay Milik Warga",
		Lead:       "Empat puluh rumah warga disulap menjadi penginapan; pendapatan dibagi lewat badan usaha milik desa.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi"},
		Tags:       []string{"desa wisata", "BUMDes", "pariwisata", "Batu Randah"},
		DaysAgo:    34, Hour: 10, Minute: 30,
		Image: illustration("homestay-watu-gede.png", motifChart, "ekonomi",
			"Ilustrasi grafik batang yang meningkat dari tahun ke tahun dengan batang terakhir berwarna merah koral.",
			"Pendapatan BUMDes Watu Gede dari homestay meningkat setiap tahun sejak program dimulai. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>BATU RANDAH</strong> — Lima tahun lalu, Desa Watu Gede hanya dikenal sebagai jalur lintasan menuju air terjun di balik bukit. Wisatawan datang, berfoto, lalu pulang tanpa membelanjakan banyak uang di desa. Kini desa berpenduduk 2.300 jiwa itu mencatat pendapatan Rp1,2 miliar sepanjang tahun lalu dari 40 rumah warga yang dijadikan homestay.</p>
<p>Badan Usaha Milik Desa (BUMDes) Watu Gede Lestari mengelola pemesanan, standar kebersihan, dan pembagian hasil. Pemilik rumah menerima 70 persen dari tarif kamar, BUMDes 20 persen, dan sisanya masuk ke kas desa untuk perbaikan jalan setapak serta fasilitas umum.</p>
<h2>Standar sederhana, dijaga bersama</h2>
<p>Direktur BUMDes, Sri Wahyuningsih, mengatakan tantangan terbesar justru menyamakan standar pelayanan antarrumah. Setiap pemilik homestay wajib mengikuti pelatihan dan lolos pemeriksaan rutin.</p>
<ul>
<li><strong>Kamar tamu:</strong> tempat tidur bersih, jendela berkasa, dan lampu baca.</li>
<li><strong>Kamar mandi:</strong> minimal satu kamar mandi dengan kloset duduk untuk tamu.</li>
<li><strong>Makanan:</strong> sarapan dari bahan kebun sendiri, menunya dicatat agar tamu yang alergi bisa memilih.</li>
<li><strong>Sampah:</strong> dipilah dan disetor ke bank sampah desa setiap pekan.</li>
</ul>
<blockquote><p>“Tamu tidak mencari hotel berbintang di sini. Mereka mencari rumah yang bersih, pemilik yang ramah, dan sarapan yang jujur,” kata Sri.</p></blockquote>` + figureHTML(0, fig) + `<h2>Dampak bagi warga</h2>
<p>Bagi Paidi (61), pensiunan penjaga sekolah, homestay menjadi penghasilan tambahan yang berarti. Dua kamar di rumahnya terisi rata-rata 12 malam per bulan. Istrinya kini juga menerima pesanan nasi bakar dari tamu yang ingin makan malam.</p>
<p>Efek berantai turut dirasakan pemandu lokal, penyewa sepeda, dan perajin anyaman bambu. BUMDes mencatat 96 warga memperoleh penghasilan langsung dari kegiatan wisata.</p>
<h3>Kekhawatiran soal lahan</h3>
<p>Namun, pertumbuhan itu membawa kekhawatiran. Sejumlah warga mulai menerima tawaran investor dari luar desa yang ingin membeli lahan untuk vila. Pemerintah desa sedang menyusun peraturan desa yang membatasi jual-beli lahan kepada pihak luar di kawasan inti wisata. Draf peraturan itu dapat dibaca dan dikomentari warga melalui <a href="https://example.org/watu-gede/perdes-wisata">laman desa</a>.</p>`,
	}
}

func ekonomiRumputLaut() Article {
	fig := illustration("rakit-rumput-laut-lontar.png", motifWaves, "ekonomi",
		"Ilustrasi perairan biru dengan gelombang berlapis dan perahu kecil berlayar, matahari kuning rendah di cakrawala dan langit hijau pucat.",
		"Rakit apung rumput laut dipasang di perairan dangkal Pulau Lontar Besar. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Petani Rumput Laut Beralih ke Rakit Apung, Panen Lebih Stabil Saat Musim Ombak",
		Lead:       "Metode baru mengurangi kerusakan tanaman akibat arus dan lumpur, sekaligus menjaga padang lamun di dasar laut.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"ekonomi", "lingkungan"},
		Tags:       []string{"rumput laut", "budi daya laut", "lamun", "Tujuh Karang"},
		DaysAgo:    50, Hour: 9, Minute: 20,
		Image: illustration("rumput-laut-rakit-apung.png", motifChart, "ekonomi",
			"Ilustrasi grafik batang hijau toska yang meningkat, dengan garis tren dan titik-titik putih di atas setiap batang.",
			"Produktivitas rumput laut kering naik dari 4,8 ton menjadi 6,1 ton per hektare per tahun. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TUJUH KARANG</strong> — Selama bertahun-tahun, petani rumput laut di perairan Pulau Lontar Besar mengikat bibit pada tali yang dibentangkan dekat dasar laut. Metode itu murah, tetapi rentan. Saat musim ombak, tali putus dan tanaman tertutup lumpur. Panen bisa gagal hingga separuh.</p>
<p>Sejak setahun terakhir, 57 petani yang tergabung dalam Koperasi Rumput Laut Lontar beralih ke sistem rakit apung. Bibit diikat pada tali yang digantung di rakit bambu berpelampung jeriken bekas, sehingga tanaman berada dekat permukaan dan mengikuti naik-turunnya gelombang.</p>
<h2>Hasil panen lebih terjaga</h2>
<p>Menurut catatan koperasi, produktivitas rata-rata naik dari 4,8 ton menjadi 6,1 ton rumput laut kering per hektare per tahun. Yang lebih penting bagi petani, hasil panen kini tidak lagi naik-turun tajam dari satu musim ke musim berikutnya.</p>
<blockquote><p>“Dulu kami bekerja sambil berdoa jangan sampai ada ombak besar. Sekarang rakit ikut bergoyang, tapi tanaman tetap selamat,” kata Siti Rahmah, salah satu petani yang paling awal mencoba.</p></blockquote>` + figureHTML(0, fig) + `<p>Peralihan ke rakit apung memerlukan modal awal sekitar Rp6 juta per unit. Koperasi menalangi biaya itu, dan petani mencicilnya dari hasil panen selama dua musim.</p>
<h2>Manfaat bagi ekosistem</h2>
<p>Peneliti kelautan dari sebuah lembaga konservasi, Gregorius Letsoin, mengamati dampak lain yang tak kalah penting. Karena tali tidak lagi ditambatkan dekat dasar laut, padang lamun di bawah area budi daya tidak terinjak dan tercabut.</p>
<ol>
<li><strong>Padang lamun pulih:</strong> tutupan lamun di lokasi pengamatan naik dari 31 persen menjadi 44 persen dalam setahun.</li>
<li><strong>Ikan kecil kembali:</strong> lamun menjadi tempat berlindung anakan ikan dan teripang.</li>
<li><strong>Sampah plastik berkurang:</strong> koperasi mengganti tali rafia dengan tali yang bisa dipakai ulang beberapa musim.</li>
</ol>
<p>Meski begitu, Gregorius mengingatkan agar jumlah rakit dibatasi sesuai daya dukung perairan. “Kalau rakit terlalu rapat, arus melambat dan kualitas air bisa turun. Perlu zonasi yang disepakati bersama,” ujarnya.</p>
<p>Koperasi bersama pemerintah desa tengah memetakan zona budi daya dan jalur perahu. Peta sementaranya dapat dilihat di <a href="https://example.org/koperasi-lontar/peta-zonasi">laman koperasi</a>.</p>`,
	}
}
