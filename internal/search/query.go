package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"warta/internal/textproc"
)

// Limits on what a reader's query may ask. Longer input is cut, not
// refused: a search box must always answer.
const (
	maxQueryRunes = 200 // characters of the query read
	maxClauses    = 10  // words, phrases and prefixes used
	maxPhrase     = 8   // words of one phrase
	minPrefix     = 2   // characters before a '*'
	minStemPrefix = 3   // characters of a prefix's stem
)

// clauseKind tells what one part of a query asks for.
type clauseKind int

const (
	wordClause   clauseKind = iota // a word in any inflected form
	phraseClause                   // "words in this order"
	prefixClause                   // words starting with ekono*
)

// clause is one required part of a query. Every article found matches all
// clauses of the query.
type clause struct {
	kind clauseKind
	// tokens are the normalised words as typed, stopwords kept.
	tokens []string
	// id and en are the stems under each language, stopwords of that
	// language dropped: one for a word, the sequence for a phrase. A
	// phrase that is all stopwords in a language has none there.
	id, en []string
	// prefixes are the beginnings a prefix clause accepts: as typed, and
	// its Indonesian stem when that differs ("bekerj" gives "kerj").
	prefixes []string
	// narrow are, once query.plan has run, a phrase's stems under each
	// language (id, en) that an index condition needs: all but those
	// held by most articles, which narrow its candidates little and cost
	// the index a long list to read; the phrase's check tests them anyway.
	narrow [2][]string
}

// query is a reader's query as the index understands it.
type query struct {
	text    string // the cleaned input, to show back
	clauses []clause
	// share is the share of the articles that may match, going by the
	// term counts, expected the share expected to (0: not known), and
	// dense tells that share is large; engines may pick their plan by
	// them.
	share, expected float64
	dense           bool
}

// stems returns the stems of q's words and phrases under both languages.
func (q *query) stems() []string {
	var stems []string
	for _, c := range q.clauses {
		stems = append(append(stems, c.id...), c.en...)
	}
	return stems
}

// empty reports whether the query has nothing to search for.
func (q *query) empty() bool { return len(q.clauses) == 0 }

// parseQuery reads a reader's input. Any input is accepted: quotes make
// phrases (an unclosed quote is ignored), a '*' ending a word makes a
// prefix, and all other punctuation, operators and column filters are
// plain text that the tokeniser drops.
func parseQuery(input string) query {
	text := cleanInput(input)
	q := query{text: text}
	segs := strings.Split(text, `"`)
	for i, seg := range segs {
		// Odd segments lie between quotes, unless the last quote is
		// unclosed (an even number of segments).
		quoted := i%2 == 1 && !(len(segs)%2 == 0 && i == len(segs)-1)
		if quoted {
			q.addPhrase(seg)
		} else {
			q.addWords(seg)
		}
	}
	if len(q.clauses) > maxClauses {
		q.clauses = q.clauses[:maxClauses]
	}
	return q
}

// cleanInput makes the input valid UTF-8 without control characters, at
// most maxQueryRunes long, with single spaces.
func cleanInput(s string) string {
	s = strings.ToValidUTF8(s, " ")
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n >= maxQueryRunes {
			break
		}
		if unicode.IsControl(r) || r == utf8.RuneError || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs) {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// addWords adds the words of an unquoted part, one clause per word.
func (q *query) addWords(seg string) {
	for field := range strings.FieldsSeq(seg) {
		star := strings.HasSuffix(field, "*")
		toks := textproc.Tokens(strings.TrimRight(field, "*"))
		for i, tok := range toks {
			if star && i == len(toks)-1 && utf8.RuneCountInString(tok) >= minPrefix {
				q.addPrefix(tok)
				continue
			}
			q.addWord(tok)
		}
	}
}

// addPrefix adds a prefix clause. The Indonesian stem of the prefix is
// accepted too, when it is still long enough to mean something, since
// the index holds stems.
func (q *query) addPrefix(tok string) {
	c := clause{kind: prefixClause, tokens: []string{tok}, prefixes: []string{tok}}
	if s := textproc.Stem(textproc.Indonesian, strings.ReplaceAll(tok, "'", "")); s != tok && utf8.RuneCountInString(s) >= minStemPrefix {
		c.prefixes = append(c.prefixes, s)
	}
	q.clauses = append(q.clauses, c)
}

// addWord adds one word unless it is a stopword in either language: a
// query does not say which language it is in, and an article drops the
// stopwords of its own.
func (q *query) addWord(tok string) {
	if textproc.IsStopword(textproc.Indonesian, tok) || textproc.IsStopword(textproc.English, tok) {
		return
	}
	id := textproc.Analyze(textproc.Indonesian, tok)
	en := textproc.Analyze(textproc.English, tok)
	if len(id) != 1 || len(en) != 1 || !indexable(id[0]) || !indexable(en[0]) {
		return
	}
	for _, c := range q.clauses {
		if c.kind == wordClause && c.id[0] == id[0] && c.en[0] == en[0] {
			return // asked twice
		}
	}
	q.clauses = append(q.clauses, clause{kind: wordClause, tokens: []string{tok}, id: id, en: en})
}

// addPhrase adds a quoted part: a phrase, or a word when it holds one.
func (q *query) addPhrase(seg string) {
	toks := textproc.Tokens(seg)
	if len(toks) > maxPhrase {
		toks = toks[:maxPhrase]
	}
	switch len(toks) {
	case 0:
		return
	case 1:
		q.addWord(toks[0])
		return
	}
	c := clause{kind: phraseClause, tokens: toks}
	for _, tok := range toks {
		c.id = append(c.id, textproc.Analyze(textproc.Indonesian, tok)...)
		c.en = append(c.en, textproc.Analyze(textproc.English, tok)...)
	}
	c.id, c.en = slicesIndexable(c.id), slicesIndexable(c.en)
	if len(c.id) == 0 && len(c.en) == 0 {
		return // only stopwords
	}
	q.clauses = append(q.clauses, c)
}

// indexable reports whether a term has a letter or digit, so that every
// full-text tokeniser keeps something of it.
func indexable(term string) bool {
	return strings.IndexFunc(term, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func slicesIndexable(terms []string) []string {
	out := terms[:0]
	for _, t := range terms {
		if indexable(t) {
			out = append(out, t)
		}
	}
	return out
}
