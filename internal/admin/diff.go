package admin

import (
	"regexp"
	"strings"
)

// op is one step of an edit script.
type op int

const (
	opSame op = iota
	opDel
	opIns
)

// edit is one token of a diff.
type edit struct {
	op   op
	text string
}

// maxEdits bounds the work of one diff; past it the texts count as
// entirely different (a rewrite, not an edit).
const maxEdits = 4000

// diffTokens returns the shortest edit script turning a into b (Myers'
// O(ND) algorithm).
func diffTokens(a, b []string) []edit {
	n, m := len(a), len(b)
	maxD := min(n+m, maxEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := false
	for d := 0; d <= maxD && !found; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	if !found {
		out := make([]edit, 0, n+m)
		for _, t := range a {
			out = append(out, edit{opDel, t})
		}
		for _, t := range b {
			out = append(out, edit{opIns, t})
		}
		return out
	}
	// Walk the trace back from (n, m).
	var rev []edit
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		vd := trace[d]
		k := x - y
		var pk int
		if k == -d || (k != d && vd[off+k-1] < vd[off+k+1]) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := vd[off+pk]
		py := px - pk
		for x > px && y > py {
			x, y = x-1, y-1
			rev = append(rev, edit{opSame, a[x]})
		}
		if x == px {
			y--
			rev = append(rev, edit{opIns, b[y]})
		} else {
			x--
			rev = append(rev, edit{opDel, a[x]})
		}
	}
	for x > 0 && y > 0 {
		x, y = x-1, y-1
		rev = append(rev, edit{opSame, a[x]})
	}
	out := make([]edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}

// diffPart is a run of text that is the same, deleted or inserted.
type diffPart struct {
	Kind string // "same", "del" or "ins"
	Text string
}

// diffLine is one line of a compared text: unchanged, removed, added, or
// changed (with its word-level parts).
type diffLine struct {
	Kind  string // "same", "del", "ins" or "change"
	Parts []diffPart
}

var blockEnd = regexp.MustCompile(`(?i)(</(p|h[1-6]|li|blockquote|figure|figcaption|ul|ol|pre|table|tr)>|<br\s*/?>)`)

// lines splits text (plain or HTML) into lines, one per block of HTML.
func lines(s string) []string {
	s = blockEnd.ReplaceAllString(s, "$1\n")
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

var wordRe = regexp.MustCompile(`<[^>]*>|\s+|[^\s<]+`)

// diffText compares two texts line by line and, inside lines that
// changed, word by word.
func diffText(a, b string) []diffLine {
	es := diffTokens(lines(a), lines(b))
	var out []diffLine
	for i := 0; i < len(es); {
		if es[i].op == opSame {
			out = append(out, diffLine{Kind: "same", Parts: []diffPart{{"same", es[i].text}}})
			i++
			continue
		}
		var dels, ins []string
		for ; i < len(es) && es[i].op != opSame; i++ {
			if es[i].op == opDel {
				dels = append(dels, es[i].text)
			} else {
				ins = append(ins, es[i].text)
			}
		}
		pairs := min(len(dels), len(ins))
		for j := 0; j < pairs; j++ {
			out = append(out, diffLine{Kind: "change", Parts: diffWords(dels[j], ins[j])})
		}
		for _, d := range dels[pairs:] {
			out = append(out, diffLine{Kind: "del", Parts: []diffPart{{"del", d}}})
		}
		for _, s := range ins[pairs:] {
			out = append(out, diffLine{Kind: "ins", Parts: []diffPart{{"ins", s}}})
		}
	}
	return out
}

// diffWords compares two lines word by word, merging runs of one kind.
func diffWords(a, b string) []diffPart {
	var parts []diffPart
	kinds := map[op]string{opSame: "same", opDel: "del", opIns: "ins"}
	for _, e := range diffTokens(wordRe.FindAllString(a, -1), wordRe.FindAllString(b, -1)) {
		k := kinds[e.op]
		if n := len(parts); n > 0 && parts[n-1].Kind == k {
			parts[n-1].Text += e.text
			continue
		}
		parts = append(parts, diffPart{k, e.text})
	}
	return parts
}
