package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBodyImagesAreResponsive saves a post through the JSON API with a
// library image and an outside image in its body: the article page gives
// the first its copies and size, and leaves the second as written.
func TestBodyImagesAreResponsive(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "data")
	if code, out, errOut := cli(t, "kopi-susu-panas\n", "user", "add", "--data", dir, "--email", "rina@example.org", "--name", "Rina", "--role", "editor"); code != 0 {
		t.Fatalf("user add: %d %s %s", code, out, errOut)
	}
	code, out, _ := cli(t, "", "token", "create", "--data", dir, "--user", "rina@example.org")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	token := lines[len(lines)-1]
	if code != 0 || !strings.HasPrefix(token, "warta_") {
		t.Fatalf("token create: %d %q", code, out)
	}
	a, srv := testApp(t, dir, "")
	var pic bytes.Buffer
	if err := png.Encode(&pic, image.NewRGBA(image.Rect(0, 0, 1200, 600))); err != nil {
		t.Fatal(err)
	}
	it, err := a.media.Upload(context.Background(), "banjir.png", &pic, "Banjir", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	const outside = `<img src="https://example.org/foto.jpg" alt="Dari luar">`
	body := `<p>Air naik.</p><figure><img src="` + it.URL + `" alt="Banjir"><figcaption>Jalan tergenang</figcaption></figure><p>` + outside + `</p>`
	doc, _ := json.Marshal(map[string]any{"title": "Banjir di Kampung Melayu", "body": body, "status": "publish"})
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/posts", bytes.NewReader(doc))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var created struct{ URL string }
	json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Fatalf("API create: %d", resp.StatusCode)
	}
	status, page, _ := get(t, srv.URL+strings.TrimPrefix(created.URL, "http://warta.test"))
	if status != 200 {
		t.Fatalf("article page: %d", status)
	}
	img := regexp.MustCompile(`<img[^>]*src="` + regexp.QuoteMeta(it.URL) + `"[^>]*>`).FindString(page)
	stem := strings.TrimSuffix(it.URL, ".png")
	for _, want := range []string{`srcset="` + stem + `-480.png 480w, ` + stem + `-800.png 800w, ` + it.URL + ` 1200w"`,
		`sizes="(max-width: 736px) 100vw, 736px"`, `width="1200"`, `height="600"`} {
		if !strings.Contains(img, want) {
			t.Errorf("body image %q lacks %s", img, want)
		}
	}
	ext := regexp.MustCompile(`<img[^>]*example\.org[^>]*>`).FindString(page)
	if !strings.HasPrefix(ext, strings.TrimSuffix(outside, ">")) || strings.ContainsAny(strings.TrimPrefix(ext, strings.TrimSuffix(outside, ">")), "=\"") {
		t.Errorf("outside image changed: %q", ext)
	}
}
