package content

import "testing"

func TestSlugify(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Banjir Surut di Kampung Melayu", "banjir-surut-di-kampung-melayu"},
		{"  Harga Cabai Naik 20%!  ", "harga-cabai-naik-20"},
		{"Café & Résumé", "cafe-resume"},
		{"Jum'at Berkah", "jumat-berkah"},
		{"---", ""},
		{"日本語のタイトル", "日本語のタイトル"},
		{"negara-negara ASEAN", "negara-negara-asean"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := Slugify(tt.in); got != tt.want {
				t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	long := Slugify("kata " + string(make([]byte, 0)) + "sangat panjang sekali yang tidak akan pernah selesai karena judulnya terus berlanjut tanpa henti sampai batas")
	if len(long) > 80 || long[len(long)-1] == '-' {
		t.Errorf("long slug %q (%d bytes)", long, len(long))
	}
}

func TestCanMove(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from, to Status
		want     bool
	}{
		{Draft, Published, true}, {Pending, Scheduled, true}, {Published, Draft, true},
		{Published, Pending, false}, {Trash, Published, false}, {Trash, Draft, true}, {Scheduled, Trash, true},
	}
	for _, tt := range tests {
		if got := CanMove(tt.from, tt.to); got != tt.want {
			t.Errorf("CanMove(%s, %s) = %v", tt.from, tt.to, got)
		}
	}
}
