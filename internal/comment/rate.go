package comment

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"time"

	"warta/internal/store"
)

// hit counts one attempt in bucket and reports whether the bucket is
// still within limit attempts per window. The counters live in the
// database so that every server of a site shares them. The estimate
// slides: the previous window counts in proportion to how much of it
// still overlaps the last window-long span.
func (s *Service) hit(ctx context.Context, bucket string, limit int, window time.Duration) (bool, error) {
	now := s.now()
	size := int64(window / time.Second)
	if size < 1 {
		size = 1
	}
	start := now.Unix() / size * size
	var cur, prev int
	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO comment_rate (bucket, window_start, hits) VALUES (?, ?, 1)
			ON CONFLICT (bucket, window_start) DO UPDATE SET hits = comment_rate.hits + 1 RETURNING hits`,
			bucket, start).Scan(&cur)
		if err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT COALESCE(SUM(hits), 0) FROM comment_rate WHERE bucket = ? AND window_start = ?`,
			bucket, start-size).Scan(&prev)
	})
	if err != nil {
		return false, fmt.Errorf("comment: rate limit: %w", err)
	}
	overlap := 1 - float64(now.Unix()-start)/float64(size)
	return float64(cur)+float64(prev)*overlap <= float64(limit), nil
}

// pruneRates forgets counters older than a day (the longest window).
func (s *Service) pruneRates(ctx context.Context) error {
	cutoff := s.now().Add(-25 * time.Hour).Unix()
	if _, err := s.db.Exec(ctx, `DELETE FROM comment_rate WHERE window_start < ?`, cutoff); err != nil {
		return fmt.Errorf("comment: prune rate counters: %w", err)
	}
	return nil
}

// ipKey is the part of an address one person controls: the address for
// IPv4, its /64 network for IPv6 (a host is usually given a whole /64).
func ipKey(ip string) string {
	host := ip
	if h, _, err := net.SplitHostPort(ip); err == nil {
		host = h
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return a.String()
	}
	return p.String()
}
