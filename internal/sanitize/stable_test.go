package sanitize

import (
	"strings"
	"testing"
)

// nestingTags are the elements whose nesting the parser repairs, those the
// sanitiser renames or unwraps, and the ones it keeps as they are.
var nestingTags = []string{
	"p", "div", "section", "article", "details", "summary", "address", "center", "span", "font", "menu", "dir",
	"li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h5", "a", "b", "strong", "em", "i", "code", "tt", "strike",
	"blockquote", "figure", "figcaption", "pre", "table", "caption", "tbody", "tr", "td", "th", "button", "form", "hr", "br", "img", "q",
}

// TestStableIsFixedPoint nests every pair and chain of three of
// nestingTags, written well-formed and with end tags left out, and checks
// that whenever stable vouches for a first pass, a second pass changes
// nothing, and that HTML is idempotent.
func TestStableIsFixedPoint(t *testing.T) {
	t.Parallel()
	attrs := map[string]string{"a": ` href="/x"`, "img": ` src="/i.jpg"`}
	open := func(tag string) string { return "<" + tag + attrs[tag] + ">" }
	var inputs []string
	for _, x := range nestingTags {
		for _, y := range nestingTags {
			inputs = append(inputs,
				open(x)+"a"+open(y)+"b</"+y+">c</"+x+">",
				open(x)+"a"+open(y)+"b"+open(y)+"c",
				open(x)+open(y)+"b</"+x+">c</"+y+">")
			for _, z := range nestingTags {
				inputs = append(inputs, open(x)+open(y)+open(z)+"c"+open(y)+"d"+open(x)+"e</"+z+">")
			}
		}
	}
	vouched := 0
	for _, in := range inputs {
		out, fixed, ok := sanitizeOnce(in)
		if !ok {
			t.Fatalf("sanitizeOnce(%q) failed", in)
		}
		if fixed {
			vouched++
			if again, _, _ := sanitizeOnce(out); again != out {
				t.Fatalf("stable vouched for %q from %q, but a second pass gives %q", out, in, again)
			}
		}
		h := string(HTML(in))
		if again := string(HTML(h)); again != h {
			t.Fatalf("HTML(%q) = %q, not a fixed point: %q", in, h, again)
		}
	}
	// The check must also spare the second pass often, or it is useless.
	if vouched < len(inputs)/3 {
		t.Errorf("stable vouched for only %d of %d inputs", vouched, len(inputs))
	}
}

// TestStableRefuses checks nestings that a second pass changes: stable
// must not vouch for them.
func TestStableRefuses(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		`<li><section><li>x</li></section></li>`, // becomes a <div> between two items
		`<dt><menu><dd>x</dd></menu></dt>`,
		`<a href="/a">a<table><a href="/b">b</a></table></a>`,
		`<p>a<span><div>b</div></span></p>`,
		`<h2><section><h3>x</h3></section></h2>`,
	} {
		out, fixed, _ := sanitizeOnce(in)
		again, _, _ := sanitizeOnce(out)
		if again == out {
			continue // the parser happened to agree; nothing to refuse
		}
		if fixed {
			t.Errorf("stable vouched for %q (from %q), but a second pass gives %q", out, in, again)
		}
	}
}

func TestStableArticle(t *testing.T) {
	t.Parallel()
	// An ordinary article body is what the check exists for.
	_, fixed, _ := sanitizeOnce(benchBody)
	if !fixed {
		t.Error("stable does not vouch for an ordinary article body")
	}
	if !strings.Contains(benchBody, "<li>") {
		t.Fatal("benchBody has no list")
	}
}
