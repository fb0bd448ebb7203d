-- Warta's first schema (SQLite). Times are Unix seconds.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    slug          TEXT NOT NULL UNIQUE,
    bio           TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash   TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT
);

CREATE TABLE media (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,
    mime        TEXT NOT NULL,
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    size        BIGINT NOT NULL DEFAULT 0,
    alt         TEXT NOT NULL DEFAULT '',
    caption     TEXT NOT NULL DEFAULT '',
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE posts (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL,
    status          TEXT NOT NULL,
    slug            TEXT NOT NULL,
    title           TEXT NOT NULL,
    lead            TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    excerpt         TEXT NOT NULL DEFAULT '',
    image_url       TEXT NOT NULL DEFAULT '',
    image_alt       TEXT NOT NULL DEFAULT '',
    image_caption   TEXT NOT NULL DEFAULT '',
    image_width     INTEGER NOT NULL DEFAULT 0,
    image_height    INTEGER NOT NULL DEFAULT 0,
    author_id       BIGINT REFERENCES users(id) ON DELETE SET NULL,
    comment_status  TEXT NOT NULL DEFAULT 'open',
    seo_title       TEXT NOT NULL DEFAULT '',
    seo_description TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    published_at    BIGINT,
    UNIQUE (type, slug)
);
CREATE INDEX posts_listing ON posts (type, status, published_at DESC, id DESC);
CREATE INDEX posts_author ON posts (author_id, type, status, published_at DESC, id DESC);

CREATE TABLE terms (
    id          INTEGER PRIMARY KEY,
    taxonomy    TEXT NOT NULL,
    name        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    parent_id   BIGINT REFERENCES terms(id) ON DELETE SET NULL,
    UNIQUE (taxonomy, slug)
);

-- listed_at is the post's published_at while it is published and NULL
-- otherwise, so archives page through one index without touching posts.
CREATE TABLE post_terms (
    post_id   BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    term_id   BIGINT NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    listed_at BIGINT,
    PRIMARY KEY (post_id, term_id)
);
CREATE INDEX post_terms_listing ON post_terms (term_id, listed_at DESC, post_id DESC);

CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    post_id    BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    lead       TEXT NOT NULL,
    body       TEXT NOT NULL,
    excerpt    TEXT NOT NULL,
    editor_id  BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX revisions_post ON revisions (post_id, id DESC);

-- purge_log carries page-cache purges from any process to every server.
CREATE TABLE purge_log (
    id         INTEGER PRIMARY KEY,
    keys       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
