-- The newsroom admin (sqlite): sessions, login throttling, password resets,
-- editing locks, correction notices, sponsored and retracted posts, image
-- variants and each user's admin language. Times are Unix seconds.

-- id is the SHA-256 (hex) of the cookie's token: a stolen database
-- holds no usable session. csrf is the session's synchronizer token.
CREATE TABLE sessions (
    id         TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_seen  BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- One row per failed login; key is "ip:ADDRESS" or "email:SHA256".
CREATE TABLE login_attempts (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (key, created_at);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- Who has a post open in the editor, refreshed by the editor's heartbeat.
CREATE TABLE post_locks (
    post_id BIGINT PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    seen_at BIGINT NOT NULL
);

-- Corrections, clarifications and right-of-reply notices of a post.
CREATE TABLE post_notices (
    id         INTEGER PRIMARY KEY,
    post_id    BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    body       TEXT NOT NULL,
    editor_id  BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX post_notices_post ON post_notices (post_id, created_at);
CREATE INDEX post_notices_time ON post_notices (created_at DESC, id DESC);

ALTER TABLE posts ADD COLUMN sponsored INTEGER NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN retraction TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN retracted_at BIGINT;
ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT '';
-- JSON list of the resized copies of an image: [{"path","mime","width","height"}].
ALTER TABLE media ADD COLUMN variants TEXT NOT NULL DEFAULT '';
