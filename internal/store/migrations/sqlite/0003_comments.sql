-- Comments (sqlite): the thread under each article, moderation, reports,
-- email confirmation and rate-limit counters. Times are Unix seconds.

-- email is lower-cased and never shown publicly; ip_hash is a keyed hash
-- of the address (the /64 network for IPv6). content_hash finds repeats.
-- reasons holds why the comment was held or marked spam, one per line.
CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    post_id      BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    parent_id    BIGINT REFERENCES comments(id) ON DELETE SET NULL,
    depth        INTEGER NOT NULL DEFAULT 1,
    author       TEXT NOT NULL,
    email        TEXT NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    content      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    status       TEXT NOT NULL,
    reasons      TEXT NOT NULL DEFAULT '',
    score        DOUBLE PRECISION NOT NULL DEFAULT 0,
    ip_hash      TEXT NOT NULL DEFAULT '',
    user_agent   TEXT NOT NULL DEFAULT '',
    user_id      BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX comments_thread ON comments (post_id, status, created_at, id);
CREATE INDEX comments_queue ON comments (status, created_at DESC, id DESC);
CREATE INDEX comments_email ON comments (email, status);
CREATE INDEX comments_repeat ON comments (content_hash, created_at);

-- Readers' reports ("Laporkan"); due_at is the 2x24-hour deadline.
CREATE TABLE comment_reports (
    id          INTEGER PRIMARY KEY,
    comment_id  BIGINT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    ip_hash     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    due_at      BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (comment_id, ip_hash)
);
CREATE INDEX comment_reports_open ON comment_reports (resolved_at, due_at);

-- Addresses confirmed through a one-time link, by keyed hash.
CREATE TABLE comment_emails (
    email_hash   TEXT PRIMARY KEY,
    confirmed_at BIGINT NOT NULL
);

-- One-time confirmation links; token_hash is the SHA-256 of the token.
CREATE TABLE comment_confirmations (
    token_hash TEXT PRIMARY KEY,
    comment_id BIGINT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    email_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX comment_confirmations_expiry ON comment_confirmations (expires_at);

-- Fixed-window counters shared by every server: bucket is "ip:HASH",
-- "email:HASH" or "report:HASH"; window_start is in Unix seconds.
CREATE TABLE comment_rate (
    bucket       TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX comment_rate_age ON comment_rate (window_start);
