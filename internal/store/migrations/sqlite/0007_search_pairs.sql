-- Phrase search (sqlite): nothing to change. FTS5 keeps the positions of
-- every term in its index; PostgreSQL's search_docs gains a filter of
-- adjacent stem pairs in this version.
SELECT 1;
