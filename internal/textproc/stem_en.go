package textproc

import "github.com/kljensen/snowball/english"

// stemEnglish returns the Snowball English (Porter2) stem of a lower-case
// word. The dependency is a tested port of the algorithm, checked upstream
// against the Snowball English vocabulary; stopwords are this package's
// business, so it is asked to stem every word.
func stemEnglish(word string) string {
	return english.Stem(word, true)
}
