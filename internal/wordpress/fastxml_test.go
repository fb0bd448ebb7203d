package wordpress

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// scanned is everything a scan hands its handler.
type scanned struct {
	Site    *Site
	Authors []*Author
	Terms   []*Term
	Items   []*Item
}

func scanBoth(doc string) (slow, fast scanned, slowErr, fastErr error) {
	collect := func(s *scanned) Handler {
		return Handler{
			Author: func(a *Author) error { s.Authors = append(s.Authors, a); return nil },
			Term:   func(t *Term) error { s.Terms = append(s.Terms, t); return nil },
			Item:   func(it *Item) error { s.Items = append(s.Items, it); return nil },
		}
	}
	slow.Site, slowErr = Scan(strings.NewReader(doc), collect(&slow))
	fast.Site, fastErr = scanFast(strings.NewReader(doc), collect(&fast))
	return slow, fast, slowErr, fastErr
}

// checkFast holds fastXML to its promise on doc: the same result as
// encoding/xml, or errSlowPath; never success where encoding/xml fails.
func checkFast(t *testing.T, name, doc string) (usedFast bool) {
	t.Helper()
	slow, fast, slowErr, fastErr := scanBoth(doc)
	switch {
	case errors.Is(fastErr, errSlowPath):
		return false
	case fastErr != nil:
		t.Fatalf("%s: fast scan failed with %v (encoding/xml: %v)", name, fastErr, slowErr)
	case slowErr != nil:
		t.Fatalf("%s: fast scan accepted what encoding/xml refuses: %v", name, slowErr)
	case !reflect.DeepEqual(slow, fast):
		t.Fatalf("%s: fast scan differs\nslow %+v\nfast %+v", name, slow, fast)
	}
	return true
}

func TestFastXMLMatchesDecoder(t *testing.T) {
	t.Parallel()
	docs := map[string]string{"bench export": string(benchExport(30))}
	for _, name := range []string{"wp6-blocks.xml", "wp4-classic.xml", "wp5-plain.xml", "wp3-wxr11.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		docs[name] = string(b)
	}
	for name, doc := range docs {
		// The real exports must take the fast path, or it is useless.
		if name != "wp3-wxr11.xml" && !checkFast(t, name, doc) {
			t.Errorf("%s: took the slow path", name)
		}
		checkFast(t, name, doc)
	}
	odd := []string{
		wxrHead("1.2") + `<item><title>a &lt;b&gt; &amp; &#8220;c&#x201D; &apos;&quot;</title><category domain="post_tag" nicename="a&amp;b"><![CDATA[T]]></category></item></channel></rss>`,
		wxrHead("1.2") + `<item><title>x</title><empty/><wp:post_id >7</wp:post_id ><category nicename='x>y' domain="category">c</category></item></channel></rss>`,
		`<rss xmlns:wp="urn:other"><channel><wp:wxr_version>1.2</wp:wxr_version><item><wp:post_id>3</wp:post_id></item></channel></rss>`,
		`<rss xmlns="urn:default"><channel><wp:wxr_version>1.2</wp:wxr_version><item xmlns:wp="http://wordpress.org/export/1.2/"><wp:post_id>3</wp:post_id></item><item><wp:post_id>4</wp:post_id></item></channel></rss>`,
		"<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n\n<!-- a -- b -->" + wxrHead("1.2") + "</channel></rss>",
		wxrHead("1.2") + "<item><title>a\r\nb</title></item></channel></rss>",
		wxrHead("1.2") + "<item><title>a ]]> b</title></item></channel></rss>",
		wxrHead("1.2") + "<item><title>&#1; &#xD800; &#13;</title></item></channel></rss>",
		wxrHead("1.2") + "<item><title>x</titel></item></channel></rss>",
		wxrHead("1.2") + "<item><title a=b>x</title></item></channel></rss>",
		wxrHead("1.2") + "<item><title a=\"<\">x</title></item></channel></rss>",
		wxrHead("1.2") + "<item><title>\x00</title></item></channel></rss>",
		wxrHead("1.2") + "<item><title><![CDATA[\xef\xbf\xbe]]></title></item></channel></rss>",
		wxrHead("1.2") + "<item><a:b:c>x</a:b:c><:x>y</:x></item></channel></rss>",
		wxrHead("1.2") + "<item><title>x</title></item></channel></rss><!-- c --><?pi?>\n \n",
		wxrHead("1.2") + "<item><title>x</title></item></channel></rss> x",
		wxrHead("1.2") + "<item><title>x</title></item></channel>",
		wxrHead("1.2") + "<item><title>x</title></item></channel></rss><rss/>",
	}
	for i, doc := range odd {
		checkFast(t, "odd case "+string(rune('a'+i)), doc)
	}
	port, _ := noNetwork(t)
	for _, c := range badInputs(t, port) {
		if checkFast(t, c.name, c.doc) {
			t.Errorf("%s: fast scan accepted a bad export", c.name)
		}
	}
}

func FuzzFastXML(f *testing.F) {
	f.Add(wxrHead("1.2") + `<item><title>a &amp; b</title><category domain="post_tag" nicename="x"><![CDATA[T]]></category><wp:comment><wp:comment_id>1</wp:comment_id></wp:comment></item></channel></rss>`)
	f.Add(`<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version><!-- x --><item/></channel></rss>`)
	f.Add(string(benchExport(2)))
	f.Fuzz(func(t *testing.T, doc string) {
		checkFast(t, "fuzz", doc)
	})
}
