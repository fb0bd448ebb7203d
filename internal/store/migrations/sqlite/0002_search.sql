-- Full-text search and related posts (SQLite). The search package owns
-- these tables and keeps them in step with publishing.

-- search_docs has one row per indexed (published) article. tf lists the
-- article's analysed terms as "term:count" pairs, the basis of its
-- related-posts similarity and of document-frequency upkeep; nterms is
-- how many distinct terms it has.
CREATE TABLE search_docs (
    post_id      INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    nterms       INTEGER NOT NULL,
    tf           TEXT NOT NULL
);
CREATE INDEX search_docs_published ON search_docs (published_at, post_id);

-- search_fts holds the stems textproc produced for title, lead and body,
-- space-separated, and a token per category of the article ("c7") for
-- the category filter; its rowid is the post id. Contentless: the text
-- lives in posts.
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, lead, body, cats,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);

-- search_terms counts, per analysed term, the indexed articles holding it
-- (tf-idf for related posts, spelling suggestions). The row with the
-- empty term counts the indexed articles. head is the term's first letter.
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY,
    df   BIGINT NOT NULL,
    head TEXT NOT NULL,
    len  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX search_terms_head ON search_terms (head, len);

-- related_posts is each article's stored "Related Posts" list, best first.
CREATE TABLE related_posts (
    post_id    BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    related_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, position)
);
CREATE INDEX related_posts_related ON related_posts (related_id);
