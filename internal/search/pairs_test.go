package search

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestPairFilterHoldsEveryPair checks that an article's filter passes
// every adjacent pair of its fields, so that no phrase match is lost, and
// few pairs it does not hold.
func TestPairFilterHoldsEveryPair(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string { return fmt.Sprintf("w%d", r.IntN(5000)) }
	field := func(n int) []string {
		f := make([]string, n)
		for i := range f {
			f[i] = word()
		}
		return f
	}
	passes := func(f []byte, a, b string) bool {
		for _, p := range pairProbes(a, b) {
			p %= uint32(len(f) * 8)
			if f[p/8]&(1<<(p%8)) == 0 {
				return false
			}
		}
		return true
	}
	fp, tried := 0, 0
	for _, n := range []int{2, 10, 300, 5000} {
		fields := [][]string{field(8), field(20), field(n)}
		d := stemDoc(fields[0], fields[1], fields[2])
		f := pairFilter(d)
		if len(f) > maxPairBytes {
			t.Fatalf("filter of %d bytes", len(f))
		}
		held := map[[2]string]bool{}
		for _, fl := range fields {
			for i := 1; i < len(fl); i++ {
				held[[2]string{fl[i-1], fl[i]}] = true
				if !passes(f, fl[i-1], fl[i]) {
					t.Fatalf("body of %d: pair %q %q held but not in the filter", n, fl[i-1], fl[i])
				}
			}
		}
		if n > 1000 {
			continue // capped: more false positives, by design
		}
		for range 2000 {
			a, b := word(), word()
			if held[[2]string{a, b}] {
				continue
			}
			tried++
			if passes(f, a, b) {
				fp++
			}
		}
	}
	rate := float64(fp) / float64(tried)
	t.Logf("%d of %d pairs not held pass the filter (%.2f%%)", fp, tried, 100*rate)
	if rate > 0.03 {
		t.Errorf("%.1f%% of pairs not held pass the filter; want about 1%%", 100*rate)
	}
	// A field's last word and the next field's first are not a pair.
	d := stemDoc([]string{"banjir"}, nil, []string{"rob"})
	if f := pairFilter(d); len(f) != 0 {
		t.Errorf("filter of an article without pairs: %v", f)
	}
}
