package i18n

import (
	"strconv"
	"strings"
	"time"
)

// monthName returns the name of m in language l.
func monthName(l Lang, m time.Month) string {
	if l == EN {
		return m.String()
	}
	switch m {
	case time.January:
		return "Januari"
	case time.February:
		return "Februari"
	case time.March:
		return "Maret"
	case time.April:
		return "April"
	case time.May:
		return "Mei"
	case time.June:
		return "Juni"
	case time.July:
		return "Juli"
	case time.August:
		return "Agustus"
	case time.September:
		return "September"
	case time.October:
		return "Oktober"
	case time.November:
		return "November"
	case time.December:
		return "Desember"
	}
	return m.String()
}

// Date formats the calendar date of t in its own location:
// "3 Agustus 2026" in Indonesian, "3 August 2026" in English.
func Date(l Lang, t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + monthName(l, t.Month()) + " " + strconv.Itoa(t.Year())
}

// DateTime formats t with its time of day and zone abbreviation:
// "24 November 2026, 14.05 WIB" in Indonesian (the dot is the Indonesian
// time separator), "24 November 2026, 14:05 WIB" in English.
func DateTime(l Lang, t time.Time) string {
	clock := t.Format("15:04 MST")
	if l != EN {
		clock = t.Format("15.04 MST")
	}
	return Date(l, t) + ", " + clock
}

// MonthYear names a month of a year, as archive headings do:
// "Desember 2026" or "December 2026".
func MonthYear(l Lang, year int, month time.Month) string {
	return monthName(l, month) + " " + strconv.Itoa(year)
}

// Number formats n with thousands grouped: "100.000" in Indonesian,
// "100,000" in English.
func Number(l Lang, n int) string {
	sep := "."
	if l == EN {
		sep = ","
	}
	digits := strconv.Itoa(n)
	sign := ""
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	if len(digits) <= 3 {
		return sign + digits
	}
	var b strings.Builder
	b.Grow(len(sign) + len(digits) + len(digits)/3)
	b.WriteString(sign)
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		b.WriteString(sep)
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
