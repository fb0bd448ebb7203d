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
