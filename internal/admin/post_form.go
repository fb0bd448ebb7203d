package admin

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/store"
)

// postForm is the editor's fields as the user typed them: a rejected save
// shows them again unchanged.
type postForm struct {
	Title, Lead, Slug, Body, Excerpt string
	Categories                       []string // slugs
	Tags                             string   // comma-separated
	ImageURL, ImageAlt, ImageCaption string
	ImageWidth, ImageHeight          int
	CommentsOpen                     bool
	SEOTitle, SEODescription         string
	PublishAt                        string // datetime-local, site time zone
	Version                          int
	Sponsored                        bool
}

// datetimeLocal is the value format of <input type="datetime-local">.
const datetimeLocal = "2006-01-02T15:04"

// formOf returns the fields of a stored post.
func (a *Admin) formOf(p *content.Post) postForm {
	f := postForm{Title: p.Title, Lead: p.Lead, Slug: p.Slug, Body: p.Body, Excerpt: p.Excerpt,
		ImageURL: p.Image.URL, ImageAlt: p.Image.Alt, ImageCaption: p.Image.Caption,
		ImageWidth: p.Image.Width, ImageHeight: p.Image.Height, CommentsOpen: p.CommentStatus != content.CommentsClosed,
		SEOTitle: p.SEOTitle, SEODescription: p.SEODescription, Version: p.Version, Sponsored: p.Sponsored}
	for _, c := range p.Categories {
		f.Categories = append(f.Categories, c.Slug)
	}
	var tags []string
	for _, t := range p.Tags {
		tags = append(tags, t.Name)
	}
	f.Tags = strings.Join(tags, ", ")
	if !p.Published.IsZero() {
		f.PublishAt = p.Published.In(a.Location).Format(datetimeLocal)
	}
	return f
}

// readForm reads the editor's fields from a submitted form.
func readForm(r *http.Request) postForm {
	v := func(name string) string { return r.PostFormValue(name) }
	num := func(name string) int { n, _ := strconv.Atoi(v(name)); return max(0, n) }
	f := postForm{Title: v("title"), Lead: v("lead"), Slug: strings.TrimSpace(v("slug")), Body: v("body"), Excerpt: v("excerpt"),
		Tags: v("tags"), ImageURL: strings.TrimSpace(v("image_url")), ImageAlt: v("image_alt"), ImageCaption: v("image_caption"),
		ImageWidth: num("image_width"), ImageHeight: num("image_height"), CommentsOpen: v("comments") == "open",
		SEOTitle: v("seo_title"), SEODescription: v("seo_description"), PublishAt: strings.TrimSpace(v("publish_at")), Version: num("version"),
		Sponsored: v("sponsored") == "1"}
	if r.PostForm != nil {
		f.Categories = r.PostForm["category"]
	}
	return f
}

// input turns the fields into a content.Input for status. Unknown
// categories and an unreadable date are field errors.
func (a *Admin) input(ctx context.Context, k *kind, f postForm, status content.Status) (content.Input, error) {
	in := content.Input{Type: k.typ, Status: status, Title: f.Title, Lead: f.Lead, Body: f.Body, Excerpt: f.Excerpt,
		Slug: f.Slug, Categories: f.Categories, SEOTitle: f.SEOTitle, SEODescription: f.SEODescription, Version: f.Version,
		Sponsored: f.Sponsored && k.typ == content.TypePost,
		Image:     content.Image{URL: f.ImageURL, Alt: f.ImageAlt, Caption: f.ImageCaption, Width: f.ImageWidth, Height: f.ImageHeight}}
	in.CommentStatus = content.CommentsClosed
	if f.CommentsOpen {
		in.CommentStatus = content.CommentsOpen
	}
	for _, t := range strings.Split(f.Tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			in.Tags = append(in.Tags, t)
		}
	}
	if strings.HasPrefix(in.Image.URL, "/media/") && a.Media != nil {
		// A library image: its real size, whatever the form said.
		if e, err := a.Media.ByURL(ctx, in.Image.URL); err == nil {
			in.Image.Width, in.Image.Height = e.Width, e.Height
		}
	}
	if f.PublishAt != "" {
		at, err := time.ParseInLocation(datetimeLocal, f.PublishAt, a.Location)
		if err != nil {
			return in, &content.FieldError{Field: "published_at", Code: "invalid", Message: "unreadable date"}
		}
		in.PublishAt = at
	}
	if len(f.Categories) > 0 {
		cats, err := a.categoryOptions(ctx, nil)
		if err != nil {
			return in, err
		}
		known := map[string]bool{}
		for _, c := range cats {
			known[c.Slug] = true
		}
		for _, slug := range f.Categories {
			if !known[slug] {
				return in, &content.FieldError{Field: "categories", Code: "invalid", Message: "unknown category " + slug}
			}
		}
	}
	return in, nil
}

// checkSlug refuses a slug another post of the type already has: content
// would quietly add "-2", but a writer who typed a slug wants that one.
func (a *Admin) checkSlug(ctx context.Context, k *kind, slug string, self int64) error {
	if slug == "" {
		return nil
	}
	other, err := a.Content.BySlug(ctx, k.typ, slug)
	if err == nil && other.ID != self {
		return &content.FieldError{Field: "slug", Code: "taken", Message: "slug taken"}
	}
	if err != nil && !isNotFound(err) {
		return err
	}
	return nil
}

// fieldMessage is the message shown beside a field for a content error.
func fieldMessage(fe *content.FieldError) (field, key string) {
	field = map[string]string{"published_at": "publish_at", "featured_image.url": "image_url",
		"featured_image.alt": "image_alt", "featured_image.caption": "image_caption", "comment_status": "comments"}[fe.Field]
	if field == "" {
		field = fe.Field
	}
	switch fe.Field + "/" + fe.Code {
	case "title/required":
		return field, "Judul wajib diisi sebelum tulisan dikirim untuk ditinjau atau diterbitkan."
	case "slug/taken":
		return field, "Slug ini sudah dipakai tulisan lain. Pilih slug lain."
	case "slug/invalid":
		return field, "Slug hanya boleh berisi huruf kecil, angka, dan tanda hubung tunggal."
	case "published_at/past":
		return field, "Waktu terjadwal harus di masa depan."
	case "published_at/required":
		return field, "Tentukan tanggal dan jam untuk menjadwalkan tulisan."
	case "published_at/invalid":
		return field, "Tanggal dan jam tidak dapat dibaca."
	case "categories/invalid":
		return field, "Kategori tidak dikenal. Muat ulang halaman untuk melihat daftar kategori terbaru."
	case "featured_image.alt/required":
		return field, "Gambar utama perlu teks alternatif yang menggambarkannya."
	case "featured_image.url/invalid":
		return field, "Alamat gambar utama harus http(s) atau jalur di situs ini."
	}
	if fe.Code == "too_long" {
		return field, "Isian ini terlalu panjang."
	}
	return field, "Isian ini tidak valid."
}

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }
