// Package store opens Warta's database — an embedded SQLite file by
// default, PostgreSQL when given a postgres:// DSN — applies the embedded
// migrations of that dialect, and hands domain packages one small API
// (Query, QueryRow, Exec, InTx) in which SQL is written once with `?`
// placeholders and rebound for the dialect, and, for bulk loads on
// PostgreSQL, CopyFrom.
//
// Domain packages own their tables and SQL; store owns only connections,
// transactions, the Dialect and ErrNotFound. Times are stored as Unix
// seconds (BIGINT) in both dialects so that SQL and scanning stay identical.
//
// On SQLite, DB keeps read queries prepared after their first use
// (stmt.go): parsing and planning a statement costs more than running most
// of Warta's indexed reads. Write SQL once as a constant string with `?`
// placeholders; do not format values into it.
package store
