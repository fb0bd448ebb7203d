// Package auth owns who may do what: users and their roles (WordPress's
// administrator, editor, author, contributor), capabilities, argon2id
// password hashes, and API bearer tokens. Tokens are stored only as
// SHA-256 hashes; passwords only as argon2id hashes.
package auth
