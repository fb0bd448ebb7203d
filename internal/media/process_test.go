package media_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/media"
	"warta/internal/store"
	"warta/internal/storetest"
)

func photo(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 90, 255})
		}
	}
	return img
}

// jpegWithExif encodes a JPEG and slips an APP1 "Exif" segment holding a
// GPS-like secret in after the SOI marker.
func jpegWithExif(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, photo(w, h), nil); err != nil {
		t.Fatal(err)
	}
	payload := append([]byte("Exif\x00\x00"), []byte("GPS-RAHASIA-LOKASI-NARASUMBER")...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	out := append([]byte{}, b.Bytes()[:2]...)
	out = append(out, seg...)
	out = append(out, payload...)
	return append(out, b.Bytes()[2:]...)
}

// bombPNG is a valid PNG header claiming 100000×100000 pixels.
func bombPNG() []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], 100000)
	binary.BigEndian.PutUint32(ihdr[4:], 100000)
	ihdr[8], ihdr[9] = 8, 2
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}

func TestUpload(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		dir := t.TempDir()
		lib := media.New(db, dir)
		it, err := lib.Upload(ctx, "Foto Pantai.JPG", bytes.NewReader(jpegWithExif(t, 1000, 500)), "Pantai <b>sore</b>", "Sore hari.", 0)
		if err != nil {
			t.Fatal(err)
		}
		if it.Mime != "image/jpeg" || it.Width != 1000 || it.Height != 500 || it.Alt != "Pantai sore" {
			t.Errorf("item %+v", it)
		}
		want := map[string]bool{"480.jpg": true, "800.jpg": true, "480.webp": true, "800.webp": true, ".webp": true}
		for _, v := range it.Variants {
			key := strings.TrimPrefix(filepath.Base(v.Path), "foto-pantai")
			key = strings.TrimPrefix(key, "-")
			delete(want, key)
			if _, err := os.Stat(filepath.Join(dir, "media", filepath.FromSlash(v.Path))); err != nil {
				t.Errorf("variant file %s: %v", v.Path, err)
			}
			if v.Width > 1000 || v.Height*2 != v.Width {
				t.Errorf("variant %+v has the wrong size", v)
			}
		}
		if len(want) != 0 {
			t.Errorf("missing variants %v in %+v", want, it.Variants)
		}
		stored, err := os.ReadFile(filepath.Join(dir, "media", filepath.FromSlash(strings.TrimPrefix(it.URL, "/media/"))))
		if err != nil || bytes.Contains(stored, []byte("RAHASIA")) {
			t.Errorf("metadata survived re-encoding (%v)", err)
		}
		if got := media.Srcset(it.URL, it.Width, ".webp"); !strings.Contains(got, "-480.webp 480w") || !strings.HasSuffix(got, ".webp 1000w") {
			t.Errorf("srcset %q", got)
		}
		e, err := lib.ByURL(ctx, it.URL)
		if err != nil || e.ID != it.ID || len(e.Variants) != len(it.Variants) || e.Thumb() == it.URL {
			t.Errorf("ByURL = %+v, %v", e, err)
		}
		if err := lib.Delete(ctx, it.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Dir(filepath.Join(dir, "media", filepath.FromSlash(strings.TrimPrefix(it.URL, "/media/"))))); !os.IsNotExist(err) {
			t.Errorf("files left after delete: %v", err)
		}
	})
}

func TestUploadRejects(t *testing.T) {
	t.Parallel()
	lib := media.New(storetest.SQLite(t), t.TempDir())
	var small bytes.Buffer
	png.Encode(&small, photo(20, 20))
	polyglot := append(small.Bytes(), []byte("<script>alert(1)</script>")...)
	tests := []struct {
		name string
		data []byte
	}{
		{"html named jpg", []byte("<!doctype html><html><body><script>alert(1)</script></body></html>")},
		{"decompression bomb", bombPNG()},
		{"empty", nil},
		{"oversize", make([]byte, media.MaxSize+1)},
		{"truncated png", small.Bytes()[:40]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lib.Upload(context.Background(), "x.jpg", bytes.NewReader(tt.data), "x", "", 0)
			if !errors.Is(err, media.ErrRejected) {
				t.Errorf("Upload = %v, want ErrRejected", err)
			}
		})
	}
	it, err := lib.Upload(context.Background(), "poly.png", bytes.NewReader(polyglot), "x", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	items, total, err := lib.List(context.Background(), "poly", 10, 0)
	if err != nil || total != 1 || items[0].ID != it.ID {
		t.Errorf("List = %d items, %v", total, err)
	}
}

func TestSrcset(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url   string
		width int
		ext   string
		want  string
	}{
		{"/media/2026/11/a/a.jpg", 900, "", "/media/2026/11/a/a-480.jpg 480w, /media/2026/11/a/a-800.jpg 800w, /media/2026/11/a/a.jpg 900w"},
		{"/media/2026/11/a/a.png", 300, ".webp", "/media/2026/11/a/a.webp 300w"},
		{"/media/2026/11/a.jpg", 900, "", ""},
		{"https://example.org/a/a.jpg", 900, "", ""},
		{"/media/2026/11/a/a.jpg", 0, "", ""},
	}
	for _, tt := range tests {
		if got := media.Srcset(tt.url, tt.width, tt.ext); got != tt.want {
			t.Errorf("Srcset(%q, %d, %q) = %q, want %q", tt.url, tt.width, tt.ext, got, tt.want)
		}
	}
}
