package demo

func teknologiArticles() []Article {
	return []Article{
		teknologiKodeTimur(),
		teknologiAntreanPuskesmas(),
		teknologiSatelitNano(),
		teknologiInternetDesa(),
		teknologiLampuAdaptif(),
		teknologiPenipuanUndangan(),
	}
}

func teknologiKodeTimur() Article {
	fig := illustration("kelas-kode-timur-makassar.png", motifCity, "teknologi",
		"Ilustrasi deretan gedung kota berwarna biru keunguan dengan jendela putih dan toska yang menyala, di bawah matahari toska.",
		"Kelas Kode Timur berlangsung di lantai dua sebuah ruko di pusat kota Makassar. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Perusahaan Rintisan di Makassar Latih 300 Calon Pemrogram dari Keluarga Prasejahtera",
		Lead:       "Pelatihan enam bulan tanpa biaya di muka; peserta baru membayar setelah bekerja dengan gaji di atas batas tertentu.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"teknologi"},
		Tags:       []string{"perusahaan rintisan", "pemrograman", "pendidikan", "Makassar"},
		DaysAgo:    2, Hour: 12, Minute: 30,
		Image: illustration("kode-timur-pelatihan-pemrogram.png", motifCircuit, "teknologi",
			"Ilustrasi papan sirkuit biru tua dengan jalur-jalur berwarna toska yang bermuara pada sebuah cip di tengah.",
			"Kode Timur telah meluluskan 300 calon pemrogram sejak berdiri tiga tahun lalu. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>MAKASSAR</strong> — Ruang kelas di lantai dua sebuah ruko di pusat kota Makassar masih ramai menjelang pukul sembilan malam. Dua puluh anak muda menatap layar laptop; sebagian memperbaiki kode yang gagal dijalankan, sebagian lagi berdiskusi di depan papan tulis penuh diagram. Mereka adalah peserta angkatan keempat program pelatihan pemrograman yang digelar Kode Timur, perusahaan rintisan pendidikan teknologi asal Makassar.</p>
<p>Sejak berdiri tiga tahun lalu, Kode Timur telah melatih 300 calon pemrogram. Sebagian besar berasal dari keluarga prasejahtera: anak nelayan, anak buruh bangunan, hingga lulusan SMK yang sempat bekerja sebagai kurir. Program berlangsung enam bulan secara penuh waktu.</p>
<h2>Bayar setelah bekerja</h2>
<p>Pendiri Kode Timur, Nurul Fadhilah Amir, mengatakan hambatan terbesar bagi anak muda dari keluarga kurang mampu bukan kemampuan, melainkan biaya dan waktu. Karena itu, peserta tidak membayar apa pun selama pelatihan. Mereka baru mencicil biaya setelah bekerja dan bergaji di atas Rp5 juta per bulan.</p>
<blockquote><p>“Banyak anak pintar di kampung-kampung pesisir yang tidak pernah membayangkan dirinya menjadi pemrogram. Kami hanya membuka pintunya, selebihnya kerja keras mereka sendiri,” kata Nurul.</p></blockquote>` + figureHTML(0, fig) + `<p>Kurikulum disusun bersama sejumlah perusahaan teknologi yang menjadi mitra penyalur kerja. Materinya bertahap:</p>
<ol>
<li><strong>Bulan pertama:</strong> logika pemrograman, penggunaan terminal, dan sistem kendali versi.</li>
<li><strong>Bulan kedua hingga keempat:</strong> pengembangan aplikasi web, basis data, dan pengujian otomatis.</li>
<li><strong>Bulan kelima:</strong> proyek tim untuk klien nyata, seperti koperasi dan sekolah di sekitar Makassar.</li>
<li><strong>Bulan keenam:</strong> persiapan wawancara kerja, bahasa Inggris teknis, dan magang singkat.</li>
</ol>
<h2>Tantangan setelah lulus</h2>
<p>Menurut data internal perusahaan, 71 persen lulusan bekerja di bidang teknologi dalam enam bulan setelah program selesai, dengan gaji awal rata-rata Rp6,8 juta. Sebagian bekerja jarak jauh untuk perusahaan di Jakarta dan luar negeri tanpa harus meninggalkan Makassar.</p>
<p>Namun, tidak semua cerita berakhir mulus. Sekitar seperlima peserta keluar sebelum program selesai, kebanyakan karena harus membantu ekonomi keluarga. Kode Timur kini menguji pemberian uang saku bulanan bagi peserta yang paling membutuhkan, dibiayai perusahaan mitra.</p>
<p>Muhammad Akbar (23), lulusan angkatan kedua, kini bekerja sebagai pengembang aplikasi di sebuah perusahaan logistik. “Dulu saya mengantar paket. Sekarang saya ikut membuat aplikasi yang dipakai kurir,” ujarnya sambil tersenyum. Pendaftaran angkatan berikutnya dibuka melalui <a href="https://example.com/kode-timur/daftar">laman Kode Timur</a>.</p>`,
	}
}

func teknologiAntreanPuskesmas() Article {
	fig := illustration("waktu-tunggu-puskesmas.png", motifChartDown, "teknologi",
		"Ilustrasi grafik batang biru keunguan yang semakin pendek dari kiri ke kanan, dengan garis tren menurun di atasnya.",
		"Rata-rata waktu tunggu di 12 puskesmas turun dari 2 jam 10 menit menjadi 58 menit. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Aplikasi Antrean Puskesmas di Tanjung Sembilan Pangkas Waktu Tunggu hingga Separuh",
		Lead:       "Pasien bisa mengambil nomor dari rumah dan memantau giliran lewat ponsel, tetapi loket tetap dipertahankan bagi lansia.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"teknologi", "nasional"},
		Tags:       []string{"layanan kesehatan", "aplikasi", "layanan publik", "Tanjung Sembilan"},
		DaysAgo:    6, Hour: 9, Minute: 40,
		Image: illustration("antrean-daring-puskesmas.png", motifCity, "teknologi",
			"Ilustrasi gedung-gedung kota bertingkat berwarna ungu kebiruan dengan jendela menyala dan garis jalan merah muda di bagian bawah.",
			"Layanan antrean daring kini diterapkan di 12 puskesmas di Tanjung Sembilan. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Ruang tunggu Puskesmas Kampung Nelayan yang biasanya penuh sesak sejak subuh kini tampak lebih lega. Sebagian besar kursi kosong, padahal jumlah pasien tidak berkurang. Dalam dua bulan terakhir, pasien dapat mengambil nomor antrean dari rumah dan baru berangkat ketika gilirannya hampir tiba.</p>
<p>Layanan antrean daring itu dikembangkan Dinas Kesehatan Kota Tanjung Sembilan bersama tim pengembang lokal dan kini diterapkan di 12 puskesmas. Warga bisa mendaftar lewat aplikasi ponsel, situs web, atau pesan singkat bagi yang tidak memiliki telepon pintar.</p>
<h2>Cara kerja layanan</h2>
<ul>
<li><strong>Ambil nomor:</strong> pendaftaran dibuka mulai pukul 05.00 pada hari yang sama dengan memasukkan nomor induk kependudukan.</li>
<li><strong>Pantau giliran:</strong> aplikasi menampilkan nomor yang sedang dilayani dan perkiraan waktu panggilan.</li>
<li><strong>Pengingat:</strong> pesan singkat dikirim ketika tinggal lima nomor lagi sebelum giliran pasien.</li>
<li><strong>Loket tetap buka:</strong> pasien yang datang langsung tetap dilayani melalui kuota khusus.</li>
</ul>
<p>Menurut evaluasi dinas, rata-rata waktu tunggu pasien turun dari 2 jam 10 menit menjadi 58 menit. Keluhan soal antrean, yang sebelumnya mendominasi kotak saran, juga berkurang drastis.</p>
<blockquote><p>“Dulu saya berangkat jam enam pagi, baru dipanggil jam sembilan. Sekarang saya bisa mengantar anak sekolah dulu,” kata Dewi Anggraeni, warga yang rutin memeriksakan tekanan darah ibunya.</p></blockquote>` + figureHTML(0, fig) + `<h2>Menjaga yang tertinggal</h2>
<p>Kepala Dinas Kesehatan, dr. Yusran Latief, menegaskan bahwa layanan loket tidak akan dihapus. Sekitar 30 persen kuota setiap hari disisihkan untuk pasien yang datang langsung, terutama lansia dan warga yang tidak terbiasa memakai ponsel.</p>
<p>Pengembang aplikasi, Rizky Maulana, menyebut timnya sengaja membuat tampilan sesederhana mungkin, dengan huruf besar dan hanya tiga tombol utama. Data pasien disimpan di server pemerintah kota, dan hanya nomor antrean yang ditampilkan di layar publik.</p>
<h3>Masih ada kendala</h3>
<p>Sejumlah warga mengeluhkan nomor antrean yang habis dalam hitungan menit di puskesmas yang paling ramai. Dinas berencana menambah jam layanan sore di tiga puskesmas tersebut. Panduan penggunaan tersedia di <a href="https://example.org/tanjung-sembilan/antrean-puskesmas">laman layanan kesehatan kota</a>.</p>`,
	}
}

func teknologiSatelitNano() Article {
	fig := illustration("cip-kejora-1.png", motifCircuit, "teknologi",
		"Ilustrasi jalur-jalur sirkuit toska dan ungu di atas papan biru gelap yang terhubung ke sebuah cip persegi berkaki putih.",
		"Komputer utama Kejora-1 dirancang sendiri oleh mahasiswa teknik elektro dan informatika. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Satelit Nano Buatan Mahasiswa Lolos Uji Getar, Dijadwalkan Mengorbit Tahun Depan",
		Lead:       "Satelit seukuran kotak sepatu itu akan menangkap sinyal kapal nelayan kecil dan membantu pencarian saat kecelakaan laut.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"teknologi"},
		Tags:       []string{"satelit", "antariksa", "riset kampus", "keselamatan laut"},
		DaysAgo:    11, Hour: 20, Minute: 15,
		Image: illustration("satelit-nano-kejora.png", motifOrbit, "teknologi",
			"Ilustrasi satelit kecil berpanel surya merah muda yang melintas di lintasan orbit toska, dengan planet biru besar dan langit malam berbintang.",
			"Kejora-1 akan mengorbit pada ketinggian sekitar 500 kilometer. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Sebuah kotak logam seukuran kotak sepatu duduk di atas meja getar di laboratorium Institut Teknologi Tanjung Sembilan. Selama dua menit, meja itu mengguncang kotak dengan kekuatan yang menyerupai peluncuran roket. Ketika mesin berhenti, belasan mahasiswa yang menonton dari balik kaca bersorak. Satelit nano buatan mereka lolos uji getar tanpa satu pun komponen yang longgar.</p>
<p>Satelit bernama Kejora-1 itu dirancang 26 mahasiswa dari jurusan teknik elektro, teknik mesin, dan informatika selama tiga tahun. Jika seluruh uji berikutnya lancar, satelit akan diluncurkan tahun depan dengan menumpang roket milik sebuah badan antariksa mitra.</p>
<h2>Telinga di atas laut</h2>
<p>Kejora-1 membawa penerima radio yang dapat menangkap sinyal pelacak dari kapal-kapal kecil. Data itu dikirim ke stasiun bumi di kampus, lalu dibagikan kepada tim pencarian dan pertolongan bila terjadi kecelakaan di laut.</p>
<blockquote><p>“Banyak kapal nelayan kecil yang hilang kontak begitu keluar dari jangkauan sinyal seluler. Satelit kecil bisa menjadi telinga tambahan di atas laut kita,” kata pembimbing tim, Hendrik Pattiasina.</p></blockquote>` + figureHTML(0, fig) + `<p>Spesifikasi utama satelit tersebut:</p>
<ul>
<li><strong>Ukuran dan bobot:</strong> 10 x 10 x 34 sentimeter, sekitar 4 kilogram.</li>
<li><strong>Orbit:</strong> ketinggian sekitar 500 kilometer, mengelilingi bumi kurang lebih 15 kali sehari.</li>
<li><strong>Daya:</strong> panel surya di keempat sisi dan baterai litium untuk saat satelit berada di bayangan bumi.</li>
<li><strong>Umur operasi:</strong> diperkirakan dua tahun sebelum orbitnya menurun dan satelit terbakar di atmosfer.</li>
</ul>
<h2>Biaya dan tahap berikutnya</h2>
<p>Pembuatan Kejora-1 menghabiskan dana sekitar Rp2,8 miliar, sebagian besar dari hibah riset dan sumbangan alumni. Ketua tim mahasiswa, Annisa Rahmadani, mengatakan komponen termahal adalah panel surya dan sistem komunikasi yang harus tahan radiasi.</p>
<p>Setelah uji getar, satelit masih harus menjalani uji ruang hampa dan uji suhu ekstrem. Tim juga tengah mengurus izin frekuensi radio. “Bagian paling melelahkan justru bukan merakitnya, tapi mendokumentasikan setiap langkah supaya bisa diperiksa,” ujar Annisa. Perkembangan proyek dapat diikuti melalui <a href="https://example.org/kejora-1/catatan">catatan proyek Kejora-1</a>.</p>`,
	}
}

func teknologiInternetDesa() Article {
	return Article{
		Title:      "Internet Desa Hidupkan Kelas Daring di Pegunungan Lembah Sari",
		Lead:       "Jaringan nirkabel yang dikelola badan usaha milik desa menghubungkan sekolah, puskesmas pembantu, dan 600 rumah di tiga desa.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"teknologi"},
		Tags:       []string{"internet desa", "BUMDes", "pendidikan", "Lembah Sari"},
		DaysAgo:    21, Hour: 8, Minute: 5,
		Image: illustration("internet-desa-lamo-hulu.png", motifHills, "teknologi",
			"Ilustrasi pegunungan berlapis dalam gradasi ungu dan biru dengan pohon-pohon kecil dan matahari toska di langit pucat.",
			"Sinyal internet dipancarkan dari tiga menara di puncak bukit Kecamatan Lamo Hulu. (Ilustrasi: Redaksi)"),
		Body: `<p><strong>LEMBAH SARI</strong> — Sampai dua tahun lalu, siswa SMP di Desa Gunung Sepuh harus mendaki bukit di belakang sekolah untuk mendapatkan sinyal seluler. Mengirim tugas sekolah lewat surel menjadi urusan satu sore. Kini sekolah mereka terhubung dengan internet berkecepatan 50 Mbps, dan kelas daring bersama guru tamu dari kota menjadi kegiatan rutin setiap pekan.</p>
<p>Koneksi itu datang dari jaringan internet desa yang dibangun dan dikelola bersama oleh badan usaha milik tiga desa di Kecamatan Lamo Hulu. Sinyal dari penyedia jaringan di ibu kota kecamatan dipancarkan melalui tiga menara yang dipasang di puncak bukit, lalu dibagikan ke rumah-rumah menggunakan titik akses nirkabel.</p>
<h2>Dikelola warga, dibayar warga</h2>
<p>Pengelola jaringan, Yohanes Sitanggang, mengatakan 600 rumah kini berlangganan dengan tarif Rp100.000 per bulan. Sekolah, puskesmas pembantu, dan kantor desa mendapat akses gratis yang dibiayai dari pendapatan langganan.</p>
<blockquote><p>“Kami tidak menunggu operator besar datang. Dihitung-hitung, kampung kami terlalu kecil untuk mereka. Jadi kami bangun sendiri, pelan-pelan,” kata Yohanes.</p></blockquote>
<p>Empat pemuda desa dilatih menjadi teknisi. Mereka bergiliran memanjat menara untuk memperbaiki antena, terutama setelah hujan badai.</p>
<h2>Perubahan yang terasa</h2>
<ul>
<li><strong>Pendidikan:</strong> tiga sekolah menggelar kelas daring bersama guru tamu, dari bahasa Inggris hingga robotika sederhana.</li>
<li><strong>Kesehatan:</strong> bidan desa dapat berkonsultasi dengan dokter puskesmas melalui panggilan video.</li>
<li><strong>Ekonomi:</strong> petani jeruk menjual hasil panen langsung ke pembeli di kota melalui media sosial.</li>
<li><strong>Pemerintahan:</strong> pengajuan surat keterangan desa kini bisa dilakukan secara daring.</li>
</ul>
<p>Kepala SMP Negeri 4 Lamo Hulu, Theresia Manik, mengatakan nilai rata-rata ujian bahasa Inggris siswanya naik sejak kelas daring dimulai. Namun, ia mengingatkan bahwa internet juga membawa tantangan baru. “Anak-anak perlu dibimbing supaya waktunya tidak habis untuk gim dan video,” katanya.</p>
<p>Pengelola jaringan kini membatasi akses situs gim pada jam sekolah dan menggelar kelas literasi digital bagi orang tua. Laporan keuangan dan peta jangkauan jaringan dapat dilihat di <a href="https://example.org/internet-desa-lamo-hulu">laman jaringan desa</a>.</p>`,
	}
}

func teknologiLampuAdaptif() Article {
	fig := illustration("antrean-persimpangan-berkurang.png", motifChartDown, "teknologi",
		"Ilustrasi grafik batang ungu yang menurun bertahap, dengan garis tren dan titik-titik putih di atas setiap batang.",
		"Panjang antrean kendaraan pada jam sibuk pagi berkurang rata-rata 27 persen di lima persimpangan uji coba. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Lampu Lalu Lintas Pintar Diuji di Lima Persimpangan Tanjung Sembilan",
		Lead:       "Kamera penghitung kendaraan menyesuaikan durasi lampu hijau; pemerintah kota menjamin tidak ada rekaman wajah yang disimpan.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"teknologi"},
		Tags:       []string{"transportasi", "kota pintar", "privasi", "Tanjung Sembilan"},
		DaysAgo:    30, Hour: 17, Minute: 25,
		Image: illustration("lampu-lalu-lintas-adaptif.png", motifCity, "teknologi",
			"Ilustrasi siluet kota dengan gedung-gedung ungu kebiruan, jendela putih yang menyala, dan jalan raya bergaris merah muda di latar depan.",
			"Lampu lalu lintas adaptif dipasang di lima persimpangan tersibuk di Tanjung Sembilan. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p><strong>TANJUNG SEMBILAN</strong> — Pengendara yang melintas di persimpangan Jalan Pelabuhan dan Jalan Cempaka beberapa pekan terakhir mungkin merasakan perbedaan: lampu hijau tidak lagi menyala dengan durasi yang sama sepanjang hari. Pada jam sibuk pagi, arus dari arah permukiman mendapat waktu lebih panjang. Menjelang sore, giliran arah pelabuhan yang diprioritaskan.</p>
<p>Persimpangan itu adalah satu dari lima lokasi uji coba lampu lalu lintas adaptif yang dipasang Dinas Perhubungan (Dishub) Kota Tanjung Sembilan. Kamera di setiap lengan persimpangan menghitung kendaraan yang mengantre, lalu komputer di kotak pengendali mengatur ulang durasi lampu pada setiap siklus.</p>
<h2>Hasil sementara</h2>
<ul>
<li><strong>Panjang antrean:</strong> rata-rata berkurang 27 persen pada jam sibuk pagi.</li>
<li><strong>Waktu tempuh:</strong> perjalanan dari terminal ke pelabuhan lebih cepat sekitar enam menit pada sore hari.</li>
<li><strong>Angkutan umum:</strong> bus kota mendapat prioritas lampu hijau bila terlambat dari jadwal.</li>
<li><strong>Pejalan kaki:</strong> tombol penyeberangan kini benar-benar memengaruhi siklus, tidak lagi sekadar hiasan.</li>
</ul>
<blockquote><p>“Lampu lalu lintas yang baik itu tidak terasa. Orang baru sadar ketika lampunya bodoh, misalnya hijau lama untuk jalan yang kosong,” kata Kepala Bidang Lalu Lintas Dishub, Gede Artawan.</p></blockquote>` + figureHTML(0, fig) + `<h2>Pertanyaan soal privasi</h2>
<p>Pemasangan kamera memicu pertanyaan dari sejumlah warga dan pegiat hak digital. Mereka khawatir rekaman dipakai untuk memantau pergerakan orang. Menanggapi hal itu, Dishub menyatakan kamera hanya menghitung kendaraan di dalam perangkat dan tidak menyimpan rekaman video.</p>
<p>Peneliti kebijakan teknologi dari sebuah lembaga nirlaba, Kartika Sari Dewi, menyambut baik penjelasan tersebut, tetapi meminta komitmen tertulis. “Janji lisan tidak cukup. Harus ada peraturan wali kota yang menyebut data apa yang boleh dikumpulkan, berapa lama disimpan, dan siapa yang boleh mengaksesnya,” ujarnya.</p>
<p>Dishub berjanji menerbitkan dokumen kebijakan data sebelum sistem diperluas ke 20 persimpangan lain tahun depan. Warga dapat memberi masukan melalui <a href="https://example.org/tanjung-sembilan/lampu-adaptif">laman konsultasi publik</a>.</p>`,
	}
}

func teknologiPenipuanUndangan() Article {
	fig := illustration("aplikasi-berbahaya-ponsel.png", motifCircuit, "teknologi",
		"Ilustrasi papan sirkuit gelap dengan jalur-jalur berliku yang berujung pada sebuah cip bercahaya di tengah.",
		"Aplikasi berbahaya bekerja diam-diam di latar belakang dan membaca pesan masuk, termasuk kode sekali pakai dari bank. (Ilustrasi: Redaksi)")
	return Article{
		Title:      "Waspada Penipuan Berkedok Undangan Digital: Kenali Tanda-tandanya",
		Lead:       "Berkas aplikasi yang menyamar sebagai undangan pernikahan atau foto paket bisa menguras rekening. Begini cara menghindarinya.",
		Excerpt:    "Undangan pernikahan tidak pernah perlu dipasang. Kenali ciri berkas aplikasi berbahaya yang menyamar sebagai undangan, foto paket, atau surat tilang, dan langkah darurat bila telanjur membukanya.",
		Author:     "andi-fikri-ramadhan",
		Categories: []string{"teknologi"},
		Tags:       []string{"keamanan siber", "penipuan daring", "ponsel", "literasi digital"},
		DaysAgo:    44, Hour: 19, Minute: 0,
		Image: illustration("penipuan-undangan-digital.png", motifCircuit, "teknologi",
			"Ilustrasi papan sirkuit biru tua dengan jalur toska dan ungu yang mengarah ke cip persegi di tengah gambar.",
			"Penipuan dengan berkas aplikasi berkedok undangan digital masih terus bermunculan. (Ilustrasi: Redaksi)"),
		InlineImages: []Image{fig},
		Body: `<p>Pesan itu masuk ke telepon Ratna (45) pada suatu sore: “Mohon doa restu untuk pernikahan anak kami. Undangan terlampir.” Di bawahnya terdapat berkas bernama “Undangan Digital”. Karena pengirimnya mengaku kerabat jauh, Ratna membukanya. Dua jam kemudian, saldo rekeningnya berkurang Rp14 juta.</p>
<p>Modus seperti ini terus bermunculan dengan berbagai kedok: undangan pernikahan, foto paket dari kurir, surat tilang, hingga tagihan pajak. Intinya sama, yakni korban dibujuk memasang berkas aplikasi yang diam-diam membaca pesan singkat, termasuk kode sekali pakai dari bank.</p>
<h2>Bagaimana penipuan ini bekerja</h2>
<p>Menurut peneliti keamanan siber dari sebuah lembaga riset independen, Bagus Prasetyo, berkas berbahaya itu biasanya berekstensi APK, yaitu format pemasangan aplikasi Android. Setelah terpasang, aplikasi meminta izin membaca pesan dan notifikasi.</p>
<blockquote><p>“Undangan pernikahan tidak pernah perlu dipasang. Kalau sebuah undangan meminta Anda menginstal sesuatu, itu bukan undangan,” kata Bagus.</p></blockquote>
<h3>Tanda-tanda yang patut dicurigai</h3>
<ul>
<li><strong>Ekstensi berkas:</strong> nama berkas berakhiran .apk, meski ikonnya dibuat mirip dokumen atau foto.</li>
<li><strong>Nomor asing:</strong> pengirim tidak tersimpan di kontak, atau mengaku kerabat tanpa menyebut nama yang jelas.</li>
<li><strong>Desakan waktu:</strong> pesan mendorong Anda segera membuka, misalnya dengan alasan paket akan dikembalikan hari ini.</li>
<li><strong>Izin berlebihan:</strong> aplikasi meminta akses pesan singkat, notifikasi, atau fitur aksesibilitas.</li>
</ul>` + figureHTML(0, fig) + `<h2>Jika telanjur membuka</h2>
<p>Bagus menyarankan beberapa langkah cepat bila seseorang telanjur memasang berkas mencurigakan:</p>
<ol>
<li><strong>Putuskan koneksi:</strong> matikan data seluler dan wifi agar aplikasi tidak bisa mengirim data.</li>
<li><strong>Hubungi bank:</strong> telepon layanan pelanggan resmi dan minta rekening diblokir sementara.</li>
<li><strong>Hapus aplikasi:</strong> cari aplikasi yang tidak dikenal di menu pengaturan, lalu hapus. Bila ragu, kembalikan ponsel ke setelan pabrik.</li>
<li><strong>Ganti kata sandi:</strong> lakukan dari perangkat lain yang aman, terutama untuk surel dan aplikasi perbankan.</li>
</ol>
<p>Ratna kini rajin mengingatkan grup keluarganya. “Saya malu, tapi lebih baik bercerita supaya orang lain tidak kena,” ujarnya. Panduan lengkap melindungi ponsel dari aplikasi berbahaya dapat dibaca di <a href="https://example.org/panduan/keamanan-ponsel">halaman panduan keamanan ponsel</a>.</p>`,
	}
}
