package demo

func lingkunganArticles() []Article {
	return []Article{
		lingkunganMangroveUjungRimba(),
		lingkunganBankSampahSekolah(),
		lingkunganKualitasUdara(),
		lingkunganPenyuPasirPutih(),
		lingkunganLimbahTahu(),
		lingkunganHutanDesa(),
	}
}

func lingkunganMangroveUjungRimba() Article {
	fig := illustration("abrasi-pantai-ujung-rimba.png", motifWaves, "lingkungan",
		"Ilustrasi laut biru kehijauan dengan gelombang berlapis, perahu kecil berlayar merah bata, dan matahari kuning di atas cakrawala.",
		"Garis pantai Ujung Rimba terkikis hampir 40 meter dalam satu dekade terakhir. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Seribu Bibit Mangrove Ditanam Ulang di Ujung Rimba, Warga Belajar dari Kegagalan",
		Lead:       "Setelah penanaman tiga tahun lalu gagal total, kelompok tani hutan kini memilih jenis bakau yang tepat dan menanam mengikuti pasang surut.",
		Author:     "laras-wicaksono",
		Categories: []string{"lingkungan"},
		Tags:       []string{"mangrove", "abrasi", "pesisir", "Pantai Kencana"},
		DaysAgo:    0, Hour: 5, Minute: 50,
		Image: illustration("mangrove-ujung-rimba.png", motifMangrove, "lingkungan",
			"Ilustrasi deretan pohon bakau bertajuk hijau lebat dengan akar tunjang yang mencengkeram perairan dangkal, bibit-bibit kecil di latar depan, dan matahari kuning di langit pagi.",
			"Bibit mangrove ditanam di zona yang dipilih berdasarkan pengukuran lama genangan pasang surut. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>PANTAI KENCANA</strong> — Lumpur setinggi betis tidak menyurutkan langkah puluhan warga Desa Ujung Rimba. Sambil menenteng bibit mangrove dalam polibag, mereka berjalan pelan di pesisir yang baru ditinggalkan air surut. Satu per satu bibit ditancapkan di titik-titik yang sudah ditandai patok bambu. Hingga siang, seribu bibit tertanam di lahan seluas satu hektare.</p>
<p>Bagi warga Ujung Rimba, penanaman kali ini punya arti khusus. Tiga tahun lalu, sekitar 5.000 bibit ditanam di lokasi yang hampir sama dalam sebuah acara seremonial. Setahun kemudian, hampir semuanya mati.</p>
<h2>Belajar dari kegagalan</h2>
<p>Ketua Kelompok Tani Hutan Bakau Lestari, Darmawati, mengatakan kegagalan itu menjadi pelajaran mahal. Bibit ditanam di zona yang salah, jenisnya tidak sesuai, dan tidak ada yang merawat setelah acara selesai.</p>
<blockquote><p>“Waktu itu yang penting foto dan jumlahnya besar. Tidak ada yang bertanya apakah bakau jenis itu cocok hidup di lumpur kami,” kata Darmawati.</p></blockquote>` + figureHTML(0, fig) + `<p>Kali ini kelompok tani bekerja sama dengan peneliti ekologi pesisir dari sebuah universitas negeri. Mereka menerapkan beberapa prinsip baru:</p>
<ol>
<li><strong>Pilih jenis yang tepat:</strong> api-api ditanam di zona terdepan, sedangkan bakau bertunjang di zona yang lebih ke darat, mengikuti sebaran alaminya.</li>
<li><strong>Ikuti pasang surut:</strong> lokasi tanam dipilih berdasarkan pengukuran lama genangan, bukan sekadar lahan kosong.</li>
<li><strong>Bibit lokal:</strong> benih dikumpulkan dari pohon induk di sekitar desa dan disemai di persemaian kelompok.</li>
<li><strong>Perawatan terjadwal:</strong> anggota bergiliran memeriksa bibit, menyulam yang mati, dan membersihkan sampah yang tersangkut.</li>
</ol>
<h2>Manfaat yang dinanti</h2>
<p>Mangrove yang tumbuh rapat dapat meredam gelombang dan mengurangi abrasi yang selama satu dekade terakhir menggerus hampir 40 meter garis pantai desa. Hutan mangrove juga menjadi tempat berkembang biak kepiting, udang, dan ikan yang menjadi sumber penghidupan nelayan.</p>
<p>Peneliti yang mendampingi kelompok, Rizal Fahmi, mengingatkan bahwa hasilnya baru terlihat beberapa tahun lagi. “Angka keberhasilan yang jujur jauh lebih penting daripada jumlah bibit yang ditanam. Kami akan mengumumkan berapa yang hidup setelah enam bulan, berapa pun hasilnya,” ujarnya.</p>
<p>Data pemantauan pertumbuhan bibit akan dipublikasikan secara berkala di <a href="https://example.org/bakau-lestari/pemantauan">laman kelompok tani hutan</a>.</p>`,
	}
}

func lingkunganBankSampahSekolah() Article {
	return Article{
		Title:      "Bank Sampah Sekolah Ubah Botol Plastik Jadi Tabungan Siswa",
		Lead:       "Di SMP Negeri 3 Lembah Sari, siswa menyetor sampah terpilah setiap pekan dan mencairkan tabungannya untuk membeli buku dan seragam.",
		Author:     "laras-wicaksono",
		Categories: []string{"lingkungan"},
		Tags:       []string{"bank sampah", "daur ulang", "sekolah", "Lembah Sari"},
		DaysAgo:    10, Hour: 10, Minute: 45,
		Image: illustration("bank-sampah-smp-3.png", motifChart, "lingkungan",
			"Ilustrasi grafik batang hijau yang meninggi dari bulan ke bulan, dengan batang terakhir berwarna oranye bata dan garis tren hijau tua di atasnya.",
			"Bank sampah SMP Negeri 3 Lembah Sari mengumpulkan sekitar 11 ton sampah anorganik sepanjang tahun lalu. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>LEMBAH SARI</strong> — Setiap Jum’at pagi, antrean panjang terbentuk di depan sebuah ruangan kecil di sudut SMP Negeri 3 Lembah Sari. Siswa-siswa menenteng karung berisi botol plastik, kardus, dan kaleng bekas yang sudah dipilah dari rumah. Petugas, yang juga siswa, menimbang setiap setoran, mencatatnya di buku tabungan, lalu membubuhkan paraf.</p>
<p>Bank sampah sekolah itu dirintis guru IPA, Sri Rejeki Handayani, dua tahun lalu. Kini 480 siswa, hampir seluruh murid sekolah tersebut, memiliki buku tabungan sampah. Sepanjang tahun lalu, bank sampah mengumpulkan sekitar 11 ton sampah anorganik.</p>
<h2>Dari sampah menjadi tabungan</h2>
<p>Sampah yang terkumpul dijual ke pengepul daur ulang dengan harga yang disepakati. Hasilnya dikreditkan ke tabungan siswa sesuai jenis dan berat setorannya:</p>
<ul>
<li><strong>Botol plastik bening:</strong> Rp3.000 per kilogram.</li>
<li><strong>Kardus dan kertas:</strong> Rp1.800 per kilogram.</li>
<li><strong>Kaleng aluminium:</strong> Rp12.000 per kilogram.</li>
<li><strong>Plastik campuran:</strong> tidak dibeli, tetapi diterima untuk diolah menjadi bata ramah lingkungan bersama komunitas setempat.</li>
</ul>
<blockquote><p>“Awalnya anak-anak ikut karena ingin uang jajan. Lama-lama mereka yang menegur orang tuanya kalau membuang botol ke tempat sampah biasa,” kata Sri sambil tertawa.</p></blockquote>
<h2>Untuk buku dan seragam</h2>
<p>Tabungan dapat dicairkan dua kali setahun, menjelang tahun ajaran baru dan menjelang libur akhir tahun. Sebagian besar siswa menggunakannya untuk membeli buku, sepatu, dan seragam. Seorang siswa kelas sembilan, Muhammad Rafi, berhasil mengumpulkan Rp780.000 dalam setahun, cukup untuk membeli sepasang sepatu dan tas sekolah baru.</p>
<p>Dinas Lingkungan Hidup Lembah Sari mencatat ada 23 bank sampah sekolah di kabupaten itu, tetapi baru sebagian yang aktif. Kepala bidang pengelolaan sampah, Agung Wicaksana, mengatakan kunci keberhasilan terletak pada guru pendamping yang konsisten dan pengepul yang membeli secara rutin.</p>
<p>Dinas berencana menjadikan bank sampah SMP Negeri 3 sebagai percontohan dan tempat pelatihan bagi sekolah lain. Panduan mendirikan bank sampah sekolah dapat diunduh di <a href="https://example.org/dlh-lembah-sari/bank-sampah-sekolah">laman dinas lingkungan hidup</a>.</p>`,
	}
}

func lingkunganKualitasUdara() Article {
	fig := illustration("partikel-halus-meningkat.png", motifChart, "lingkungan",
		"Ilustrasi grafik batang hijau yang terus meninggi dengan batang terakhir berwarna oranye, menandai nilai yang melewati batas.",
		"Konsentrasi PM2,5 di Tanjung Sembilan melampaui ambang batas sehat selama sembilan hari berturut-turut. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Kualitas Udara Memburuk Saat Kemarau, Warga Diimbau Hentikan Pembakaran Sampah",
		Lead:       "Alat pemantau menunjukkan konsentrasi partikel halus di Tanjung Sembilan melampaui ambang batas sehat selama sembilan hari berturut-turut.",
		Author:     "laras-wicaksono",
		Categories: []string{"lingkungan"},
		Tags:       []string{"polusi udara", "kesehatan", "kemarau", "Tanjung Sembilan"},
		DaysAgo:    13, Hour: 7, Minute: 10,
		Image: illustration("kualitas-udara-tanjung-sembilan.png", motifCity, "lingkungan",
			"Ilustrasi siluet gedung-gedung kota berwarna hijau dengan jendela putih dan kuning, di bawah langit hijau pucat dan matahari kuning.",
			"Asap pembakaran sampah dan lahan menyelimuti Tanjung Sembilan selama sembilan hari berturut-turut. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Langit Tanjung Sembilan dalam sepekan terakhir tampak kelabu, bahkan pada siang hari yang tidak berawan. Bau asap tercium hingga ke pusat kota pada pagi dan malam hari. Data alat pemantau kualitas udara milik pemerintah kota menunjukkan konsentrasi partikel halus PM2,5 melampaui ambang batas sehat selama sembilan hari berturut-turut.</p>
<p>Dinas Lingkungan Hidup Kota Tanjung Sembilan menyebut dua penyebab utama: pembakaran sampah rumah tangga di permukiman padat dan pembakaran lahan untuk membuka kebun di kabupaten tetangga. Angin kemarau membawa asap ke arah kota, sementara curah hujan yang rendah membuat partikel bertahan lebih lama di udara.</p>
<h2>Apa yang perlu dilakukan warga</h2>
<p>Dinas Kesehatan mengeluarkan sejumlah imbauan selama kualitas udara buruk:</p>
<ul>
<li><strong>Kurangi aktivitas luar ruang:</strong> terutama bagi anak-anak, lansia, ibu hamil, dan penderita asma atau penyakit jantung.</li>
<li><strong>Gunakan masker yang rapat:</strong> masker kain biasa tidak cukup menyaring partikel halus.</li>
<li><strong>Tutup jendela saat asap pekat:</strong> lalu buka kembali ketika kualitas udara membaik agar sirkulasi tetap terjaga.</li>
<li><strong>Periksakan diri:</strong> bila mengalami sesak napas, batuk berkepanjangan, atau mata perih yang tidak kunjung reda.</li>
</ul>
<blockquote><p>“Kami mencatat kunjungan pasien dengan infeksi saluran pernapasan naik sekitar 30 persen dibandingkan bulan lalu. Sebagian besar anak-anak,” kata Kepala Puskesmas Kota Lama, dr. Anastasia Wulandari.</p></blockquote>` + figureHTML(0, fig) + `<h2>Penegakan aturan</h2>
<p>Pembakaran sampah terbuka sebenarnya sudah dilarang dalam peraturan daerah, tetapi penegakannya lemah. Kepala Dinas Lingkungan Hidup, Surya Dharma Putra, mengakui pihaknya kekurangan petugas dan bahwa banyak warga membakar sampah karena tidak terlayani truk pengangkut.</p>
<p>“Melarang saja tidak cukup. Kalau sampah tidak diangkut, warga akan membakarnya. Jadi kami harus memperbaiki layanan pengangkutan sambil menegakkan aturan,” ujarnya. Dinas menambah jadwal pengangkutan di 14 kelurahan yang paling sering melaporkan pembakaran.</p>
<p>Pemerintah kota juga berkoordinasi dengan kabupaten tetangga terkait pembakaran lahan. Warga dapat memantau kualitas udara setiap jam melalui <a href="https://example.org/tanjung-sembilan/kualitas-udara">panel kualitas udara kota</a>.</p>`,
	}
}

func lingkunganPenyuPasirPutih() Article {
	return Article{
		Title:      "Dulu Pemburu Telur, Kini Penjaga: Kelompok Warga Lepas 600 Tukik ke Laut",
		Lead:       "Warga Dusun Pasir Putih berpatroli setiap malam selama musim bertelur untuk menjaga sarang penyu dari pencurian dan abrasi.",
		Author:     "laras-wicaksono",
		Categories: []string{"lingkungan"},
		Tags:       []string{"penyu", "konservasi", "ekowisata", "Pantai Kencana"},
		DaysAgo:    20, Hour: 18, Minute: 55,
		Image: illustration("pelepasan-tukik-pasir-putih.png", motifWaves, "lingkungan",
			"Ilustrasi laut biru kehijauan saat matahari kuning menyentuh cakrawala, dengan gelombang berlapis dan perahu kecil berlayar oranye.",
			"Tukik dilepas pada sore hari agar tidak kehilangan tenaga sebelum mencapai laut. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>PANTAI KENCANA</strong> — Menjelang matahari terbenam, ratusan tukik atau anak penyu merangkak pelan di atas pasir Pantai Pasir Putih menuju garis ombak. Puluhan anak-anak dan wisatawan berdiri di belakang tali pembatas, menahan diri untuk tidak menyentuh. Dalam hitungan menit, tukik-tukik itu lenyap ditelan ombak. Sore itu, 600 tukik penyu lekang dilepasliarkan ke laut.</p>
<p>Pelepasan dilakukan Kelompok Pelestari Penyu Pasir Putih, yang beranggotakan 22 warga dusun setempat. Sebagian besar anggotanya dulu adalah pengumpul telur penyu yang menjual telur ke pasar.</p>
<h2>Dari pemburu menjadi penjaga</h2>
<p>Ketua kelompok, Yusuf Laitupa, mengaku dulu ikut mengambil telur penyu sejak remaja. Ia berubah pikiran setelah menyadari penyu yang naik ke pantai makin jarang dari tahun ke tahun.</p>
<blockquote><p>“Dulu semalam bisa lima sampai enam penyu naik bertelur. Sepuluh tahun lalu tinggal satu atau dua. Kalau kami terus mengambil telurnya, anak cucu kami nanti hanya kenal penyu dari gambar,” kata Yusuf.</p></blockquote>
<p>Kelompok kini berpatroli setiap malam selama musim bertelur, dari sekitar pukul sepuluh malam hingga subuh. Pekerjaan mereka meliputi beberapa tahap:</p>
<ol>
<li><strong>Patroli pantai:</strong> menyusuri pantai sepanjang tiga kilometer untuk menemukan jejak penyu yang naik bertelur.</li>
<li><strong>Relokasi sarang:</strong> bila sarang berada di lokasi rawan, telur dipindahkan dengan hati-hati ke penetasan semi-alami yang dipagari.</li>
<li><strong>Pencatatan:</strong> jumlah telur, tanggal, dan perkiraan waktu menetas dicatat untuk setiap sarang.</li>
<li><strong>Pelepasan:</strong> tukik yang menetas dilepas secepatnya, biasanya sore hari, agar tidak kehilangan tenaga.</li>
</ol>
<h2>Ekowisata sebagai penopang</h2>
<p>Biaya operasional kelompok sebagian ditopang kegiatan ekowisata. Wisatawan dapat ikut patroli malam atau pelepasan tukik dengan memberi sumbangan sukarela. Kelompok menetapkan aturan ketat: tidak ada senter berlampu putih, tidak ada foto dengan lampu kilat, dan tidak boleh menyentuh penyu.</p>
<p>Dinas Kelautan dan Perikanan Pantai Kencana mencatat tingkat keberhasilan penetasan di lokasi itu mencapai 78 persen musim ini. Namun, ancaman lain masih mengintai, mulai dari sampah plastik di laut hingga jaring nelayan yang tidak ramah penyu. Informasi kegiatan relawan dapat dilihat di <a href="https://example.org/penyu-pasir-putih/relawan">laman kelompok pelestari</a>.</p>`,
	}
}

func lingkunganLimbahTahu() Article {
	fig := illustration("uji-kualitas-air-lamo.png", motifChartDown, "lingkungan",
		"Ilustrasi grafik batang hijau yang menurun tajam dari kiri ke kanan, dengan garis tren hijau tua dan batang terakhir berwarna oranye.",
		"Kebutuhan oksigen biologis air Sungai Lamo di hilir Kampung Tahu turun dari 210 menjadi 38 miligram per liter. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Sungai Lamo Kembali Jernih Setelah Sentra Tahu Pasang Pengolah Limbah Bersama",
		Lead:       "Tiga puluh dua perajin tahu patungan membangun pengolah limbah komunal; biogas yang dihasilkan kini dipakai untuk merebus kedelai.",
		Author:     "laras-wicaksono",
		Categories: []string{"lingkungan"},
		Tags:       []string{"pencemaran sungai", "limbah industri", "biogas", "Lembah Sari"},
		DaysAgo:    32, Hour: 12, Minute: 40,
		Image: illustration("sungai-lamo-jernih.png", motifHills, "lingkungan",
			"Ilustrasi lanskap hijau berlapis dengan pepohonan kecil, awan putih, dan matahari kuning, menggambarkan lembah di sepanjang aliran Sungai Lamo.",
			"Air Sungai Lamo di sekitar Kampung Tahu tampak lebih jernih sejak pengolah limbah komunal beroperasi. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>LEMBAH SARI</strong> — Selama bertahun-tahun, warga di hilir Sungai Lamo mengenal bau asam menyengat yang datang setiap pagi. Air sungai di sekitar Kampung Tahu, sentra pembuatan tahu di Kecamatan Lamo Tengah, berwarna keruh keputihan dan berbuih. Ikan nyaris tidak ditemukan lagi di ruas itu.</p>
<p>Kini kondisi itu mulai berubah. Sejak instalasi pengolah air limbah komunal beroperasi enam bulan lalu, air sungai di sekitar kampung tampak lebih jernih dan baunya jauh berkurang. Sejumlah warga bahkan kembali memancing di tepi sungai.</p>
<h2>Limbah menjadi bahan bakar</h2>
<p>Instalasi itu dibangun dengan dana gabungan dari 32 perajin tahu, pemerintah kabupaten, dan program tanggung jawab sosial sebuah bank. Limbah cair dari setiap pabrik dialirkan melalui pipa ke tangki pengolahan, tempat bakteri mengurai bahan organik tanpa oksigen.</p>
<p>Proses itu menghasilkan biogas yang disalurkan kembali ke pabrik-pabrik tahu untuk merebus kedelai. Menurut Ketua Paguyuban Perajin Tahu Lamo Tengah, Slamet Riyadi, biogas itu memangkas kebutuhan kayu bakar hingga 40 persen.</p>
<blockquote><p>“Dulu limbah kami buang ke sungai, dan kami membeli kayu bakar mahal-mahal. Sekarang limbahnya yang jadi bahan bakar. Kami menyesal kenapa tidak dari dulu,” kata Slamet.</p></blockquote>
<h2>Hasil pengujian</h2>
<p>Dinas Lingkungan Hidup Lembah Sari menguji kualitas air sungai sebelum dan sesudah instalasi beroperasi. Hasilnya menunjukkan perbaikan yang berarti:</p>
<ul>
<li><strong>Kebutuhan oksigen biologis:</strong> turun dari 210 miligram per liter menjadi 38 miligram per liter di titik hilir kampung.</li>
<li><strong>Padatan tersuspensi:</strong> berkurang lebih dari separuh, sehingga air tampak lebih jernih.</li>
<li><strong>Keasaman:</strong> kembali mendekati netral setelah sebelumnya cenderung asam.</li>
</ul>` + figureHTML(0, fig) + `<p>Meski begitu, kualitas air belum sepenuhnya memenuhi baku mutu untuk semua peruntukan. Kepala seksi pengendalian pencemaran, Nur Hasanah, mengatakan masih ada limbah rumah tangga dan peternakan yang masuk ke sungai dari kampung-kampung lain.</p>
<p>“Pengolah limbah tahu ini membuktikan bahwa masalah bisa diselesaikan kalau para pelakunya mau duduk bersama. Sekarang kami ingin model yang sama diterapkan untuk peternakan,” ujarnya. Hasil uji kualitas air dapat diakses di <a href="https://example.org/dlh-lembah-sari/kualitas-air-sungai">laman pemantauan sungai</a>.</p>`,
	}
}

func lingkunganHutanDesa() Article {
	fig := illustration("debit-mata-air-ulu-sejuk.png", motifChart, "lingkungan",
		"Ilustrasi grafik batang hijau yang meningkat dari tahun ke tahun dengan garis tren hijau tua dan titik-titik putih di setiap puncak.",
		"Debit mata air Ulu Sejuk pada puncak kemarau naik dari 1,1 menjadi 3,2 liter per detik dalam tiga tahun. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Warga Lereng Hijau Rintis Hutan Desa untuk Menjaga Mata Air yang Nyaris Kering",
		Lead:       "Kebun sayur semusim di atas mata air ditanami kembali dengan pohon buah dan kayu lokal melalui skema perhutanan sosial.",
		Author:     "laras-wicaksono",
		Categories: []string{"lingkungan"},
		Tags:       []string{"hutan desa", "mata air", "perhutanan sosial", "Batu Randah"},
		DaysAgo:    59, Hour: 8, Minute: 15,
		Image: illustration("hutan-desa-lereng-hijau.png", motifHills, "lingkungan",
			"Ilustrasi lereng gunung berlapis hijau muda hingga hijau tua dengan deretan pohon kecil, awan putih, dan matahari kuning di langit pucat.",
			"Hutan desa seluas 86 hektare dikelola warga Lereng Hijau di atas mata air Ulu Sejuk. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>BATU RANDAH</strong> — Tiga tahun lalu, mata air Ulu Sejuk yang menghidupi lebih dari 700 keluarga di Desa Lereng Hijau nyaris kering pada puncak kemarau. Warga terpaksa antre berjam-jam di satu-satunya bak penampungan yang masih berair, sementara sawah di hilir dibiarkan bera. Peristiwa itu menjadi titik balik bagi desa di lereng timur Gunung Randah tersebut.</p>
<p>Pemerintah desa bersama kelompok pemuda memetakan kawasan di atas mata air dan mendapati sebagian besar tutupan hutannya telah berubah menjadi kebun sayur semusim. Tanpa akar pohon yang menahan air, hujan langsung mengalir turun dan tidak meresap ke dalam tanah.</p>
<h2>Menanam kembali lewat perhutanan sosial</h2>
<p>Desa kemudian mengajukan izin pengelolaan hutan desa seluas 86 hektare melalui skema perhutanan sosial. Izin itu terbit tahun lalu dan memberi desa hak mengelola kawasan selama 35 tahun, dengan kewajiban menjaga fungsi lindungnya.</p>
<blockquote><p>“Kami tidak mengusir petani sayur. Kami mengajak mereka menanam pohon di sela kebunnya, lalu pelan-pelan beralih ke tanaman yang tidak perlu membuka tanah setiap musim,” kata Kepala Desa Lereng Hijau, Fransiskus Xaverius Neno.</p></blockquote>
<p>Pengelolaan hutan desa dibagi ke dalam beberapa zona:</p>
<ul>
<li><strong>Zona inti:</strong> radius 200 meter dari mata air, tertutup untuk kebun dan hanya boleh ditanami pohon asli.</li>
<li><strong>Zona penyangga:</strong> ditanami pohon buah seperti durian, alpukat, dan kemiri yang hasilnya bisa dipanen warga.</li>
<li><strong>Zona pemanfaatan:</strong> kebun campuran kopi dan tanaman keras, dengan larangan membakar saat membuka lahan.</li>
</ul>
<h2>Air mulai kembali</h2>
<p>Hingga kini sekitar 24.000 bibit telah ditanam, sebagian besar disemai sendiri oleh kelompok pemuda. Debit mata air pada kemarau tahun ini tercatat sekitar 3,2 liter per detik, naik dibandingkan 1,1 liter per detik pada kemarau tiga tahun lalu, meski curah hujan pada kedua tahun itu berbeda.</p>` + figureHTML(0, fig) + `<p>Ahli hidrologi dari sebuah perguruan tinggi yang memantau kawasan itu, Galih Prakoso, berhati-hati menarik kesimpulan. “Tren ini menggembirakan, tetapi butuh pengamatan setidaknya lima tahun untuk memastikan perbaikan itu benar-benar karena hutan yang pulih,” ujarnya. Rencana pengelolaan hutan desa dapat dibaca di <a href="https://example.org/lereng-hijau/hutan-desa">laman desa</a>.</p>`,
	}
}
