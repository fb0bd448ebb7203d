package i18n

// enMessages is the English catalog, keyed by the Indonesian text.
// Read-only.
var enMessages = map[string]string{
	// Layout and navigation.
	"Lompat ke konten":    "Skip to content",
	"Beranda":             "Home",
	"Navigasi utama":      "Main navigation",
	"Tautan situs":        "Site links",
	"Dibuat dengan Warta": "Made with Warta",

	// Lists and pagination.
	"Berita utama":       "Top story",
	"Terbaru":            "Latest",
	"Baca selengkapnya":  "Read more",
	"Belum ada artikel.": "No articles yet.",
	"Navigasi halaman":   "Pagination",
	"Halaman %d dari %d": "Page %d of %d",
	"Sebelumnya":         "Previous",
	"Berikutnya":         "Next",
	"Halaman sebelumnya": "Previous page",
	"Halaman berikutnya": "Next page",

	// Articles.
	"Oleh":            "By",
	"Diterbitkan":     "Published",
	"Diperbarui":      "Updated",
	"Kategori":        "Categories",
	"Tag":             "Tags",
	"Artikel Terkait": "Related Posts",

	// Archives.
	"Kategori: %s": "Category: %s",
	"Tag: %s":      "Tag: %s",
	"Penulis: %s":  "Author: %s",
	"Arsip: %s":    "Archive: %s",
	"Arsip":        "Archive",

	// Errors.
	"Halaman tidak ditemukan": "Page not found",
	"Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.": "Sorry, the page you are looking for does not exist or has moved.",
	"Kembali ke beranda": "Back to the home page",
	"Terjadi kesalahan":  "Something went wrong",
	"Maaf, ada masalah di server kami dan halaman ini tidak dapat ditampilkan. Silakan coba lagi beberapa saat lagi.": "Sorry, a problem on our server kept this page from being shown. Please try again in a few moments.",

	// Comments (for the comment section and its form).
	"Komentar":           "Comments",
	"%d komentar":        "%d comments",
	"Tinggalkan Balasan": "Leave a Reply",
	"Balas":              "Reply",
	"Komentar *":         "Comment *",
	"Nama *":             "Name *",
	"Email *":            "Email *",
	"Situs web":          "Website",
	"Kirim Komentar":     "Post Comment",
	"Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *": "Your email address will not be published. Required fields are marked *",
}
