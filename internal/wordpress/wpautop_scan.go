package wordpress

import "strings"

// These scanners stand in for wpautop's regular expressions on the hot
// path. Every match of those expressions starts with a literal ("<",
// "<p>", "<br />"), so scan finds each occurrence of it, left to right,
// and asks a matcher whether the expression matches there, as
// preg_replace does.

// matcher reports whether an expression matches text at i, where it
// would end, and what replaces the match.
type matcher func(text string, i int) (end int, repl string, ok bool)

// replaceScan replaces every match of m, found at occurrences of lit.
func replaceScan(text, lit string, m matcher) string {
	var b strings.Builder
	last, i := 0, 0
	changed := false
	for {
		k := strings.Index(text[i:], lit)
		if k < 0 {
			break
		}
		i += k
		end, repl, ok := m(text, i)
		if !ok {
			i++
			continue
		}
		if !changed {
			b.Grow(len(text) + len(text)/8)
			changed = true
		}
		b.WriteString(text[last:i])
		b.WriteString(repl)
		last, i = end, end
		if end == len(text) {
			break
		}
	}
	if !changed {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// skipSpace returns the index after the white space at text[i:].
func skipSpace(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

// tagAt matches `</?(?:names)[^>]*>` at text[i] == '<', names as
// prefixes of the tag name, and returns the end of the tag.
func tagAt(text string, i int, names []string) (int, bool) {
	j := i + 1
	if j < len(text) && text[j] == '/' {
		j++
	}
	rest := text[j:]
	for _, n := range names {
		if strings.HasPrefix(rest, n) {
			if k := strings.IndexByte(rest[len(n):], '>'); k >= 0 {
				return j + len(n) + k + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// exactName returns the length of the block name at text[j:] followed by
// one of stops, or 0.
func exactName(text string, j int, stops string) int {
	rest := text[j:]
	for _, n := range autopBlocks {
		if strings.HasPrefix(rest, n) && len(rest) > len(n) && strings.IndexByte(stops, rest[len(n)]) >= 0 {
			return len(n)
		}
	}
	return 0
}

// blockOpen is `(<allblocks[\s/>])` → "\n\n$1".
func blockOpen(text string, i int) (int, string, bool) {
	n := exactName(text, i+1, " \t\n\r\f/>")
	if n == 0 {
		return 0, "", false
	}
	end := i + 1 + n + 1
	return end, "\n\n" + text[i:end], true
}

// blockClose is `(</allblocks>)` → "$1\n\n".
func blockClose(text string, i int) (int, string, bool) {
	n := exactName(text, i+2, ">")
	if n == 0 {
		return 0, "", false
	}
	end := i + 2 + n + 1
	return end, text[i:end] + "\n\n", true
}

// emptyPara is `<p>\s*</p>` → "".
func emptyPara(text string, i int) (int, string, bool) {
	j := skipSpace(text, i+3)
	if strings.HasPrefix(text[j:], "</p>") {
		return j + 4, "", true
	}
	return 0, "", false
}

// unclosedPara is `<p>([^<]+)</(div|address|form)>` → "<p>$1</p></$2>".
func unclosedPara(text string, i int) (int, string, bool) {
	k := strings.IndexByte(text[i+3:], '<')
	if k <= 0 {
		return 0, "", false
	}
	lt := i + 3 + k
	for _, t := range []string{"</div>", "</address>", "</form>"} {
		if strings.HasPrefix(text[lt:], t) {
			return lt + len(t), "<p>" + text[i+3:lt] + "</p>" + t, true
		}
	}
	return 0, "", false
}

// wrappedBlock is `<p>\s*(</?allblocks[^>]*>)\s*</p>` → "$1".
func wrappedBlock(text string, i int) (int, string, bool) {
	j := skipSpace(text, i+3)
	if j >= len(text) || text[j] != '<' {
		return 0, "", false
	}
	e, ok := tagAt(text, j, autopBlocks)
	if !ok {
		return 0, "", false
	}
	k := skipSpace(text, e)
	if !strings.HasPrefix(text[k:], "</p>") {
		return 0, "", false
	}
	return k + 4, text[j:e], true
}

// paraBeforeBlock is `<p>\s*(</?allblocks[^>]*>)` → "$1".
func paraBeforeBlock(text string, i int) (int, string, bool) {
	j := skipSpace(text, i+3)
	if j >= len(text) || text[j] != '<' {
		return 0, "", false
	}
	e, ok := tagAt(text, j, autopBlocks)
	if !ok {
		return 0, "", false
	}
	return e, text[j:e], true
}

// blockThen is `(</?allblocks[^>]*>)\s*LIT` → "$1".
func blockThen(lit string) matcher {
	return func(text string, i int) (int, string, bool) {
		e, ok := tagAt(text, i, autopBlocks)
		if !ok {
			return 0, "", false
		}
		k := skipSpace(text, e)
		if !strings.HasPrefix(text[k:], lit) {
			return 0, "", false
		}
		return k + len(lit), text[i:e], true
	}
}

// brBeforeBlock is `<br />(\s*</?(?:p|li|div|…|ol)[^>]*>)` → "$1".
func brBeforeBlock(text string, i int) (int, string, bool) {
	j := skipSpace(text, i+6)
	if j >= len(text) || text[j] != '<' {
		return 0, "", false
	}
	e, ok := tagAt(text, j, brBlocks)
	if !ok {
		return 0, "", false
	}
	return e, text[i+6 : e], true
}
