package spam

import (
	"slices"
	"strings"
)

// gamblingCategory recognises Indonesian online-gambling promotion by its
// vocabulary. Readers discussing gambling news use the subject words too
// (judi, slot, situs, bandar), so those weigh little and the words of
// reporting (polisi, ditangkap, diblokir, korban) take points off; the
// trade's own jargon (gacor, maxwin, bonus new member, link alternatif)
// weighs most.
func gamblingCategory() category {
	var promo []term
	promo = append(promo, terms(3, true,
		"maxwin", "bonus new member", "link alternatif", "anti rungkad", "anti nawala", "freechip",
		"freebet", "rollingan", "akun pro", "server thailand", "mahjong ways", "gates of olympus",
		"starlight princess", "sweet bonanza", "domino qq", "sbobet", "maxbet", "bettor", "sicbo",
		"live casino", "live draw", "angka jitu", "colok bebas", "toto macau", "hadiah 4d",
		"diskon 4d", "agen slot", "agen togel", "agen bola", "scatter hitam", "pola slot")...)
	promo = append(promo, terms(2, true,
		"gacor", "slot gacor", "pola gacor", "situs gacor", "togel", "rtp live", "rtp slot", "jp paus",
		"depo", "deposit pulsa", "depo pulsa", "free spin", "bosku", "bosqu", "modal receh", "gampang menang",
		"mudah menang", "pasti menang", "dijamin menang", "menang terus", "gampang jp", "pasti jp",
		"wd cepat", "wd lancar", "pasti dibayar", "pasti bayar", "dibayar lunas", "akun vip", "server luar",
		"winrate", "win rate", "x500", "x1000", "x5000", "pragmatic", "pg soft", "habanero", "parlay",
		"baccarat", "roulette", "angka main", "prediksi togel", "bet 100", "bet kecil", "situs terpercaya",
		"situs slot", "situs togel", "situs toto", "bandar bola", "daftar slot", "bonus deposit",
		"bonus harian", "bonus referral", "cs 24 jam", "tanpa vpn", "slot online", "slot pulsa",
		"tanpa potongan", "sdy", "rungkad", "nawala", "scatter", "kerja sampingan", "penghasilan tambahan",
		"cari tambahan")...)
	promo = append(promo, terms(1, false,
		"new member", "rtp", "jp", "wd", "withdraw", "deposit", "cashback", "turnover", "cuan",
		"modal kecil", "bayar lunas", "berapapun", "perkalian", "mahjong", "olympus", "tembak ikan",
		"sabung ayam", "odds", "pasaran", "keluaran", "shio", "bocoran", "hk", "sgp", "4d", "spin",
		"turbo", "terpercaya", "judi bola", "togel online", "member", "bonus", "hoki", "anti blokir",
		"jackpot", "jepe", "qq", "wede")...)
	return category{
		reason: "gambling_terms",
		promo:  promo,
		topic:  terms(1, false, "judi", "slot", "kasino", "casino", "bandar", "taruhan", "poker", "toto"),
		cta: append(terms(2, false, "link di bio", "link di profil", "ketik di google", "cari di google", "cek bio"),
			terms(1, false, "daftar", "gabung", "kunjungi", "klik", "di bio", "link bio", "cek link", "di profil",
				"nama saya", "nama aku", "hubungi", "wa", "whatsapp", "telegram", "buruan", "sekarang", "mampir",
				"dm", "chat admin", "login", "link")...),
		context: []string{
			"polisi", "polres", "polda", "tangkap", "ditangkap", "penangkapan", "tersangka", "razia",
			"gerebek", "grebek", "blokir", "kominfo", "komdigi", "pemerintah", "berantas", "pemberantasan",
			"satgas", "ppatk", "ojk", "candu", "pecandu", "korban", "bahaya", "haram", "hukum", "pidana",
			"penjara", "sita", "utang", "hutang", "cerai", "bunuh", "miris", "tobat", "lapor", "spam",
			"iklan", "influencer", "endorse", "rekening", "ilegal", "sindikat", "tipu", "menipu", "tertipu",
			"waspada", "jerat", "rusak", "hancur", "bangkrut", "aparat", "oknum", "rehabilitasi",
			"konseling", "psikolog", "retas", "jahat", "darurat", "edukasi", "henti", "menteri",
			"pengadilan", "police", "arrested", "raid", "blocked", "scam", "addiction", "illegal",
			"victims", "prosecuted", "istilah", "promosi", "modus", "kalah", "mantan", "susup", "disusupi",
			"kunci", "pinjam", "jahat",
		},
	}
}

// brandSuffixes end names built like gambling brands: a word followed by
// 88, 4D, 303, MPO, TOTO, SLOT, QQ … (NAGA88, HOKI4D, KOINMPO).
const brandSuffixes = "88 888 4d 303 777 138 168 mpo toto slot qq bet"

// brand returns the gambling brand tok names, if it does. The part before
// the suffix must read as a word of at least three letters (four before
// "mpo" and "bet", which end "tempo" and "tibet"), leetspeak undone:
// "n4g488" is NAGA88.
func brand(tok string) (string, bool) {
	for _, cand := range [2]string{tok, deleet(tok, 'i')} {
		for suffix := range strings.FieldsSeq(brandSuffixes) {
			prefix, ok := strings.CutSuffix(cand, suffix)
			if !ok {
				continue
			}
			prefix = deleetAll(prefix)
			least := 3
			if suffix == "mpo" || suffix == "bet" {
				least = 4
			}
			if len(prefix) >= least && strings.Trim(prefix, "abcdefghijklmnopqrstuvwxyz") == "" && !notBrand(cand) {
				return tok, true
			}
		}
	}
	return "", false
}

// notBrand lists real words built like brands.
func notBrand(w string) bool {
	switch w {
	case "alphabet", "boeing777":
		return true
	}
	return false
}

// deleetAll reads every digit of s as the letter it imitates.
func deleetAll(s string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune("0123456789", r); i >= 0 {
			return rune("oizeasgtbg"[i])
		}
		return r
	}, s)
}

// brands returns the distinct gambling brands among t's tokens.
func brands(t *text) []string {
	var out []string
	for _, tok := range t.tokens {
		if b, ok := brand(tok); ok && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// gamblingHostWords are words whose presence in a host name marks a
// gambling site: slotgacor-hari-ini.xyz.
const gamblingHostWords = "gacor maxwin togel slot judi casino kasino poker sbobet jackpot scater parlay bandarq dominoq"

// isGamblingHost reports whether host names a gambling site: a brand as
// one of its labels, the trade's words inside it, or "rtp", "jp", "qq" as
// a label. Government and university hosts are exempt (see
// isPublicInstitution).
func isGamblingHost(host string) bool {
	if isPublicInstitution(host) {
		return false
	}
	name := strings.TrimSuffix(host, "."+tld(host))
	for label := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
		if _, ok := brand(label); ok {
			return true
		}
		switch label {
		case "rtp", "jp", "qq", "wd", "depo", "toto":
			return true
		}
	}
	flat := squeeze(deleet(strings.NewReplacer(".", "", "-", "", "_", "").Replace(name), 'i'))
	for w := range strings.FieldsSeq(gamblingHostWords) {
		if strings.Contains(flat, w) {
			return true
		}
	}
	return false
}
