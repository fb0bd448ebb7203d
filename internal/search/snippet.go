package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"warta/internal/textproc"
)

// snippetWords is the length of a result's passage, in words.
const snippetWords = 30

// snippetLead is how many words the passage shows before its first match.
const snippetLead = 4

// Fragment is a piece of a result's title or passage. Match marks the
// words the query found; the template wraps them in <mark>.
type Fragment struct {
	Text  string
	Match bool
}

// matcher tells which clause of a query, if any, a word of an article's
// text satisfies. It compares stems under both languages, as the query
// does not know the article's language.
//
// Stemming every word of every result would cost more than the search,
// so a word is stemmed only when it holds the core of some query stem:
// Indonesian stemming removes affixes and may change the first letter
// (menulis → tulis), English stemming changes at most the last two letters
// (happy → happi), so a word whose stem is s contains s without its first
// letter (Indonesian) or without its last two (English). Answers are
// remembered per word.
type matcher struct {
	id, en   map[string]int // stem → clause
	prefixes []string
	prefixOf []int    // clause of each prefix
	cores    []string // nil: every word must be stemmed
	seen     map[string]int
}

func newMatcher(q *query) *matcher {
	m := &matcher{id: map[string]int{}, en: map[string]int{}, seen: map[string]int{}}
	everyWord := false
	core := func(c string) {
		if c == "" {
			everyWord = true
		}
		m.cores = append(m.cores, c)
	}
	for i, c := range q.clauses {
		if c.kind == prefixClause {
			for _, p := range c.prefixes {
				m.prefixes, m.prefixOf = append(m.prefixes, p), append(m.prefixOf, i)
				core(cut(p, 1, 0))
			}
			continue
		}
		for _, s := range c.id {
			m.id[s] = i
			core(cut(s, 1, 0))
		}
		for _, s := range c.en {
			m.en[s] = i
			core(cut(s, 0, 2))
		}
	}
	if everyWord {
		m.cores = nil
	}
	return m
}

// cut drops head bytes from the start and tail from the end of s, or
// returns "" when less than two bytes would be left.
func cut(s string, head, tail int) string {
	if len(s)-head-tail < 2 {
		return ""
	}
	return s[head : len(s)-tail]
}

// clauseOf returns the clause word matches, or -1.
func (m *matcher) clauseOf(word string) int {
	key := word
	if isASCII(word) {
		key = strings.ToLower(word)
		if m.cores != nil && !containsAny(key, m.cores) {
			return -1
		}
	}
	if c, ok := m.seen[key]; ok {
		return c
	}
	c := -1
	for _, tok := range textproc.Tokens(word) {
		if c = m.token(tok); c >= 0 {
			break
		}
	}
	m.seen[key] = c
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func (m *matcher) token(tok string) int {
	var id, en string
	if !textproc.IsStopword(textproc.Indonesian, tok) {
		id = textproc.Stem(textproc.Indonesian, strings.ReplaceAll(tok, "'", ""))
		if c, ok := m.id[id]; ok {
			return c
		}
	}
	if !textproc.IsStopword(textproc.English, tok) {
		en = textproc.Stem(textproc.English, tok)
		if c, ok := m.en[en]; ok {
			return c
		}
	}
	for i, p := range m.prefixes {
		if strings.HasPrefix(tok, p) || (id != "" && strings.HasPrefix(id, p)) || (en != "" && strings.HasPrefix(en, p)) {
			return m.prefixOf[i]
		}
	}
	return -1
}

// span is one word of a text: its bytes and the clause it matches (-1
// for none).
type span struct {
	start, end int
	clause     int
}

// scanWords finds the words of text: runs of letters, digits and marks,
// with an apostrophe, hyphen, dot or comma allowed between two of them.
func scanWords(text string, m *matcher) []span {
	spans := make([]span, 0, strings.Count(text, " ")+1) // about a word a space
	start := -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWord(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && strings.ContainsRune("'’-.,", r) && i+n < len(text) && isWordAt(text, i+n):
		case start >= 0:
			spans = append(spans, span{start: start, end: i, clause: m.clauseOf(text[start:i])})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		spans = append(spans, span{start: start, end: len(text), clause: m.clauseOf(text[start:])})
	}
	return spans
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
}

// highlight returns all of text with the matching words marked.
func highlight(text string, m *matcher) []Fragment {
	spans := scanWords(text, m)
	if len(spans) == 0 {
		return []Fragment{{Text: text}}
	}
	out := []Fragment{}
	if spans[0].start > 0 {
		out = append(out, Fragment{Text: text[:spans[0].start]})
	}
	out = markSpans(out, text, spans)
	if end := spans[len(spans)-1].end; end < len(text) {
		out = appendText(out, text[end:])
	}
	return out
}

// snippet returns the passage of text, about snippetWords words, that
// holds the most distinct clauses of the query, matches marked, with "…"
// where text was cut. Text without a match gives its beginning.
func snippet(text string, m *matcher) []Fragment {
	spans := scanWords(text, m)
	if len(spans) == 0 {
		return nil
	}
	from := bestWindow(spans)
	to := min(len(spans), from+snippetWords)
	var out []Fragment
	if from > 0 {
		out = append(out, Fragment{Text: "… "})
	}
	out = markSpans(out, text, spans[from:to])
	if to < len(spans) {
		return appendText(out, "…")
	}
	if end := spans[to-1].end; end < len(text) {
		out = appendText(out, strings.TrimSpace(text[end:]))
	}
	return out
}

// bestWindow returns the first word of the window with the most distinct
// clauses, then the most matches; windows start a few words before a
// match.
func bestWindow(spans []span) int {
	best, bestDistinct, bestCount := 0, 0, 0
	for i, s := range spans {
		if s.clause < 0 {
			continue
		}
		from := max(0, i-snippetLead)
		seen := map[int]bool{}
		count := 0
		for _, w := range spans[from:min(len(spans), from+snippetWords)] {
			if w.clause >= 0 {
				seen[w.clause] = true
				count++
			}
		}
		if len(seen) > bestDistinct || (len(seen) == bestDistinct && count > bestCount) {
			best, bestDistinct, bestCount = from, len(seen), count
		}
	}
	return best
}

// markSpans appends the text from the first span's start to the last
// span's end, matches as marked fragments.
func markSpans(out []Fragment, text string, spans []span) []Fragment {
	pos := spans[0].start
	for _, s := range spans {
		if s.clause < 0 {
			continue
		}
		if s.start > pos {
			out = appendText(out, text[pos:s.start])
		}
		out = append(out, Fragment{Text: text[s.start:s.end], Match: true})
		pos = s.end
	}
	if end := spans[len(spans)-1].end; end > pos {
		out = appendText(out, text[pos:end])
	}
	return out
}

// appendText adds plain text, joined to a plain fragment before it.
func appendText(out []Fragment, s string) []Fragment {
	if n := len(out); n > 0 && !out[n-1].Match {
		out[n-1].Text += s
		return out
	}
	return append(out, Fragment{Text: s})
}
