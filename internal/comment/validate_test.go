package comment

import (
	"strings"
	"testing"
)

func TestFieldsClean(t *testing.T) {
	t.Parallel()
	ok := Fields{Author: "Budi", Email: "budi@example.org", Content: "Setuju."}
	with := func(change func(*Fields)) Fields { f := ok; change(&f); return f }
	tests := []struct {
		name        string
		in          Fields
		field, code string
		want        Fields // checked when code is ""
	}{
		{"valid", ok, "", "", Fields{Author: "Budi", Email: "budi@example.org", Content: "Setuju."}},
		{"email lower-cased, url gets https", with(func(f *Fields) { f.Email = " Budi@Example.ORG "; f.URL = "budi.example.org/blog" }),
			"", "", Fields{Author: "Budi", Email: "budi@example.org", URL: "https://budi.example.org/blog", Content: "Setuju."}},
		{"markup leaves the name", with(func(f *Fields) { f.Author = `<b>Budi</b> <script>alert(1)</script>S.` }),
			"", "", Fields{Author: "Budi S.", Email: "budi@example.org", Content: "Setuju."}},
		{"text keeps its characters", with(func(f *Fields) { f.Content = "  <script>alert(1)</script>\r\n\r\n\r\n\r\nDua\u202e " }),
			"", "", Fields{Author: "Budi", Email: "budi@example.org", Content: "<script>alert(1)</script>\n\nDua"}},
		{"empty comment", with(func(f *Fields) { f.Content = " \n\t " }), "comment", CodeRequired, Fields{}},
		{"long comment", with(func(f *Fields) { f.Content = strings.Repeat("a", MaxContent+1) }), "comment", CodeTooLong, Fields{}},
		{"comment at the limit", with(func(f *Fields) { f.Content = strings.Repeat("é", MaxContent) }), "", "",
			Fields{Author: "Budi", Email: "budi@example.org", Content: strings.Repeat("é", MaxContent)}},
		{"empty name", with(func(f *Fields) { f.Author = "  " }), "author", CodeRequired, Fields{}},
		{"only a script as name", with(func(f *Fields) { f.Author = "<script>x</script>" }), "author", CodeRequired, Fields{}},
		{"long name", with(func(f *Fields) { f.Author = strings.Repeat("n", MaxAuthor+1) }), "author", CodeTooLong, Fields{}},
		{"empty email", with(func(f *Fields) { f.Email = "" }), "email", CodeRequired, Fields{}},
		{"long email", with(func(f *Fields) { f.Email = strings.Repeat("e", MaxEmail) + "@x.org" }), "email", CodeTooLong, Fields{}},
		{"email without at", with(func(f *Fields) { f.Email = "budi.example.org" }), "email", CodeInvalid, Fields{}},
		{"email without dot", with(func(f *Fields) { f.Email = "budi@localhost" }), "email", CodeInvalid, Fields{}},
		{"email with name", with(func(f *Fields) { f.Email = "Budi <budi@example.org>" }), "email", CodeInvalid, Fields{}},
		{"email with script", with(func(f *Fields) { f.Email = "<script>@example.org" }), "email", CodeInvalid, Fields{}},
		{"javascript url", with(func(f *Fields) { f.URL = "javascript:alert(1)" }), "url", CodeInvalid, Fields{}},
		{"data url", with(func(f *Fields) { f.URL = "data:text/html,<b>x</b>" }), "url", CodeInvalid, Fields{}},
		{"url with quote", with(func(f *Fields) { f.URL = `https://example.org/"onmouseover=x` }), "url", CodeInvalid, Fields{}},
		{"ftp url", with(func(f *Fields) { f.URL = "ftp://example.org/" }), "url", CodeInvalid, Fields{}},
		{"long url", with(func(f *Fields) { f.URL = "https://example.org/" + strings.Repeat("a", MaxURL) }), "url", CodeTooLong, Fields{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := tc.in
			err := got.clean()
			if tc.code != "" {
				e, ok := AsError(err)
				if !ok || e.Code != tc.code || e.Field != tc.field {
					t.Fatalf("error %v, want %s on %s", err, tc.code, tc.field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestCleanLine(t *testing.T) {
	t.Parallel()
	if got := cleanLine(" satu\n\n dua\x00 tiga "); got != "satu dua tiga" {
		t.Errorf("cleanLine = %q", got)
	}
}
