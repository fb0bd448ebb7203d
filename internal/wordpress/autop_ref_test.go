package wordpress

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// autopRef is wpautop ported with one regular expression per PHP
// expression, as formatting.php has them. Autop must give the same.
func autopRef(text string) string {
	const blocks = `(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)`
	re := regexp.MustCompile
	if strings.TrimSpace(text) == "" {
		return ""
	}
	text += "\n"
	text, pre := hidePre(text)
	text = re(`<br\s*/?>\s*<br\s*/?>`).ReplaceAllString(text, "\n\n")
	text = re(`(<`+blocks+`[\s/>])`).ReplaceAllString(text, "\n\n$1")
	text = re(`(</`+blocks+`>)`).ReplaceAllString(text, "$1\n\n")
	text = re(`(<hr\s*?/?>)`).ReplaceAllString(text, "$1\n\n")
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	text = replaceInTags(text, "\n", " <!-- wpnl --> ")
	text = collapseInlineBreaks(text)
	text = re(`\n\n+`).ReplaceAllString(text, "\n\n")
	var b strings.Builder
	for _, para := range re(`\n\s*\n`).Split(text, -1) {
		if para != "" {
			b.WriteString("<p>" + strings.Trim(para, "\n") + "</p>\n")
		}
	}
	text = b.String()
	text = re(`<p>\s*</p>`).ReplaceAllString(text, "")
	text = re(`<p>([^<]+)</(div|address|form)>`).ReplaceAllString(text, "<p>$1</p></$2>")
	text = re(`<p>\s*(</?`+blocks+`[^>]*>)\s*</p>`).ReplaceAllString(text, "$1")
	text = re(`<p>(<li.+?)</p>`).ReplaceAllString(text, "$1")
	text = re(`(?i)<p><blockquote([^>]*)>`).ReplaceAllString(text, "<blockquote$1><p>")
	text = strings.ReplaceAll(text, "</blockquote></p>", "</p></blockquote>")
	text = re(`<p>\s*(</?`+blocks+`[^>]*>)`).ReplaceAllString(text, "$1")
	text = re(`(</?`+blocks+`[^>]*>)\s*</p>`).ReplaceAllString(text, "$1")
	for _, tag := range []string{"script", "style", "svg", "math"} {
		text = re(`(?s)<`+tag+`.*?</`+tag+`>`).ReplaceAllStringFunc(text, func(m string) string {
			return strings.ReplaceAll(m, "\n", "<WPPreserveNewline />")
		})
	}
	text = strings.NewReplacer("<br>", "<br />", "<br/>", "<br />").Replace(text)
	text = lookbehindBreaks(text)
	text = strings.ReplaceAll(text, "<WPPreserveNewline />", "\n")
	text = re(`(</?`+blocks+`[^>]*>)\s*<br />`).ReplaceAllString(text, "$1")
	text = re(`<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)`).ReplaceAllString(text, "$1")
	text = trimLastParagraph(text)
	for _, p := range pre {
		text = strings.Replace(text, p.placeholder, p.html, 1)
	}
	return strings.NewReplacer(" <!-- wpnl --> ", "\n", "<!-- wpnl -->", "\n").Replace(text)
}

// lookbehindBreaks runs PCRE's '|(?<!<br />)\s*\n|' → "<br />\n" the way
// PCRE does: try each start position, check the look-behind, match \s*\n
// greedily.
func lookbehindBreaks(text string) string {
	var b strings.Builder
	last := 0
	for p := 0; p < len(text); p++ {
		if p < last {
			continue
		}
		if strings.HasSuffix(text[:p], "<br />") {
			continue
		}
		end := p
		for end < len(text) && isSpace(text[end]) {
			end++
		}
		nl := strings.LastIndexByte(text[p:end], '\n')
		if nl < 0 {
			continue
		}
		b.WriteString(text[last:p] + "<br />\n")
		last = p + nl + 1
		p = last - 1
	}
	b.WriteString(text[last:])
	return b.String()
}

// TestAutopMatchesRegexPort feeds both versions random mixes of the
// pieces wpautop cares about.
func TestAutopMatchesRegexPort(t *testing.T) {
	t.Parallel()
	pieces := []string{"Teks biasa", " ", "  ", "\n", "\n\n", "\n \n", "\t", "\r\n", "<br />", "<br>", "<br/>", "<br />\n",
		"<p>", "</p>", "<div class=\"x\">", "</div>", "<pre>a\n\nb</pre>", "<pre class=\"k\">x</pre>", "<ul>", "</ul>", "<li>", "</li>",
		"<blockquote>", "</blockquote>", "<BLOCKQUOTE cite=\"u\">", "<hr>", "<hr />", "<h2>Judul</h2>", "<table><tr><td>1</td></tr></table>",
		"<strong>tebal</strong>", "<a href=\"/x\">tautan</a>", "<em>miring</em>", "<img src=\"a.png\" alt=\"\" />", "<!-- catatan -->",
		"<script>var a\n= 1;</script>", "<style>p{}\n</style>", "<figure><img src=\"b\"><figcaption>k</figcaption></figure>",
		"<select><option>1</option>\n<option>2</option></select>", "<object><param name=\"a\">\n</object>", "<video>\n<source src=\"v\">\n</video>",
		"<col>", "<colgroup>", "<param>", "<link>", "<address>alamat</address>", "<form>isi</form>", "<p>isi</div>", "[gallery]", "<code>x</code>",
		"<details><summary>s</summary>d</details>", "<span>s</span>", "<", ">", "</", "<p", "<br", "<br />\n\n", " \n"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := 0; k < 1+r.IntN(25); k++ {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		in := b.String()
		if got, want := Autop(in), autopRef(in); got != want {
			t.Fatalf("Autop(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
