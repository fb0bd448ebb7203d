// Package setting holds the site settings that editors change at run time
// (title, tagline, permalink structure, excerpt length), stored as
// key/value rows in the settings table, with defaults for a new site.
// Saving them purges every cached page through the purge bus.
package setting

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"warta/internal/cache"
	"warta/internal/content"
	"warta/internal/sanitize"
	"warta/internal/seo"
	"warta/internal/store"
)

// Site is the full set of settings.
type Site struct {
	Title        string
	Tagline      string
	Permalink    string // WordPress-style structure, see seo.ParsePermalink
	ExcerptWords int    // length of automatic excerpts
	FeedExcerpt  bool   // feeds carry excerpts instead of full text (WordPress's rss_use_excerpt)
}

// Defaults are the settings of a new site.
func Defaults() Site {
	return Site{Title: "Warta", Tagline: "Berita terkini", Permalink: seo.DefaultPermalink, ExcerptWords: 30}
}

// URLs builds content paths with the site's permalink structure (the
// default one if the stored structure is invalid) in zone loc.
func (s Site) URLs(loc *time.Location) seo.URLs {
	pl, err := seo.ParsePermalink(s.Permalink)
	if err != nil {
		pl, _ = seo.ParsePermalink(seo.DefaultPermalink)
	}
	return seo.URLs{Permalink: pl, Location: loc}
}

// Load reads the settings; keys never saved keep their defaults.
func Load(ctx context.Context, db store.Querier) (Site, error) {
	s := Defaults()
	rows, err := db.Query(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return s, fmt.Errorf("setting: load: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return s, fmt.Errorf("setting: scan: %w", err)
		}
		switch k {
		case "title":
			s.Title = v
		case "tagline":
			s.Tagline = v
		case "permalink":
			s.Permalink = v
		case "excerpt_words":
			if n, err := strconv.Atoi(v); err == nil {
				s.ExcerptWords = n
			}
		case "feed_excerpt":
			s.FeedExcerpt, _ = strconv.ParseBool(v)
		}
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("setting: load: %w", err)
	}
	return s, nil
}

// Save validates s and stores every setting. Settings show on every page,
// so the same transaction publishes a purge of every cached page (and of
// the public site's copy of the settings) on the purge bus, which every
// server, this one included, applies within one poll.
func Save(ctx context.Context, db *store.DB, s Site) error {
	s.Title, s.Tagline = sanitize.Plain(s.Title), sanitize.Plain(s.Tagline)
	if s.Title == "" || len([]rune(s.Title)) > 120 {
		return fmt.Errorf("setting: title must be 1 to 120 characters")
	}
	if _, err := seo.ParsePermalink(s.Permalink); err != nil {
		return fmt.Errorf("setting: %w", err)
	}
	if s.ExcerptWords < 5 || s.ExcerptWords > 200 {
		return fmt.Errorf("setting: excerpt length must be 5 to 200 words")
	}
	kv := map[string]string{"title": s.Title, "tagline": s.Tagline, "permalink": s.Permalink, "excerpt_words": strconv.Itoa(s.ExcerptWords),
		"feed_excerpt": strconv.FormatBool(s.FeedExcerpt)}
	return db.InTx(ctx, func(tx *store.Tx) error {
		for k, v := range kv {
			if _, err := tx.Exec(ctx, `DELETE FROM settings WHERE key = ?`, k); err != nil {
				return fmt.Errorf("setting: save %s: %w", k, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)`, k, v); err != nil {
				return fmt.Errorf("setting: save %s: %w", k, err)
			}
		}
		return cache.PublishTx(ctx, tx, content.KeyAll)
	})
}
