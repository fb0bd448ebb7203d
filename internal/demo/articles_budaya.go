package demo

func budayaArticles() []Article {
	return []Article{
		budayaPameranBatik(),
		budayaTariPukat(),
		budayaFestivalFilm(),
		budayaPerpustakaanKeliling(),
		budayaNaskahLontar(),
		budayaKueWarisan(),
	}
}

func budayaPameranBatik() Article {
	fig := illustration("kampung-batik-pesisir.png", motifWaves, "budaya",
		"Ilustrasi laut biru keabu-abuan berlapis gelombang dengan perahu layar kuning kecil dan matahari merah bata di cakrawala berlangit krem.",
		"Kampung-kampung batik di pantai utara sejak lama menyerap pengaruh dari para pelaut dan pedagang. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Pameran Batik Pesisir Hadirkan 120 Kain dari Tiga Generasi Pembatik",
		Lead:       "Dari kain sogan warisan nenek hingga batik bermotif perahu karya pembatik muda, pameran ini menelusuri perubahan selera dan teknik.",
		Author:     "putu-ayu-pradnyani",
		Categories: []string{"budaya"},
		Tags:       []string{"batik", "pameran", "wastra", "Tanjung Sembilan"},
		DaysAgo:    2, Hour: 15, Minute: 0,
		Image: illustration("pameran-batik-tiga-generasi.png", motifBatik, "budaya",
			"Ilustrasi pola batik kawung: empat kelopak lonjong cokelat dan merah bata yang bertemu di satu titik, berulang di atas dasar krem, diapit pinggiran biru tua bertitik emas.",
			"Pameran “Tiga Generasi di Atas Kain” menampilkan 120 helai batik dari 17 keluarga pembatik. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Di ruang utama Gedung Kesenian Tanjung Sembilan, sehelai kain berwarna cokelat sogan yang mulai pudar dipajang dalam kotak kaca. Usianya diperkirakan hampir seratus tahun. Di sebelahnya tergantung kain bermotif perahu dan ikan terbang berwarna biru cerah yang baru selesai dibuat bulan lalu. Keduanya berasal dari keluarga yang sama.</p>
<p>Pameran bertajuk “Tiga Generasi di Atas Kain” itu menampilkan 120 helai batik pesisir karya pembatik dari tiga generasi, dikumpulkan dari 17 keluarga di kampung-kampung batik sepanjang pantai utara. Pameran berlangsung selama tiga pekan dan terbuka untuk umum tanpa biaya.</p>
<h2>Membaca perubahan lewat motif</h2>
<p>Kurator pameran, Larasati Wirahadikusuma, mengatakan pameran disusun untuk memperlihatkan bagaimana motif dan warna berubah mengikuti zaman tanpa kehilangan akarnya.</p>
<ul>
<li><strong>Generasi pertama:</strong> warna alam dari kulit kayu dan daun tarum, dengan motif flora yang dipengaruhi perdagangan dengan pelaut asing.</li>
<li><strong>Generasi kedua:</strong> pewarna sintetis mulai dipakai, warna menjadi lebih cerah, dan muncul motif kapal uap serta sepeda.</li>
<li><strong>Generasi ketiga:</strong> kembali ke pewarna alam, dengan motif kontemporer seperti perahu nelayan, pelabuhan, dan gelombang.</li>
</ul>
<blockquote><p>“Batik pesisir sejak dulu terbuka pada dunia luar. Ia menyerap apa yang datang lewat laut, lalu menjadikannya milik sendiri. Para pembatik muda sebenarnya sedang melanjutkan tradisi itu,” kata Larasati.</p></blockquote>` + figureHTML(0, fig) + `<h2>Cerita di balik kain</h2>
<p>Salah satu sudut yang paling ramai dikunjungi menampilkan karya keluarga Mbah Sumiyati (84). Ia belajar membatik dari ibunya ketika berusia sembilan tahun, lalu mengajarkannya kepada putrinya, Endang (56), dan cucunya, Nadia (24). Ketiganya memamerkan kain dengan motif yang sama, yaitu bunga teratai, tetapi masing-masing dengan tafsir berbeda.</p>
<p>Nadia, lulusan desain tekstil, mengaku sempat menganggap batik sebagai pekerjaan orang tua. “Waktu kuliah saya baru sadar, yang saya pelajari di kampus itu sudah dikerjakan nenek saya puluhan tahun di dapur,” ujarnya.</p>
<h3>Lokakarya dan pasar kain</h3>
<p>Selama pameran, panitia menggelar lokakarya membatik setiap akhir pekan dengan kuota 30 peserta per sesi. Pengunjung juga dapat membeli kain langsung dari pembatik di pasar kain yang digelar di halaman gedung. Jadwal lokakarya dan katalog digital pameran tersedia di <a href="https://example.org/gedung-kesenian/tiga-generasi">laman Gedung Kesenian</a>.</p>`,
	}
}

func budayaTariPukat() Article {
	fig := illustration("selendang-tari-pukat.png", motifBatik, "budaya",
		"Ilustrasi motif kain berulang berupa kelopak-kelopak lonjong cokelat dengan isian merah bata di atas dasar krem, dengan pinggiran biru tua di atas dan bawah.",
		"Motif selendang para penari Tari Pukat meniru kain yang dipakai dalam rekaman pementasan akhir 1980-an. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Sanggar Anak di Pantai Kencana Hidupkan Kembali Tari Pukat yang Nyaris Hilang",
		Lead:       "Gerakan tari disusun ulang dari ingatan para tetua kampung dan sebuah rekaman video lama yang ditemukan di rumah warga.",
		Author:     "putu-ayu-pradnyani",
		Categories: []string{"budaya"},
		Tags:       []string{"tari tradisional", "sanggar", "nelayan", "Pantai Kencana"},
		DaysAgo:    8, Hour: 13, Minute: 35,
		Image: illustration("tari-pukat-labuhan-sirih.png", motifWaves, "budaya",
			"Ilustrasi laut tenang berwarna biru kelabu dengan perahu layar kecil, langit krem keemasan, dan matahari merah bata di atas cakrawala.",
			"Tari Pukat menggambarkan kerja nelayan di atas perahu, dari mendayung hingga menebar jaring. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>PANTAI KENCANA</strong> — Dua puluh anak berbaris di halaman balai desa, menirukan gerakan mendayung, menebar jaring, dan menarik tali. Di pinggir, seorang lelaki tua memukul gendang kecil sambil sesekali berteriak memberi aba-aba. Anak-anak itu sedang berlatih Tari Pukat, tarian nelayan yang tiga dekade terakhir hampir tidak pernah dipentaskan lagi di Desa Labuhan Sirih.</p>
<p>Upaya menghidupkan kembali tarian itu digagas Sanggar Seni Ombak Biru, sanggar yang didirikan guru SD setempat, Halimah Tusa’diyah, empat tahun lalu. Sanggar kini memiliki 65 murid berusia tujuh hingga lima belas tahun.</p>
<h2>Menyusun ulang dari ingatan</h2>
<p>Tidak ada catatan tertulis tentang Tari Pukat. Halimah dan rekan-rekannya harus menyusun ulang gerakan dari ingatan para tetua kampung dan sebuah rekaman video pernikahan dari akhir 1980-an yang ditemukan di rumah seorang warga.</p>
<blockquote><p>“Waktu kami putar video itu di depan orang-orang tua, ada yang menangis. Mereka bilang, itu tarian waktu mereka muda, waktu perahu masih pakai layar,” kata Halimah.</p></blockquote>
<p>Salah satu narasumber terpenting adalah Wak Samsudin (79), mantan nelayan yang dulu menjadi penabuh gendang pengiring tarian. Dialah yang kini melatih anak-anak memainkan alat musik pengiring.</p>` + figureHTML(0, fig) + `<h2>Unsur-unsur tarian</h2>
<ol>
<li><strong>Gerak mendayung:</strong> dibawakan penari laki-laki dan perempuan secara berpasangan, melambangkan kerja sama di atas perahu.</li>
<li><strong>Gerak menebar jaring:</strong> puncak tarian, ketika selendang panjang dilemparkan serempak.</li>
<li><strong>Iringan musik:</strong> gendang, gong kecil, dan nyanyian berbalas yang syairnya berisi doa keselamatan di laut.</li>
<li><strong>Kostum:</strong> sarung kotak-kotak dan ikat kepala, meniru pakaian kerja nelayan zaman dulu.</li>
</ol>
<p>Tari Pukat kembali dipentaskan di depan publik pada pesta laut desa bulan lalu, disaksikan ratusan warga dan wisatawan. Bagi banyak penonton, pementasan itu menjadi pengalaman pertama melihat tarian yang selama ini hanya mereka dengar dari cerita orang tua.</p>
<p>Sanggar kini mendokumentasikan seluruh gerakan dan syair lagu dalam bentuk video dan buku panduan. “Supaya kalau kami sudah tidak ada, anak-anak tidak perlu mencari-cari lagi seperti kami,” ujar Halimah. Cuplikan latihan dapat ditonton di <a href="https://example.org/sanggar-ombak-biru/tari-pukat">kanal sanggar</a>.</p>`,
	}
}

func budayaFestivalFilm() Article {
	return Article{
		Title:      "Festival Film Pendek Pelajar Terima 340 Karya, Tema Keluarga Mendominasi",
		Lead:       "Para juri menilai sineas muda makin berani bercerita tentang hal yang dekat: orang tua yang merantau, rumah yang dijual, dan nenek yang mulai pelupa.",
		Author:     "putu-ayu-pradnyani",
		Categories: []string{"budaya"},
		Tags:       []string{"film pendek", "pelajar", "festival", "Lembah Sari"},
		DaysAgo:    17, Hour: 20, Minute: 45,
		Image: illustration("festival-film-pelajar.png", motifCity, "budaya",
			"Ilustrasi kota pada sore hari dengan gedung-gedung cokelat bertingkat, jendela krem dan merah bata yang menyala, serta matahari merah di langit keemasan.",
			"Sebanyak 24 film nominasi diputar selama tiga hari di aula sekolah dan dua balai desa. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>LEMBAH SARI</strong> — Layar di aula SMA Negeri 1 Kota Sari menampilkan adegan sederhana: seorang anak laki-laki menelepon ayahnya yang bekerja di kapal, tetapi sambungan terus terputus. Film berdurasi sembilan menit berjudul “Sinyal” itu membuat aula hening, lalu pecah oleh tepuk tangan panjang. Karya siswa kelas sebelas itu kemudian dinobatkan sebagai film terbaik Festival Film Pendek Pelajar Lembah Sari.</p>
<p>Festival yang digelar untuk kelima kalinya itu menerima 340 film pendek dari 92 sekolah, jumlah terbanyak sepanjang penyelenggaraan. Sebanyak 24 film masuk nominasi dan diputar selama tiga hari di aula sekolah dan dua balai desa.</p>
<h2>Cerita yang dekat</h2>
<p>Ketua dewan juri, sutradara dokumenter Bonaventura Siahaan, mengatakan tema keluarga mendominasi karya tahun ini. Sekitar sepertiga film bercerita tentang orang tua yang merantau, perpisahan, atau hubungan dengan kakek dan nenek.</p>
<blockquote><p>“Anak-anak ini tidak sibuk meniru film laga. Mereka merekam apa yang mereka alami sendiri, dan justru karena itu filmnya jujur,” kata Bonaventura.</p></blockquote>
<p>Daftar pemenang festival tahun ini:</p>
<ul>
<li><strong>Film terbaik:</strong> “Sinyal”, karya Arya Nugroho dari SMA Negeri 1 Kota Sari.</li>
<li><strong>Sutradara terbaik:</strong> Salsabila Putri untuk “Rumah Dijual”, tentang keluarga yang harus melepas rumah warisan.</li>
<li><strong>Dokumenter terbaik:</strong> “Nenek Lupa Nama Saya”, tentang seorang siswi yang merawat neneknya yang mengalami demensia.</li>
<li><strong>Penghargaan khusus juri:</strong> “Jalan ke Sekolah”, direkam sepenuhnya dengan telepon genggam oleh siswa SMP di daerah pegunungan.</li>
</ul>
<h2>Peralatan bukan penghalang</h2>
<p>Sebagian besar film direkam dengan telepon genggam dan disunting dengan aplikasi gratis. Panitia sengaja tidak membedakan kategori berdasarkan peralatan agar sekolah di daerah terpencil tidak merasa tertinggal.</p>
<p>Pembina komunitas film pelajar, Rosalia Manurung, mengatakan tantangan terbesar justru ada pada penulisan naskah dan penyuntingan. Karena itu, sepanjang tahun panitia menggelar kelas menulis cerita dan menyunting di 12 sekolah.</p>
<p>Arya mengaku membuat “Sinyal” berdasarkan pengalamannya sendiri. Ayahnya bekerja sebagai juru masak di kapal tanker dan hanya pulang dua kali setahun. “Saya tidak tahu harus bilang apa ke Bapak, jadi saya bikin film saja,” katanya. Film-film nominasi dapat ditonton di <a href="https://example.org/festival-film-pelajar/nominasi">laman festival</a>.</p>`,
	}
}

func budayaPerpustakaanKeliling() Article {
	fig := illustration("rute-perpustakaan-keliling.png", motifChart, "budaya",
		"Ilustrasi grafik batang cokelat yang meninggi dari kiri ke kanan dengan batang terakhir berwarna emas dan garis tren biru tua di atasnya.",
		"Jumlah dusun yang disinggahi perpustakaan keliling bertambah dari 18 menjadi 31 bulan ini. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Perpustakaan Keliling Bermotor Tambah Rute ke Dusun-dusun Terpencil Batu Randah",
		Lead:       "Dua sepeda motor roda tiga membawa 800 buku ke dusun yang tak terjangkau mobil; peminjaman melonjak di kalangan anak-anak.",
		Author:     "putu-ayu-pradnyani",
		Categories: []string{"budaya"},
		Tags:       []string{"literasi", "perpustakaan", "minat baca", "Batu Randah"},
		DaysAgo:    28, Hour: 9, Minute: 50,
		Image: illustration("perpustakaan-keliling-bermotor.png", motifHills, "budaya",
			"Ilustrasi perbukitan berlapis cokelat muda, cokelat tua, dan biru tua dengan pohon-pohon kecil, di bawah matahari merah bata dan awan krem.",
			"Perpustakaan keliling bermotor menjangkau dusun-dusun di pegunungan Batu Randah. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>BATU RANDAH</strong> — Suara klakson sepeda motor roda tiga terdengar dari ujung jalan setapak Dusun Lembang Atas. Beberapa menit kemudian, anak-anak berlarian menyambut. Bak motor itu dibuka, memperlihatkan rak-rak berisi buku cerita, komik pendidikan, dan majalah pertanian. Tikar segera digelar di bawah pohon nangka, dan halaman dusun berubah menjadi ruang baca.</p>
<p>Perpustakaan keliling bermotor itu dioperasikan Dinas Perpustakaan dan Kearsipan Kabupaten Batu Randah sejak tahun lalu. Bulan ini rutenya ditambah dari 18 menjadi 31 dusun, sebagian besar di wilayah pegunungan yang jalannya terlalu sempit dan curam untuk mobil perpustakaan biasa.</p>
<h2>Buku yang paling dicari</h2>
<p>Petugas perpustakaan keliling, Maria Goreti Bano, mencatat jenis bacaan yang paling sering dipinjam di setiap dusun. Menurut dia, minat baca warga sebenarnya tinggi; hanya aksesnya yang selama ini terbatas.</p>
<ul>
<li><strong>Anak-anak:</strong> buku cerita bergambar, dongeng Nusantara, dan komik sains.</li>
<li><strong>Remaja:</strong> novel petualangan dan buku persiapan ujian masuk perguruan tinggi.</li>
<li><strong>Orang dewasa:</strong> panduan budi daya kopi, beternak, dan mengolah hasil kebun.</li>
<li><strong>Lansia:</strong> buku agama dan kisah sejarah daerah dengan huruf berukuran besar.</li>
</ul>
<blockquote><p>“Ada bapak-bapak yang meminjam buku tentang pupuk organik, lalu dua bulan kemudian menunjukkan kebunnya kepada saya. Rasanya lebih membahagiakan dari apa pun,” kata Maria.</p></blockquote>` + figureHTML(0, fig) + `<h2>Menjaga buku tetap kembali</h2>
<p>Sistem peminjaman dibuat sederhana. Setiap keluarga dapat meminjam hingga lima buku selama dua pekan, dicatat di buku tulis lalu dimasukkan ke sistem digital di kantor. Angka buku hilang ternyata sangat kecil, kurang dari dua persen.</p>
<p>Kepala Dinas Perpustakaan dan Kearsipan, Stefanus Leki, mengatakan tantangan berikutnya adalah memperbanyak koleksi berbahasa daerah dan buku karya penulis lokal. Dinas membuka donasi buku dari masyarakat, dengan syarat buku dalam kondisi layak dan sesuai usia pembaca.</p>
<p>Jadwal kunjungan perpustakaan keliling dan daftar kebutuhan buku dapat dilihat di <a href="https://example.org/batu-randah/perpustakaan-keliling">laman dinas perpustakaan</a>.</p>`,
	}
}

func budayaNaskahLontar() Article {
	fig := illustration("arsip-digital-lontar.png", motifCircuit, "budaya",
		"Ilustrasi papan sirkuit gelap bergradasi cokelat tua ke biru kelabu, dengan jalur-jalur merah bata dan cokelat yang bertemu di sebuah cip persegi.",
		"Setiap foto lembar lontar diberi keterangan lalu disimpan di dua media penyimpanan yang berbeda. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Naskah Lontar Berusia Dua Abad Didigitalkan Relawan, Sebagian Bisa Dibaca Daring",
		Lead:       "Lebih dari 1.200 lembar daun lontar dari sebuah rumah adat dipotret satu per satu; isinya mulai dari silsilah hingga resep obat.",
		Author:     "putu-ayu-pradnyani",
		Categories: []string{"budaya", "teknologi"},
		Tags:       []string{"naskah kuno", "digitalisasi", "filologi", "Lembah Sari"},
		DaysAgo:    36, Hour: 14, Minute: 25,
		Image: illustration("naskah-lontar-tua-lamo.png", motifBatik, "budaya",
			"Ilustrasi ornamen tradisional berupa pola empat kelopak cokelat dan merah bata yang berulang rapi, diapit pita biru tua bertitik emas.",
			"Ornamen pada peti kayu penyimpan naskah lontar di rumah adat Desa Tua Lamo. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — Di beranda sebuah rumah adat di Desa Tua Lamo, seorang relawan meletakkan sehelai daun lontar di atas papan berlapis kain hitam. Ia menahan napas, memastikan lampu tidak memantulkan cahaya berlebih, lalu menekan tombol kamera. Satu lembar selesai. Masih ada lebih dari 1.200 lembar lagi yang menunggu.</p>
<p>Selama empat bulan terakhir, 14 relawan dari komunitas pelestari naskah kuno dan mahasiswa filologi mendigitalkan koleksi naskah lontar milik keluarga pemangku adat desa tersebut. Naskah-naskah itu diperkirakan berusia sekitar dua abad dan selama ini disimpan dalam peti kayu.</p>
<h2>Isi yang beragam</h2>
<p>Ketua tim relawan, filolog Ratih Kumalasari, mengatakan isi naskah jauh lebih beragam dari perkiraan awal. Sejauh ini timnya telah mengenali beberapa kelompok isi:</p>
<ul>
<li><strong>Silsilah:</strong> catatan garis keturunan keluarga pemangku adat hingga tujuh generasi.</li>
<li><strong>Pengobatan:</strong> resep ramuan dari tumbuhan hutan untuk demam, luka, dan penyakit kulit.</li>
<li><strong>Pertanian:</strong> penanggalan musim tanam yang dikaitkan dengan kemunculan bintang tertentu.</li>
<li><strong>Sastra:</strong> syair dan kisah kepahlawanan yang dulu dibacakan dalam upacara adat.</li>
</ul>
<blockquote><p>“Setiap lembar ini adalah suara orang yang hidup dua ratus tahun lalu. Kalau daunnya rapuh dan hancur, suara itu hilang selamanya. Memotretnya adalah cara paling sederhana untuk menyelamatkannya,” kata Ratih.</p></blockquote>
<h2>Alat sederhana, kerja teliti</h2>
<p>Proses digitalisasi memakai peralatan yang relatif sederhana: kamera digital, dua lampu berpendar lembut, dan papan penyangga buatan sendiri. Yang paling menyita waktu adalah membersihkan daun dari debu dan jamur dengan kuas halus, serta menyusun kembali urutan lembar yang kadang sudah tercampur.</p>` + figureHTML(0, fig) + `<p>Setiap foto diberi keterangan nomor lembar, ukuran, dan kondisi fisik, lalu disimpan di dua tempat berbeda. Tim juga mulai mengalihaksarakan sebagian naskah ke huruf Latin agar dapat dibaca lebih banyak orang.</p>
<p>Pemangku adat Desa Tua Lamo, Hamzah Lamo (72), awalnya ragu mengizinkan naskah keluarganya dipotret. Ia baru setuju setelah dijelaskan bahwa naskah asli tetap disimpan di rumah dan keluarganya memegang hak atas salinan digital. “Yang penting anak cucu bisa membaca, dan orang luar tidak mengaku-aku,” ujarnya.</p>
<p>Sebagian hasil digitalisasi yang telah disetujui keluarga kini dapat diakses publik melalui <a href="https://example.org/naskah-tua-lamo/koleksi">katalog naskah daring</a>.</p>`,
	}
}

func budayaKueWarisan() Article {
	return Article{
		Title:      "Lorong Kue Warisan di Pasar Malam Tanjung Sembilan Hidupkan Lagi Resep yang Nyaris Terlupa",
		Lead:       "Lapak khusus dibuka bagi ibu-ibu penyimpan resep keluarga; beberapa jenis kue ludes sebelum pukul delapan malam.",
		Excerpt:    "Kue bara, lapis sagu, dan talam ubi kembali diburu pembeli. Sambil berjualan, para pedagang membantu mahasiswa tata boga mencatat resep yang selama ini hanya ditakar dengan perasaan.",
		Author:     "putu-ayu-pradnyani",
		Categories: []string{"budaya"},
		Tags:       []string{"kuliner tradisional", "pasar malam", "resep warisan", "Tanjung Sembilan"},
		DaysAgo:    48, Hour: 19, Minute: 30,
		Image: illustration("lorong-kue-warisan.png", motifCity, "budaya",
			"Ilustrasi deretan bangunan cokelat dengan jendela-jendela krem dan merah bata yang menyala, di bawah langit senja keemasan.",
			"Lorong Kue Warisan dibuka setiap malam Minggu di Pasar Malam Tanjung Sembilan. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Asap tipis mengepul dari cetakan besi di lapak Oma Lientje (71). Dengan cekatan, ia menuang adonan tepung beras bercampur santan, menutupnya dengan bara tempurung kelapa, lalu mengangkat kue berwarna keemasan yang harum. Dalam waktu kurang dari dua jam, tiga ratus potong kue buatannya habis terjual.</p>
<p>Oma Lientje adalah satu dari 28 pedagang di Lorong Kue Warisan, bagian baru Pasar Malam Tanjung Sembilan yang khusus menjual kue tradisional. Lorong ini dibuka setiap malam Minggu sejak tiga bulan lalu dan kini menjadi salah satu sudut paling ramai di pasar.</p>
<h2>Resep dari dapur keluarga</h2>
<p>Pengelola pasar malam, Ikhsan Fadli, mengatakan syarat utama berjualan di lorong ini adalah kue dibuat dengan resep keluarga atau resep tradisional daerah, bukan kue pabrikan. Beberapa kue yang paling dicari pengunjung:</p>
<ul>
<li><strong>Kue bara:</strong> dari tepung beras dan santan, dipanggang dengan bara tempurung kelapa di atas dan di bawah cetakan.</li>
<li><strong>Lapis sagu:</strong> berlapis-lapis merah muda dan putih, kenyal dan tidak terlalu manis.</li>
<li><strong>Pisang ijo:</strong> pisang yang dibalut adonan hijau dari daun suji, disajikan dengan saus santan.</li>
<li><strong>Talam ubi:</strong> dari ubi ungu dan santan, dikukus dalam mangkuk-mangkuk kecil.</li>
</ul>
<blockquote><p>“Dulu saya hanya membuat kue ini untuk cucu-cucu. Ternyata banyak anak muda yang belum pernah mencicipinya. Ada yang bilang rasanya seperti pulang ke rumah nenek,” kata Oma Lientje sambil tersenyum.</p></blockquote>
<h2>Mencatat sebelum hilang</h2>
<p>Selain berjualan, pengelola bekerja sama dengan mahasiswa tata boga sebuah politeknik untuk mencatat resep-resep tersebut. Cara membuat kue dari setiap pedagang yang bersedia didokumentasikan dari awal sampai akhir, termasuk takaran yang selama ini hanya dikira-kira.</p>
<p>Koordinator mahasiswa, Dinda Aulia, mengakui pekerjaan itu tidak mudah. “Banyak ibu-ibu yang menakar pakai perasaan. Kalau ditanya berapa gram gulanya, jawabannya ‘secukupnya’. Jadi kami menimbang ulang semua bahan sambil mereka memasak,” ujarnya.</p>
<p>Sejauh ini 19 resep telah dibukukan dan rencananya diterbitkan sebagai buku saku. Pengelola juga ingin mengajak sekolah-sekolah menggelar kelas memasak kue tradisional bersama para pedagang. Daftar lapak dan resep yang sudah didokumentasikan dapat dilihat di <a href="https://example.org/pasar-malam-tanjung-sembilan/kue-warisan">laman pasar malam</a>.</p>`,
	}
}
