package textproc

// This file implements the Snowball Indonesian stemmer: Fadillah Z. Tala's
// "Porter stemmer for Bahasa Indonesia" (2003) as refined by the Snowball
// project (algorithms/indonesian.sbl). The port keeps Snowball's cursor
// semantics, because they decide a few outcomes: after a first-order prefix
// has been rewritten (meny- -> s-, mem- -> p-), the suffix region and the
// second-order prefix search both start after the rewritten letter.
//
// The algorithm removes, in order and only while the word keeps more than
// two vowels ("measure"): a particle (-kah, -lah, -pun), a possessive
// pronoun (-ku, -mu, -nya), then either a first-order prefix (di-, ke-, me-,
// meng-, peng-, ter- and variants) followed by a derivational suffix (-i,
// -an, -kan) and, only if that suffix went, a second-order prefix (ber-,
// per- and variants); or else a second-order prefix followed by a suffix.
// Which suffixes may go depends on the prefix removed, so "pekerjaan" and
// "dikerjakan" both reach "kerja".

// Kinds of prefix removed, as the suffix rules need them.
const (
	_           = iota // no prefix removed
	idPrefixDi         // di-, meng- (and variants), ter-
	idPrefixPer        // per-, pe-
	idPrefixKe         // ke-, peng- (and variants)
	idPrefixBer        // ber-, be-
)

// idStemmer is the state of one stemming run.
type idStemmer struct {
	w       []rune
	measure int // vowels left, decremented once per affix removed
	prefix  int // one of the idPrefix constants
}

// stemIndonesian returns the Snowball Indonesian stem of a lower-case word.
func stemIndonesian(word string) string {
	m := idVowelCount(word)
	if m <= 2 {
		return word // nothing can be removed; skip the rune conversion
	}
	s := idStemmer{w: []rune(word), measure: m}
	s.stem()
	return string(s.w)
}

func idVowelCount(word string) int {
	n := 0
	for i := 0; i < len(word); i++ {
		if isIDVowel(rune(word[i])) {
			n++
		}
	}
	return n
}

func isIDVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func (s *idStemmer) stem() {
	s.removeParticle()
	if s.measure <= 2 {
		return
	}
	s.removePossessivePronoun()
	if s.measure <= 2 {
		return
	}
	if c, ok := s.removeFirstOrderPrefix(); ok {
		// A second-order prefix goes only if a suffix went first, so
		// "diperbesar" keeps "perbesar" but "diperhatikan" reaches "hati".
		if s.measure > 2 && s.removeSuffix(c) && s.measure > 2 {
			s.removeSecondOrderPrefix(c)
		}
		return
	}
	s.removeSecondOrderPrefix(0)
	if s.measure > 2 {
		s.removeSuffix(0)
	}
}

// hasSuffix reports whether w[lb:] ends with suf.
func (s *idStemmer) hasSuffix(lb int, suf string) bool {
	n := len(suf) // suffixes are ASCII
	if len(s.w)-lb < n {
		return false
	}
	tail := s.w[len(s.w)-n:]
	for i := 0; i < n; i++ {
		if tail[i] != rune(suf[i]) {
			return false
		}
	}
	return true
}

// hasPrefixAt reports whether w[c:] starts with pre.
func (s *idStemmer) hasPrefixAt(c int, pre string) bool {
	if len(s.w)-c < len(pre) {
		return false
	}
	for i := 0; i < len(pre); i++ {
		if s.w[c+i] != rune(pre[i]) {
			return false
		}
	}
	return true
}

// vowelAt reports whether there is a vowel at index i.
func (s *idStemmer) vowelAt(i int) bool {
	return i < len(s.w) && isIDVowel(s.w[i])
}

// cut drops the last n runes and counts one affix as removed.
func (s *idStemmer) cut(n int) {
	s.w = s.w[:len(s.w)-n]
	s.measure--
}

// replace swaps w[c:c+n] for with, which is never longer than n, and
// counts one affix as removed.
func (s *idStemmer) replace(c, n int, with string) {
	for i := 0; i < len(with); i++ {
		s.w[c+i] = rune(with[i]) // replacements are ASCII
	}
	m := copy(s.w[c+len(with):], s.w[c+n:])
	s.w = s.w[:c+len(with)+m]
	s.measure--
}

func (s *idStemmer) removeParticle() {
	for _, p := range [...]string{"kah", "lah", "pun"} {
		if s.hasSuffix(0, p) {
			s.cut(len(p))
			return
		}
	}
}

func (s *idStemmer) removePossessivePronoun() {
	for _, p := range [...]string{"nya", "ku", "mu"} {
		if s.hasSuffix(0, p) {
			s.cut(len(p))
			return
		}
	}
}

// removeSuffix removes -kan, -an or -i from the region w[lb:], each allowed
// only after certain prefixes, and reports whether it removed one. As in
// Snowball's among, a match whose condition fails falls back to the next
// shorter match (-kan to -an).
func (s *idStemmer) removeSuffix(lb int) bool {
	if s.hasSuffix(lb, "kan") && s.prefix != idPrefixKe && s.prefix != idPrefixPer {
		s.cut(3)
		return true
	}
	if s.hasSuffix(lb, "an") {
		if s.prefix == idPrefixDi {
			return false
		}
		s.cut(2)
		return true
	}
	if !s.hasSuffix(lb, "i") || s.prefix > idPrefixPer {
		return false
	}
	// Words ending in -si are mostly loans (televisi, organisasi).
	if before := len(s.w) - 2; before >= lb && s.w[before] == 's' {
		return false
	}
	s.cut(1)
	return true
}

// removeFirstOrderPrefix removes a prefix from the start of the word and
// returns the cursor Snowball leaves behind: 1 after a rewrite to "s" or
// "p", 0 after a deletion.
func (s *idStemmer) removeFirstOrderPrefix() (cursor int, ok bool) {
	switch {
	case s.hasPrefixAt(0, "meny") && s.vowelAt(4):
		s.prefix = idPrefixDi
		s.replace(0, 4, "s")
		return 1, true
	case s.hasPrefixAt(0, "peny") && s.vowelAt(4):
		s.prefix = idPrefixKe
		s.replace(0, 4, "s")
		return 1, true
	case s.hasPrefixAt(0, "meng"):
		s.prefix = idPrefixDi
		s.replace(0, 4, "")
		return 0, true
	case s.hasPrefixAt(0, "peng"):
		s.prefix = idPrefixKe
		s.replace(0, 4, "")
		return 0, true
	case s.hasPrefixAt(0, "mem"), s.hasPrefixAt(0, "pem"):
		s.prefix = idPrefixDi
		if s.w[0] == 'p' {
			s.prefix = idPrefixKe
		}
		if s.vowelAt(3) {
			s.replace(0, 3, "p")
			return 1, true
		}
		s.replace(0, 3, "")
		return 0, true
	case s.hasPrefixAt(0, "men"), s.hasPrefixAt(0, "ter"):
		s.prefix = idPrefixDi
		s.replace(0, 3, "")
		return 0, true
	case s.hasPrefixAt(0, "pen"):
		s.prefix = idPrefixKe
		s.replace(0, 3, "")
		return 0, true
	case s.hasPrefixAt(0, "me"), s.hasPrefixAt(0, "di"):
		s.prefix = idPrefixDi
		s.replace(0, 2, "")
		return 0, true
	case s.hasPrefixAt(0, "ke"):
		s.prefix = idPrefixKe
		s.replace(0, 2, "")
		return 0, true
	}
	return 0, false
}

// removeSecondOrderPrefix removes ber-, per- or a variant found at cursor c.
func (s *idStemmer) removeSecondOrderPrefix(c int) {
	switch {
	case s.hasPrefixAt(c, "pelajar"):
		s.replace(c, 7, "ajar")
	case s.hasPrefixAt(c, "belajar"):
		s.prefix = idPrefixBer
		s.replace(c, 7, "ajar")
	case s.hasPrefixAt(c, "per"):
		s.prefix = idPrefixPer
		s.replace(c, 3, "")
	case s.hasPrefixAt(c, "ber"):
		s.prefix = idPrefixBer
		s.replace(c, 3, "")
	case s.hasPrefixAt(c, "pe"):
		s.prefix = idPrefixPer
		s.replace(c, 2, "")
	case s.hasPrefixAt(c, "be") && s.isKer(c+2):
		s.prefix = idPrefixBer
		s.replace(c, 2, "")
	}
}

// isKer reports whether w[i:] is a consonant followed by "er" (be-kerja).
func (s *idStemmer) isKer(i int) bool {
	return i < len(s.w) && !isIDVowel(s.w[i]) && s.hasPrefixAt(i+1, "er")
}
