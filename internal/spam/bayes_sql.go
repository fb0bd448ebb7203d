package spam

import (
	"context"
	"fmt"
	"strings"

	"warta/internal/store"
)

// learnedCounts reads the moderators' counts of feats and the number of
// comments they classified, in one query.
func learnedCounts(ctx context.Context, db store.Querier, feats []string) (map[string]counts, counts, error) {
	var q strings.Builder
	q.WriteString(`SELECT 0, '', spam_docs, ham_docs FROM spam_totals WHERE id = 1`)
	args := make([]any, 0, len(feats))
	if len(feats) > 0 {
		q.WriteString(` UNION ALL SELECT 1, token, spam_count, ham_count FROM spam_tokens WHERE token IN (`)
		for i, f := range feats {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteByte('?')
			args = append(args, f)
		}
		q.WriteByte(')')
	}
	rows, err := db.Query(ctx, q.String(), args...)
	if err != nil {
		return nil, counts{}, fmt.Errorf("spam: read token counts: %w", err)
	}
	defer rows.Close()
	learned := make(map[string]counts, len(feats))
	var docs counts
	for rows.Next() {
		var kind int
		var token string
		var c counts
		if err := rows.Scan(&kind, &token, &c.spam, &c.ham); err != nil {
			return nil, counts{}, fmt.Errorf("spam: scan token counts: %w", err)
		}
		if kind == 0 {
			docs = c
		} else {
			learned[token] = c
		}
	}
	if err := rows.Err(); err != nil {
		return nil, counts{}, fmt.Errorf("spam: read token counts: %w", err)
	}
	return learned, docs, nil
}

// learnCounts adds one classified comment's features to the stored
// counts. Features come sorted, so concurrent learners lock rows in the
// same order and cannot deadlock on PostgreSQL.
func learnCounts(ctx context.Context, db *store.DB, feats []string, isSpam bool) error {
	s, h := 0, 1
	if isSpam {
		s, h = 1, 0
	}
	err := db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE spam_totals SET spam_docs = spam_docs + ?, ham_docs = ham_docs + ? WHERE id = 1`, s, h); err != nil {
			return err
		}
		const batch = 100
		for start := 0; start < len(feats); start += batch {
			part := feats[start:min(start+batch, len(feats))]
			var q strings.Builder
			q.WriteString(`INSERT INTO spam_tokens (token, spam_count, ham_count) VALUES `)
			args := make([]any, 0, 3*len(part))
			for i, f := range part {
				if i > 0 {
					q.WriteString(", ")
				}
				q.WriteString("(?, ?, ?)")
				args = append(args, f, s, h)
			}
			q.WriteString(` ON CONFLICT (token) DO UPDATE SET spam_count = spam_tokens.spam_count + excluded.spam_count, ham_count = spam_tokens.ham_count + excluded.ham_count`)
			if _, err := tx.Exec(ctx, q.String(), args...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("spam: learn: %w", err)
	}
	return nil
}
