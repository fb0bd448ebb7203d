package i18n

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    Lang
		wantErr bool
	}{
		{in: "id", want: ID},
		{in: "en", want: EN},
		{in: "ID", want: ID},
		{in: " En ", want: EN},
		{in: "", wantErr: true},
		{in: "fr", wantErr: true},
		{in: "id-ID", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := Parse(tt.in)
			if tt.wantErr {
				if err == nil || !strings.HasPrefix(err.Error(), "i18n: ") {
					t.Fatalf("Parse(%q) = %q, %v; want an i18n error", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Parse(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	t.Parallel()
	wib := time.FixedZone("WIB", 7*3600)
	nov := time.Date(2026, time.November, 24, 14, 5, 0, 0, wib)
	dec := time.Date(2026, time.December, 24, 9, 30, 0, 0, wib)
	aug := time.Date(2026, time.August, 3, 23, 59, 0, 0, time.UTC)
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"date id nov", Date(ID, nov), "24 November 2026"},
		{"date en nov", Date(EN, nov), "24 November 2026"},
		{"date id dec", Date(ID, dec), "24 Desember 2026"},
		{"date en dec", Date(EN, dec), "24 December 2026"},
		{"date id aug", Date(ID, aug), "3 Agustus 2026"},
		{"date en aug", Date(EN, aug), "3 August 2026"},
		{"date id feb", Date(ID, time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)), "1 Februari 2027"},
		{"datetime id", DateTime(ID, nov), "24 November 2026, 14.05 WIB"},
		{"datetime en", DateTime(EN, nov), "24 November 2026, 14:05 WIB"},
		{"datetime id utc", DateTime(ID, aug), "3 Agustus 2026, 23.59 UTC"},
		{"monthyear id", MonthYear(ID, 2026, time.December), "Desember 2026"},
		{"monthyear en", MonthYear(EN, 2026, time.December), "December 2026"},
		{"monthyear id may", MonthYear(ID, 2025, time.May), "Mei 2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestMonthNamesID(t *testing.T) {
	t.Parallel()
	want := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
		"Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	for i, name := range want {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if got := monthName(ID, time.Month(i+1)); got != name {
				t.Errorf("monthName(ID, %d) = %q, want %q", i+1, got, name)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n      int
		id, en string
	}{
		{0, "0", "0"},
		{7, "7", "7"},
		{999, "999", "999"},
		{1000, "1.000", "1,000"},
		{12345, "12.345", "12,345"},
		{100000, "100.000", "100,000"},
		{1234567, "1.234.567", "1,234,567"},
		{-1000, "-1.000", "-1,000"},
		{-999, "-999", "-999"},
	}
	for _, tt := range tests {
		t.Run(tt.en, func(t *testing.T) {
			t.Parallel()
			if got := Number(ID, tt.n); got != tt.id {
				t.Errorf("Number(ID, %d) = %q, want %q", tt.n, got, tt.id)
			}
			if got := Number(EN, tt.n); got != tt.en {
				t.Errorf("Number(EN, %d) = %q, want %q", tt.n, got, tt.en)
			}
		})
	}
}

func TestT(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		lang Lang
		key  string
		args []any
		want string
	}{
		{"id plain", ID, "Oleh", nil, "Oleh"},
		{"en plain", EN, "Oleh", nil, "By"},
		{"en home", EN, "Beranda", nil, "Home"},
		{"id args", ID, "Halaman %d dari %d", []any{2, 5}, "Halaman 2 dari 5"},
		{"en args", EN, "Halaman %d dari %d", []any{2, 5}, "Page 2 of 5"},
		{"en archive", EN, "Kategori: %s", []any{"Ekonomi"}, "Category: Ekonomi"},
		{"unknown key", EN, "Tidak ada di katalog", nil, "Tidak ada di katalog"},
		{"unknown key with args", ID, "Kunci %d", []any{3}, "Kunci %d"},
		{"unknown lang uses id", Lang("fr"), "Terbaru", nil, "Terbaru"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := T(tt.lang, tt.key, tt.args...); got != tt.want {
				t.Errorf("T(%q, %q) = %q, want %q", tt.lang, tt.key, got, tt.want)
			}
		})
	}
}
