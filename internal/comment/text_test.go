package comment

import (
	"reflect"
	"testing"
	"time"
)

func TestParagraphs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []Paragraph
	}{
		{"plain", "Satu.", []Paragraph{{{Text: "Satu."}}}},
		{"paragraphs and breaks", "Satu\ndua\n\nTiga", []Paragraph{
			{{Text: "Satu"}, {Break: true}, {Text: "dua"}}, {{Text: "Tiga"}}}},
		{"link with trailing dot", "Lihat https://example.org/a?b=1.", []Paragraph{
			{{Text: "Lihat "}, {Text: "https://example.org/a?b=1", URL: "https://example.org/a?b=1"}, {Text: "."}}}},
		{"link in brackets", "(baca http://example.org/x_(y)) ya", []Paragraph{
			{{Text: "(baca "}, {Text: "http://example.org/x_(y)", URL: "http://example.org/x_(y)"}, {Text: ") ya"}}}},
		{"javascript is not a link", "javascript:alert(1) <a href=x>", []Paragraph{
			{{Text: "javascript:alert(1) <a href=x>"}}}},
		{"quote ends a link", `https://example.org/"onclick=x`, []Paragraph{
			{{Text: "https://example.org/", URL: "https://example.org/"}, {Text: `"onclick=x`}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Paragraphs(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Paragraphs(%q) =\n%+v\nwant\n%+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestInitialsHueAndRules(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"Budi Santoso": "BS", "ani": "A", "  ": "?", "Ömer van Dijk Jr": "ÖV", "(x) yz": "XY"} {
		if got := Initials(in); got != want {
			t.Errorf("Initials(%q) = %q, want %q", in, got, want)
		}
	}
	if Hue("Budi", 8) != Hue("budi", 8) || Hue("Budi", 8) < 0 || Hue("Budi", 8) >= 8 {
		t.Error("Hue is not a stable index")
	}
	st := DefaultSettings()
	if r := st.Rules(); r.MinElapsed != 3*time.Second || r.MaxLinks != 2 {
		t.Errorf("default rules %+v", r)
	}
	st.MinElapsed, st.MaxLinks = 0, 0
	if r := st.Rules(); r.MinElapsed >= 0 || r.MaxLinks >= 0 {
		t.Errorf("rules with checks off %+v; the filter wants negative values", r)
	}
}
