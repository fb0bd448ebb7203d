package main

import (
	"bytes"
	"html"
	"image"
	"image/png"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"warta/internal/storetest"
	"warta/internal/wordpress"
)

// wxrFixtures are the WordPress exports of internal/wordpress's tests.
var wxrFixtures = []string{"wp6-blocks.xml", "wp4-classic.xml", "wp5-plain.xml", "wp3-wxr11.xml"}

func fixturePath(name string) string {
	return filepath.Join("..", "..", "internal", "wordpress", "testdata", name)
}

// testUploads writes the image files the fixtures' attachments name.
func testUploads(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"2024/03/jembatan.png", "2024/03/pasar.png", "2018/07/perahu.png", "2018/07/ombak.png", "2018/07/jaring.png"} {
		var b bytes.Buffer
		if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 8, 6))); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b.Bytes(), 0o640); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var reTags = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>|\[[^\]]*\]`)

// firstWords are the first words of an item's text, as a reader sees it.
func firstWords(content string, n int) string {
	words := strings.Fields(html.UnescapeString(reTags.ReplaceAllString(content, " ")))
	return strings.Join(words[:min(n, len(words))], " ")
}

// TestImportWordPressKeepsOldURLs imports every fixture with the CLI,
// then asks the whole HTTP stack for each published post's and page's
// old permalink: it must lead, through 301s, to a page with the same
// title and text.
func TestImportWordPressKeepsOldURLs(t *testing.T) {
	t.Parallel()
	for _, db := range []string{"sqlite", "postgres"} {
		t.Run(db, func(t *testing.T) {
			t.Parallel()
			dir, dsn := filepath.Join(t.TempDir(), "data"), ""
			if db == "postgres" {
				if dsn = storetest.PostgresDSN(t); dsn == "" {
					t.Skipf("%s not set", storetest.PostgresEnv)
				}
			}
			up := testUploads(t)
			for _, f := range wxrFixtures {
				args := []string{"import", "wordpress", fixturePath(f), "--data", dir, "--uploads", up}
				if dsn != "" {
					args = append(args, "--db", dsn)
				}
				code, out, errOut := cli(t, "", args...)
				if code != 0 || !strings.Contains(out, "Imported from") {
					t.Fatalf("import %s: exit %d\n%s\n%s", f, code, out, errOut)
				}
			}
			_, srv := testApp(t, dir, dsn)
			checked, redirected := 0, 0
			for _, f := range wxrFixtures {
				file, err := os.Open(fixturePath(f))
				if err != nil {
					t.Fatal(err)
				}
				_, err = wordpress.Scan(file, wordpress.Handler{Item: func(it *wordpress.Item) error {
					if (it.Type != "post" && it.Type != "page") || it.Status != "publish" || it.Password != "" {
						return nil
					}
					checked++
					if checkOldURL(t, srv.URL, it) {
						redirected++
					}
					return nil
				}})
				file.Close()
				if err != nil {
					t.Fatal(err)
				}
			}
			if checked != 13 || redirected < 9 {
				t.Errorf("checked %d old URLs (%d redirected), want 13 (most redirected)", checked, redirected)
			}
		})
	}
}

// checkOldURL requests the item's old URL and reports whether it was
// redirected.
func checkOldURL(t *testing.T, base string, it *wordpress.Item) bool {
	t.Helper()
	u, err := url.Parse(it.Link)
	if err != nil {
		t.Fatal(err)
	}
	old := u.RequestURI()
	hops := 0
	client := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if req.Response.StatusCode != http.StatusMovedPermanently {
			t.Errorf("%s: a %d redirect, want 301", old, req.Response.StatusCode)
		}
		hops++
		return nil
	}}
	resp, err := client.Get(base + old)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	body := b.String()
	title := html.EscapeString(strings.TrimSpace(html.UnescapeString(it.Title)))
	text := html.EscapeString(firstWords(it.Content, 4))
	if resp.StatusCode != 200 || !strings.Contains(body, title) || !strings.Contains(body, text) {
		t.Errorf("%s (line %d) → %s: status %d, title %q shown %v, text %q shown %v",
			old, it.Line, resp.Request.URL.Path, resp.StatusCode, title, strings.Contains(body, title), text, strings.Contains(body, text))
	}
	if hops > 2 {
		t.Errorf("%s took %d redirects", old, hops)
	}
	return hops > 0
}

func TestImportCommand(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	bad := filepath.Join(t.TempDir(), "rusak.xml")
	if err := os.WriteFile(bad, []byte("<?xml version=\"1.0\"?>\n<rss>\n<channel><wp:wxr_version xmlns:wp=\"http://wordpress.org/export/1.2/\">1.2</wp:wxr_version>\n<item><title>potong"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		out  []string // in stdout + stderr
	}{
		{[]string{"import"}, 2, []string{"usage: warta import"}},
		{[]string{"import", "joomla", "x.xml"}, 2, []string{"import wordpress FILE"}},
		{[]string{"import", "wordpress", "--data", dir}, 2, []string{"exactly one export file"}},
		{[]string{"import", "wordpress", fixturePath("wp4-classic.xml"), "--data", dir, "--uploads", filepath.Join(dir, "tidak-ada")}, 1, []string{"not a directory"}},
		{[]string{"import", "wordpress", bad, "--data", dir}, 1, []string{"rusak.xml: line 4: the file ends in the middle of the document", "nothing was imported"}},
		{[]string{"import", "wordpress", fixturePath("wp4-classic.xml"), "--data", dir},
			0, []string{"Imported from http://pesisir.example (WXR 1.2", "posts             3 created", "Unknown shortcodes kept as text (posts): contact-form-7 ×1", "3 attachments keep their original URLs"}},
		{[]string{"import", "wordpress", "--data", dir, fixturePath("wp4-classic.xml")}, 0, []string{"posts             0 created,      0 updated,      3 unchanged"}},
	}
	for _, c := range cases {
		code, out, errOut := cli(t, "", c.args...)
		all := out + errOut
		if code != c.code {
			t.Errorf("%v: exit %d, want %d\n%s", c.args, code, c.code, all)
		}
		for _, w := range c.out {
			if !strings.Contains(all, w) {
				t.Errorf("%v: output lacks %q:\n%s", c.args, w, all)
			}
		}
	}
}

func TestFlagsFirst(t *testing.T) {
	t.Parallel()
	got := strings.Join(flagsFirst([]string{"ekspor.xml", "--uploads", "up", "--data=d", "-h", "--", "-aneh.xml"}), " ")
	if want := "--uploads up --data=d -h ekspor.xml -aneh.xml"; got != want {
		t.Errorf("flagsFirst = %q, want %q", got, want)
	}
}
