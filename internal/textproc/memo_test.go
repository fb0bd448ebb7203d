package textproc

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestMemo(t *testing.T) {
	t.Parallel()
	var toks []string
	for i := range 20000 { // enough to grow the table a few times
		toks = append(toks, fmt.Sprintf("kata%d", i))
		if i%10 == 0 {
			toks = append(toks, fmt.Sprintf("%s%d", strings.Repeat("panjang", 4), i)) // over inlineToken
		}
	}
	toks = append(toks, "the", "yang", "dan", strings.Repeat("x", maxTokenLen))
	var m memo
	for round := range 2 { // the second round finds every token
		for i, tok := range toks {
			k := m.entry(tok)
			if int(k) != i {
				t.Fatalf("round %d: entry(%q) = %d, want %d", round, tok, k, i)
			}
			e := &m.entries[k]
			if got := m.token(e); got != tok {
				t.Fatalf("round %d: token of entry %d = %q, want %q", round, k, got, tok)
			}
			if e.class != classOf(tok) {
				t.Errorf("round %d: class of %q = %d, want %d", round, tok, e.class, classOf(tok))
			}
		}
		if m.len() != len(toks) {
			t.Fatalf("round %d: len = %d, want %d", round, m.len(), len(toks))
		}
	}
	m.reset()
	if m.len() != 0 {
		t.Fatalf("after reset: len = %d", m.len())
	}
	if k := m.entry(toks[5]); k != 0 {
		t.Errorf("after reset: entry(%q) = %d, want 0", toks[5], k)
	}
}

// TestAnalyzerForgets checks that an Analyzer that has remembered maxMemo
// tokens forgets them before its next text, and keeps its term numbers.
func TestAnalyzerForgets(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range maxMemo {
		fmt.Fprintf(&b, "kata%d ", i)
	}
	var a Analyzer
	_, first := a.Document("pekerjaan rumah", b.String())
	if a.memo.len() < maxMemo {
		t.Fatalf("memo holds %d tokens, want at least %d", a.memo.len(), maxMemo)
	}
	_, again := a.Document("pekerjaan rumah")
	if a.memo.len() != 2 {
		t.Errorf("memo holds %d tokens after forgetting, want 2", a.memo.len())
	}
	if !slices.Equal(again[0], first[0]) {
		t.Errorf("terms numbered %v after forgetting, %v before", again[0], first[0])
	}
	if got := []string{a.Term(again[0][0]), a.Term(again[0][1])}; !slices.Equal(got, []string{"kerja", "rumah"}) {
		t.Errorf("terms %q, want kerja, rumah", got)
	}
}
