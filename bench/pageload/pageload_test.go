package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/sanitize"
	"warta/internal/store"
)

func TestParseWrk(t *testing.T) {
	t.Parallel()
	const full = `Running 10s test @ http://127.0.0.1:4000/2024/05/03/a/
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   612.00us  201.00us   9.10ms   80.00%
    Req/Sec    52.10k     1.20k   54.00k    71.00%
  Latency Distribution
     50%  590.00us
     75%  700.00us
     90%  810.00us
     99%    1.52ms
  521034 requests in 10.00s, 5.01GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  52100.37
Transfer/sec:    513.20MB
`
	tests := []struct {
		name    string
		in      string
		want    loadResult
		wantErr bool
	}{
		{"full summary", full, loadResult{requests: 521034, rps: 52100.37, p50: 590 * time.Microsecond, p99: 1520 * time.Microsecond, bad: 7}, false},
		{"no requests line", "Running 1s test\n", loadResult{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := parseWrk(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseWrk error = %v, want error %t", err, tt.wantErr)
			}
			if !tt.wantErr && got != tt.want {
				t.Errorf("parseWrk = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestUniqueSlug(t *testing.T) {
	t.Parallel()
	seen := map[string]int{}
	var got []string
	for _, s := range []string{"a", "a", "a-2", "a", "b"} {
		got = append(got, uniqueSlug(seen, s))
	}
	if want := "a a-2 a-2-2 a-3 b"; strings.Join(got, " ") != want {
		t.Errorf("slugs = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestPercentile(t *testing.T) {
	t.Parallel()
	var d []time.Duration
	for i := 100; i >= 1; i-- {
		d = append(d, time.Duration(i))
	}
	tests := []struct {
		p    float64
		want time.Duration
	}{{50, 50}, {90, 90}, {99, 99}, {100, 100}, {0, 1}}
	for _, tt := range tests {
		if got := percentile(d, tt.p); got != tt.want {
			t.Errorf("percentile(1..100, %v) = %d, want %d", tt.p, got, tt.want)
		}
	}
	if got := percentile(nil, 99); got != 0 {
		t.Errorf("percentile(nil) = %d, want 0", got)
	}
}

// TestFill fills a small site and reads it back through content.Service,
// which must see what it would have written itself.
func TestFill(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(ctx, store.SQLitePath(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	const posts = 2500
	res, err := fill(ctx, db, fillOptions{posts: posts, seed: 7, revisions: true, now: time.Now(), loc: loc}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if res.posts != posts {
		t.Errorf("filled %d posts, want %d", res.posts, posts)
	}
	counts := []struct {
		q    string
		want int
	}{
		{`SELECT COUNT(*) FROM posts WHERE type = 'post' AND status = 'published' AND version = 1`, posts},
		{`SELECT COUNT(DISTINCT slug) FROM posts`, posts},
		{`SELECT COUNT(*) FROM revisions`, posts},
		{`SELECT COUNT(*) FROM users`, numAuthors},
		{`SELECT COUNT(*) FROM terms`, len(categories) + numTags},
		{`SELECT COUNT(*) FROM post_terms pt JOIN posts p ON p.id = pt.post_id WHERE pt.listed_at IS NULL OR pt.listed_at <> p.published_at`, 0},
		{`SELECT COUNT(*) FROM posts WHERE published_at > ?`, 0},
	}
	for _, c := range counts {
		var n int
		if err := db.QueryRow(ctx, c.q, time.Now().Unix()).Scan(&n); err != nil {
			t.Fatalf("%s: %v", c.q, err)
		}
		if n != c.want {
			t.Errorf("%s = %d, want %d", c.q, n, c.want)
		}
	}
	svc := content.NewService(db, content.Options{Location: loc})
	for _, id := range []int64{1, 1234, posts} {
		p, err := svc.Get(ctx, id)
		if err != nil {
			t.Fatalf("Get(%d): %v", id, err)
		}
		if n := len(p.Categories); n < 1 || n > 2 {
			t.Errorf("post %d has %d categories, want 1 or 2", id, n)
		}
		if n := len(p.Tags); n < 2 || n > 4 {
			t.Errorf("post %d has %d tags, want 2 to 4", id, n)
		}
		if p.Author.Name == "" || p.Image.Width == 0 || p.Image.Alt == "" {
			t.Errorf("post %d: author %q, image %+v", id, p.Author.Name, p.Image)
		}
		if words := len(strings.Fields(sanitize.Text(p.Body))); words < bodyWords || words > bodyWords+200 {
			t.Errorf("post %d body has %d words, want about %d", id, words, bodyWords)
		}
		if again := string(sanitize.HTML(p.Body)); again != p.Body {
			t.Errorf("post %d body changes when sanitised again", id)
		}
		for _, tag := range []string{"<h2>", "<ul>", "<li><strong>", "<figure><img", "<figcaption>"} {
			if !strings.Contains(p.Body, tag) {
				t.Errorf("post %d body lacks %s", id, tag)
			}
		}
	}
}
