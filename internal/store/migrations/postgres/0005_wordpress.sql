-- WordPress import (postgres): what each WordPress object became, the
-- attachments it brought, and the old URLs that redirect to new pages.

-- kind is user, category, tag, term, post, attachment or comment; wp_key
-- is the WordPress id (posts, attachments, comments, "term" rows) or the
-- old slug or login (categories, tags, users), as items refer to them.
-- checksum is the hash of what was last written, so a re-run skips what
-- did not change. warta_id is 0 when nothing was written (an attachment
-- whose file was missing). pending lists, one a line, the links of a post
-- to old URLs whose targets were not imported yet.
CREATE TABLE wp_import_map (
    kind     TEXT NOT NULL,
    wp_key   TEXT NOT NULL,
    warta_id BIGINT NOT NULL,
    checksum TEXT NOT NULL DEFAULT '',
    pending  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, wp_key)
);

-- Attachments as posts and galleries refer to them. url is the Warta
-- media URL, or the original URL when the file could not be copied.
-- file is the path under wp-content/uploads.
CREATE TABLE wp_import_attachments (
    wp_id     BIGINT PRIMARY KEY,
    parent_id BIGINT NOT NULL DEFAULT 0,
    position  INTEGER NOT NULL DEFAULT 0,
    file      TEXT NOT NULL DEFAULT '',
    url       TEXT NOT NULL,
    alt       TEXT NOT NULL DEFAULT '',
    caption   TEXT NOT NULL DEFAULT '',
    width     INTEGER NOT NULL DEFAULT 0,
    height    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX wp_import_attachments_parent ON wp_import_attachments (parent_id, position, wp_id);
CREATE INDEX wp_import_attachments_file ON wp_import_attachments (file);

-- Posts that were sticky on the WordPress site (Warta has no sticky flag
-- yet; a later feature can read it from here).
CREATE TABLE wp_import_sticky (
    post_id BIGINT PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE
);

-- Old paths (decoded, without a trailing slash) answered with a 301 to
-- the current URL of a post, term, author or media file.
CREATE TABLE wp_redirects (
    old_path    TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id   BIGINT NOT NULL
);
