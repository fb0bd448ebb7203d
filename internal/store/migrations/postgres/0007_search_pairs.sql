-- Phrase search (PostgreSQL). pairs is a Bloom filter of the adjacent
-- stem pairs of the article (search.pairFilter): a phrase query tests it
-- on the heap row before reading the article's vector, out of line, to
-- check the positions. Rows indexed before this column existed have it
-- empty and are checked on their vectors alone until `warta reindex`.
ALTER TABLE search_docs ADD COLUMN pairs BYTEA NOT NULL DEFAULT '';
ALTER TABLE search_docs ALTER COLUMN pairs SET STORAGE PLAIN;
