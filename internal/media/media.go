// Package media stores uploaded images in the data directory and serves
// them. An upload's type is sniffed from its bytes (never trusted from the
// name), its size is limited, and its pixel size is read before anything
// is written. Each image is kept in several widths and as WebP (process.go);
// srcset.go lists those copies for the theme, and body.go gives the images
// placed in an article's body their srcset, sizes, width and height when
// the article is saved.
package media

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // decoders for DecodeConfig
	_ "image/jpeg"
	_ "image/png"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"warta/internal/store"
)

// MaxSize is the largest accepted upload.
const MaxSize = 20 << 20

// MaxPixels bounds width×height, against decompression bombs.
const MaxPixels = 50_000_000

// ErrRejected wraps every reason an upload is refused; the message is safe
// to show.
var ErrRejected = errors.New("upload rejected")

var extensions = map[string]string{"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif"}

// Item is a stored file.
type Item struct {
	ID            int64
	URL           string // site path, e.g. /media/2026/11/banjir.png
	Mime          string
	Width, Height int
	Size          int64
	Alt, Caption  string
	Variants      []Variant // resized and WebP copies (uploads through Upload)
}

// Library stores files under dir and records them in the database.
type Library struct {
	db  *store.DB
	dir string
	now func() time.Time
}

// New returns a Library keeping files in dataDir/media.
func New(db *store.DB, dataDir string) *Library {
	return &Library{db: db, dir: filepath.Join(dataDir, "media"), now: time.Now}
}

// Save checks data and stores it under a name derived from name.
func (l *Library) Save(ctx context.Context, name string, data []byte, alt, caption string, uploader int64) (*Item, error) {
	if len(data) == 0 || len(data) > MaxSize {
		return nil, fmt.Errorf("media: %w: file must be between 1 byte and %d MiB", ErrRejected, MaxSize>>20)
	}
	mime := http.DetectContentType(data)
	ext, ok := extensions[mime]
	if !ok {
		return nil, fmt.Errorf("media: %w: %s is not a PNG, JPEG or GIF image", ErrRejected, mime)
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("media: %w: the image cannot be read", ErrRejected)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return nil, fmt.Errorf("media: %w: image of %dx%d pixels is too large", ErrRejected, cfg.Width, cfg.Height)
	}
	now := l.now()
	base := cleanName(strings.TrimSuffix(name, path.Ext(name)))
	rel := path.Join(now.Format("2006/01"), base+ext)
	for n := 2; l.exists(rel); n++ {
		rel = path.Join(now.Format("2006/01"), fmt.Sprintf("%s-%d%s", base, n, ext))
	}
	full := filepath.Join(l.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o750); err != nil {
		return nil, fmt.Errorf("media: %w", err)
	}
	if err := os.WriteFile(full, data, 0o640); err != nil {
		return nil, fmt.Errorf("media: write: %w", err)
	}
	it := &Item{URL: "/media/" + rel, Mime: mime, Width: cfg.Width, Height: cfg.Height, Size: int64(len(data)), Alt: alt, Caption: caption}
	err = l.db.InTx(ctx, func(tx *store.Tx) error {
		var by any
		if uploader != 0 {
			by = uploader
		}
		return tx.QueryRow(ctx, `INSERT INTO media (path, mime, width, height, size, alt, caption, uploaded_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, rel, mime, it.Width, it.Height, it.Size, alt, caption, by, now.Unix()).Scan(&it.ID)
	})
	if err != nil {
		os.Remove(full)
		return nil, fmt.Errorf("media: record: %w", err)
	}
	return it, nil
}

func (l *Library) exists(rel string) bool {
	_, err := os.Stat(filepath.Join(l.dir, filepath.FromSlash(rel)))
	return err == nil
}

// Handler serves stored files under /media/ with a long cache lifetime
// (file names never change content) and no directory listings.
func (l *Library) Handler() http.Handler {
	fs := http.StripPrefix("/media/", http.FileServer(http.Dir(l.dir)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		fs.ServeHTTP(w, r)
	})
}

// cleanName keeps a file name to lower-case ASCII letters, digits and
// hyphens.
func cleanName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	if b.Len() == 0 {
		return "gambar"
	}
	return b.String()
}
