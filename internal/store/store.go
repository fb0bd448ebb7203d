package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	_ "modernc.org/sqlite"           // registers the "sqlite" database/sql driver
)

// ErrNotFound is returned by domain packages when a looked-up row does not
// exist. Never return nil, nil for "not found".
var ErrNotFound = errors.New("not found")

// DB is an open Warta database. Reads go to a read pool; writes go to a
// write pool which, on SQLite, holds one connection so that writers queue
// in Go instead of failing with SQLITE_BUSY. On SQLite the read pool keeps
// each read query prepared after its first use (see stmtCache).
type DB struct {
	dialect Dialect
	read    *sql.DB
	write   *sql.DB
	stmts   *stmtCache // nil on PostgreSQL
}

// Open connects to dsn: a "postgres://" or "postgresql://" URL selects
// PostgreSQL; anything else is taken as the path of a SQLite file (created
// if missing). Migrations are applied before Open returns.
func Open(ctx context.Context, dsn string) (*DB, error) {
	db, err := connect(dsn)
	if err != nil {
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// SQLitePath is the database file inside a data directory.
func SQLitePath(dataDir string) string { return filepath.Join(dataDir, "warta.db") }

func connect(dsn string) (*DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		pool, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		pool.SetMaxOpenConns(20)
		pool.SetMaxIdleConns(10)
		pool.SetConnMaxIdleTime(5 * time.Minute)
		return &DB{dialect: Postgres, read: pool, write: pool}, nil
	}
	if dir := filepath.Dir(dsn); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("store: create data directory: %w", err)
		}
	}
	const pragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	write, err := sql.Open("sqlite", "file:"+dsn+"?"+pragmas+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxIdleTime(0)
	read, err := sql.Open("sqlite", "file:"+dsn+"?"+pragmas+"&_pragma=query_only(1)")
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	n := max(4, runtime.NumCPU()*2)
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	return &DB{dialect: SQLite, read: read, write: write, stmts: newStmtCache(read)}, nil
}

// Dialect tells which database this is.
func (db *DB) Dialect() Dialect { return db.dialect }

// Close closes both pools.
func (db *DB) Close() error {
	db.stmts.close()
	err := db.write.Close()
	if db.read != db.write {
		err = errors.Join(err, db.read.Close())
	}
	return err
}

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error { return db.read.PingContext(ctx) }

// Query runs a read query on the read pool.
func (db *DB) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	q = db.dialect.Rebind(q)
	if st := db.stmts.get(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return db.read.QueryContext(ctx, q, args...)
}

// QueryRow runs a read query returning at most one row on the read pool.
// Use a transaction (InTx) for INSERT … RETURNING.
func (db *DB) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	q = db.dialect.Rebind(q)
	if st := db.stmts.get(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return db.read.QueryRowContext(ctx, q, args...)
}

// Exec runs a statement on the write pool.
func (db *DB) Exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return db.write.ExecContext(ctx, db.dialect.Rebind(q), args...)
}

// InTx runs fn in a write transaction, committing when fn returns nil and
// rolling back otherwise.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqlTx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(&Tx{tx: sqlTx, dialect: db.dialect}); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Tx is a write transaction with the same rebinding API as DB.
type Tx struct {
	tx      *sql.Tx
	dialect Dialect
}

// Dialect tells which database this is.
func (tx *Tx) Dialect() Dialect { return tx.dialect }

// Query runs a query inside the transaction.
func (tx *Tx) Query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, tx.dialect.Rebind(q), args...)
}

// QueryRow runs a query returning at most one row inside the transaction.
func (tx *Tx) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, tx.dialect.Rebind(q), args...)
}

// Exec runs a statement inside the transaction.
func (tx *Tx) Exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, tx.dialect.Rebind(q), args...)
}

// Querier is what DB and Tx share: domain functions that only read take it
// so that they work inside and outside a transaction.
type Querier interface {
	Dialect() Dialect
	Query(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRow(ctx context.Context, q string, args ...any) *sql.Row
	Exec(ctx context.Context, q string, args ...any) (sql.Result, error)
}

var (
	_ Querier = (*DB)(nil)
	_ Querier = (*Tx)(nil)
)

// CopyFrom loads rows into table's columns with PostgreSQL's COPY, in
// its binary format, in a transaction of its own, and returns how many
// rows it loaded. For bulk loads only; SQLite has no COPY and gets an
// error.
func (db *DB) CopyFrom(ctx context.Context, table string, columns []string, rows *CopyRows) (int64, error) {
	if db.dialect != Postgres {
		return 0, errors.New("store: COPY needs PostgreSQL")
	}
	cols := make([]string, len(columns))
	for i, c := range columns {
		cols[i] = pgx.Identifier{c}.Sanitize()
	}
	sql := "COPY " + pgx.Identifier{table}.Sanitize() + " (" + strings.Join(cols, ", ") + ") FROM STDIN (FORMAT binary)"
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: copy into %s: %w", table, err)
	}
	defer conn.Close()
	var n int64
	err = conn.Raw(func(driverConn any) error {
		c, ok := driverConn.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("unexpected driver connection %T", driverConn)
		}
		tag, err := c.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(rows.bytes()), sql)
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: copy into %s: %w", table, err)
	}
	return n, nil
}

// CopyRows are rows in COPY's binary format, for CopyFrom: start each
// row with Row, then give its fields in the columns' order, each in its
// type's binary form. The zero value is empty.
type CopyRows struct{ b []byte }

// copyHeader starts COPY's binary format: signature, flags, extension.
const copyHeader = "PGCOPY\n\xff\r\n\x00" + "\x00\x00\x00\x00" + "\x00\x00\x00\x00"

// Row starts a row of fields fields.
func (r *CopyRows) Row(fields int) {
	if len(r.b) == 0 {
		r.b = append(r.b, copyHeader...)
	}
	r.b = binary.BigEndian.AppendUint16(r.b, uint16(fields))
}

// Int64 adds a bigint field.
func (r *CopyRows) Int64(v int64) {
	r.b = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(r.b, 8), uint64(v))
}

// Int32 adds an integer field.
func (r *CopyRows) Int32(v int32) {
	r.b = binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(r.b, 4), uint32(v))
}

// Text adds a text field.
func (r *CopyRows) Text(s string) {
	r.b = append(binary.BigEndian.AppendUint32(r.b, uint32(len(s))), s...)
}

// Bytes adds a bytea field.
func (r *CopyRows) Bytes(b []byte) {
	r.b = append(binary.BigEndian.AppendUint32(r.b, uint32(len(b))), b...)
}

// Field adds a field whose binary form, as the type's receive function
// reads it, encode appends to its argument.
func (r *CopyRows) Field(encode func([]byte) []byte) {
	at := len(r.b)
	r.b = encode(binary.BigEndian.AppendUint32(r.b, 0))
	binary.BigEndian.PutUint32(r.b[at:], uint32(len(r.b)-at-4))
}

// Reset empties r, keeping its memory for the next rows.
func (r *CopyRows) Reset() { r.b = r.b[:0] }

// bytes returns the rows with COPY's trailer, which is written past the
// rows' end, into spare capacity when there is some: the next row
// overwrites it.
func (r *CopyRows) bytes() []byte {
	if len(r.b) == 0 {
		r.b = append(r.b, copyHeader...)
	}
	return binary.BigEndian.AppendUint16(r.b, 0xffff)
}
