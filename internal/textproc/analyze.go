package textproc

import "strings"

// Lang names a language the package analyses, as an ISO 639-1 code.
type Lang string

// The languages Warta analyses.
const (
	Indonesian Lang = "id"
	English    Lang = "en"
)

// detectLimit bounds the tokens DetectLang reads: a few hundred words
// settle the question, and long articles should not cost more.
const detectLimit = 500

// Stem returns the stem of word, a token as [Tokens] returns it: Snowball
// Indonesian for [Indonesian], Snowball English (Porter2) for [English].
// Other languages get the word back unchanged.
func Stem(lang Lang, word string) string {
	switch lang {
	case Indonesian:
		return stemIndonesian(word)
	case English:
		return stemEnglish(word)
	}
	return word
}

// Analyze returns the terms search indexes for text: its tokens in order,
// stopwords removed, stemmed. For [Indonesian], apostrophes are removed
// before that, so "Jum'at" and "Jumat" give the same term. Other languages
// get the plain tokens.
func Analyze(lang Lang, text string) []string {
	var out []string
	eachToken(text, func(tok string) bool {
		if term := analyzeToken(lang, tok); term != "" {
			out = append(out, term)
		}
		return true
	})
	return out
}

// Analyzer is [Analyze] for many texts in a row, such as a whole archive
// being indexed: it remembers, for each token it has analysed, its term
// and which language's stopword it is, as the same words recur from text
// to text and stemming them is most of the work. It also numbers the
// terms it gives (see [Term]). It is not safe for concurrent use: give
// each goroutine its own. The zero value is ready to use.
type Analyzer struct {
	memo map[string]*memoEntry
	seen []*memoEntry     // Document's tokens, kept for the next call
	ids  map[string]int32 // each term's number
}

// Term is a term an [Analyzer] gave, with its number: an Analyzer numbers
// the distinct terms it meets 0, 1, 2… in the order it meets them, and
// keeps the numbers for its life, so that a caller can count terms in a
// slice indexed by ID instead of a map keyed by text.
type Term struct {
	Text string
	ID   int32
}

// memoEntry is what an Analyzer remembers of a token.
type memoEntry struct {
	tok   string
	class langClass
	// terms holds the token's term in Indonesian and in English (Text ""
	// for a stopword), once known.
	terms [2]Term
	known [2]bool
}

// maxMemo bounds the tokens an Analyzer remembers; it forgets them all
// when it has seen that many (an archive has far fewer distinct words).
const maxMemo = 1 << 18

// Analyze returns what the function [Analyze] returns for text.
func (a *Analyzer) Analyze(lang Lang, text string) []string {
	var out []string
	eachToken(text, func(tok string) bool {
		if term := a.term(a.entry(tok), lang); term.Text != "" {
			out = append(out, term.Text)
		}
		return true
	})
	return out
}

// Document analyses the fields of one text, such as an article's title,
// lead and body, reading each only once: it returns the language
// [DetectLang] guesses for the fields joined by newlines, and the terms
// [Analyze] returns for each field in that language, numbered.
func (a *Analyzer) Document(fields ...string) (Lang, [][]Term) {
	seen := a.seen[:0]
	ends := make([]int, len(fields))
	var c langCount
	for i, f := range fields {
		eachToken(f, func(tok string) bool {
			e := a.entry(tok)
			seen = append(seen, e)
			c.addClass(e.class)
			return true
		})
		ends[i] = len(seen)
	}
	a.seen = seen
	lang := c.lang()
	terms := make([][]Term, len(fields))
	start := 0
	for i, end := range ends {
		out := make([]Term, 0, end-start)
		for _, e := range seen[start:end] {
			if term := a.term(e, lang); term.Text != "" {
				out = append(out, term)
			}
		}
		terms[i], start = out, end
	}
	clear(seen)
	return lang, terms
}

// entry returns the memo entry of tok, made when missing.
func (a *Analyzer) entry(tok string) *memoEntry {
	if e := a.memo[tok]; e != nil {
		return e
	}
	if a.memo == nil || len(a.memo) >= maxMemo {
		a.memo = make(map[string]*memoEntry, 1<<12)
	}
	tok = strings.Clone(tok) // tok may hold on to a whole text
	e := &memoEntry{tok: tok, class: classOf(tok)}
	a.memo[tok] = e
	return e
}

// term returns the term of e's token in lang.
func (a *Analyzer) term(e *memoEntry, lang Lang) Term {
	i := 0
	switch lang {
	case Indonesian:
	case English:
		i = 1
	default:
		return a.number(analyzeToken(lang, e.tok))
	}
	if !e.known[i] {
		e.terms[i] = a.number(analyzeToken(lang, e.tok))
		e.known[i] = true
	}
	return e.terms[i]
}

// number returns term t with its number ("" stays unnumbered).
func (a *Analyzer) number(t string) Term {
	if t == "" {
		return Term{}
	}
	id, ok := a.ids[t]
	if !ok {
		if a.ids == nil {
			a.ids = make(map[string]int32, 1<<12)
		}
		id = int32(len(a.ids))
		a.ids[t] = id
	}
	return Term{Text: t, ID: id}
}

// Terms returns how often each term of [Analyze] occurs in text, the term
// frequencies of tf-idf.
func Terms(lang Lang, text string) map[string]int {
	tf := make(map[string]int)
	eachToken(text, func(tok string) bool {
		if term := analyzeToken(lang, tok); term != "" {
			tf[term]++
		}
		return true
	})
	return tf
}

// analyzeToken returns the term for one token, or "" for a stopword.
func analyzeToken(lang Lang, tok string) string {
	if lang == Indonesian && strings.IndexByte(tok, '\'') >= 0 {
		tok = strings.ReplaceAll(tok, "'", "")
	}
	if IsStopword(lang, tok) {
		return ""
	}
	return Stem(lang, tok)
}

// DetectLang guesses whether text is Indonesian or English by counting, in
// its first few hundred tokens, the stopwords that belong to only one of
// the two lists. Ties, including text with no stopwords at all, go to
// Indonesian, Warta's default language.
func DetectLang(text string) Lang {
	var c langCount
	eachToken(text, c.add)
	return c.lang()
}

// langClass tells whether a token is a stopword of only one of the two
// languages.
type langClass int8

const (
	neither langClass = iota
	onlyIndonesian
	onlyEnglish
)

// classOf returns the langClass of tok.
func classOf(tok string) langClass {
	inID, inEN := IsStopword(Indonesian, tok), IsStopword(English, tok)
	switch {
	case inID && !inEN:
		return onlyIndonesian
	case inEN && !inID:
		return onlyEnglish
	}
	return neither
}

// langCount counts, in the first detectLimit tokens it is given, the
// stopwords of only one of the two languages.
type langCount struct {
	id, en, seen int
}

// add counts tok and reports whether more tokens would count.
func (c *langCount) add(tok string) bool {
	if c.seen >= detectLimit {
		return false
	}
	return c.addClass(classOf(tok))
}

// addClass counts a token of class k and reports whether more tokens
// would count.
func (c *langCount) addClass(k langClass) bool {
	if c.seen >= detectLimit {
		return false
	}
	switch k {
	case onlyIndonesian:
		c.id++
	case onlyEnglish:
		c.en++
	}
	c.seen++
	return c.seen < detectLimit
}

// lang is the guess: English when it had more English-only stopwords.
func (c *langCount) lang() Lang {
	if c.en > c.id {
		return English
	}
	return Indonesian
}
