package wordpress

import (
	"regexp"
	"strconv"
	"strings"
)

// This file ports WordPress's wpautop() (wp-includes/formatting.php, as of
// WordPress 6) step by step, so that classic-editor posts get the same
// paragraphs and line breaks they had. Each step names what it does in
// WordPress's words. The steps that run over every post are hand-written
// scanners instead of regular expressions (Go's are too slow for a
// 100,000-post import); the straight regular-expression port lives in
// autop_ref_test.go, and a test checks that both agree.

// autopBlocks are wpautop's $allblocks. Its expressions match them as
// prefixes of a tag name ("p" matches "<pre" and "<param") except where
// a character class follows; the scanners do the same.
var autopBlocks = []string{"table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th",
	"div", "dl", "dd", "dt", "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address", "style",
	"p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "fieldset", "legend", "section", "article", "aside", "hgroup",
	"header", "footer", "nav", "figure", "figcaption", "details", "menu", "summary"}

// brBlocks are the tags a <br /> before which is removed.
var brBlocks = []string{"p", "li", "div", "dl", "dd", "dt", "th", "pre", "td", "ul", "ol"}

var (
	reDoubleBr     = regexp.MustCompile(`<br\s*/?>\s*<br\s*/?>`)
	reHr           = regexp.MustCompile(`(<hr\s*?/?>)`)
	reOptionBefore = regexp.MustCompile(`\s*<option`)
	reOptionAfter  = regexp.MustCompile(`</option>\s*`)
	reObjectOpen   = regexp.MustCompile(`(<object[^>]*>)\s*`)
	reObjectClose  = regexp.MustCompile(`\s*</object>`)
	reParamEmbed   = regexp.MustCompile(`\s*(</?(?:param|embed)[^>]*>)\s*`)
	reMediaOpen    = regexp.MustCompile(`([<\[](?:audio|video)[^>\]]*[>\]])\s*`)
	reMediaClose   = regexp.MustCompile(`\s*([<\[]/(?:audio|video)[>\]])`)
	reSourceTrack  = regexp.MustCompile(`\s*(<(?:source|track)[^>]*>)\s*`)
	reFigcapOpen   = regexp.MustCompile(`\s*(<figcaption[^>]*>)`)
	reFigcapClose  = regexp.MustCompile(`</figcaption>\s*`)
	reParaSplit    = regexp.MustCompile(`\n\s*\n`)
	reWrappedLi    = regexp.MustCompile(`<p>(<li.+?)</p>`)
	reQuoteInPara  = regexp.MustCompile(`(?i)<p><blockquote([^>]*)>`)
	rePreserved    = []struct {
		tag string
		re  *regexp.Regexp
	}{
		{"<script", regexp.MustCompile(`(?s)<script.*?</script>`)},
		{"<style", regexp.MustCompile(`(?s)<style.*?</style>`)},
		{"<svg", regexp.MustCompile(`(?s)<svg.*?</svg>`)},
		{"<math", regexp.MustCompile(`(?s)<math.*?</math>`)},
	}
)

// Autop turns double line breaks into paragraphs and single ones into
// <br />, outside <pre> and block-level tags, exactly as WordPress's
// wpautop($text, true) does.
func Autop(text string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	text += "\n" // just to make things a little easier, pad the end
	text, pre := hidePre(text)
	// Change multiple <br>'s into two line breaks, which will turn into paragraphs.
	if strings.Contains(text, "<br") {
		text = reDoubleBr.ReplaceAllString(text, "\n\n")
	}
	// Add a double line break above block-level opening tags, below closing ones and after <hr>.
	text = replaceScan(text, "<", blockOpen)
	text = replaceScan(text, "</", blockClose)
	if strings.Contains(text, "<hr") {
		text = reHr.ReplaceAllString(text, "$1\n\n")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = lineEnds.Replace(text)
	}
	// Find newlines in all elements and add placeholders.
	text = replaceInTags(text, "\n", " <!-- wpnl --> ")
	text = collapseInlineBreaks(text)
	// Remove more than two contiguous line breaks, then wrap every bit in <p>.
	text = collapseNewlines(text)
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for _, para := range reParaSplit.Split(text, -1) {
		if para == "" {
			continue
		}
		b.WriteString("<p>")
		b.WriteString(strings.Trim(para, "\n"))
		b.WriteString("</p>\n")
	}
	text = tidyParagraphs(b.String())
	text = addBreaks(text)
	// If a <br /> tag is after an opening or closing block tag, or before
	// some of them, remove it.
	text = replaceScan(text, "<", blockThen("<br />"))
	text = replaceScan(text, "<br />", brBeforeBlock)
	text = trimLastParagraph(text)
	for _, p := range pre {
		text = strings.Replace(text, p.placeholder, p.html, 1)
	}
	if strings.Contains(text, "<!-- wpnl -->") {
		text = newlinesBack.Replace(text)
	}
	return text
}

// Replacers of Autop; a strings.Replacer is safe for concurrent use, but
// slow on text it leaves as it is: callers check that there is something
// to replace first.
var (
	lineEnds     = strings.NewReplacer("\r\n", "\n", "\r", "\n")
	newlinesBack = strings.NewReplacer(" <!-- wpnl --> ", "\n", "<!-- wpnl -->", "\n")
	brForms      = strings.NewReplacer("<br>", "<br />", "<br/>", "<br />")
)

// collapseNewlines is preg_replace("/\n\n+/", "\n\n"): no more than two
// line breaks in a row.
func collapseNewlines(text string) string {
	if !strings.Contains(text, "\n\n\n") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			if run++; run > 2 {
				continue
			}
		} else {
			run = 0
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

type preTag struct{ placeholder, html string }

// hidePre replaces each <pre>…</pre> with a placeholder: pre tags
// shouldn't be touched by autop.
func hidePre(text string) (string, []preTag) {
	if !strings.Contains(text, "<pre") {
		return text, nil
	}
	parts := strings.Split(text, "</pre>")
	last := parts[len(parts)-1]
	var b strings.Builder
	var pre []preTag
	for _, part := range parts[:len(parts)-1] {
		start := strings.Index(part, "<pre")
		if start < 0 { // malformed HTML
			b.WriteString(part)
			continue
		}
		name := "<pre wp-pre-tag-" + strconv.Itoa(len(pre)) + "></pre>"
		pre = append(pre, preTag{name, part[start:] + "</pre>"})
		b.WriteString(part[:start] + name)
	}
	b.WriteString(last)
	return b.String(), pre
}

// collapseInlineBreaks removes line breaks around <option>, inside
// <object>, around <source>/<track> in media and around <figcaption>.
func collapseInlineBreaks(text string) string {
	if strings.Contains(text, "<option") {
		text = reOptionBefore.ReplaceAllString(text, "<option")
		text = reOptionAfter.ReplaceAllString(text, "</option>")
	}
	if strings.Contains(text, "</object>") {
		text = reObjectOpen.ReplaceAllString(text, "$1")
		text = reObjectClose.ReplaceAllString(text, "</object>")
		text = reParamEmbed.ReplaceAllString(text, "$1")
	}
	if strings.Contains(text, "<source") || strings.Contains(text, "<track") {
		text = reMediaOpen.ReplaceAllString(text, "$1")
		text = reMediaClose.ReplaceAllString(text, "$1")
		text = reSourceTrack.ReplaceAllString(text, "$1")
	}
	if strings.Contains(text, "<figcaption") {
		text = reFigcapOpen.ReplaceAllString(text, "$1")
		text = reFigcapClose.ReplaceAllString(text, "</figcaption>")
	}
	return text
}

// tidyParagraphs undoes the paragraphs that wrap or cut block elements.
func tidyParagraphs(text string) string {
	// Under certain strange conditions it could create a P of entirely whitespace.
	text = replaceScan(text, "<p>", emptyPara)
	// Add a closing <p> inside <div>, <address>, or <form> tag if missing.
	text = replaceScan(text, "<p>", unclosedPara)
	// If an opening or closing block element tag is wrapped in a <p>, unwrap it.
	text = replaceScan(text, "<p>", wrappedBlock)
	// In some cases <li> may get wrapped in <p>, fix them.
	if strings.Contains(text, "<p><li") {
		text = reWrappedLi.ReplaceAllString(text, "$1")
	}
	// If a <blockquote> is wrapped with a <p>, move it inside the <blockquote>.
	if strings.Contains(text, "<p><") {
		text = reQuoteInPara.ReplaceAllString(text, "<blockquote$1><p>")
	}
	text = strings.ReplaceAll(text, "</blockquote></p>", "</p></blockquote>")
	// If an opening or closing block element tag is preceded by an opening <p> tag, remove it.
	text = replaceScan(text, "<p>", paraBeforeBlock)
	// If an opening or closing block element tag is followed by a closing <p> tag, remove it.
	return replaceScan(text, "<", blockThen("</p>"))
}

// addBreaks replaces every newline not preceded by <br /> with <br />\n,
// except inside script, style, svg and math.
func addBreaks(text string) string {
	for _, p := range rePreserved {
		if strings.Contains(text, p.tag) {
			text = p.re.ReplaceAllStringFunc(text, func(m string) string {
				return strings.ReplaceAll(m, "\n", "<WPPreserveNewline />")
			})
		}
	}
	if strings.Contains(text, "<br>") || strings.Contains(text, "<br/>") {
		text = brForms.Replace(text)
	}
	text = newlineBreaks(text)
	return strings.ReplaceAll(text, "<WPPreserveNewline />", "\n")
}

// newlineBreaks is preg_replace('|(?<!<br />)\s*\n|', "<br />\n", $text).
// Each match of \s*\n (a run of white space ending at its last newline)
// is replaced, unless "<br />" comes right before it; then PCRE retries
// one byte later, so the run minus its first character is replaced if it
// still holds a newline.
func newlineBreaks(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/16)
	last := 0
	for i := 0; i < len(text); {
		if !isSpace(text[i]) {
			i++
			continue
		}
		end := i // the run of white space from i …
		for end < len(text) && isSpace(text[end]) {
			end++
		}
		nl := strings.LastIndexByte(text[i:end], '\n') // … up to its last newline
		if nl < 0 {
			i = end
			continue
		}
		stop := i + nl + 1
		start := i
		if strings.HasSuffix(text[:start], "<br />") {
			if start+1 >= stop {
				i = end
				continue // the run is just the newline after <br />
			}
			start++
		}
		b.WriteString(text[last:start])
		b.WriteString("<br />\n")
		last, i = stop, stop
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// isSpace is \s in PCRE and RE2 alike, bar \v.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// trimLastParagraph is preg_replace("|\n</p>$|", '</p>'): PHP's "$" also
// matches before a final newline.
func trimLastParagraph(text string) string {
	switch {
	case strings.HasSuffix(text, "\n</p>"):
		return strings.TrimSuffix(text, "\n</p>") + "</p>"
	case strings.HasSuffix(text, "\n</p>\n"):
		return strings.TrimSuffix(text, "\n</p>\n") + "</p>\n"
	}
	return text
}

// replaceInTags replaces old with new inside HTML tags, comments and
// CDATA sections only (WordPress's wp_replace_in_html_tags with the
// element splitting of wp_html_split).
func replaceInTags(text, old, new string) string {
	if !strings.Contains(text, old) {
		return text
	}
	var b strings.Builder
	i := 0
	for i < len(text) {
		lt := strings.IndexByte(text[i:], '<')
		if lt < 0 {
			break
		}
		start := i + lt
		end := tagEnd(text, start)
		b.WriteString(text[i:start])
		b.WriteString(strings.ReplaceAll(text[start:end], old, new))
		i = end
	}
	b.WriteString(text[i:])
	return b.String()
}

// tagEnd returns the end of the element starting at text[start] == '<':
// after "-->" for a comment, "]]>" for CDATA, the next ">" otherwise, or
// the end of text when the element is not closed.
func tagEnd(text string, start int) int {
	rest := text[start:]
	closer := ">"
	switch {
	case strings.HasPrefix(rest, "<!--"):
		closer, rest = "-->", rest[4:]
		start += 4
	case strings.HasPrefix(rest, "<![CDATA["):
		closer, rest = "]]>", rest[9:]
		start += 9
	}
	if j := strings.Index(rest, closer); j >= 0 {
		return start + j + len(closer)
	}
	return len(text)
}
