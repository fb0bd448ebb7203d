package wordpress

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/media"
	"warta/internal/store"
)

// site is an importer over a fresh database with its services.
type site struct {
	db      *store.DB
	content *content.Service
	im      *Importer
	loc     *time.Location
}

func newSite(t *testing.T, db *store.DB) *site {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	c := content.NewService(db, content.Options{Location: loc})
	im := New(Deps{Content: c, Auth: auth.NewService(db), Media: media.New(db, t.TempDir()), Comments: comment.Import})
	return &site{db: db, content: c, im: im, loc: loc}
}

// run imports the fixture file name with the test uploads.
func (s *site) run(t *testing.T, name string, opt Options) (*Summary, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if opt.Location == nil {
		opt.Location = s.loc
	}
	if opt.TempDir == "" {
		opt.TempDir = t.TempDir()
	}
	return s.im.Import(context.Background(), f, opt)
}

func (s *site) mustRun(t *testing.T, name string, uploads string) *Summary {
	t.Helper()
	sum, err := s.run(t, name, Options{Uploads: uploads})
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return sum
}

// count returns the number of rows of a table.
func count(t *testing.T, db *store.DB, table string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(context.Background(), `SELECT COUNT(*) FROM `+table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// uploads writes the fixtures' wp-content/uploads files: small PNGs, a
// PDF the media library refuses, and no hilang.png.
func uploads(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"2024/03/jembatan.png": pngOf(t, 12, 9),
		"2024/03/pasar.png":    pngOf(t, 10, 10),
		"2024/03/laporan.pdf":  []byte("%PDF-1.4\n% laporan\n"),
		"2018/07/perahu.png":   pngOf(t, 30, 20),
		"2018/07/ombak.png":    pngOf(t, 20, 15),
		"2018/07/jaring.png":   pngOf(t, 16, 16),
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o640); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		img.Set(x, x%h, color.RGBA{R: uint8(x * 20), G: 90, B: 160, A: 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
