package media_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"warta/internal/media"
	"warta/internal/sanitize"
	"warta/internal/storetest"
)

func TestResponsive(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	lib := media.New(storetest.SQLite(t), t.TempDir())
	it, err := lib.Upload(ctx, "pantai.png", bytes.NewReader(pngBytes(t, 1000, 500)), "Pantai", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := lib.Save(ctx, "logo.png", pngBytes(t, 900, 300), "Logo", "", 0) // no copies
	if err != nil {
		t.Fatal(err)
	}
	dir := strings.TrimSuffix(it.URL, ".png")
	full := dir + "-480.png 480w, " + dir + "-800.png 800w, " + it.URL + " 1000w"
	tests := []struct {
		name, in string
		want     []string // substrings of the result; none means unchanged
	}{
		{"library image", `<figure><img src="` + it.URL + `" alt="Pantai"><figcaption>Sore</figcaption></figure>`,
			[]string{`srcset="` + full + `"`, `sizes="(max-width: 736px) 100vw, 736px"`, `width="1000"`, `height="500"`, `alt="Pantai"`, `<figcaption>Sore</figcaption>`}},
		{"stale attributes", `<p><img src="` + it.URL + `" srcset="/x.png 10w" sizes="1px" alt=""></p>`,
			[]string{`srcset="` + full + `"`, `sizes="(max-width: 736px) 100vw, 736px"`}},
		{"author's size kept", `<p><img src="` + it.URL + `" width="400" height="200" alt=""></p>`,
			[]string{`width="400"`, `height="200"`, `sizes="(max-width: 400px) 100vw, 400px"`, `srcset="` + full + `"`}},
		{"a copy", `<p><img src="` + dir + `-480.png" alt=""></p>`,
			[]string{`src="` + dir + `-480.png"`, `srcset="` + full + `"`, `width="480"`, `height="240"`}},
		{"external", `<p><img src="https://example.org/media/2026/11/pantai/pantai.png" alt="x"></p>`, nil},
		{"unknown file", `<p><img src="/media/2026/11/hilang/hilang.png" alt="x"></p>`, nil},
		{"stored without copies", `<p><img src="` + plain.URL + `" alt="x"></p>`, nil},
		{"outside the library", `<p><img src="/media/../warta.db" alt="x"></p>`, nil},
		{"no image", `<p>Lihat <a href="/media/2026/11/pantai/pantai.png">foto</a>.</p>`, nil},
	}
	save := func(body string) string { return lib.Responsive(string(sanitize.HTML(body))) } // as content does
	for _, tt := range tests {
		got := save(tt.in)
		if want := string(sanitize.HTML(tt.in)); tt.want == nil && got != want {
			t.Errorf("%s: changed\n got %s\nwant %s", tt.name, got, want)
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tt.name, w, got)
			}
		}
		for _, attr := range []string{"srcset=", "sizes=", "width=", "height="} {
			if strings.Count(got, attr) > 1 {
				t.Errorf("%s: %s twice in %s", tt.name, attr, got)
			}
		}
		if again := save(got); again != got { // every edit saves the body again
			t.Errorf("%s: saving again changed it:\n%s\n%s", tt.name, got, again)
		}
	}
}
