package textproc

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed stopwords_id.txt
var stopwordsIDText string

// stopwordsID is the Indonesian list, parsed once and never written after.
var stopwordsID = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 400)
	for line := range strings.Lines(stopwordsIDText) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		m[w] = struct{}{}
	}
	return m
})

// IsStopword reports whether word, a token as [Tokens] returns it, is a
// stopword of lang. Unknown languages have no stopwords.
func IsStopword(lang Lang, word string) bool {
	switch lang {
	case Indonesian:
		_, ok := stopwordsID()[word]
		return ok
	case English:
		return isEnglishStopword(word)
	}
	return false
}

// isEnglishStopword holds the Snowball English stop list, contractions
// included. A switch compiles to a fast lookup and cannot be modified.
func isEnglishStopword(word string) bool {
	switch word {
	case "i", "me", "my", "myself", "we", "our", "ours", "ourselves",
		"you", "your", "yours", "yourself", "yourselves",
		"he", "him", "his", "himself", "she", "her", "hers", "herself",
		"it", "its", "itself", "they", "them", "their", "theirs", "themselves",
		"what", "which", "who", "whom", "this", "that", "these", "those",
		"am", "is", "are", "was", "were", "be", "been", "being",
		"have", "has", "had", "having", "do", "does", "did", "doing",
		"would", "should", "could", "ought",
		"i'm", "you're", "he's", "she's", "it's", "we're", "they're",
		"i've", "you've", "we've", "they've",
		"i'd", "you'd", "he'd", "she'd", "we'd", "they'd",
		"i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
		"isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
		"doesn't", "don't", "didn't",
		"won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot",
		"couldn't", "mustn't",
		"let's", "that's", "who's", "what's", "here's", "there's", "when's",
		"where's", "why's", "how's",
		"a", "an", "the",
		"and", "but", "if", "or", "because", "as", "until", "while",
		"of", "at", "by", "for", "with", "about", "against", "between", "into",
		"through", "during", "before", "after", "above", "below", "to", "from",
		"up", "down", "in", "out", "on", "off", "over", "under",
		"again", "further", "then", "once",
		"here", "there", "when", "where", "why", "how",
		"all", "any", "both", "each", "few", "more", "most", "other", "some",
		"such",
		"no", "nor", "not", "only", "own", "same", "so", "than", "too", "very":
		return true
	}
	return false
}
