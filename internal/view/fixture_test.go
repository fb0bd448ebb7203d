package view

import (
	"html/template"
	"time"

	"warta/internal/i18n"
)

// The sample newsroom below is invented for these tests.

const testBase = "http://127.0.0.1:8099"

// wib is the zone of the sample times; fixed so tests need no tzdata.
var wib = time.FixedZone("WIB", 7*3600)

func testSite(l i18n.Lang) Site {
	return Site{
		Title:   "Kabar Lembah",
		Tagline: "Berita warga dari hulu ke hilir",
		BaseURL: testBase,
		Lang:    l,
		Nav: []Link{
			{Title: "Ekonomi", URL: testBase + "/kategori/ekonomi/"},
			{Title: "Lingkungan", URL: testBase + "/kategori/lingkungan/"},
			{Title: "Olahraga", URL: testBase + "/kategori/olahraga/"},
		},
		FooterLinks: []Link{
			{Title: "Tentang Kami", URL: testBase + "/tentang-kami/"},
			{Title: "Pedoman Media Siber", URL: testBase + "/pedoman-media-siber/"},
		},
	}
}

func testImage(name, alt, caption string, w, h int) *Image {
	return &Image{URL: "/media/" + name, Alt: alt, Caption: caption, Width: w, Height: h}
}

func testSummaries() []Summary {
	eko := []Term{{Name: "Ekonomi", URL: testBase + "/kategori/ekonomi/"}}
	ling := []Term{{Name: "Lingkungan", URL: testBase + "/kategori/lingkungan/"}}
	sari := Author{Name: "Sari Wulandari", URL: testBase + "/penulis/sari/"}
	return []Summary{
		{Title: "Pasar Apung Dibuka Lagi Setelah Banjir Surut", URL: testBase + "/2026/12/20/pasar-apung/",
			Excerpt:   "Para pedagang kembali menata perahu mereka sejak subuh, meski sebagian dermaga masih retak…",
			Published: time.Date(2026, 12, 20, 6, 30, 0, 0, wib), Author: sari, Categories: eko,
			Image: testImage("pasar.jpg", "Perahu pedagang sayur berjajar di sungai", "", 600, 400)},
		{Title: "Relawan Menanam Seribu Bibit Bakau di Muara", URL: testBase + "/2026/12/19/bakau/",
			Excerpt:   "Kegiatan yang digagas karang taruna itu diikuti pelajar dari tiga kecamatan…",
			Published: time.Date(2026, 12, 19, 15, 0, 0, 0, wib), Categories: ling,
			Image: testImage("bakau.jpg", "Pelajar menanam bibit bakau di lumpur", "", 600, 400)},
		{Title: "Harga Cabai Turun Menjelang Akhir Tahun", URL: testBase + "/2026/12/18/cabai/",
			Excerpt:   "Pasokan dari petani dataran tinggi melimpah setelah musim panen datang lebih awal…",
			Published: time.Date(2026, 12, 18, 9, 15, 0, 0, wib), Author: sari, Categories: eko},
	}
}

const testBody = template.HTML(`<p>Warga Desa Sukamaju menyambut &ldquo;jembatan baru&rdquo; dengan syukuran sederhana. <a href="/2026/12/01/rapat-desa/">Rapat desa</a> sebelumnya memutuskan pembangunan dimulai tahun ini.</p>
<h2>Manfaat bagi warga</h2>
<ul>
<li><strong>Waktu tempuh:</strong> perjalanan ke pasar kecamatan kini hanya lima belas menit.</li>
<li><strong>Akses sekolah:</strong> anak-anak tidak lagi menyeberang dengan rakit.</li>
</ul>
<blockquote><p>&ldquo;Kami sudah menunggu jembatan ini sejak lama,&rdquo; kata seorang petani.</p></blockquote>
<h3>Perawatan</h3>
<p>Pemerintah desa menyiapkan dana perawatan tahunan.</p>`)

func testArticle() *Article {
	s := testSummaries()
	return &Article{
		Title:     "Jembatan Gantung Sukamaju Resmi Dipakai Warga",
		Lead:      "Jembatan sepanjang 80 meter itu memangkas waktu tempuh warga ke pasar kecamatan.",
		URL:       testBase + "/2026/12/24/jembatan-sukamaju/",
		Body:      testBody,
		Published: time.Date(2026, 12, 24, 14, 5, 0, 0, wib),
		Modified:  time.Date(2026, 12, 25, 8, 0, 0, 0, wib),
		Author:    Author{Name: "Budi Santoso", URL: testBase + "/penulis/budi/"},
		Categories: []Term{{Name: "Ekonomi", URL: testBase + "/kategori/ekonomi/"},
			{Name: "Daerah", URL: testBase + "/kategori/daerah/"}},
		Tags: []Term{{Name: "infrastruktur", URL: testBase + "/tag/infrastruktur/"},
			{Name: "desa", URL: testBase + "/tag/desa/"}},
		Image:   testImage("jembatan.jpg", "Warga berjalan di atas jembatan gantung", "Warga melintasi jembatan pada hari pertama.", 1200, 800),
		Related: s[:2],
	}
}

func testPage(l i18n.Lang, title, canonical string, body any) Page {
	return Page{
		Site:        testSite(l),
		Title:       title + " – Kabar Lembah",
		Description: "Berita warga dari hulu ke hilir tentang " + title,
		Canonical:   canonical,
		Body:        body,
	}
}

func testHome(l i18n.Lang) Page {
	s := testSummaries()
	lead := s[0]
	lead.Image = testImage("jembatan.jpg", "Warga berjalan di atas jembatan gantung", "Jembatan baru di Sukamaju.", 1200, 800)
	p := testPage(l, "Beranda", testBase+"/", &Home{Lead: &lead, Latest: s,
		Pagination: Pagination{Page: 1, Pages: 4, NextURL: testBase + "/page/2/"}})
	p.Title = "Kabar Lembah – Berita warga dari hulu ke hilir"
	return p
}

func testArchive(l i18n.Lang, kind, name string) Page {
	p := testPage(l, name, testBase+"/kategori/ekonomi/page/2/", &Archive{
		Kind: kind, Name: name, Description: "Kabar harga, pasar dan usaha warga.",
		Items:      testSummaries(),
		Pagination: Pagination{Page: 2, Pages: 3, PrevURL: testBase + "/kategori/ekonomi/", NextURL: testBase + "/kategori/ekonomi/page/3/"},
	})
	p.Site.Nav[0].Current = kind == "category"
	return p
}
