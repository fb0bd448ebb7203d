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
// being indexed: it remembers the term of each token it has analysed, as
// the same words recur from text to text and stemming them is most of the
// work. It is not safe for concurrent use: give each goroutine its own.
// The zero value is ready to use.
type Analyzer struct {
	memo map[Lang]map[string]string // token → term ("" for a stopword)
}

// maxMemo bounds the tokens an Analyzer remembers per language; it
// forgets them all when it has seen that many (an archive has far fewer
// distinct words).
const maxMemo = 1 << 18

// Analyze returns what the function [Analyze] returns for text.
func (a *Analyzer) Analyze(lang Lang, text string) []string {
	if a.memo == nil {
		a.memo = map[Lang]map[string]string{}
	}
	memo := a.memo[lang]
	if memo == nil || len(memo) >= maxMemo {
		memo = make(map[string]string, 1<<12)
		a.memo[lang] = memo
	}
	var out []string
	eachToken(text, func(tok string) bool {
		term, ok := memo[tok]
		if !ok {
			term = analyzeToken(lang, tok)
			term = strings.Clone(term) // tok and term may hold on to text
			memo[strings.Clone(tok)] = term
		}
		if term != "" {
			out = append(out, term)
		}
		return true
	})
	return out
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
	var id, en, seen int
	eachToken(text, func(tok string) bool {
		inID, inEN := IsStopword(Indonesian, tok), IsStopword(English, tok)
		switch {
		case inID && !inEN:
			id++
		case inEN && !inID:
			en++
		}
		seen++
		return seen < detectLimit
	})
	if en > id {
		return English
	}
	return Indonesian
}
