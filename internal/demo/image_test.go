package demo

import (
	"bytes"
	"image"
	_ "image/png"
	"strings"
	"testing"
)

func allImages() []Image {
	var imgs []Image
	for _, a := range Articles() {
		imgs = append(imgs, a.Image)
		imgs = append(imgs, a.InlineImages...)
	}
	return imgs
}

func TestImageMetadata(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, img := range allImages() {
		if !strings.HasSuffix(img.Name, ".png") || strings.ContainsAny(img.Name, " /") || seen[img.Name] {
			t.Errorf("image name %q: want a unique file name ending in .png", img.Name)
		}
		seen[img.Name] = true
		if len(strings.Fields(img.Alt)) < 6 {
			t.Errorf("%s: alt text %q too short to describe the picture", img.Name, img.Alt)
		}
		if !strings.HasSuffix(img.Caption, "(Ilustrasi: Redaksi)") {
			t.Errorf("%s: caption %q must credit (Ilustrasi: Redaksi)", img.Name, img.Caption)
		}
		if img.PNG == nil {
			t.Errorf("%s: no PNG generator", img.Name)
		}
	}
}

func TestImagePNG(t *testing.T) {
	t.Parallel()
	const maxBytes = 80 << 10
	for _, img := range allImages() {
		t.Run(img.Name, func(t *testing.T) {
			t.Parallel()
			data := img.PNG()
			if len(data) == 0 || len(data) >= maxBytes {
				t.Fatalf("size %d bytes, want 1..%d", len(data), maxBytes)
			}
			decoded, format, err := image.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if format != "png" {
				t.Errorf("format %q, want png", format)
			}
			if b := decoded.Bounds(); b.Dx() != 1200 || b.Dy() != 675 {
				t.Errorf("size %dx%d, want 1200x675", b.Dx(), b.Dy())
			}
			if !bytes.Equal(data, img.PNG()) {
				t.Error("PNG is not deterministic")
			}
		})
	}
}

// TestImagesDiffer makes sure the seed matters: two images with the same
// motif and category but different names must not be identical.
func TestImagesDiffer(t *testing.T) {
	t.Parallel()
	for m := motifHills; m <= motifOrbit; m++ {
		a := renderPNG("satu.png", m, "budaya")
		b := renderPNG("dua.png", m, "budaya")
		if bytes.Equal(a, b) {
			t.Errorf("motif %d: different names gave identical images", m)
		}
	}
}
