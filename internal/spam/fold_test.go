package spam

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
		tricks         int // foldStats.total
	}{
		{"ascii unchanged", "Slot Gacor 88", "Slot Gacor 88", 0},
		{"cyrillic", "Ѕlоt Gасоr", "Slot Gacor", 5},
		{"greek and a roman numeral", "sitΟs sⅼοt", "sitOs slot", 3},
		{"greek capitals", "ΗΑΝΥΜ", "HANYM", 5},
		{"fullwidth", "ｓｌｏｔ　ＮＡＧＡ８８", "slot NAGA88", 8},
		{"math bold", "𝐒𝐥𝐨𝐭 𝐆𝐚𝐜𝐨𝐫 𝟏𝟎𝟎", "Slot Gacor 100", 9},
		{"math script", "𝓈𝓁𝑜𝓉", "slot", 4},
		{"sans serif mixed with cyrillic", "р𝗈𝗅𝖺", "pola", 4},
		{"circled", "ⓢⓛⓞⓣ", "slot", 4},
		{"negative circled", "🅢🅛🅞🅣", "SLOT", 4},
		{"negative squared", "🅰🅱", "AB", 2},
		{"regional indicators are letters but no trick", "🇸🇱🇴🇹", "SLOT", 0},
		{"small capitals", "ꜱʟᴏᴛ ɢᴀᴄᴏʀ", "slot gacor", 9},
		{"lisu", "ꓢꓡꓳꓔ", "slot", 4},
		{"symbol letters", "ʝυ∂ι σηℓιηє", "judi online", 10},
		{"zero-width", "sl\u200bot ga\u200ccor", "slot gacor", 2},
		{"word joiner and soft hyphen", "s\u2060l\u00adot", "slot", 2},
		{"strike-through", "s̶l̶o̶t̶", "slot", 4},
		{"accents", "Sitüs slöt café", "Situs slot cafe", 0},
		{"joiner inside emoji is dropped silently", "👨\u200d👩", "👨👩", 0},
		{"unicode spaces", "a\u00a0b\u3000c", "a b c", 0},
		{"ellipsis is no trick", "hmm…", "hmm...", 0},
		{"Indonesian text unchanged", "Harga beras naik lagi, pemerintah harus turun tangan.", "Harga beras naik lagi, pemerintah harus turun tangan.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, st := fold(tt.in)
			if got != tt.want {
				t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if st.total() != tt.tricks {
				t.Errorf("fold(%q) counted %d tricks (%+v), want %d", tt.in, st.total(), st, tt.tricks)
			}
		})
	}
}

func TestJoinSpacedLetters(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"s l o t gacor", "slot gacor"},
		{"s.l.o.t", "slot"},
		{"s-l-o-t g-a-c-o-r", "slotgacor"},
		{"N A G A 8 8 bonus", "NAGA88 bonus"},
		{"j u d i   o n l i n e", "judi   online"},
		{"s l o t  88  g a c o r", "slot  88  gacor"},
		{"poin a dan b", "poin a dan b"},
		{"a b", "a b"},
		{"x\ny\nz", "x\ny\nz"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := joinSpacedLetters(tt.in); got != tt.want {
				t.Errorf("joinSpacedLetters(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLeet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		fn   func(string) string
		in   string
		want string
	}{
		{"symbols", mapLeetSymbols, "g@cor $lot j!tu s|ot", "gacor slot jitu slot"},
		{"symbols left alone outside words", mapLeetSymbols, "harga $100! email@", "harga $100! email@"},
		{"digits read as i", func(s string) string { return deleet(s, 'i') }, "m4xw1n", "maxwin"},
		{"digits read as l", func(s string) string { return deleet(s, 'l') }, "s1ot", "slot"},
		{"mixed token", func(s string) string { return deleet(s, 'i') }, "g4c0r", "gacor"},
		{"numbers stay numbers", func(s string) string { return deleet(s, 'i') }, "2025", "2025"},
		{"one letter is no word", func(s string) string { return deleet(s, 'i') }, "4d", "4d"},
		{"squeeze", squeeze, "gacoooor maxwiiin", "gacor maxwin"},
		{"squeeze keeps digits", squeeze, "naga88", "naga88"},
		{"unmask", unmask, "sl*t", "slot"},
		{"unmask unknown", unmask, "a*b", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.fn(tt.in); got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
			}
		})
	}
}

// TestAnalyzeReadings checks that every disguise of "slot gacor" is read
// as the phrase.
func TestAnalyzeReadings(t *testing.T) {
	t.Parallel()
	phrase := terms(1, true, "slot gacor")[0]
	tests := []string{
		"SLOT GACOR", "Ѕlоt Gасоr", "ｓｌｏｔ ｇａｃｏｒ", "s l o t  g a c o r", "s.l.o.t g.a.c.o.r",
		"5L0T GAC0R", "s1ot g4cor", "$lot g@cor", "sl\u200bot ga\u200bcor", "slooot gacooor",
		"sl*t g*cor", "SlOt GaCoR", "slotgacor88", "slot_gacor_hari_ini", "s-l-o-t g-a-c-o-r",
		"𝐬𝐥𝐨𝐭 𝐠𝐚𝐜𝐨𝐫", "ꜱʟᴏᴛ ɢᴀᴄᴏʀ", "s̶l̶o̶t̶ g̶a̶c̶o̶r̶",
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			if a := analyze(in); !a.has(phrase) {
				t.Errorf("analyze(%q) does not read %q; canon %q, chunks %q", in, phrase.text, a.canon, a.chunks)
			}
		})
	}
	for _, in := range []string{"slot parkir penuh", "gacor", "is lot gacor"} {
		t.Run("not "+in, func(t *testing.T) {
			t.Parallel()
			if analyze(in).has(phrase) {
				t.Errorf("analyze(%q) reads %q", in, phrase.text)
			}
		})
	}
}

func TestAnalyzeBoundsInput(t *testing.T) {
	t.Parallel()
	a := analyze(strings.Repeat("kata ", 20000))
	if n := len(a.tokens); n > maxAnalyzed/4 {
		t.Errorf("analyze read %d tokens of an oversized input, want at most %d", n, maxAnalyzed/4)
	}
}
