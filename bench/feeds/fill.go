package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/store"
)

// The shape of the generated site.
const (
	numAuthors    = 20
	numCategories = 12
	numTags       = 300
	numPages      = 12
	rowsPerInsert = 400  // posts per INSERT: 21 bind variables each
	postsPerTx    = 2000 // posts committed together
)

var words = strings.Fields(`warga desa kota pasar harga beras kopi sawah nelayan pantai hujan banjir jalan
	jembatan sekolah guru murid rumah sakit dokter bidan koperasi petani panen pupuk pelabuhan kapal listrik
	air bersih sungai hutan bakau gunung kabupaten provinsi bupati wali camat kepala dinas anggaran pembangunan
	pariwisata budaya tari musik sanggar festival olahraga sepak bola pelatih atlet medali teknologi internet
	sinyal aplikasi usaha kecil ekspor impor tenaga kerja pelatihan bantuan sosial data laporan rapat warga`)

var categoryNames = []string{"Nasional", "Daerah", "Ekonomi", "Bisnis", "Teknologi", "Sains", "Lingkungan",
	"Budaya", "Olahraga", "Kesehatan", "Pendidikan", "Opini"}

// gen makes Indonesian-looking text from a seeded source.
type gen struct{ r *rand.Rand }

func (g gen) words(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[g.r.IntN(len(words))])
	}
	return b.String()
}

func (g gen) title() string {
	t := g.words(6 + g.r.IntN(5))
	return strings.ToUpper(t[:1]) + t[1:]
}

// body is about n words of paragraphs with a subheading, a list and a
// figure, like the pages the site publishes.
func (g gen) body(n int, image string) string {
	var b strings.Builder
	for written := 0; written < n; written += 60 {
		fmt.Fprintf(&b, "<p>%s.</p>\n", g.words(60))
		if written == 180 {
			fmt.Fprintf(&b, "<h2>%s</h2>\n<ul><li><strong>%s:</strong> %s.</li><li><strong>%s:</strong> %s.</li></ul>\n",
				g.title(), g.words(1), g.words(12), g.words(1), g.words(12))
			fmt.Fprintf(&b, `<figure><img src="%s" alt="%s" width="1200" height="675"><figcaption>%s.</figcaption></figure>`+"\n",
				image, g.words(6), g.words(10))
		}
	}
	return b.String()
}

// fill writes authors, terms, pages and n articles into an empty database
// with multi-row INSERTs. Publication times spread evenly over three years
// up to now, ids ascending with time as on a real site; one article in 40
// stays a draft.
func fill(ctx context.Context, db *store.DB, n int, now time.Time, progress io.Writer) error {
	start := time.Now()
	var have int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM posts`).Scan(&have); err != nil {
		return fmt.Errorf("fill: %w", err)
	}
	if have > 0 {
		return fmt.Errorf("fill: the database already holds %d posts", have)
	}
	if err := db.InTx(ctx, func(tx *store.Tx) error { return fillPeople(ctx, tx, now) }); err != nil {
		return err
	}
	g := gen{r: rand.New(rand.NewPCG(1, uint64(n)))}
	const span = 3 * 365 * 24 * time.Hour
	first := now.Add(-span).Unix()
	step := float64(span/time.Second) / float64(n)
	slugs := map[string]bool{}
	for lo := 0; lo < n; lo += postsPerTx {
		err := db.InTx(ctx, func(tx *store.Tx) error {
			for b := lo; b < min(n, lo+postsPerTx); b += rowsPerInsert {
				var rows []genPost
				for k := b; k < min(n, b+rowsPerInsert, lo+postsPerTx); k++ {
					rows = append(rows, g.post(int64(k+1), first+int64(step*float64(k)+g.r.Float64()*step), slugs))
				}
				if err := insertPosts(ctx, tx, rows); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if done := min(n, lo+postsPerTx); done%20000 == 0 || done == n {
			fmt.Fprintf(progress, "  filled %6d/%d posts in %.1fs\n", done, n, time.Since(start).Seconds())
		}
	}
	if err := fillPages(ctx, db, n, now); err != nil {
		return err
	}
	return settle(ctx, db)
}

// settle gives PostgreSQL the statistics and visibility map that
// autovacuum would build on a live site after a bulk load; without them
// the planner guesses nine rows for a table of 100,000.
func settle(ctx context.Context, db *store.DB) error {
	if db.Dialect() != store.Postgres {
		return nil
	}
	if _, err := db.Exec(ctx, `VACUUM ANALYZE`); err != nil {
		return fmt.Errorf("fill: vacuum analyze: %w", err)
	}
	return nil
}

// genPost is one generated article.
type genPost struct {
	id, published, author int64
	status, title, slug   string
	body, image           string
	terms                 []int64
}

func (g gen) post(id, published int64, slugs map[string]bool) genPost {
	title := g.title()
	slug := content.Slugify(title)
	for try := 2; slugs[slug]; try++ {
		slug = fmt.Sprintf("%s-%d", content.Slugify(title), try)
	}
	slugs[slug] = true
	t := time.Unix(published, 0).UTC()
	image := fmt.Sprintf("/media/%04d/%02d/foto-%d.jpg", t.Year(), int(t.Month()), id)
	p := genPost{id: id, published: published, author: 1 + g.r.Int64N(numAuthors), status: "published",
		title: title, slug: slug, body: g.body(450, image), image: image}
	if g.r.IntN(40) == 0 {
		p.status = "draft"
	}
	p.terms = append(p.terms, 1+g.r.Int64N(numCategories))
	for range 2 + g.r.IntN(3) {
		tag := numCategories + 1 + g.r.Int64N(numTags)
		if !contains(p.terms, tag) {
			p.terms = append(p.terms, tag)
		}
	}
	return p
}

func contains(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// insertPosts writes rows and their terms with two multi-row INSERTs.
func insertPosts(ctx context.Context, tx *store.Tx, rows []genPost) error {
	var q strings.Builder
	q.WriteString(`INSERT INTO posts (id, type, status, slug, title, lead, body, excerpt, image_url, image_alt,
		image_width, image_height, author_id, comment_status, version, created_at, updated_at, published_at) VALUES `)
	var args []any
	for i, p := range rows {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, 'post', ?, ?, ?, ?, ?, '', ?, ?, 1200, 675, ?, 'open', 1, ?, ?, ?)")
		args = append(args, p.id, p.status, p.slug, p.title, "Ringkasan "+strings.ToLower(p.title)+".", p.body,
			p.image, "Foto "+strings.ToLower(p.title), p.author, p.published, p.published, p.published)
	}
	if _, err := tx.Exec(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("fill: insert posts: %w", err)
	}
	q.Reset()
	args = args[:0]
	q.WriteString(`INSERT INTO post_terms (post_id, term_id, position, listed_at) VALUES `)
	first := true
	for _, p := range rows {
		var listed any
		if p.status == "published" {
			listed = p.published
		}
		for pos, t := range p.terms {
			if !first {
				q.WriteString(", ")
			}
			first = false
			q.WriteString("(?, ?, ?, ?)")
			args = append(args, p.id, t, pos, listed)
		}
	}
	if _, err := tx.Exec(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("fill: insert post terms: %w", err)
	}
	return nil
}

// fillPeople writes authors 1..20, categories 1..12 and tags 13..312.
func fillPeople(ctx context.Context, tx *store.Tx, now time.Time) error {
	for i := range numAuthors {
		name := fmt.Sprintf("Penulis %c%c", 'A'+i, 'a'+(i*7)%26)
		_, err := tx.Exec(ctx, `INSERT INTO users (id, email, name, slug, bio, role, created_at) VALUES (?, ?, ?, ?, ?, 'author', ?)`,
			i+1, fmt.Sprintf("penulis%d@contoh.test", i+1), name, content.Slugify(name), "Jurnalis daerah.", now.Unix())
		if err != nil {
			return fmt.Errorf("fill: insert author: %w", err)
		}
	}
	for i, name := range categoryNames {
		_, err := tx.Exec(ctx, `INSERT INTO terms (id, taxonomy, name, slug, description) VALUES (?, 'category', ?, ?, ?)`,
			i+1, name, content.Slugify(name), "Berita "+strings.ToLower(name)+".")
		if err != nil {
			return fmt.Errorf("fill: insert category: %w", err)
		}
	}
	for i := range numTags {
		name := fmt.Sprintf("%s %s %d", words[i%len(words)], words[(i*13)%len(words)], i)
		_, err := tx.Exec(ctx, `INSERT INTO terms (id, taxonomy, name, slug) VALUES (?, 'tag', ?, ?)`,
			numCategories+1+i, name, content.Slugify(name))
		if err != nil {
			return fmt.Errorf("fill: insert tag: %w", err)
		}
	}
	return nil
}

// fillPages adds a few static pages after the articles, and moves
// PostgreSQL's sequences past the explicit ids.
func fillPages(ctx context.Context, db *store.DB, n int, now time.Time) error {
	return db.InTx(ctx, func(tx *store.Tx) error {
		for i := range numPages {
			_, err := tx.Exec(ctx, `INSERT INTO posts (id, type, status, slug, title, body, created_at, updated_at, published_at)
				VALUES (?, 'page', 'published', ?, ?, '<p>Halaman statis.</p>', ?, ?, ?)`,
				n+1+i, fmt.Sprintf("halaman-%d", i+1), fmt.Sprintf("Halaman %d", i+1), now.Unix(), now.Unix(), now.Unix())
			if err != nil {
				return fmt.Errorf("fill: insert page: %w", err)
			}
		}
		if db.Dialect() != store.Postgres {
			return nil
		}
		for _, t := range []string{"posts", "terms", "users"} {
			if _, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence('`+t+`', 'id'), (SELECT MAX(id) FROM `+t+`))`); err != nil {
				return fmt.Errorf("fill: sequence of %s: %w", t, err)
			}
		}
		return nil
	})
}
