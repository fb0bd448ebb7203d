package comment

import (
	"slices"
	"testing"

	"warta/internal/spam"
)

func TestDecide(t *testing.T) {
	t.Parallel()
	ham := spam.Verdict{Decision: spam.Ham, Score: 0.1, Reasons: []string{"informational"}}
	hold := spam.Verdict{Decision: spam.Hold, Score: 0.6, Reasons: []string{"links"}}
	junk := spam.Verdict{Decision: spam.Spam, Score: 0.99}
	def := DefaultSettings()
	all := def
	all.ModerateAll = true
	open := def
	open.ModerateFirst = false
	confirm := def
	confirm.RequireConfirm = true
	tests := []struct {
		name    string
		f       facts
		status  Status
		reasons []string
	}{
		{"first comment waits", facts{settings: def, verdict: ham, script: true}, Pending, []string{ReasonFirst}},
		{"known address appears", facts{settings: def, verdict: ham, known: true, script: true}, Approved, nil},
		{"known but flagged", facts{settings: def, verdict: hold, known: true, script: true}, Pending, []string{"links"}},
		{"known but spam", facts{settings: def, verdict: junk, known: true, script: true}, Spam, []string{"classifier"}},
		{"spam stays spam when also new", facts{settings: def, verdict: junk, script: true}, Spam, []string{"classifier", ReasonFirst}},
		{"no script token", facts{settings: def, verdict: ham, known: true}, Pending, []string{ReasonNoScript}},
		{"repeated on other posts", facts{settings: def, verdict: ham, known: true, script: true, repeated: true}, Pending, []string{ReasonRepeated}},
		{"moderate all", facts{settings: all, verdict: ham, known: true, script: true}, Pending, []string{ReasonModerateAll}},
		{"no first-comment rule", facts{settings: open, verdict: ham, script: true}, Approved, nil},
		{"unconfirmed", facts{settings: confirm, verdict: ham, script: true}, Pending, []string{ReasonFirst, ReasonUnconfirmed}},
		{"confirmed", facts{settings: confirm, verdict: ham, script: true, confirmed: true}, Pending, []string{ReasonFirst}},
		{"known needs no confirmation", facts{settings: confirm, verdict: ham, script: true, known: true}, Approved, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			status, reasons := decide(tc.f)
			if status != tc.status || !slices.Equal(reasons, tc.reasons) {
				t.Errorf("decide = %s %q, want %s %q", status, reasons, tc.status, tc.reasons)
			}
		})
	}
}

func TestTree(t *testing.T) {
	t.Parallel()
	cs := []*Comment{{ID: 1}, {ID: 2, ParentID: 1}, {ID: 3}, {ID: 4, ParentID: 2}, {ID: 5, ParentID: 99}, {ID: 6, ParentID: 1}}
	top := Tree(cs)
	var shape func(ns []*Node) []any
	shape = func(ns []*Node) []any {
		var out []any
		for _, n := range ns {
			out = append(out, n.ID)
			if len(n.Replies) > 0 {
				out = append(out, shape(n.Replies))
			}
		}
		return out
	}
	got := shape(top)
	want := []any{int64(1), []any{int64(2), []any{int64(4)}, int64(6)}, int64(3), int64(5)}
	if !equalShape(got, want) {
		t.Errorf("tree %v, want %v", got, want)
	}
}

func equalShape(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		as, aok := a[i].([]any)
		bs, bok := b[i].([]any)
		if aok != bok || (aok && !equalShape(as, bs)) || (!aok && a[i] != b[i]) {
			return false
		}
	}
	return true
}

func TestIPKey(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"203.0.113.7:5555":           "203.0.113.7",
		"203.0.113.7":                "203.0.113.7",
		"[2001:db8:1:2:3:4:5:6]:443": "2001:db8:1:2::/64",
		"2001:db8:1:2:ffff::1":       "2001:db8:1:2::/64",
		"::ffff:198.51.100.1":        "198.51.100.1",
		"not an address":             "not an address",
	} {
		if got := ipKey(in); got != want {
			t.Errorf("ipKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRedact(t *testing.T) {
	t.Parallel()
	got := redact("550 5.1.1 <budi@example.org>: mailbox unavailable; cc ani.s+x@mail.example.id")
	if want := "550 5.1.1 <[address]>: mailbox unavailable; cc [address]"; got != want {
		t.Errorf("redact = %q, want %q", got, want)
	}
}
