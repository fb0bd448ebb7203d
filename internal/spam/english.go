package spam

import "regexp"

// englishCategory recognises the common English comment spam: SEO and
// backlink offers, crypto and forex riches, pharmacy, loans, casinos and
// "check out my site" praise. Words of reporting (scam, police, victims)
// take points off, as readers discuss these scams too.
func englishCategory() category {
	var promo []term
	promo = append(promo, terms(3, true,
		"backlinks", "backlink", "guest post", "dofollow", "domain authority", "link building",
		"first page of google", "seo services", "seo agency", "seo company", "buy links", "niche edits",
		"viagra", "cialis", "without prescription", "payday loan", "no credit check", "free spins",
		"casino bonus", "welcome bonus", "binary options", "recovery expert", "account manager",
		"passive income", "make money online", "work from home", "financial freedom", "forex signals",
		"cloud mining", "referral link", "free robux", "gift cards", "instagram followers", "replica",
		"visit my website", "visit my site", "visit my blog", "check out my site", "check out my website",
		"check out my blog", "check my website", "visit our website", "visit our store", "visit us today",
		"link in my profile", "link in my bio")...)
	promo = append(promo, terms(2, false,
		"seo", "rank higher", "increase your traffic", "targeted visitors", "website traffic",
		"sponsored articles", "bitcoin", "crypto", "forex", "trading platform", "investment plan",
		"profit", "earn", "per day", "per week", "loan", "low interest", "fast approval", "bad credit",
		"instant", "pharmacy", "pills", "weight loss", "keto", "cbd", "steroids", "online casino",
		"sports betting", "betting tips", "real money", "jackpots", "poker", "singles", "followers",
		"essay", "hacker", "hack", "discount codes", "coupons", "hosting", "email lists", "vpn",
		"no experience needed", "limited offer", "guaranteed", "win rate", "testimonials", "legit",
		"affordable prices", "low prices", "best prices", "cheap", "for only", "losing customers")...)
	promo = append(promo, terms(1, false, "optimize", "for details", "free trial", "discount")...)
	return category{
		reason: "english_spam",
		promo:  promo,
		topic:  terms(1, false, "casino", "slots", "lottery", "investment", "trading", "money"),
		cta: terms(1, false, "check out my", "visit my", "visit our", "my website", "my site", "my blog",
			"my profile", "my bio", "my channel", "click here", "click the link", "contact us", "contact them",
			"contact mrs", "contact mr", "email him", "message me", "whatsapp", "telegram", "sign up", "order now",
			"buy now", "apply now", "apply today", "shop now", "play now", "join our", "reply to this",
			"reply for", "great post", "nice post", "nice blog", "thanks for sharing", "very informative",
			"keep it up", "bookmarked", "amazing content", "awesome article"),
		context: []string{
			"scam", "scams", "scammed", "fraud", "fake", "police", "arrested", "raid", "victim", "victims",
			"addiction", "illegal", "blocked", "regulator", "warn", "losses", "lost", "spam", "destroying",
			"harassment", "moderate",
		},
	}
}

// commercialCategory recognises Indonesian non-gambling comment spam:
// illegal loans, miracle medicine, shamans, SEO and follower shops,
// fake diplomas and jobs.
func commercialCategory() category {
	var promo []term
	promo = append(promo, terms(3, true,
		"pinjaman online", "tanpa jaminan", "tanpa bi checking", "obat kuat", "pelangsing", "pesugihan",
		"penglaris", "pelet", "uang gaib", "jasa seo", "jasa backlink", "jual followers", "ijazah asli",
		"joki skripsi", "bocoran soal", "akun premium", "dijamin lulus", "tanpa survey", "cair cepat",
		"pinjol legal", "dana cepat", "jual database", "jasa hack", "krim pemutih")...)
	promo = append(promo, terms(2, false,
		"pinjaman dana", "pinjol", "bunga rendah", "cair", "herbal", "dukun", "ahli spiritual", "followers",
		"reseller", "harga grosir", "gratis ongkir", "cod", "bpom", "lowongan kerja", "kerja dari rumah",
		"penghasilan", "bisnis online", "komisi", "dp 0", "cicilan", "umroh murah", "sedot wc", "jasa",
		"dijamin", "garansi", "terbukti", "harga miring", "stok terbatas", "slot terbatas",
		"kuota terbatas", "investasi", "keuntungan", "per bulan", "per minggu", "minat", "order", "promo",
		"diskon", "murah", "katalog", "toko online", "arisan online", "hubungi kami", "chat wa",
		"info lengkap hubungi", "seo", "backlink", "proses cepat", "hubungi admin", "rate terbaik")...)
	promo = append(promo, terms(3, false, "kunjungi situs kami", "kunjungi website kami", "kunjungi web kami",
		"kunjungi toko kami", "kunjungi kami", "mampir ke situs kami", "kunjungi web aku", "kunjungi blog saya")...)
	promo = append(promo, terms(1, false, "jual beli", "terbaik", "saldo")...)
	return category{
		reason:  "commercial_spam",
		promo:   promo,
		topic:   terms(1, false, "pinjaman", "obat", "jual", "gaji"),
		cta:     gamblingCategory().cta,
		context: []string{"korban", "ilegal", "teror", "diteror", "lapor", "aduan", "pengaduan", "ojk", "tipu", "penipuan", "waspada", "polisi", "hati"},
	}
}

// phonePattern matches an Indonesian mobile number or an international
// one, spaced or not: readers do not post phone numbers, sellers do.
var phonePattern = regexp.MustCompile(`(?:\+62|\b62|\b0)[ .-]?8\d{1,2}(?:[ .-]?\d{2,4}){2,3}\b|\+\d{1,3}[ .-]?\d{3}[ .-]?\d{3,4}(?:[ .-]?\d{2,4})?\b`)
