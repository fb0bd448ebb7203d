// Package textproc is Warta's language analysis for Indonesian and English
// text: tokenising, stopwords, stemming and a simple language guess. Search,
// related posts and spam scoring build on it.
//
// Every function is pure: no I/O, no shared mutable state, safe for
// concurrent use.
//
// # Tokens
//
// [Tokens] turns text or an HTML fragment into lower-case word tokens:
//
//   - Text containing '<' is read as HTML: tags are dropped (inline tags
//     such as <b> or <a> do not split a word, block tags do), the contents
//     of <script> and <style> are skipped, and entities are decoded.
//     Otherwise only entities are decoded.
//   - Unicode is normalised to NFKC (full-width "Ｗａｒｔａ" becomes
//     "warta", ligatures are split), lower-cased, and accents are removed
//     from letters ("café" becomes "cafe"); a few letters without a
//     decomposition are spelled out ("ß" as "ss", "ø" as "o").
//   - A token is a run of letters, digits and combining marks. An
//     apostrophe between two letters stays inside the token, written as
//     ASCII "'" ("jum'at", "don't"). A '.' or ',' between two digits stays
//     too, so numbers are kept whole ("1.500.000", "3,5"). A token of the
//     form "rp" followed by digits is split into "rp" and the amount.
//     Tokens longer than 64 bytes (hashes, encoded data) are dropped.
//   - Words joined by hyphens are compounds, handled in three steps.
//     First, the affixes Indonesian writes with a hyphen are dropped:
//     "se-" and "ke-" in front ("se-Indonesia", "ke-2"), and "-an", "-nya",
//     "-ku", "-mu", "-lah", "-kah", "-pun" behind ("2000-an", "PR-nya").
//     Then a reduplication of two letter-only parts where one part starts
//     or ends with the other gives that shorter part, the base:
//     "negara-negara" and "kupu-kupu" give "negara" and "kupu",
//     "anak-anaknya" gives "anak", "bermain-main" gives "main",
//     "berbagai-bagai" gives "bagai". Anything else is split into its
//     parts: "sayur-mayur" gives "sayur", "mayur"; "covid-19" gives
//     "covid", "19"; "tembak-menembak" gives "tembak", "menembak".
//
// # Analysis
//
// [Analyze] is the form search indexes: tokens without stopwords, stemmed.
// Indonesian uses the Snowball Indonesian stemmer (Tala's algorithm), with
// apostrophes removed first ("jum'at" and "jumat" meet); English uses
// Snowball English (Porter2). These are the stemmers of PostgreSQL's
// built-in indonesian and english text search configurations, and a test
// checks that the stems are theirs, so that the vectors search writes
// from them on PostgreSQL are those configurations' vectors (Warta's
// stopwords left out). [Terms] counts the analysed terms for tf-idf.
// An [Analyzer] analyses many texts in a row, such as an archive being
// indexed: it remembers the words it has stemmed, in a hash table of its
// own (memo.go) whose lookups read two cache lines, and numbers the terms
// it gives ([Analyzer.Term]), so that its caller can count them in
// slices.
package textproc
