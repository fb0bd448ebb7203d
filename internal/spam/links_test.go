package spam

import (
	"slices"
	"testing"
)

func TestFindLinks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		in    string
		hosts []string
	}{
		{"scheme", "lihat https://www.bps.go.id/id/statistics ya", []string{"bps.go.id"}},
		{"www", "cek www.hoki4d-login.com sekarang", []string{"hoki4d-login.com"}},
		{"bare domain", "situs-x.com dan naga88.vip", []string{"situs-x.com", "naga88.vip"}},
		{"bare domain in capitals", "MAIN DI NAGA88.VIP", []string{"naga88.vip"}},
		{"spaced dot", "maxwin138 . com", []string{"maxwin138.com"}},
		{"bracketed dot", "naga88[.]vip atau naga88(dot)xyz", []string{"naga88.vip", "naga88.xyz"}},
		{"word dot", "hoki4d dot top", []string{"hoki4d.top"}},
		{"duplicates counted once", "a.com a.com https://b.net", []string{"a.com", "b.net"}},
		{"trailing punctuation", "sumber: https://www.who.int/news.", []string{"who.int"}},
		{"sentence without space is no link", "Beritanya bagus.Info lengkapnya besok.", nil},
		{"email is no link", "kirim ke budi@gmail.com ya", nil},
		{"numbers are no link", "harga naik 10.5 persen, jam 10.30", nil},
		{"unknown suffix is no link", "file laporan.pdf sudah saya baca", nil},
		{"underscores", "slot_gacor_hari_ini.xyz", []string{"slot_gacor_hari_ini.xyz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var hosts []string
			for _, l := range findLinks(tt.in) {
				hosts = append(hosts, l.host)
			}
			if !slices.Equal(hosts, tt.hosts) {
				t.Errorf("findLinks(%q) hosts = %q, want %q", tt.in, hosts, tt.hosts)
			}
		})
	}
}

func TestHostParts(t *testing.T) {
	t.Parallel()
	tests := []struct{ raw, host, site, tld string }{
		{"https://news.example.co.id/a?b=c", "news.example.co.id", "example.co.id", "id"},
		{"http://WWW.Example.com:8080/x", "example.com", "example.com", "com"},
		{"naga88.vip", "naga88.vip", "naga88.vip", "vip"},
		{"https://user@slot.example.xyz", "slot.example.xyz", "example.xyz", "xyz"},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			t.Parallel()
			h := hostOf(tt.raw)
			if h != tt.host || site(h) != tt.site || tld(h) != tt.tld {
				t.Errorf("%q: host %q site %q tld %q, want %q %q %q", tt.raw, h, site(h), tld(h), tt.host, tt.site, tt.tld)
			}
		})
	}
	if hostOf("bukan-domain") != "" {
		t.Error(`hostOf("bukan-domain") should be ""`)
	}
}
