package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// progress draws a bar on a terminal and stays quiet elsewhere, where
// only the summary line is printed.
type progress struct {
	w     io.Writer
	label string
	total int
	tty   bool
	last  int
}

func newProgress(w io.Writer, label string, total int) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, label: label, total: total, tty: ok && term.IsTerminal(int(f.Fd())), last: -1}
}

func (p *progress) set(n int) {
	if !p.tty || p.total == 0 {
		return
	}
	pct := n * 100 / p.total
	if pct == p.last {
		return
	}
	p.last = pct
	filled := pct * 30 / 100
	fmt.Fprintf(p.w, "\r%s [%s%s] %3d%% %d/%d", p.label, strings.Repeat("#", filled), strings.Repeat(".", 30-filled), pct, n, p.total)
}

func (p *progress) done(summary string) {
	if p.tty {
		fmt.Fprintln(p.w)
	}
	fmt.Fprintf(p.w, "%s: %s\n", p.label, summary)
}
