package media

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/gen2brain/webp"
	xdraw "golang.org/x/image/draw"
	_ "golang.org/x/image/webp" // WebP uploads are decoded, then re-encoded

	"warta/internal/sanitize"
	"warta/internal/store"
)

// Widths are the resized copies made of an upload, each only when the
// original is wider.
var Widths = []int{480, 800, 1200, 1600}

// Variant is one stored rendition of an image.
type Variant struct {
	Path   string `json:"path"` // relative to the media directory
	Mime   string `json:"mime"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
}

// URL is the variant's site path.
func (v Variant) URL() string { return "/media/" + v.Path }

// Upload reads an image of at most MaxSize bytes from r and stores it
// re-encoded: the original pixels in their own format (metadata, comments
// and anything appended to the file are dropped), copies at Widths, and a
// WebP of each. The type is sniffed from the bytes, never the name; the
// pixel size is checked before the image is decoded, so a decompression
// bomb is refused cheaply. Nothing is kept when any step fails.
func (l *Library) Upload(ctx context.Context, name string, r io.Reader, alt, caption string, uploader int64) (*Item, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("media: read upload: %w", err)
	}
	if len(data) == 0 || len(data) > MaxSize {
		return nil, fmt.Errorf("media: %w: file must be between 1 byte and %d MiB", ErrRejected, MaxSize>>20)
	}
	mime := http.DetectContentType(data)
	if _, ok := extensions[mime]; !ok && mime != "image/webp" {
		return nil, fmt.Errorf("media: %w: the file is not a PNG, JPEG, GIF or WebP image", ErrRejected)
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("media: %w: the image cannot be read", ErrRejected)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return nil, fmt.Errorf("media: %w: image of %dx%d pixels is too large", ErrRejected, cfg.Width, cfg.Height)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("media: %w: the image cannot be read", ErrRejected)
	}
	// Photos stay JPEG; everything else (drawings, GIF's first frame,
	// WebP) becomes PNG, which loses nothing.
	outMime := "image/png"
	if mime == "image/jpeg" {
		outMime = "image/jpeg"
	}
	files, err := renditions(img, outMime)
	if err != nil {
		return nil, err
	}
	return l.store(ctx, name, files, sanitize.Plain(alt), sanitize.Plain(caption), uploader)
}

// rendition is one encoded file waiting to be written.
type rendition struct {
	suffix string // "" for the full size, "-800" for a copy
	ext    string
	mime   string
	data   []byte
	w, h   int
}

// renditions encodes img at full size and at every smaller width, each
// in format mime and as WebP.
func renditions(img image.Image, mime string) ([]rendition, error) {
	b := img.Bounds()
	var out []rendition
	add := func(suffix string, m image.Image) error {
		w, h := m.Bounds().Dx(), m.Bounds().Dy()
		data, err := encode(m, mime)
		if err != nil {
			return err
		}
		out = append(out, rendition{suffix: suffix, ext: extensions[mime], mime: mime, data: data, w: w, h: h})
		var wb bytes.Buffer
		if err := webp.Encode(&wb, m, webp.Options{Quality: 80}); err != nil {
			return fmt.Errorf("media: encode webp: %w", err)
		}
		out = append(out, rendition{suffix: suffix, ext: ".webp", mime: "image/webp", data: wb.Bytes(), w: w, h: h})
		return nil
	}
	if err := add("", img); err != nil {
		return nil, err
	}
	for _, w := range Widths {
		if w >= b.Dx() {
			break
		}
		h := max(1, b.Dy()*w/b.Dx())
		dst := image.NewRGBA(image.Rect(0, 0, w, h))
		xdraw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
		if err := add(fmt.Sprintf("-%d", w), dst); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func encode(m image.Image, mime string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	switch mime {
	case "image/jpeg":
		err = jpeg.Encode(&buf, m, &jpeg.Options{Quality: 85})
	case "image/gif":
		err = gif.Encode(&buf, m, nil)
	default:
		err = png.Encode(&buf, m)
	}
	if err != nil {
		return nil, fmt.Errorf("media: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// store writes the renditions under a fresh base name and records the
// item; on any failure it removes what it wrote.
func (l *Library) store(ctx context.Context, name string, files []rendition, alt, caption string, uploader int64) (*Item, error) {
	now := l.now()
	dir := now.Format("2006/01")
	base := cleanName(strings.TrimSuffix(name, path.Ext(name)))
	main := files[0]
	// Each upload gets its own folder named like its files, so that
	// Srcset can tell from a URL alone that the copies exist.
	for n := 2; l.exists(path.Join(dir, base)); n++ {
		base = fmt.Sprintf("%s-%d", cleanName(strings.TrimSuffix(name, path.Ext(name))), n)
	}
	stem := path.Join(dir, base, base)
	rel := stem + main.ext
	var written []string
	cleanup := func() {
		for _, f := range written {
			os.Remove(f)
		}
	}
	var variants []Variant
	for _, f := range files {
		p := stem + f.suffix + f.ext
		full := filepath.Join(l.dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o750); err != nil {
			cleanup()
			return nil, fmt.Errorf("media: %w", err)
		}
		if err := os.WriteFile(full, f.data, 0o640); err != nil {
			cleanup()
			return nil, fmt.Errorf("media: write: %w", err)
		}
		written = append(written, full)
		if f.suffix != "" || f.ext != main.ext {
			variants = append(variants, Variant{Path: p, Mime: f.mime, Width: f.w, Height: f.h})
		}
	}
	vj, err := json.Marshal(variants)
	if err != nil {
		cleanup()
		return nil, fmt.Errorf("media: variants: %w", err)
	}
	it := &Item{URL: "/media/" + rel, Mime: main.mime, Width: main.w, Height: main.h, Size: int64(len(main.data)),
		Alt: alt, Caption: caption, Variants: variants}
	var by any
	if uploader != 0 {
		by = uploader
	}
	err = l.db.InTx(ctx, func(tx *store.Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO media (path, mime, width, height, size, alt, caption, uploaded_by, created_at, variants)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, rel, it.Mime, it.Width, it.Height, it.Size, alt, caption, by, now.Unix(), string(vj)).Scan(&it.ID)
	})
	if err != nil {
		cleanup()
		return nil, fmt.Errorf("media: record: %w", err)
	}
	return it, nil
}
