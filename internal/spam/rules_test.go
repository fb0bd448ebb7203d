package spam

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestRules runs each rule on inputs that must and must not trigger it.
func TestRules(t *testing.T) {
	t.Parallel()
	lx := newLexicon()
	tests := []struct {
		name  string
		rules Rules
		in    Input
		want  string // a reason that must be given ("" for none of interest)
		not   string // a reason prefix that must not be given
		hard  bool
	}{
		{"honeypot", Rules{}, Input{Content: "Setuju.", Honeypot: "https://x.example"}, "honeypot", "", true},
		{"honeypot blank", Rules{}, Input{Content: "Setuju.", Honeypot: "  "}, "", "honeypot", false},
		{"too fast", Rules{}, Input{Content: "Setuju.", Elapsed: time.Second}, "too_fast", "", true},
		{"elapsed unknown", Rules{}, Input{Content: "Setuju."}, "", "too_fast", false},
		{"slow enough", Rules{}, Input{Content: "Setuju.", Elapsed: 5 * time.Second}, "", "too_fast", false},
		{"min elapsed raised", Rules{MinElapsed: 10 * time.Second}, Input{Content: "Setuju.", Elapsed: 5 * time.Second}, "too_fast", "", true},
		{"min elapsed off", Rules{MinElapsed: -1}, Input{Content: "Setuju.", Elapsed: time.Millisecond}, "", "too_fast", false},
		{"three links", Rules{}, Input{Content: "Sumber: a.com, b.org dan https://c.net/x"}, "too_many_links", "", false},
		{"two links", Rules{}, Input{Content: "Sumber: https://www.bps.go.id dan bi.go.id"}, "", "too_many_links", false},
		{"max links raised", Rules{MaxLinks: 5}, Input{Content: "a.com b.org c.net"}, "", "too_many_links", false},
		{"max links lowered", Rules{MaxLinks: 1}, Input{Content: "a.com b.org"}, "too_many_links", "", false},
		{"max links off", Rules{MaxLinks: -1}, Input{Content: "a.com b.org c.net d.info e.id"}, "", "too_many_links", false},
		{"blocked word", Rules{BlockWords: []string{"Slot Gacor"}}, Input{Content: "main SLOT GACOR yuk"}, "blocked_word:slot gacor", "", true},
		{"blocked word look-alike", Rules{BlockWords: []string{"slot gacor"}}, Input{Content: "ѕlоt gасоr"}, "blocked_word:slot gacor", "", true},
		{"blocked word leet", Rules{BlockWords: []string{"pinjol"}}, Input{Content: "p1nj0l cepat cair"}, "blocked_word:pinjol", "", true},
		{"blocked word in author", Rules{BlockWords: []string{"kerupuk"}}, Input{Author: "Kerupuk Enak", Content: "Setuju."}, "blocked_word:kerupuk", "", true},
		{"blocked long word inside a word", Rules{BlockWords: []string{"kerupuk"}}, Input{Content: "kerupukenak.example"}, "blocked_word:kerupuk", "", true},
		{"blocked short word only whole", Rules{BlockWords: []string{"dana"}}, Input{Content: "Danau Toba indah."}, "", "blocked_word", false},
		{"blocked domain link", Rules{BlockDomains: []string{"Example.XYZ"}}, Input{Content: "lihat https://promo.example.xyz/a"}, "blocked_domain:example.xyz", "", true},
		{"blocked domain website", Rules{BlockDomains: []string{"https://example.xyz/"}}, Input{URL: "http://www.example.xyz", Content: "Setuju."}, "blocked_domain:example.xyz", "", true},
		{"blocked domain email", Rules{BlockDomains: []string{"example.xyz"}}, Input{Email: "a@example.xyz", Content: "Setuju."}, "blocked_domain:example.xyz", "", true},
		{"blocked domain is not a suffix match", Rules{BlockDomains: []string{"example.xyz"}}, Input{Content: "notexample.xyz"}, "", "blocked_domain", false},
		{"gambling brand", Rules{}, Input{Content: "Setuju, btw main di NAGA88 ya"}, "gambling_brand:naga88", "", false},
		{"gambling brand in leet", Rules{}, Input{Content: "cek n4g488"}, "gambling_brand:n4g488", "", false},
		{"gambling brand in author", Rules{}, Input{Author: "HOKI4D", Content: "Setuju."}, "gambling_brand:hoki4d", "", false},
		{"gambling site in website field", Rules{}, Input{URL: "https://gacorhariini.xyz", Content: "Setuju."}, "gambling_domain:gacorhariini.xyz", "", false},
		{"gambling site in content", Rules{}, Input{Content: "info di rtp-live.top"}, "gambling_domain:rtp-live.top", "", false},
		{"government site is no gambling site", Rules{}, Input{Content: "lapor di aduankonten.id atau kominfo.go.id/judi"}, "", "gambling_domain", false},
		{"gambling terms", Rules{}, Input{Content: "Situs slot gacor hari ini, maxwin, bonus new member, daftar sekarang"}, "gambling_terms", "", false},
		{"gambling news", Rules{}, Input{Content: "Polisi menangkap bandar judi online dan Kominfo memblokir situs slot mereka."}, "", "gambling_terms", false},
		{"gambling quoted", Rules{}, Input{Content: `Anak saya tanya arti "slot gacor maxwin", saya kaget.`}, "", "gambling_terms", false},
		{"gambling author", Rules{}, Input{Author: "Agen Togel", Content: "Setuju."}, "gambling_author", "", false},
		{"given name Toto", Rules{}, Input{Author: "Toto Sugiarto", Content: "Setuju."}, "", "gambling_author", false},
		{"english spam", Rules{}, Input{Content: "We sell dofollow backlinks and guest post on high DA sites, visit my website"}, "english_spam", "", false},
		{"english scam news", Rules{}, Input{Content: "My uncle was scammed by a fake crypto trading platform, police did nothing."}, "", "english_spam", false},
		{"commercial spam", Rules{}, Input{Content: "Pinjaman online tanpa jaminan, cair cepat, minat hubungi kami"}, "commercial_spam", "", false},
		{"loan victim", Rules{}, Input{Content: "Tetangga saya korban pinjol ilegal, diteror tiap hari. Lapor ke OJK."}, "", "commercial_spam", false},
		{"obfuscated", Rules{}, Input{Content: "Ѕіtuѕ rеѕmі"}, "obfuscated", "", false},
		{"accents are no disguise", Rules{}, Input{Content: "Café di Bandung, crème brûlée enak"}, "", "obfuscated", false},
		{"phone number", Rules{}, Input{Content: "Minat? WA 0812-3344-5566"}, "phone_number", "", false},
		{"international number", Rules{}, Input{Content: "WhatsApp +1 555 019 2233"}, "phone_number", "", false},
		{"short number", Rules{}, Input{Content: "Pengaduan ke OJK 157 atau 112."}, "", "phone_number", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in := tt.in
			got := lx.apply(compileRules(tt.rules), in, parse(in))
			if tt.want != "" && !slices.Contains(got.reasons, tt.want) {
				t.Errorf("reasons %q, want %q among them", got.reasons, tt.want)
			}
			for _, r := range got.reasons {
				if tt.not != "" && strings.HasPrefix(r, tt.not) {
					t.Errorf("reasons %q, want none starting %q", got.reasons, tt.not)
				}
			}
			if got.hard != tt.hard {
				t.Errorf("hard = %v, want %v (reasons %q)", got.hard, tt.hard, got.reasons)
			}
		})
	}
}

func TestBrand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		tok string
		ok  bool
	}{
		{"naga88", true}, {"hoki4d", true}, {"koinmpo", true}, {"garudatoto", true}, {"mahkotaslot", true},
		{"bandarqq", true}, {"dewa303", true}, {"langit777", true}, {"rajabet", true}, {"n4g488", true},
		{"b1ntangt0t0", true}, {"zeu5mp0", true}, {"slot88", true},
		{"tempo", false}, {"sampo", false}, {"alphabet", false}, {"tibet", false}, {"covid19", false},
		{"boeing777", false}, {"pasal", false}, {"88", false}, {"km88", false}, {"toto", false}, {"a4d", false},
		{"office365", false}, {"jakarta2024", false},
	}
	for _, tt := range tests {
		t.Run(tt.tok, func(t *testing.T) {
			t.Parallel()
			if _, ok := brand(tt.tok); ok != tt.ok {
				t.Errorf("brand(%q) = %v, want %v", tt.tok, ok, tt.ok)
			}
		})
	}
}

func TestGamblingHost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		host string
		ok   bool
	}{
		{"naga88.vip", true}, {"hoki4d-resmi.vip", true}, {"slot-gacor-hari-ini.xyz", true},
		{"gacorhariini.xyz", true}, {"rtp-live.top", true}, {"togel62.site", true},
		{"situs.kampus.ac.id", false}, {"bps.go.id", false}, {"id.wikipedia.org", false},
		{"fototoko.com", false}, {"catatanmahesa.blogspot.com", false}, {"worldbank.org", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			t.Parallel()
			if got := isGamblingHost(tt.host); got != tt.ok {
				t.Errorf("isGamblingHost(%q) = %v, want %v", tt.host, got, tt.ok)
			}
		})
	}
}
