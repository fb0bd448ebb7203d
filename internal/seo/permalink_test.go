package seo

import (
	"testing"
	"time"
)

func TestPermalinkRoundTrip(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 4, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		structure, want string
	}{
		{DefaultPermalink, "/2026/11/04/banjir-surut/"},
		{"/%postname%/", "/banjir-surut/"},
		{"/%year%/%monthnum%/%postname%/", "/2026/11/banjir-surut/"},
		{"/berita/%post_id%/", "/berita/42/"},
		{"/archives/%post_id%/%postname%", "/archives/42/banjir-surut/"},
	}
	for _, tt := range tests {
		t.Run(tt.structure, func(t *testing.T) {
			t.Parallel()
			p, err := ParsePermalink(tt.structure)
			if err != nil {
				t.Fatal(err)
			}
			got := p.Build(42, "banjir-surut", at)
			if got != tt.want {
				t.Fatalf("Build = %q, want %q", got, tt.want)
			}
			m, ok := p.Match(got)
			if !ok || !m.Fits(at) {
				t.Fatalf("Match(%q) = %+v, %v", got, m, ok)
			}
			if m.Slug == "" && m.ID != 42 {
				t.Fatalf("Match lost the post: %+v", m)
			}
		})
	}
}

func TestPermalinkRejects(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "/", "/%year%/", "/%foo%/%postname%/", "/%year%//%postname%/"} {
		if _, err := ParsePermalink(s); err == nil {
			t.Errorf("ParsePermalink(%q) accepted", s)
		}
	}
	p, _ := ParsePermalink(DefaultPermalink)
	for _, path := range []string{"/", "/2026/13/01/x/", "/2026/11/1/x/", "/20261/11/01/x/", "/2026/11/01/", "/2026/11/01/x/y/", "/abcd/11/01/x/"} {
		if m, ok := p.Match(path); ok {
			t.Errorf("Match(%q) = %+v, want no match", path, m)
		}
	}
	m, _ := p.Match("/2026/11/04/x/")
	if m.Fits(time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC)) {
		t.Error("a post of another day fits the URL's date")
	}
}
