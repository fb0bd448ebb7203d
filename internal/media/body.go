package media

import (
	"fmt"
	"image"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// bodyColumn is the width of an article's text column in CSS pixels
// (46rem), the most an image in the body is shown at.
const bodyColumn = 736

// Responsive returns body, sanitised article HTML, with every <img> that
// shows an image stored by Upload given a srcset of its copies, sizes,
// and width and height, so that browsers fetch the copy that fits and
// keep its space before it loads. srcset and sizes are always replaced,
// so saving a post again refreshes them instead of adding more; width
// and height the author set are kept, missing ones are the file's.
// Images from elsewhere, files the library does not have and files stored
// without copies are left as they are; so is everything else in body.
func (l *Library) Responsive(body string) string {
	if !strings.Contains(body, "/media/") {
		return body
	}
	var b strings.Builder
	b.Grow(len(body) + 256)
	z := html.NewTokenizer(strings.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String() // io.EOF: a strings.Reader fails no other way
		}
		raw := z.Raw()
		if (tt == html.StartTagToken || tt == html.SelfClosingTagToken) && isImg(raw) {
			t := z.Token()
			if l.fill(&t) {
				t.Type = html.SelfClosingTagToken // <img …/>, as the sanitiser writes it
				b.WriteString(t.String())
				continue
			}
			raw = z.Raw()
		}
		b.Write(raw)
	}
}

// isImg reports whether raw, a start tag, opens an img element.
func isImg(raw []byte) bool {
	if len(raw) < 5 || !strings.EqualFold(string(raw[1:4]), "img") {
		return false
	}
	switch raw[4] {
	case ' ', '\t', '\n', '\f', '\r', '/', '>':
		return true
	}
	return false
}

// fill sets t's srcset, sizes, width and height when its src is a
// library image with copies, reporting whether it did.
func (l *Library) fill(t *html.Token) bool {
	src := attrOf(t, "src")
	w, h, ok := l.pixels(src)
	if !ok {
		return false
	}
	orig, ow := src, w
	if o, isCopy := original(src); isCopy {
		if ow, _, ok = l.pixels(o); !ok {
			return false
		}
		orig = o
	}
	srcset := Srcset(orig, ow, "")
	if srcset == "" {
		return false
	}
	dw, dh := atoiAttr(t, "width"), atoiAttr(t, "height")
	if dw <= 0 || dh <= 0 {
		dw, dh = w, h
	}
	sizes := fmt.Sprintf("(max-width: %dpx) 100vw, %dpx", bodyColumn, bodyColumn)
	if dw < bodyColumn {
		sizes = fmt.Sprintf("(max-width: %dpx) 100vw, %dpx", dw, dw)
	}
	setAttr(t, "srcset", srcset)
	setAttr(t, "sizes", sizes)
	setAttr(t, "width", strconv.Itoa(dw))
	setAttr(t, "height", strconv.Itoa(dh))
	return true
}

// original is the full-size URL of a copy made by Upload
// (/media/2026/11/pantai/pantai-800.jpg → …/pantai/pantai.jpg).
func original(url string) (string, bool) {
	dir, file := path.Split(url)
	ext := path.Ext(file)
	name := strings.TrimSuffix(file, ext)
	i := strings.LastIndexByte(name, '-')
	if i < 0 || ext == ".webp" { // WebP twins: the original has its own format
		return "", false
	}
	stem := name[:i]
	n, err := strconv.Atoi(name[i+1:])
	if err != nil || !slices.Contains(Widths, n) || path.Base(strings.TrimSuffix(dir, "/")) != stem {
		return "", false
	}
	return dir + stem + ext, true
}

// pixels reads the size of the library file at url from its header.
func (l *Library) pixels(url string) (w, h int, ok bool) {
	rel, found := strings.CutPrefix(url, "/media/")
	if !found || rel == "" || strings.ContainsAny(rel, "?#\\") || path.Clean(rel) != rel || strings.HasPrefix(rel, "../") {
		return 0, 0, false
	}
	f, err := os.Open(filepath.Join(l.dir, filepath.FromSlash(rel)))
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return 0, 0, false
	}
	return cfg.Width, cfg.Height, true
}

func attrOf(t *html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func atoiAttr(t *html.Token, key string) int {
	n, err := strconv.Atoi(strings.TrimSpace(attrOf(t, key)))
	if err != nil {
		return 0
	}
	return n
}

// setAttr sets key to val, replacing every earlier value.
func setAttr(t *html.Token, key, val string) {
	out := t.Attr[:0]
	for _, a := range t.Attr {
		if a.Key != key {
			out = append(out, a)
		}
	}
	t.Attr = append(out, html.Attribute{Key: key, Val: val})
}
