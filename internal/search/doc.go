// Package search is Warta's full-text search and its "Related Posts": an
// index of the published articles that understands Indonesian and English
// morphology, kept in step with publishing, and each article's related
// list, computed when it is published or edited and stored.
//
// # Index
//
// Text is analysed by textproc: the language of each article is guessed
// (Indonesian or English), its words are tokenised, stopwords dropped and
// the rest stemmed, so that "kerja" finds "bekerja", "pekerjaan" and
// "dikerjakan". The same stems, with their positions, go into the
// database's full-text index, so a query finds the same articles on both:
//
//   - SQLite: an FTS5 table over the stems, with a token per category
//     for the category filter.
//   - PostgreSQL: a tsvector per article written from the stems (the
//     stemmers of the server's indonesian and english configurations;
//     its own parser and stemmers would cost more than the rest of a
//     rebuild together), with a lexeme per category and a GIN index, and
//     a Bloom filter of the article's adjacent stem pairs, tested on a
//     phrase's candidates before their vectors, stored out of line, are
//     read for the positions (a phrase's candidates are looked up by its
//     words but those most articles hold). Matches are read newest
//     first, in ranges of ids sized from the term counts.
//
// Rebuild (`warta reindex`) analyses the articles on every CPU. SQLite
// rewrites the entries in place, batch by batch, with FTS5's merging
// deferred to the end. PostgreSQL copies the entries into a new table
// (COPY in the binary format, the vectors sorted as the server keeps
// them) whose GIN index fills as the copies go, through a large pending
// list, builds its other indexes and a new term table at the end, and
// swaps both in in one transaction, so that searches read the old index
// until then and a rebuild cut short leaves it intact; articles saved
// meanwhile are indexed again after the swap.
//
// newEngine is the only place that tells the two apart; query parsing,
// ranking, paging, highlighting, related posts and suggestions are
// written once. Both keep search_docs (one row per indexed article with
// its textproc term counts) and search_terms (document frequencies) the
// same way, so tf-idf works alike on both.
//
// # Queries
//
// A reader's query is never handed to the database as syntax. It is cut
// to a sane length, cleaned of control characters and invalid UTF-8, and
// read as words (in any inflected form), "quoted phrases" and prefixes
// (ekono*); everything else (operators, parentheses, column filters,
// unbalanced quotes) is plain text. The engine's query is built from the
// analysed tokens, every term quoted, all terms required.
//
// A search first reads the ids of the newest matches, up to MaxTotal+1
// (for a query with a phrase, whose every match is checked on its
// positions, as many as are ranked): their number is the count. The
// newest hundred of them are ranked by BM25 over their stored term
// counts, and older matches follow, newest first. Ranking every match of a common word, or
// using the databases' own ranking functions, which first count every
// match of every query term, would cost tens of milliseconds on an
// archive of 100,000 articles; readers of news want recent coverage
// anyway.
//
// Highlighting is done in Go on the article's own text: words whose stem
// (or prefix) matches the query are marked, in the passage of about 30
// words that holds the most distinct query terms. A query that finds
// nothing gets a suggestion: a misspelt word replaced by a near word of
// the index, fewer words, or no filters.
//
// # Related posts
//
// An article's related list is "more like this": its most characteristic
// terms (tf-idf against search_terms) form an OR query on the full-text
// index; the candidates are re-ranked by the share of those terms they
// hold, shared categories and tags, and closeness in time. Lists are
// stored in related_posts when an article is published or edited. The
// articles the new one is most like, whose lists it may enter, and those
// whose lists held an article that went offline, are recomputed by a
// bounded background worker, which purges the cached pages of the
// articles whose lists changed.
//
// Index implements content.Observer; register it with
// content.Service.AddObserver.
package search
