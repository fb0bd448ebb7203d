package feed_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"warta/internal/store"
	"warta/internal/storetest"
)

// TestDirtyTextStaysWellFormed stores titles, texts, names and comments
// with control characters (and, on SQLite, which accepts them, invalid
// UTF-8) behind the content service's back, as an old import could, and
// checks that every feed and sitemap stays well-formed.
func TestDirtyTextStaysWellFormed(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db, worldOptions{})
		ctx := context.Background()
		dirt := "\x01\x08\x0b\x0c\x1b\x7f\u0085\ufffe\uffff"
		if db.Dialect() == store.SQLite {
			dirt += "\xff\xc3\xed\xa0\x80" // an invalid byte, an unfinished sequence, an encoded surrogate
		}
		title := "Judul" + dirt + " kotor & <b>tebal</b>"
		err := db.InTx(ctx, func(tx *store.Tx) error {
			_, err := tx.Exec(ctx, `UPDATE posts SET title = ?, lead = ?, excerpt = ?, body = ?, image_alt = ? WHERE id = ?`,
				title, "Lead"+dirt, "Ringkasan"+dirt, "<p>Isi"+dirt+"</p>", "Alt"+dirt, w.photo.ID)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		err = db.InTx(ctx, func(tx *store.Tx) error {
			if _, err := tx.Exec(ctx, `UPDATE users SET name = ?, bio = ?`, "Sari"+dirt, "Bio"+dirt); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `UPDATE terms SET name = ?, description = ? WHERE slug = 'ekonomi'`, "Eko"+dirt+"nomi", "Desk"+dirt); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `UPDATE settings SET value = ? WHERE key = 'title'`, "Warta"+dirt)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		w.comments.add(w.photo.ID, 9, "Tamu"+dirt, "https://tamu.example.org/"+dirt, "<p>Komentar"+dirt+"</p>", w.now)
		paths := []string{"/sitemap.xml", "/sitemap-posts.xml", "/sitemap-news.xml", "/sitemap-categories.xml", "/sitemap-authors.xml"}
		for _, fm := range formats {
			for _, p := range []string{"/feed/", "/category/ekonomi/feed/", "/author/sari-wulandari/feed/", "/comments/feed/", permalink(w.photo) + "feed/"} {
				paths = append(paths, p+fm.suffix)
			}
		}
		for _, path := range paths {
			_, body := w.mustGet(path)
			if !utf8.ValidString(body) {
				t.Errorf("%s is not valid UTF-8", path)
			}
			if strings.ContainsAny(body, "\x01\x08\x0b\x0c\x1b\x7f\u0085\ufffe\uffff") || strings.Contains(body, `\u0001`) {
				t.Errorf("%s keeps control characters", path)
			}
			if strings.Contains(path, "/json/") {
				if !json.Valid([]byte(body)) {
					t.Errorf("%s is not valid JSON", path)
				}
			} else {
				if err := wellFormed(body); err != nil {
					t.Errorf("%s is not well-formed: %v", path, err)
				}
				xmllintWellFormed(t, path, body)
			}
			if strings.Contains(path, "feed/") && !strings.Contains(path, "comments") && !strings.HasPrefix(path, permalink(w.photo)) {
				f, err := gofeed.NewParser().ParseString(body)
				if err != nil {
					t.Errorf("%s: gofeed: %v", path, err)
					continue
				}
				if got := f.Items[0].Title; got != "Judul kotor & <b>tebal</b>" {
					t.Errorf("%s: title %q", path, got)
				}
			}
		}
	})
}

// xmllintWellFormed double-checks well-formedness with libxml2 when it is
// installed (TestSitemaps insists on it on CI).
func xmllintWellFormed(t *testing.T, name, doc string) {
	t.Helper()
	lint, err := exec.LookPath("xmllint")
	if err != nil {
		return
	}
	file := filepath.Join(t.TempDir(), "doc.xml")
	if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(lint, "--noout", "--nonet", file).CombinedOutput(); err != nil {
		t.Errorf("%s: xmllint: %s", name, out)
	}
}
