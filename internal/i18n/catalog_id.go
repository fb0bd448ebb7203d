package i18n

// idMessages is the Indonesian catalog, the source every other catalog
// translates. Its keys are its own texts, kept here so that a key the
// theme uses but nobody wrote down is caught by the tests. Read-only.
var idMessages = map[string]string{
	// Layout and navigation.
	"Lompat ke konten":    "Lompat ke konten",
	"Beranda":             "Beranda",
	"Navigasi utama":      "Navigasi utama",
	"Tautan situs":        "Tautan situs",
	"Dibuat dengan Warta": "Dibuat dengan Warta",

	// Lists and pagination.
	"Berita utama":       "Berita utama",
	"Terbaru":            "Terbaru",
	"Baca selengkapnya":  "Baca selengkapnya",
	"Belum ada artikel.": "Belum ada artikel.",
	"Navigasi halaman":   "Navigasi halaman",
	"Halaman %d dari %d": "Halaman %d dari %d",
	"Sebelumnya":         "Sebelumnya",
	"Berikutnya":         "Berikutnya",
	"Halaman sebelumnya": "Halaman sebelumnya",
	"Halaman berikutnya": "Halaman berikutnya",

	// Articles.
	"Oleh":            "Oleh",
	"Diterbitkan":     "Diterbitkan",
	"Diperbarui":      "Diperbarui",
	"Kategori":        "Kategori",
	"Tag":             "Tag",
	"Artikel Terkait": "Artikel Terkait",

	// Archives.
	"Kategori: %s": "Kategori: %s",
	"Tag: %s":      "Tag: %s",
	"Penulis: %s":  "Penulis: %s",
	"Arsip: %s":    "Arsip: %s",
	"Arsip":        "Arsip",

	// Errors.
	"Halaman tidak ditemukan": "Halaman tidak ditemukan",
	"Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.": "Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.",
	"Kembali ke beranda": "Kembali ke beranda",
	"Terjadi kesalahan":  "Terjadi kesalahan",
	"Maaf, ada masalah di server kami dan halaman ini tidak dapat ditampilkan. Silakan coba lagi beberapa saat lagi.": "Maaf, ada masalah di server kami dan halaman ini tidak dapat ditampilkan. Silakan coba lagi beberapa saat lagi.",

	// Comments (for the comment section and its form).
	"Komentar":           "Komentar",
	"%d komentar":        "%d komentar",
	"Tinggalkan Balasan": "Tinggalkan Balasan",
	"Balas":              "Balas",
	"Komentar *":         "Komentar *",
	"Nama *":             "Nama *",
	"Email *":            "Email *",
	"Situs web":          "Situs web",
	"Kirim Komentar":     "Kirim Komentar",
	"Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *": "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
}
