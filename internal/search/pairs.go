package search

import "strings"

// pairFilter is the Bloom filter of an article's adjacent stem pairs
// (within a field, as phrases match) that PostgreSQL keeps beside its
// vector: a phrase's candidates, the articles holding all its words,
// are tested on it before their vectors, stored out of line, are read
// to check the positions. It has pairBits bits per pair, at most
// maxPairBytes bytes, and each pair sets the three bits of pairProbes; a
// phrase of common words then reads the vectors of its matches and of
// about one in a hundred other candidates, instead of all of them.
func pairFilter(d *doc) []byte {
	pairs := 0
	for _, field := range d.fields {
		pairs += max(len(field)-1, 0)
	}
	if pairs == 0 {
		return []byte{} // not NULL
	}
	f := make([]byte, min((pairs*pairBits+7)/8, maxPairBytes))
	bits := uint32(len(f) * 8)
	for _, field := range d.fields {
		for i := 1; i < len(field); i++ {
			for _, p := range pairProbes(d.terms[field[i-1]].text, d.terms[field[i]].text) {
				p %= bits
				f[p/8] |= 1 << (p % 8) // bit p as PostgreSQL's get_bit numbers it
			}
		}
	}
	return f
}

// Bloom filter sizes: 12 bits per pair and three probes make about one
// candidate in a hundred a false positive; maxPairBytes bounds a long
// article's filter, which is kept in the row.
const (
	pairBits     = 12
	maxPairBytes = 2048
)

// pairProbes returns the three bits pair (a, b) sets, before they are
// reduced to a filter's size: h1, h1+h2 and h1+2·h2, where h1 and h2 are
// the halves of the 64-bit FNV-1a hash of a, a zero byte and b, mixed as
// MurmurHash3 finishes.
func pairProbes(a, b string) [3]uint32 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	h *= prime // the zero byte
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	h1, h2 := uint32(h), uint32(h>>32)
	return [3]uint32{h1, h1 + h2, h1 + 2*h2}
}

// pgPhraseCheck returns the condition checking q's phrases on an article
// (search_docs d) that its vector's index condition only says holds
// their words, and its arguments; "" when q has no phrase. The condition
// is one CASE, so that the filter is tested first: the planner would
// order separate conditions by its own costs, in which reading a vector
// costs nothing. An article with an empty filter (indexed before there
// were filters) is checked on its vector alone.
func pgPhraseCheck(q *query) (string, []any) {
	if !hasPhrase(q) {
		return "", nil
	}
	var clauses []string
	var args []any
	for _, c := range q.clauses {
		if c.kind != phraseClause {
			continue
		}
		var alts []string
		var altArgs []any
		for _, stems := range [][]string{c.id, c.en} {
			if len(stems) == 0 {
				continue
			}
			if len(stems) == 1 {
				alts = nil // a word: any article holding it
				break
			}
			var bits []string
			for i := 1; i < len(stems); i++ {
				for _, p := range pairProbes(stems[i-1], stems[i]) {
					bits = append(bits, `get_bit(d.pairs, (CAST(? AS BIGINT) % (octet_length(d.pairs) * 8))::int) = 1`)
					altArgs = append(altArgs, int64(p))
				}
			}
			alts = append(alts, "("+strings.Join(bits, " AND ")+")")
		}
		if len(alts) > 0 {
			clauses = append(clauses, "("+strings.Join(alts, " OR ")+")")
			args = append(args, altArgs...)
		}
	}
	test := "TRUE"
	if len(clauses) > 0 {
		test = "octet_length(d.pairs) = 0 OR (" + strings.Join(clauses, " AND ") + ")"
	}
	return " AND CASE WHEN " + test + " THEN ts_match_vq(d.tsv, CAST(? AS tsquery)) ELSE FALSE END",
		append(args, pgQuery(q, true))
}

// hasPhrase reports whether q has a phrase clause.
func hasPhrase(q *query) bool {
	for _, c := range q.clauses {
		if c.kind == phraseClause {
			return true
		}
	}
	return false
}
