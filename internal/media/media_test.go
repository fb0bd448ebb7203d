package media_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"testing"

	"warta/internal/media"
	"warta/internal/storetest"
)

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSaveAndServe(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	lib := media.New(db, t.TempDir())
	ctx := context.Background()
	it, err := lib.Save(ctx, "Foto Banjir.JPG", pngBytes(t, 64, 32), "Air di jalan", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if it.Mime != "image/png" || it.Width != 64 || it.Height != 32 {
		t.Errorf("item %+v", it)
	}
	second, _ := lib.Save(ctx, "Foto Banjir.png", pngBytes(t, 8, 8), "x", "", 0)
	if second == nil || second.URL == it.URL {
		t.Fatalf("second upload overwrote the first: %+v", second)
	}
	rec := httptest.NewRecorder()
	lib.Handler().ServeHTTP(rec, httptest.NewRequest("GET", it.URL, nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "image/png" {
		t.Errorf("serve: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, p := range []string{"/media/", "/media/2026/", "/media/../warta.db"} {
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path = p
		rec := httptest.NewRecorder()
		lib.Handler().ServeHTTP(rec, req)
		if rec.Code == http.StatusOK {
			t.Errorf("GET %s = 200", p)
		}
	}
}

func TestRejects(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	lib := media.New(db, t.TempDir())
	bad := map[string][]byte{
		"html named jpg": []byte("<!doctype html><script>alert(1)</script>"),
		"empty":          nil,
		"truncated png":  pngBytes(t, 10, 10)[:20],
	}
	for name, data := range bad {
		if _, err := lib.Save(context.Background(), name+".jpg", data, "", "", 0); !errors.Is(err, media.ErrRejected) {
			t.Errorf("%s: err = %v, want ErrRejected", name, err)
		}
	}
	var n int
	if err := db.QueryRow(context.Background(), `SELECT COUNT(*) FROM media`).Scan(&n); err != nil || n != 0 {
		t.Errorf("rejected uploads stored %d rows (%v)", n, err)
	}
}
