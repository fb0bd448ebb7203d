-- The GIN index of search_docs takes each save's entries at once
-- (fastupdate off), about a millisecond per article. With PostgreSQL's
-- default, saves append to a pending list of up to 4 MB, about 1,500
-- articles, that every search then reads in full: on a site of 100,000
-- articles such a list made the search benchmark's p95 ten times slower.
-- Entries pending from before are moved into the index here.
ALTER INDEX search_docs_tsv SET (fastupdate = off);
SELECT gin_clean_pending_list('search_docs_tsv');
