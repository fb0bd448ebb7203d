package demo

// SiteTitle is the name of the invented portal the demo content belongs to.
const SiteTitle = "Kabar Khatulistiwa"

// SiteTagline is the demo portal's one-line description.
const SiteTagline = "Berita jernih dari seluruh penjuru Nusantara"

// Author is a demo newsroom member. Emails end in @demo.warta.invalid so
// that nothing sent to them can ever leave the machine.
type Author struct {
	Name  string
	Slug  string
	Email string
	Bio   string
}

// Category is a demo section of the portal. Parent is the slug of the
// parent category, or "" for a top-level one.
type Category struct {
	Name        string
	Slug        string
	Description string
	Parent      string
}

// Article is one demo news story.
//
// Body is sanitiser-safe HTML; inline images are referenced as
// `{{img:N}}` and provided by InlineImages[N]. Excerpt is empty for most
// articles so that the automatic excerpt is exercised. The publication
// time is relative: DaysAgo days before the load time, at Hour:Minute site
// local time; callers should clamp a time still in the future to "now".
type Article struct {
	Title        string
	Lead         string
	Body         string
	Excerpt      string
	Author       string
	Categories   []string
	Tags         []string
	Image        Image
	InlineImages []Image
	DaysAgo      int
	Hour, Minute int
}

// Page is a static page of the demo portal.
type Page struct {
	Title string
	Slug  string
	Body  string
}

// Image is a generated illustration. Name is a file name ending in ".png";
// Alt describes what the picture shows and Caption is a newsroom caption
// ending in "(Ilustrasi: Redaksi)". PNG paints and encodes the image on
// each call (1200x675, flat colours, under 20 KB) and returns nil only if
// encoding fails, which does not happen for an in-memory image.
type Image struct {
	Name    string
	Alt     string
	Caption string
	PNG     func() []byte
}

// Authors returns the four demo newsroom members.
func Authors() []Author {
	return []Author{
		{
			Name:  "Laras Wicaksono",
			Slug:  "laras-wicaksono",
			Email: "laras@demo.warta.invalid",
			Bio:   "Redaktur desk Nasional dan Lingkungan. Sepuluh tahun meliput kebencanaan, tata ruang, dan kebijakan daerah.",
		},
		{
			Name:  "Andi Fikri Ramadhan",
			Slug:  "andi-fikri-ramadhan",
			Email: "andi.fikri@demo.warta.invalid",
			Bio:   "Wartawan ekonomi dan teknologi yang berbasis di Makassar. Gemar menulis tentang koperasi, usaha kecil, dan perusahaan rintisan.",
		},
		{
			Name:  "Putu Ayu Pradnyani",
			Slug:  "putu-ayu-pradnyani",
			Email: "putu.ayu@demo.warta.invalid",
			Bio:   "Penulis desk Budaya. Mengikuti perkembangan seni pertunjukan, kriya, dan kuliner tradisional dari sanggar ke sanggar.",
		},
		{
			Name:  "Bonifasius Tarigan",
			Slug:  "bonifasius-tarigan",
			Email: "boni@demo.warta.invalid",
			Bio:   "Wartawan olahraga. Lebih sering berada di pinggir lapangan kampung daripada di tribun stadion besar.",
		},
	}
}

// Categories returns the demo sections: six top-level categories and
// Sepak Bola as a child of Olahraga.
func Categories() []Category {
	return []Category{
		{Name: "Nasional", Slug: "nasional", Description: "Kebijakan publik, pemerintahan daerah, dan layanan warga dari berbagai penjuru negeri."},
		{Name: "Ekonomi", Slug: "ekonomi", Description: "Harga, usaha kecil, koperasi, dan perputaran uang yang dirasakan warga sehari-hari."},
		{Name: "Teknologi", Slug: "teknologi", Description: "Perusahaan rintisan, layanan digital, dan cara teknologi mengubah pekerjaan serta pelayanan publik."},
		{Name: "Olahraga", Slug: "olahraga", Description: "Kompetisi, atlet, dan pembinaan olahraga dari kampung sampai tingkat nasional."},
		{Name: "Sepak Bola", Slug: "sepak-bola", Description: "Liga daerah, akademi, dan cerita dari lapangan hijau.", Parent: "olahraga"},
		{Name: "Budaya", Slug: "budaya", Description: "Seni, tradisi, kriya, kuliner, dan komunitas yang merawatnya."},
		{Name: "Lingkungan", Slug: "lingkungan", Description: "Hutan, pesisir, sungai, udara, dan warga yang menjaganya."},
	}
}

// Articles returns the demo articles, grouped by desk. Publication times
// are spread over the last two months so that the home page looks alive.
func Articles() []Article {
	groups := [][]Article{
		nasionalArticles(),
		ekonomiArticles(),
		teknologiArticles(),
		olahragaArticles(),
		budayaArticles(),
		lingkunganArticles(),
	}
	var all []Article
	for _, g := range groups {
		all = append(all, g...)
	}
	return all
}
