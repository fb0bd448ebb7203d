-- Full-text search and related posts (PostgreSQL). The search package owns
-- these tables and keeps them in step with publishing.

-- search_docs has one row per indexed (published) article. tsv holds the
-- stems textproc gives the article's title, lead and body (Snowball
-- Indonesian or English, the stemmers of PostgreSQL's indonesian and
-- english configurations) with their positions, plus a lexeme per
-- category ('cat:7', which no query text can produce) for the category
-- filter. A rebuild replaces the table with a new one. tf lists the
-- article's terms as textproc analyses them ("term:count" pairs), the
-- basis of its related-posts similarity and of document-frequency upkeep;
-- nterms is how many distinct terms it has.
--
-- tf and tsv are kept out of line and uncompressed: the heap stays a few
-- megabytes, so that scans reading many matches' ids stay fast, and a
-- match needs no decompression.
CREATE TABLE search_docs (
    post_id      BIGINT PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    nterms       INTEGER NOT NULL,
    tf           TEXT NOT NULL,
    tsv          tsvector NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE search_docs ALTER COLUMN tf SET STORAGE EXTERNAL, ALTER COLUMN tsv SET STORAGE EXTERNAL;
CREATE INDEX search_docs_published ON search_docs (published_at, post_id);
CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv);

-- search_terms counts, per analysed term, the indexed articles holding it
-- (tf-idf for related posts, spelling suggestions). The row with the
-- empty term counts the indexed articles. head is the term's first letter.
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY,
    df   BIGINT NOT NULL,
    head TEXT NOT NULL,
    len  INTEGER NOT NULL
);
CREATE INDEX search_terms_head ON search_terms (head, len);

-- related_posts is each article's stored "Related Posts" list, best first.
CREATE TABLE related_posts (
    post_id    BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    related_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, position)
);
CREATE INDEX related_posts_related ON related_posts (related_id);
