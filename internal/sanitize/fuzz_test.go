package sanitize

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// checkSafe parses out the way a browser would and reports anything that
// must never reach a page: a tag outside the allow-list, an event handler
// or presentation attribute, or a URL attribute whose scheme can run code.
// Text may mention "javascript:" or "onload=" (an article about XSS may);
// the raw "<script" can only appear in markup, since text escapes "<".
func checkSafe(out string) error {
	if !utf8.ValidString(out) {
		return errors.New("invalid UTF-8")
	}
	lower := strings.ToLower(out)
	for _, bad := range []string{"<script", "<style", "<iframe", "<svg", "<math", "<object", "<embed", "<!--"} {
		if strings.Contains(lower, bad) {
			return fmt.Errorf("contains %q", bad)
		}
	}
	z := html.NewTokenizer(strings.NewReader(out))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return nil
			}
			return z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			if err := checkTag(z.Token()); err != nil {
				return err
			}
		case html.CommentToken, html.DoctypeToken:
			return errors.New("comment or doctype in output")
		}
	}
}

func checkTag(tok html.Token) error {
	if tag, act := classify(tok.Data); act != keep || tag != tok.Data {
		return fmt.Errorf("tag <%s> not allowed", tok.Data)
	}
	for _, a := range tok.Attr {
		key := strings.ToLower(a.Key)
		if strings.HasPrefix(key, "on") || key == "style" || key == "class" || key == "id" || key == "hidden" {
			return fmt.Errorf("attribute %s on <%s>", key, tok.Data)
		}
		if key != "href" && key != "src" && key != "srcset" && key != "cite" {
			continue
		}
		urls := []string{a.Val}
		if key == "srcset" {
			urls = urls[:0]
			for _, cand := range strings.Split(a.Val, ",") {
				if f := strings.Fields(cand); len(f) > 0 {
					urls = append(urls, f[0])
				}
			}
		}
		for _, u := range urls {
			if !safeURL(u, key == "href") {
				return fmt.Errorf("%s=%q on <%s>", key, a.Val, tok.Data)
			}
		}
	}
	return nil
}

// safeURL is checkSafe's own, deliberately cruder reading of a URL: with
// every space and control character removed and lower-cased, anything with
// a colon before the first "/", "?" or "#" must start with an allowed
// scheme. Whatever a browser takes for the scheme ends at that colon.
func safeURL(raw string, link bool) bool {
	v := strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, raw))
	head := v
	if i := strings.IndexAny(head, "/?#"); i >= 0 {
		head = head[:i]
	}
	if !strings.Contains(head, ":") {
		return true
	}
	return strings.HasPrefix(v, "http:") || strings.HasPrefix(v, "https:") ||
		link && strings.HasPrefix(v, "mailto:")
}

func FuzzHTML(f *testing.F) {
	for _, seed := range []string{
		`<p>Halo <a href="/x" title="t">dunia</a></p>`,
		`<script>alert(1)</script>`,
		`<img src=x onerror=alert(1)>`,
		`<svg onload=alert(1)>`,
		`<a href="jav&#x09;ascript:alert(1)">x</a>`,
		`<a href="JAVASCRIPT:alert(1)">x</a>`,
		`<p style="display:none">x</p>`,
		`<iframe src=//x></iframe>`,
		`<a href="data:text/html,x">x</a>`,
		`<math><mi xlink:href="javascript:1">x</mi></math>`,
		`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
		`<<script>script>alert(1)<</script>/script>`,
		`<table><tr><td>a<form><input></form></td></tr></table>`,
		`<figure><img src="/a.jpg" srcset="/a.jpg 1x, javascript:x 2x"><figcaption>k</figcaption></figure>`,
		`<ul><li><strong>a:</strong> b<li>c</ul><h1>d</h1>`,
		"<p>\x00\x01\xff</p>",
		`<li><section><li>x</li></section></li>`,
		`<a href="/a">a<table><a href="/b">b</a></table></a>`,
		`<dl><dt>a<dd>b<menu><dd>c</menu></dl>`,
		`<table><tr><td><p>a<table>b<tr><td>c</table></td></tr></table>`,
		`<p>a<pre>\nb</pre><h2><h3>c</h3></h2>`,
		"Judul\r\n\t berita\u00a0\u202e terbaru\x00 \ufeff",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := string(HTML(in))
		if err := checkSafe(out); err != nil {
			t.Fatalf("HTML(%q) = %q: %v", in, out, err)
		}
		if again := string(HTML(out)); again != out {
			t.Fatalf("not idempotent: HTML(%q) = %q, again %q", in, out, again)
		}
		// HTML skips its confirming second pass when stable vouches for
		// the first: the vouch must hold.
		if once, fixed, ok := sanitizeOnce(in); ok && fixed {
			if again, _, _ := sanitizeOnce(once); again != once {
				t.Fatalf("stable vouched for %q from %q, but a second pass gives %q", once, in, again)
			}
		}
		// Excerpt and Line read stored (sanitised) bodies token by
		// token: they must find the words Text finds.
		for _, n := range []int{1, 7, 40} {
			if got, want := Excerpt(out, n), textExcerpt(out, n); got != want {
				t.Fatalf("Excerpt(%q, %d) = %q, but from Text %q", out, n, got, want)
			}
		}
		if got, want := Line(out), strings.Join(strings.Fields(Text(out)), " "); got != want {
			t.Fatalf("Line(%q) = %q, but from Text %q", out, got, want)
		}
		if p := Plain(in); p != plainParsed(in) {
			t.Fatalf("Plain(%q) = %q, but through the parser %q", in, p, plainParsed(in))
		}
		for name, s := range map[string]string{"Text": Text(in), "Plain": Plain(in), "Excerpt": Excerpt(in, 5)} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s(%q) = %q, not valid UTF-8", name, in, s)
			}
		}
	})
}
