package search_test

import (
	"bufio"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/search"
	"warta/internal/store"
	"warta/internal/storetest"
)

// corpusArticle is one article of testdata/related.txt.
type corpusArticle struct {
	topic string
	article
}

func readCorpus(t *testing.T) []corpusArticle {
	t.Helper()
	f, err := os.Open("testdata/related.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusArticle
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=="):
			parts := strings.Split(strings.TrimPrefix(line, "=="), "|")
			if len(parts) != 3 {
				t.Fatalf("bad header %q", line)
			}
			out = append(out, corpusArticle{topic: strings.TrimSpace(parts[0]), article: article{
				cats: []string{strings.TrimSpace(parts[1])}, title: strings.TrimSpace(parts[2]),
			}})
		default:
			out[len(out)-1].body += line + " "
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// precisionAt3 is the share of the first three related posts of every
// article that are of the article's own topic.
func precisionAt3(t *testing.T, s *site, topics map[int64]string) float64 {
	t.Helper()
	var hits, total int
	for id, topic := range topics {
		posts, err := s.index.Related(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range posts[:min(3, len(posts))] {
			if p.ID == id {
				t.Errorf("article %d is related to itself", id)
			}
			if topics[p.ID] == topic {
				hits++
			}
		}
		total += 3 // a missing entry counts as a miss
	}
	return float64(hits) / float64(total)
}

func TestRelatedPrecision(t *testing.T) {
	corpus := readCorpus(t)
	topicCount := map[string]int{}
	for _, a := range corpus {
		topicCount[a.topic]++
	}
	if len(corpus) < 60 || len(topicCount) < 6 {
		t.Fatalf("the test set has %d articles in %d topics; it needs at least 60 in 6", len(corpus), len(topicCount))
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		topics := map[int64]string{}
		// Published in an order that interleaves the topics, a few days
		// apart, as a newsroom would.
		for i, a := range corpus {
			a.days = (i*37)%len(corpus) - len(corpus)
			p := s.add(a.article)
			topics[p.ID] = a.topic
		}
		s.flush()
		incremental := precisionAt3(t, s, topics)
		st, err := s.index.Rebuild(context.Background(), search.RebuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Indexed != len(corpus) || st.Lists != len(corpus) {
			t.Errorf("rebuild stats %+v", st)
		}
		rebuilt := precisionAt3(t, s, topics)
		t.Logf("precision@3 of related posts over %d articles in %d topics: %.3f as published, %.3f after a rebuild",
			len(corpus), len(topicCount), incremental, rebuilt)
		if incremental < 0.8 || rebuilt < 0.8 {
			t.Errorf("precision@3 %.3f (as published) / %.3f (rebuilt); want at least 0.8", incremental, rebuilt)
		}
	})
}

func TestRelatedFollowsPublishing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		old := s.add(article{title: "Banjir Rendam Kampung Nelayan", body: "Banjir rob merendam kampung nelayan; perahu nelayan rusak dan warga mengungsi ke balai desa.", days: 0})
		other := s.add(article{title: "Harga Cabai Turun", body: "Pedagang pasar menjual cabai lebih murah karena panen melimpah.", days: 1})
		draft := s.add(article{title: "Banjir Rob Kembali Datang", body: "Banjir rob kembali merendam kampung nelayan dan perahu warga.", days: 2, status: content.Draft})
		s.flush()
		if got := s.related(old.ID); slices.Contains(got, draft.Title) || slices.Contains(got, old.Title) {
			t.Fatalf("related of %q = %q: itself or a draft", old.Title, got)
		}
		// A newer related article enters the older one's list in the
		// background, and the older article's page is purged.
		fresh := s.add(article{title: "Nelayan Mengungsi Akibat Banjir Rob", body: "Ratusan nelayan mengungsi setelah banjir rob merendam kampung dan merusak perahu.", days: 3})
		s.flush()
		if got := s.related(old.ID); len(got) == 0 || got[0] != fresh.Title {
			t.Errorf("related of the older article = %q; want %q first", got, fresh.Title)
		}
		if !s.purged.has(content.KeyPost(old.ID)) {
			t.Errorf("page of post %d not purged after its list changed (purged %q)", old.ID, s.purged.keys)
		}
		if got := s.related(fresh.ID); len(got) == 0 || got[0] != old.Title {
			t.Errorf("related of the new article = %q; want %q first", got, old.Title)
		}
		// Unpublishing takes it out of every list at once, and the lists
		// are recomputed.
		if _, err := s.posts.SetStatus(ctx, fresh.ID, content.Draft, time.Time{}, 0); err != nil {
			t.Fatal(err)
		}
		if got := s.related(old.ID); slices.Contains(got, fresh.Title) {
			t.Errorf("unpublished article still related: %q", got)
		}
		s.flush()
		if got := s.related(fresh.ID); len(got) != 0 {
			t.Errorf("an unpublished article keeps a related list: %q", got)
		}
		var n int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM related_posts WHERE related_id = ?`, fresh.ID).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d stored lists still hold the unpublished article (%v)", n, err)
		}
		_ = other
	})
}

func TestRelatedCount(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		places := []string{"Parangtritis", "Kuta", "Senggigi", "Anyer", "Pangandaran", "Losari", "Kuta Mandalika", "Tanjung Bira", "Pasir Putih", "Carita", "Sawarna", "Ngliyep"}
		var first *content.Post
		for i, place := range places {
			p := s.add(article{title: "Festival Layang-layang di Pantai " + place,
				body: "Festival layang-layang di pantai " + place + " diikuti peserta dari berbagai kota; layang-layang raksasa terbang tinggi ditiup angin laut.", days: i})
			if first == nil {
				first = p
			}
		}
		s.flush()
		ctx := context.Background()
		if got := s.related(first.ID); len(got) != search.DefaultRelated {
			t.Errorf("default count: %d related, want %d", len(got), search.DefaultRelated)
		}
		six := search.New(db, search.Options{Related: 6})
		posts, err := six.Related(ctx, first.ID)
		if err != nil || len(posts) != 6 {
			t.Errorf("Related: 6 gives %d posts (%v)", len(posts), err)
		}
		if n := search.New(db, search.Options{Related: 99}).RelatedCount(); n != search.MaxRelated {
			t.Errorf("Related: 99 gives a count of %d, want %d", n, search.MaxRelated)
		}
	})
}
