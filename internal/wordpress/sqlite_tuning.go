package wordpress

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"warta/internal/store"
)

// bulkWrites tunes SQLite's one writing connection for the length of an
// import and returns what puts it back. With the default 2 MB page cache
// a batch spills its pages into the write-ahead log before it commits,
// reads them back, and every thousand pages a checkpoint copies the hot
// index pages into the database again; a larger cache and rarer
// checkpoints write each page about once per batch. 16 MiB saves as
// much CPU as 64 MiB did on a 20,000-post import, for 100 MB less
// resident memory. Each multi-row INSERT keeps the pages it changes in a
// statement journal, which SQLite writes to a temporary file past 64 KB
// unless temporary storage is in memory; that write cost a twentieth of
// the writer's time. PostgreSQL needs nothing.
func bulkWrites(ctx context.Context, db *store.DB) (restore func()) {
	if db.Dialect() != store.SQLite {
		return func() {}
	}
	var cache, wal, temp int64
	err := db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.QueryRow(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `PRAGMA temp_store`).Scan(&temp); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `PRAGMA wal_autocheckpoint`).Scan(&wal)
	})
	if err != nil {
		return func() {}
	}
	ctx = context.WithoutCancel(ctx) // restore even after a cancelled import
	set := func(cache, wal, temp int64) {
		_, _ = db.Exec(ctx, `PRAGMA cache_size = `+strconv.FormatInt(cache, 10))
		_, _ = db.Exec(ctx, `PRAGMA wal_autocheckpoint = `+strconv.FormatInt(wal, 10))
		_, _ = db.Exec(ctx, `PRAGMA temp_store = `+strconv.FormatInt(temp, 10))
	}
	set(-16<<10, 16000, 2) // 16 MiB of pages, a checkpoint per ~64 MB of log, temporary storage in memory
	return func() { set(cache, wal, temp) }
}

// deferredIndexes are the comment indexes that an import into a site
// without comments builds once at the end instead of row by row. Their
// keys (moderation queue, email, content hash) fall all over the index,
// so each batch rewrote a large part of them; building them at the end
// made a 100,000-post import a third faster. comments_thread, which
// readers' threads need, grows in post order and stays.
var deferredIndexes = []string{"comments_queue", "comments_email", "comments_repeat"}

// deferIndexes drops deferredIndexes when the site has no comments yet
// (SQLite only), recording each one's definition in wp_import_map first,
// and returns what builds them again. An import that was killed before
// it could leaves those rows behind, and the next import builds the
// indexes before it writes anything.
func deferIndexes(ctx context.Context, db *store.DB) (restore func() error, err error) {
	none := func() error { return nil }
	if db.Dialect() != store.SQLite {
		return none, nil
	}
	if err := restoreIndexes(ctx, db); err != nil {
		return none, err
	}
	dropped := false
	err = db.InTx(ctx, func(tx *store.Tx) error {
		var has int
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM comments)`).Scan(&has); err != nil || has != 0 {
			return err
		}
		for _, name := range deferredIndexes {
			var def string
			err := tx.QueryRow(ctx, `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments' AND name = ?`, name).Scan(&def)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if err := putMaps(ctx, tx, []mapRow{{kind: kindIndex, key: name, pending: []string{def}}}); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `DROP INDEX `+name); err != nil {
				return err
			}
			dropped = true
		}
		return nil
	})
	if err != nil {
		return none, fmt.Errorf("wordpress: set comment indexes aside: %w", err)
	}
	if !dropped {
		return none, nil
	}
	ctx = context.WithoutCancel(ctx) // build them even after a cancelled import
	return func() error { return restoreIndexes(ctx, db) }, nil
}

// restoreIndexes builds the indexes deferIndexes recorded.
func restoreIndexes(ctx context.Context, db *store.DB) error {
	rows, err := db.Query(ctx, `SELECT wp_key, pending FROM wp_import_map WHERE kind = ?`, kindIndex)
	if err != nil {
		return fmt.Errorf("wordpress: read import map: %w", err)
	}
	defs := map[string]string{}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return fmt.Errorf("wordpress: read import map: %w", err)
		}
		defs[name] = def
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return fmt.Errorf("wordpress: read import map: %w", err)
	}
	for name, def := range defs {
		err := db.InTx(ctx, func(tx *store.Tx) error {
			var n int
			if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?`, name).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				if _, err := tx.Exec(ctx, def); err != nil {
					return err
				}
			}
			_, err := tx.Exec(ctx, `DELETE FROM wp_import_map WHERE kind = ? AND wp_key = ?`, kindIndex, name)
			return err
		})
		if err != nil {
			return fmt.Errorf("wordpress: build index %s: %w", name, err)
		}
	}
	return nil
}
