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
// terms it gives: 0, 1, 2… in the order it meets them, numbers it keeps
// for its life, so that a caller can count terms in a slice indexed by
// number instead of a map keyed by text. It is not safe for concurrent
// use: give each goroutine its own. The zero value is ready to use.
type Analyzer struct {
	memo  memo
	seen  []int32          // Document's tokens, as memo entries
	ids   map[string]int32 // each term's number
	terms []string         // each number's term
}

// maxMemo bounds the tokens an Analyzer remembers; it forgets them all
// when it has seen that many (an archive has far fewer distinct words).
const maxMemo = 1 << 18

// Analyze returns what the function [Analyze] returns for text.
func (a *Analyzer) Analyze(lang Lang, text string) []string {
	a.forgetWhenFull()
	var out []string
	eachToken(text, func(tok string) bool {
		if id := a.term(a.memo.entry(tok), lang); id >= 0 {
			out = append(out, a.terms[id])
		}
		return true
	})
	return out
}

// Document analyses the fields of one text, such as an article's title,
// lead and body, reading each only once: it returns the language
// [DetectLang] guesses for the fields joined by newlines, and for each
// field the numbers of the terms [Analyze] returns for it in that
// language. [Analyzer.Term] gives a number's term.
func (a *Analyzer) Document(fields ...string) (Lang, [][]int32) {
	a.forgetWhenFull()
	seen := a.seen[:0]
	ends := make([]int, len(fields))
	var c langCount
	for i, f := range fields {
		eachToken(f, func(tok string) bool {
			k := a.memo.entry(tok)
			seen = append(seen, k)
			c.addClass(a.memo.entries[k].class)
			return true
		})
		ends[i] = len(seen)
	}
	a.seen = seen
	lang := c.lang()
	terms := make([][]int32, len(fields))
	start := 0
	for i, end := range ends {
		out := make([]int32, 0, end-start)
		for _, k := range seen[start:end] {
			if id := a.term(k, lang); id >= 0 {
				out = append(out, id)
			}
		}
		terms[i], start = out, end
	}
	return lang, terms
}

// Term returns the term numbered id.
func (a *Analyzer) Term(id int32) string { return a.terms[id] }

// forgetWhenFull forgets the tokens the Analyzer remembers when it
// remembers maxMemo of them. It runs between texts, as the memo entries
// a text's analysis holds must stay.
func (a *Analyzer) forgetWhenFull() {
	if a.memo.len() >= maxMemo {
		a.memo.reset()
	}
}

// term returns the number of the term of memo entry k's token in lang, -1
// for a stopword.
func (a *Analyzer) term(k int32, lang Lang) int32 {
	e := &a.memo.entries[k]
	i := 0
	switch lang {
	case Indonesian:
	case English:
		i = 1
	default:
		return a.number(analyzeToken(lang, a.memo.token(e)))
	}
	if e.terms[i] == 0 {
		e.terms[i] = a.number(analyzeToken(lang, a.memo.token(e))) + 2
	}
	return e.terms[i] - 2
}

// number returns the number of term t, -1 for "".
func (a *Analyzer) number(t string) int32 {
	if t == "" {
		return -1
	}
	id, ok := a.ids[t]
	if !ok {
		if a.ids == nil {
			a.ids = make(map[string]int32, 1<<12)
		}
		id = int32(len(a.terms))
		a.ids[t] = id
		a.terms = append(a.terms, t)
	}
	return id
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
