package feed

import (
	"bytes"
	"testing"
)

func TestClean(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Banjir surut", "Banjir surut"},
		{"tab\tbaris\nCR\r", "tab\tbaris\nCR\r"},
		{"a\x00b\x01c\x1fd\x7fe", "abcde"},
		{"C1\u0080\u0085\u009f.", "C1."},
		{"tak\ufffe\uffffsah", "taksah"},
		{"rusak\xff\xfe", "rusak"},
		{"potong\xe2\x80", "potong"},
		{"surrogat\xed\xa0\x80", "surrogat"},
		{"emoji 🌧️ dan “kutip”", "emoji 🌧️ dan “kutip”"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			t.Parallel()
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			var b bytes.Buffer
			xmlText(&b, tt.in)
			var want bytes.Buffer
			xmlText(&want, tt.want)
			if b.String() != want.String() {
				t.Errorf("xmlText(%q) = %q, want %q", tt.in, b.String(), want.String())
			}
		})
	}
}

func TestXMLTextEscapes(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	xmlText(&b, `<a href="x">&amp;</a>`+"\r")
	if got, want := b.String(), `&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;&#13;`; got != want {
		t.Errorf("xmlText = %q, want %q", got, want)
	}
}

func TestAbsolutize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{`<a href="/tag/x/">x</a>`, `<a href="https://w.id/tag/x/">x</a>`},
		{`<img src="/media/a.png" alt=""><a href="/b/">b</a>`, `<img src="https://w.id/media/a.png" alt=""><a href="https://w.id/b/">b</a>`},
		{`<a href="//cdn.example/x">x</a>`, `<a href="//cdn.example/x">x</a>`},
		{`<a href="https://example.org/">x</a>`, `<a href="https://example.org/">x</a>`},
		{`<p>href="/not-an-attribute"</p>`, `<p>href="/not-an-attribute"</p>`},
	}
	for _, tt := range tests {
		if got := absolutize(tt.in, "https://w.id"); got != tt.want {
			t.Errorf("absolutize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestImageType(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"/media/a.PNG": "image/png", "https://x.id/b.jpg?w=2": "image/jpeg", "/c.webp#f": "image/webp",
		"/d": "application/octet-stream", "/e.html": "application/octet-stream",
	} {
		if got := imageType(in); got != want {
			t.Errorf("imageType(%q) = %q, want %q", in, got, want)
		}
	}
}
