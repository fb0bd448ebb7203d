package wordpress

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// scanFixture reads a testdata export into memory.
func scanFixture(t *testing.T, name string) (*Site, []*Author, []*Term, []*Item) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var as []*Author
	var ts []*Term
	var its []*Item
	site, err := Scan(f, Handler{
		Author: func(a *Author) error { as = append(as, a); return nil },
		Term:   func(tm *Term) error { ts = append(ts, tm); return nil },
		Item:   func(it *Item) error { its = append(its, it); return nil },
	})
	if err != nil {
		t.Fatalf("scan %s: %v", name, err)
	}
	return site, as, ts, its
}

func TestScanFixtures(t *testing.T) {
	t.Parallel()
	cases := []struct {
		file                  string
		version, link         string
		authors, terms, items int
		comments              int // in all items
		firstItemLine         int
	}{
		{"wp6-blocks.xml", "1.2", "https://kabarlembah.example", 3, 7, 17, 7, 71},
		{"wp4-classic.xml", "1.2", "http://pesisir.example", 2, 4, 6, 2, 33},
		{"wp5-plain.xml", "1.2", "https://suara.example/berita", 1, 2, 4, 4, 26},
		{"wp3-wxr11.xml", "1.1", "http://kebun.example", 1, 1, 1, 0, 22},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			site, as, ts, its := scanFixture(t, c.file)
			if site.Version != c.version || site.Link != c.link {
				t.Errorf("site = %q %q, want %q %q", site.Version, site.Link, c.version, c.link)
			}
			if len(as) != c.authors || len(ts) != c.terms || len(its) != c.items {
				t.Errorf("authors %d terms %d items %d, want %d %d %d", len(as), len(ts), len(its), c.authors, c.terms, c.items)
			}
			n := 0
			for _, it := range its {
				n += len(it.Comments)
			}
			if n != c.comments {
				t.Errorf("comments = %d, want %d", n, c.comments)
			}
			if len(its) > 0 && its[0].Line != c.firstItemLine {
				t.Errorf("first item at line %d, want %d", its[0].Line, c.firstItemLine)
			}
		})
	}
}

func TestScanItemFields(t *testing.T) {
	t.Parallel()
	_, as, ts, its := scanFixture(t, "wp6-blocks.xml")
	if as[1].Login != "sari.w" || as[1].Email != "sari@kabarlembah.example" || as[1].DisplayName != "Sari Wulandari" || as[1].ID != 2 {
		t.Errorf("author = %+v", *as[1])
	}
	if ts[2].Slug != "hilir-cikaret" || ts[2].Parent != "daerah" || ts[2].Taxonomy != TaxCategory {
		t.Errorf("category = %+v", *ts[2])
	}
	if ts[6].Taxonomy != "nav_menu" {
		t.Errorf("wp:term taxonomy = %q", ts[6].Taxonomy)
	}
	var post *Item
	for _, it := range its {
		if it.ID == 10 {
			post = it
		}
	}
	if post == nil {
		t.Fatal("post 10 missing")
	}
	checks := []struct {
		name, got, want string
	}{
		{"title", post.Title, "Banjir rendam tiga desa di hilir Cikaret"},
		{"creator", post.Creator, "sari.w"},
		{"date", post.Date, "2024-03-18 10:00:00"},
		{"date gmt", post.DateGMT, "2024-03-18 03:00:00"},
		{"status", post.Status, "publish"},
		{"type", post.Type, "post"},
		{"thumbnail", post.Meta["_thumbnail_id"], "20"},
		{"yoast", post.Meta["_yoast_wpseo_metadesc"], "Sungai Cikaret meluap, 120 keluarga di Sukamaju mengungsi ke balai desa."},
		{"old slug", post.Meta["_wp_old_slug"], "banjir-cikaret"},
		{"other meta dropped", post.Meta["_edit_last"], ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !post.Sticky || len(post.Terms) != 3 || post.Terms[1].Domain != TaxTag || post.Terms[1].Slug != "banjir" {
		t.Errorf("sticky %v terms %+v", post.Sticky, post.Terms)
	}
	if len(post.Comments) != 7 || post.Comments[2].Parent != 101 || post.Comments[4].Approved != "spam" || post.Comments[6].Type != "pingback" {
		t.Errorf("comments = %+v", post.Comments)
	}
	if !strings.Contains(post.Comments[0].Content, "Posko di balai desa") || post.Comments[0].Line <= post.Line {
		t.Errorf("comment content %q line %d", post.Comments[0].Content, post.Comments[0].Line)
	}
}

// TestScanHalvesMatchesScan splits every fixture and checks that the
// halves hold exactly the items one scan finds, with the same lines.
func TestScanHalvesMatchesScan(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"wp6-blocks.xml", "wp4-classic.xml", "wp5-plain.xml"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, _, _, whole := scanFixture(t, name)
			f, err := os.Open(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			st, _ := f.Stat()
			var halves []*Item
			add := func(it *Item) error { halves = append(halves, it); return nil }
			var second []*Item
			_, _, err = scanHalves(f, st.Size(), Handler{Item: add}, Handler{Item: func(it *Item) error { second = append(second, it); return nil }}, func(int64) {})
			if errors.Is(err, errBadSplit) {
				t.Skip("no <item> after the middle")
			}
			if err != nil {
				t.Fatal(err)
			}
			halves = append(halves, second...)
			if len(halves) != len(whole) || len(second) == 0 {
				t.Fatalf("halves found %d items (%d in the second), one scan %d", len(halves), len(second), len(whole))
			}
			for i := range whole {
				if halves[i].ID != whole[i].ID || halves[i].Line != whole[i].Line || halves[i].Content != whole[i].Content {
					t.Errorf("item %d: halves %d@%d, whole %d@%d", i, halves[i].ID, halves[i].Line, whole[i].ID, whole[i].Line)
				}
			}
		})
	}
}

// TestScanHalvesBadSplit puts the middle <item> inside a CDATA section:
// the halves must notice and ask for one scan.
func TestScanHalvesBadSplit(t *testing.T) {
	t.Parallel()
	pad := strings.Repeat("x", 400)
	doc := wxrHead("1.2") + `<item><title>a</title><content:encoded><![CDATA[` + pad + `<item> ` + pad + `]]></content:encoded><wp:post_id>1</wp:post_id></item>` + "\n</channel></rss>\n"
	path := filepath.Join(t.TempDir(), "x.xml")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	defer f.Close()
	_, _, err := scanHalves(f, int64(len(doc)), Handler{}, Handler{}, func(int64) {})
	if !errors.Is(err, errBadSplit) {
		t.Fatalf("err = %v, want errBadSplit", err)
	}
}

func wxrHead(version string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/` + version + `/">
<channel>
<title>Uji</title><link>https://uji.example</link>
<wp:wxr_version>` + version + `</wp:wxr_version>
`
}

// badInputs are exports every import must refuse, naming the line.
func badInputs(t *testing.T, port int) []struct {
	name, doc string
	line      int
	msg       string
} {
	good, err := os.ReadFile(filepath.Join("testdata", "wp4-classic.xml"))
	if err != nil {
		t.Fatal(err)
	}
	cut := strings.Index(string(good), "[gallery columns")
	lineOf := func(s string, i int) int { return strings.Count(s[:i], "\n") + 1 }
	invalid := strings.Replace(string(good), "Pasar ikan baru dibuka", "Pasar ikan \xff baru", 1)
	return []struct {
		name, doc string
		line      int
		msg       string
	}{
		{"empty", "", 1, "empty"},
		{"not XML", "Ini bukan berkas XML.\nHanya teks biasa.\n", 1, "not an XML file"},
		{"JSON", "\n\n{\"posts\": []}", 3, "not an XML file"},
		{"HTML page", "<!DOCTYPE html>\n<html><body>x</body></html>", 1, "document type declaration"},
		{"other root", "<?xml version=\"1.0\"?>\n<feed><entry/></feed>", 2, "root element is <feed>"},
		{"truncated", string(good[:cut]), lineOf(string(good), cut), "truncated"},
		{"truncated after an item", string(good[:strings.LastIndex(string(good), "</item>")+7]), strings.Count(string(good[:strings.LastIndex(string(good), "</item>")+7]), "\n") + 1, "truncated"},
		{"RSS feed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title>\n<item><title>y</title></item></channel></rss>", 3, "content before any <wp:wxr_version>"},
		{"RSS feed without items", "<rss version=\"2.0\"><channel><title>x</title>\n</channel></rss>\n", 3, "no <wp:wxr_version>"},
		{"version 0.9", wxrHead("0.9") + "</channel></rss>", 5, `WXR version "0.9" is not supported`},
		{"version 2.0", wxrHead("2.0") + "</channel></rss>", 5, `WXR version "2.0" is not supported`},
		{"invalid UTF-8", invalid, lineOf(invalid, strings.Index(invalid, "\xff")), "invalid UTF-8"},
		{"invalid UTF-8 in a comment", wxrHead("1.2") + "<!-- \xfe -->\n</channel></rss>", 6, "invalid UTF-8"},
		{"Latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss/>", 1, "only UTF-8"},
		{"billion laughs", `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss><channel><title>&lol3;</title></channel></rss>`, 6, "document type declaration"},
		{"entity without a DTD", wxrHead("1.2") + "<item><title>&lol9;</title></item></channel></rss>", 6, "undefined entity &lol9;"},
		{"external file entity", "<?xml version=\"1.0\"?>\n\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<rss><channel><title>&xxe;</title></channel></rss>", 3, "document type declaration"},
		{"external URL entity", fmt.Sprintf("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:%d/x\">]>\n<rss><channel><title>&xxe;</title></channel></rss>", port), 2, "document type declaration"},
		{"external DTD", fmt.Sprintf("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:%d/wxr.dtd\">\n<rss/>", port), 2, "document type declaration"},
		{"mismatched tags", wxrHead("1.2") + "<item><title>x</item>\n</channel></rss>", 6, "not well-formed XML"},
		{"second root", wxrHead("1.2") + "</channel></rss>\n<rss/>", 7, "second root element"},
		{"text after root", wxrHead("1.2") + "</channel></rss>\nsisa", 7, "text after the end"},
	}
}

// noNetwork listens on loopback and counts every connection: no bad
// input may make the parser fetch anything.
func noNetwork(t *testing.T) (int, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			hits.Add(1)
			c.Close()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		time.Sleep(10 * time.Millisecond) // let a late connection be counted
		if n := hits.Load(); n > 0 {
			t.Errorf("the parser made %d network connections", n)
		}
	})
	return ln.Addr().(*net.TCPAddr).Port, &hits
}

func TestScanBadInput(t *testing.T) {
	t.Parallel()
	port, _ := noNetwork(t)
	for _, c := range badInputs(t, port) {
		t.Run(c.name, func(t *testing.T) {
			_, err := Scan(strings.NewReader(c.doc), Handler{})
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.Line != c.line || !strings.Contains(pe.Msg, c.msg) {
				t.Errorf("got line %d %q, want line %d containing %q", pe.Line, pe.Msg, c.line, c.msg)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("wordpress: line %d: ", c.line)) {
				t.Errorf("message %q does not start with the line", err.Error())
			}
		})
	}
}

func TestScanAcceptsOddButValidFiles(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, doc string }{
		{"byte order mark", "\xEF\xBB\xBF" + wxrHead("1.2") + "</channel></rss>"},
		{"undeclared wp prefix", "<rss><channel><wp:wxr_version>1.0</wp:wxr_version><item><wp:post_id>3</wp:post_id></item></channel></rss>"},
		{"comments and instructions", "<?xml version=\"1.0\"?><!-- a --><?pi x?>" + wxrHead("1.2") + "<!-- b --></channel></rss><!-- c -->\n"},
		{"numeric references", wxrHead("1.2") + "<item><title>&#8220;Kutipan&#8221; &amp; &#x41;</title></item></channel></rss>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var items []*Item
			site, err := Scan(strings.NewReader(c.doc), Handler{Item: func(it *Item) error { items = append(items, it); return nil }})
			if err != nil || site.Version == "" {
				t.Fatalf("err = %v, site %+v", err, site)
			}
			if c.name == "numeric references" && items[0].Title != "“Kutipan” & A" {
				t.Errorf("title = %q", items[0].Title)
			}
			if c.name == "undeclared wp prefix" && (len(items) != 1 || items[0].ID != 3) {
				t.Errorf("items = %+v", items)
			}
		})
	}
}
