package demo

// Pages returns the static pages of the demo portal: about, masthead,
// editorial guidelines and privacy policy.
func Pages() []Page {
	return []Page{
		{Title: "Tentang Kami", Slug: "tentang-kami", Body: pageTentangKami},
		{Title: "Redaksi", Slug: "redaksi", Body: pageRedaksi},
		{Title: "Pedoman Media Siber", Slug: "pedoman-media-siber", Body: pagePedoman},
		{Title: "Kebijakan Privasi", Slug: "kebijakan-privasi", Body: pagePrivasi},
	}
}

const pageTentangKami = `<p><strong>Kabar Khatulistiwa</strong> adalah portal berita yang memberi tempat bagi cerita-cerita dari luar kota besar: desa yang membangun jaringan internetnya sendiri, koperasi petani yang menembus pasar ekspor, sanggar yang menghidupkan kembali tarian lama, dan warga yang menjaga sungai serta pesisirnya.</p>
<p>Kami percaya berita yang baik lahir dari kedekatan. Karena itu, wartawan kami lebih sering berada di balai desa, pasar, dan pinggir lapangan daripada di ruang konferensi pers. Kami menulis dengan bahasa yang lugas, memeriksa setiap angka, dan memberi ruang bagi suara yang jarang terdengar.</p>
<h2>Yang kami liput</h2>
<ul>
<li><strong>Nasional:</strong> kebijakan publik dan layanan pemerintah sebagaimana dirasakan warga.</li>
<li><strong>Ekonomi:</strong> harga kebutuhan pokok, usaha kecil, koperasi, dan lapangan kerja.</li>
<li><strong>Teknologi:</strong> perusahaan rintisan, layanan digital, dan keamanan daring.</li>
<li><strong>Olahraga:</strong> kompetisi daerah, pembinaan atlet muda, dan sepak bola dari kampung ke stadion.</li>
<li><strong>Budaya:</strong> seni, tradisi, kriya, kuliner, dan komunitas yang merawatnya.</li>
<li><strong>Lingkungan:</strong> hutan, sungai, pesisir, udara, dan warga yang menjaganya.</li>
</ul>
<h2>Catatan tentang situs ini</h2>
<p>Kabar Khatulistiwa adalah portal contoh yang dibuat untuk memperlihatkan kemampuan Warta, perangkat lunak penerbitan berita. Seluruh artikel, tokoh, lembaga, dan sebagian besar tempat yang disebut di dalamnya adalah rekaan. Kemiripan dengan peristiwa atau orang sebenarnya tidak disengaja.</p>
<p>Punya saran liputan atau koreksi? Kirimkan ke <a href="https://example.org/kontak">formulir kontak redaksi</a>.</p>`

const pageRedaksi = `<p>Kabar Khatulistiwa dikelola oleh tim redaksi kecil yang bekerja dari beberapa kota dan dibantu kontributor di daerah. Seluruh nama di bawah ini adalah rekaan untuk keperluan situs contoh.</p>
<h2>Susunan redaksi</h2>
<ul>
<li><strong>Pemimpin Redaksi:</strong> Hendrawan Saputro</li>
<li><strong>Redaktur Pelaksana:</strong> Laras Wicaksono</li>
<li><strong>Redaktur Ekonomi dan Teknologi:</strong> Andi Fikri Ramadhan</li>
<li><strong>Redaktur Budaya:</strong> Putu Ayu Pradnyani</li>
<li><strong>Redaktur Olahraga:</strong> Bonifasius Tarigan</li>
<li><strong>Redaktur Foto dan Grafis:</strong> Citra Maharani</li>
<li><strong>Penyunting Bahasa:</strong> Yulianti Rahayu</li>
</ul>
<h2>Menghubungi redaksi</h2>
<p>Surat pembaca, hak jawab, dan permintaan koreksi dapat dikirim melalui surel redaksi@demo.warta.invalid atau melalui <a href="https://example.org/kontak">formulir kontak</a>. Kami berupaya menanggapi setiap pesan dalam dua hari kerja.</p>
<p>Setiap wartawan Kabar Khatulistiwa membawa kartu identitas pers dan tidak pernah meminta imbalan dalam bentuk apa pun dari narasumber. Bila Anda menemukan pelanggaran, laporkan kepada pemimpin redaksi.</p>`

const pagePedoman = `<p>Pedoman ini menjelaskan cara Kabar Khatulistiwa mengelola pemberitaan di media siber, termasuk koreksi, hak jawab, dan konten buatan pengguna. Pedoman ini kami susun sendiri dengan berpegang pada kode etik jurnalistik dan peraturan yang berlaku bagi pers di Indonesia.</p>
<h2>Verifikasi dan keberimbangan</h2>
<p>Setiap berita wajib melalui verifikasi. Berita yang menyangkut tuduhan terhadap seseorang atau lembaga hanya kami terbitkan setelah pihak yang dituduh diberi kesempatan menanggapi. Bila tanggapan belum diperoleh karena alasan mendesak, hal itu kami sebutkan dalam berita dan upaya konfirmasi terus dilakukan.</p>
<h2>Koreksi, ralat, dan hak jawab</h2>
<ul>
<li><strong>Koreksi:</strong> kesalahan fakta diperbaiki secepatnya, disertai catatan di akhir berita tentang apa yang diubah dan kapan.</li>
<li><strong>Ralat:</strong> bila kesalahan mengubah makna berita secara mendasar, ralat diterbitkan sebagai berita tersendiri dan ditautkan dari berita awal.</li>
<li><strong>Hak jawab:</strong> pihak yang dirugikan oleh pemberitaan dapat mengajukan hak jawab, yang kami muat secara proporsional dan ditautkan dengan berita yang dipersoalkan.</li>
<li><strong>Pencabutan:</strong> berita tidak dicabut karena tekanan. Pencabutan hanya dilakukan atas alasan hukum, keselamatan, atau pertimbangan khusus yang diumumkan kepada pembaca.</li>
</ul>
<h2>Komentar pembaca</h2>
<p>Kami menyambut komentar yang relevan dan santun. Komentar dimoderasi sebelum atau sesudah tayang, dan redaksi berhak menyunting atau menghapus komentar yang:</p>
<ol>
<li><strong>Menghasut:</strong> mengandung kebencian atau kekerasan berdasarkan suku, agama, ras, antargolongan, gender, atau disabilitas.</li>
<li><strong>Menyerang pribadi:</strong> memuat fitnah, hinaan, atau data pribadi orang lain.</li>
<li><strong>Menyesatkan:</strong> menyebarkan informasi yang jelas keliru dan berpotensi membahayakan.</li>
<li><strong>Mengiklankan:</strong> berisi promosi, tautan berulang, atau pesan sampah.</li>
</ol>
<p>Pembaca dapat melaporkan komentar bermasalah melalui tombol laporan atau <a href="https://example.org/kontak">formulir kontak</a>. Laporan ditindaklanjuti paling lambat dalam 2 x 24 jam.</p>`

const pagePrivasi = `<p>Kebijakan ini menjelaskan data apa saja yang dikumpulkan Kabar Khatulistiwa ketika Anda membaca dan berkomentar di situs ini, untuk apa data itu digunakan, dan berapa lama disimpan.</p>
<h2>Data yang kami kumpulkan</h2>
<ul>
<li><strong>Komentar:</strong> nama, alamat surel, situs web bila diisi, dan isi komentar. Alamat surel tidak pernah ditampilkan kepada publik dan tidak dibagikan kepada pihak lain.</li>
<li><strong>Catatan server:</strong> alamat IP, jenis peramban, dan halaman yang diminta, disimpan paling lama 30 hari untuk keamanan dan pemecahan masalah.</li>
<li><strong>Kuki:</strong> hanya untuk pengguna yang masuk ke ruang redaksi dan untuk mencegah penyalahgunaan formulir komentar. Kami tidak memasang kuki iklan atau pelacak pihak ketiga.</li>
</ul>
<h2>Bagaimana data digunakan</h2>
<p>Data komentar digunakan untuk menampilkan komentar Anda, menghubungi Anda bila ada pertanyaan dari redaksi terkait komentar tersebut, dan menyaring pesan sampah. Kami tidak menjual data pembaca dan tidak menggunakannya untuk iklan bertarget.</p>
<h2>Hak Anda</h2>
<p>Anda dapat meminta salinan data yang kami simpan tentang Anda, meminta perbaikan, atau meminta komentar Anda dihapus. Kirim permintaan melalui privasi@demo.warta.invalid atau <a href="https://example.org/kontak">formulir kontak</a>. Permintaan akan kami proses dalam 14 hari kerja.</p>
<p>Kebijakan ini dapat diperbarui sewaktu-waktu. Perubahan penting akan kami umumkan di halaman depan.</p>`
