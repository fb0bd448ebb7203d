package media

import (
	"fmt"
	"path"
	"strings"
)

// Srcset returns the srcset of an image stored by Upload at url, whose
// full width is width: its copies at every width in Widths below width,
// then the full size. ext picks the copies' format: "" the original's,
// ".webp" the WebP copies. Upload keeps each image in a folder named like
// its files (/media/2026/11/pantai/pantai.jpg), which is how a URL shows
// that the copies exist; for any other URL (files stored by Save, outside
// images) it returns "".
func Srcset(url string, width int, ext string) string {
	rel, ok := strings.CutPrefix(url, "/media/")
	orig := path.Ext(rel)
	if !ok || width <= 0 || orig == "" {
		return ""
	}
	dir, file := path.Split(rel)
	stem := strings.TrimSuffix(file, orig)
	if path.Base(strings.TrimSuffix(dir, "/")) != stem {
		return ""
	}
	if ext == "" {
		ext = orig
	}
	prefix := "/media/" + dir + stem
	var parts []string
	for _, w := range Widths {
		if w >= width {
			break
		}
		parts = append(parts, fmt.Sprintf("%s-%d%s %dw", prefix, w, ext, w))
	}
	parts = append(parts, fmt.Sprintf("%s%s %dw", prefix, ext, width))
	return strings.Join(parts, ", ")
}
