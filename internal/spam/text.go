package spam

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"warta/internal/textproc"
)

// maxAnalyzed bounds the bytes of a comment the filter reads. The comment
// form limits length; this keeps an oversized input from costing more.
const maxAnalyzed = 16 << 10

// text is a comment prepared for matching: folded, lower-cased, with the
// usual disguises (look-alikes, leetspeak, spaced and repeated letters)
// undone in several readings, since one reading cannot undo them all.
type text struct {
	cased  string   // folded, case kept: for link detection
	tokens []string // word tokens of the folded, lower-cased text
	// canon holds " tok tok " strings: tokens de-leeted (reading "1" as
	// "i" and as "l"), unmasked (sl*t) and squeezed.
	canon [2]string
	// chunks holds " chunk chunk ": whitespace-separated chunks with the
	// punctuation inside removed (ga(cor), ma-x-win), de-leeted and
	// squeezed, for terms written glued or broken by symbols.
	chunks string
	all    string              // canon and the chunks that differ, to scan once
	words  map[string]struct{} // tokens, their Indonesian stems and canon forms
	canonW map[string]struct{} // the words of canon and chunks
	stats  foldStats
}

// analyze prepares s for matching.
func analyze(s string) *text {
	if len(s) > maxAnalyzed {
		s = s[:maxAnalyzed]
	}
	cased, st := fold(s)
	lower := mapLeetSymbols(strings.ToLower(cased))
	runes := []rune(joinSpacedLetters(lower))
	t := &text{cased: cased, stats: st, words: make(map[string]struct{}), canonW: make(map[string]struct{})}
	t.tokens = tokenize(runes)
	var canon [2][]string
	for _, tok := range t.tokens {
		t.words[tok] = struct{}{}
		if stem := textproc.Stem(textproc.Indonesian, tok); stem != tok {
			t.words[stem] = struct{}{}
		}
		for v, one := range [2]byte{'i', 'l'} {
			c := squeeze(unmask(deleet(tok, one)))
			canon[v] = append(canon[v], c)
			t.words[c] = struct{}{}
			t.canonW[c] = struct{}{}
		}
	}
	t.canon[0] = " " + strings.Join(canon[0], " ") + " "
	t.all = t.canon[0]
	if !slices.Equal(canon[0], canon[1]) {
		t.canon[1] = " " + strings.Join(canon[1], " ") + " "
		t.all += t.canon[1]
	} else {
		t.canon[1] = t.canon[0]
	}
	t.chunks = chunked(runes)
	// Chunks that differ from every token (ga(cor), ma-x-win) are added
	// to all, space-padded so that a phrase cannot match across two parts.
	for _, c := range strings.Fields(t.chunks) {
		if _, ok := t.canonW[c]; !ok {
			t.canonW[c] = struct{}{}
			t.all += c + " "
		}
	}
	return t
}

// isWord reports whether runes[i] belongs to a word. An asterisk between
// letters does ("sl*t", "g*cor"): spam masks letters with it.
func isWord(runes []rune, i int) bool {
	r := runes[i]
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true
	}
	if r != '*' || i == 0 || !unicode.IsLetter(runes[i-1]) {
		return false
	}
	for j := i + 1; j < len(runes); j++ {
		if runes[j] != '*' {
			return unicode.IsLetter(runes[j])
		}
	}
	return false
}

// tokenize splits runes into word tokens.
func tokenize(runes []rune) []string {
	var out []string
	for i := 0; i < len(runes); {
		if !isWord(runes, i) {
			i++
			continue
		}
		j := i
		for j < len(runes) && isWord(runes, j) {
			j++
		}
		out = append(out, string(runes[i:j]))
		i = j
	}
	return out
}

// joinSpacedLetters joins runs of three or more single letters or digits
// written apart ("s l o t", "s.l.o.t", "N A G A 8 8") into one word. A
// separator longer than the first one in the run ends it, so words spaced
// letter by letter stay apart: "J U D I   O N L I N E".
func joinSpacedLetters(s string) string {
	runes := []rune(s)
	type piece struct{ sep, word string }
	var pieces []piece
	start := 0
	for i := 0; i < len(runes); {
		if !isWord(runes, i) {
			i++
			continue
		}
		j := i
		for j < len(runes) && isWord(runes, j) {
			j++
		}
		pieces = append(pieces, piece{string(runes[start:i]), string(runes[i:j])})
		start, i = j, j
	}
	single := func(w string) bool { return len([]rune(w)) == 1 }
	shortSep := func(sep string) bool { return len(sep) <= 3 && !strings.ContainsRune(sep, '\n') }
	var b strings.Builder
	for i := 0; i < len(pieces); {
		k, first := i, -1
		for single(pieces[i].word) && k+1 < len(pieces) && single(pieces[k+1].word) &&
			shortSep(pieces[k+1].sep) && (first < 0 || len(pieces[k+1].sep) <= first) {
			if first < 0 {
				first = len(pieces[k+1].sep)
			}
			k++
		}
		b.WriteString(pieces[i].sep)
		if k-i >= 2 {
			for _, p := range pieces[i : k+1] {
				b.WriteString(p.word)
			}
			i = k + 1
			continue
		}
		b.WriteString(pieces[i].word)
		i++
	}
	b.WriteString(string(runes[start:]))
	return b.String()
}

// chunked returns " chunk chunk " for the whitespace-separated chunks of
// runes, punctuation inside them removed, de-leeted and squeezed.
func chunked(runes []rune) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, f := range strings.Fields(string(runes)) {
		c := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, f)
		if c != "" {
			b.WriteString(squeeze(deleet(c, 'i')))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// masked lists the words spam writes with a letter hidden behind "*".
const masked = "slot gacor judi maxwin togel situs bonus depo scatter casino"

// unmask restores a masked word ("sl*t" → "slot") or drops the asterisks.
func unmask(tok string) string {
	if !strings.Contains(tok, "*") {
		return tok
	}
	for w := range strings.FieldsSeq(masked) {
		if len(w) != len(tok) {
			continue
		}
		ok := true
		for i := 0; i < len(w) && ok; i++ {
			ok = tok[i] == '*' || tok[i] == w[i]
		}
		if ok {
			return w
		}
	}
	return strings.ReplaceAll(tok, "*", "")
}

// quoted matches a short span in double quotes: readers quote the spam
// they complain about ("slot gacor"), and a quotation is no promotion.
var quoted = regexp.MustCompile(`["“”„«»][^"“”„«»\n]{1,80}["“”„«»]`)

// unquoted returns s without its quoted spans.
func unquoted(s string) string { return quoted.ReplaceAllString(s, " ") }

// term is a word or phrase a rule looks for.
type term struct {
	text   string // folded, lower-cased and squeezed; words split by one space
	flat   string // text without its spaces, for glued matching
	weight int
	glued  bool // may also match inside a longer word: "slotgacor88"
}

// terms builds terms of one weight.
func terms(weight int, glued bool, list ...string) []term {
	out := make([]term, len(list))
	for i, s := range list {
		words := strings.Fields(strings.ToLower(s))
		for j, w := range words {
			words[j] = squeeze(w)
		}
		out[i] = term{text: strings.Join(words, " "), flat: strings.Join(words, ""), weight: weight, glued: glued}
	}
	return out
}

// has reports whether t contains tm.
func (t *text) has(tm term) bool {
	first, rest, phrase := strings.Cut(tm.text, " ")
	if !tm.glued {
		// Most terms are single words: a set lookup, no scan.
		if _, ok := t.canonW[first]; !ok {
			return false
		}
		if !phrase {
			return true
		}
		last := rest[strings.LastIndexByte(rest, ' ')+1:]
		if _, ok := t.canonW[last]; !ok {
			return false
		}
	}
	if strings.Contains(t.all, " "+tm.text+" ") {
		return true
	}
	return tm.glued && strings.Contains(t.all, tm.flat)
}

// hasWord reports whether t holds w as a token or an Indonesian stem.
func (t *text) hasWord(w string) bool {
	_, ok := t.words[w]
	return ok
}
