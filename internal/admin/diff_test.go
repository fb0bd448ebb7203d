package admin

import (
	"strings"
	"testing"
)

// apply rebuilds both sides of an edit script.
func apply(es []edit) (a, b []string) {
	for _, e := range es {
		if e.op != opIns {
			a = append(a, e.text)
		}
		if e.op != opDel {
			b = append(b, e.text)
		}
	}
	return a, b
}

func TestDiffTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b  string
		edits int // insertions plus deletions in a shortest script
	}{
		{"", "", 0},
		{"a b c", "a b c", 0},
		{"a b c", "", 3},
		{"", "x y", 2},
		{"a b c a b b a", "c b a b a c", 5},
		{"banjir di jakarta", "banjir besar di jakarta utara", 2},
		{"x y z", "p q r", 6},
	}
	for _, tt := range tests {
		t.Run(tt.a+"→"+tt.b, func(t *testing.T) {
			t.Parallel()
			a, b := strings.Fields(tt.a), strings.Fields(tt.b)
			es := diffTokens(a, b)
			ga, gb := apply(es)
			if strings.Join(ga, " ") != strings.Join(a, " ") || strings.Join(gb, " ") != strings.Join(b, " ") {
				t.Fatalf("script does not rebuild the texts: %v", es)
			}
			n := 0
			for _, e := range es {
				if e.op != opSame {
					n++
				}
			}
			if n != tt.edits {
				t.Errorf("%d edits, want %d: %v", n, tt.edits, es)
			}
		})
	}
}

func TestDiffText(t *testing.T) {
	t.Parallel()
	a := "<p>Hujan deras turun sejak pagi.</p><p>Warga mengungsi.</p><p>Paragraf lama.</p>"
	b := "<p>Hujan deras turun sejak subuh.</p><p>Warga mengungsi.</p><p>Paragraf baru sama sekali.</p><p>Tambahan.</p>"
	got := diffText(a, b)
	var kinds []string
	for _, l := range got {
		kinds = append(kinds, l.Kind)
	}
	if strings.Join(kinds, ",") != "change,same,change,ins" {
		t.Fatalf("line kinds %v", kinds)
	}
	var del, ins string
	for _, p := range got[0].Parts {
		switch p.Kind {
		case "del":
			del += p.Text
		case "ins":
			ins += p.Text
		}
	}
	if del != "pagi.</p>" && del != "pagi." || !strings.HasPrefix(ins, "subuh") {
		t.Errorf("first line: deleted %q, inserted %q", del, ins)
	}
}
