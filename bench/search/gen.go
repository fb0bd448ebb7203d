package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// genPost is one generated article.
type genPost struct {
	id                int64
	title, lead, body string
	category          int   // index into topics
	tags              []int // tag numbers
	published         int64
}

// generator writes articles over a realistic vocabulary: topic roots
// inflected with Indonesian affixes, shared everyday words, frequent
// function words, a long tail of names of people and places (Zipf), and
// numbers. Three articles in a hundred are in English.
type generator struct {
	names []string
	start int64 // first publication time
	span  int64 // seconds the publication times spread over
	posts int   // articles in all
	nTags int
}

func newGenerator(seed uint64, nNames int, start, span int64, posts, nTags int) *generator {
	r := rand.New(rand.NewPCG(seed, 7))
	g := &generator{start: start, span: span, posts: posts, nTags: nTags}
	seen := map[string]bool{}
	for len(g.names) < nNames {
		n := 2 + r.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		name := b.String()
		if !seen[name] {
			seen[name] = true
			g.names = append(g.names, strings.ToUpper(name[:1])+name[1:])
		}
	}
	return g
}

// story is what one article keeps coming back to.
type story struct {
	r       *rand.Rand
	topic   int
	focus   []string // inflectable roots of the story
	people  []string // names the story repeats
	english bool
}

// post writes article id; the same seed and id always give the same
// article.
func (g *generator) post(seed uint64, id int64) genPost {
	r := rand.New(rand.NewPCG(seed, uint64(id)))
	s := &story{r: r, topic: r.IntN(len(topics)), english: r.IntN(100) < 3}
	roots := strings.Fields(topics[s.topic].roots)
	for range 4 {
		s.focus = append(s.focus, roots[zipf(r, len(roots))])
	}
	for range 3 {
		s.people = append(s.people, g.names[zipf(r, len(g.names))])
	}
	// Articles are numbered as they are written: publication times grow
	// with the id, a few hours either way.
	at := g.start + int64(float64(id)/float64(g.posts)*float64(g.span)) + r.Int64N(6*3600) - 3*3600
	p := genPost{id: id, category: s.topic, published: at}
	for range 2 + r.IntN(3) {
		p.tags = append(p.tags, zipf(r, g.nTags))
	}
	p.title = capitalise(g.sentence(s, 6+r.IntN(4), true))
	p.lead = capitalise(g.sentence(s, 14+r.IntN(8), false)) + "."
	var body strings.Builder
	paras := 6 + r.IntN(3)
	for i := range paras {
		if i == paras/2 {
			body.WriteString("<h2>" + capitalise(g.sentence(s, 5, true)) + "</h2>\n")
		}
		body.WriteString("<p>")
		for j := range 3 + r.IntN(2) {
			if j > 0 {
				body.WriteByte(' ')
			}
			body.WriteString(capitalise(g.sentence(s, 9+r.IntN(9), false)) + ".")
		}
		body.WriteString("</p>\n")
	}
	p.body = body.String()
	return p
}

// sentence writes n words of the story.
func (g *generator) sentence(s *story, n int, title bool) string {
	words := make([]string, 0, n)
	for len(words) < n {
		words = append(words, g.word(s, title))
	}
	return strings.Join(words, " ")
}

func (g *generator) word(s *story, title bool) string {
	r := s.r
	x := r.IntN(100)
	if title {
		x = 35 + r.IntN(65) // titles skip most function words
	}
	if s.english {
		switch {
		case x < 35:
			return englishFunction[zipf(r, len(englishFunction))]
		case x < 85:
			return english[zipf(r, len(english))]
		default:
			return s.people[r.IntN(len(s.people))]
		}
	}
	switch {
	case x < 35:
		return function[zipf(r, len(function))]
	case x < 55:
		return affix(s.focus[r.IntN(len(s.focus))], r.IntN(14))
	case x < 65:
		roots := strings.Fields(topics[s.topic].roots)
		return affix(roots[zipf(r, len(roots))], r.IntN(14))
	case x < 82:
		return affix(common[zipf(r, len(common))], r.IntN(14))
	case x < 86:
		roots := strings.Fields(topics[r.IntN(len(topics))].roots)
		return affix(roots[r.IntN(len(roots))], r.IntN(14))
	case x < 93:
		return s.people[r.IntN(len(s.people))]
	case x < 97:
		return g.names[zipf(r, len(g.names))]
	default:
		return strconv.Itoa(r.IntN(2030))
	}
}

// zipf picks an index in [0, n) with a Zipf-like skew: the first few are
// much more likely than the last.
func zipf(r *rand.Rand, n int) int {
	// Inverse of a continuous 1/x density over [1, n+1).
	x := int(math.Pow(float64(n+1), r.Float64())) - 1
	return min(max(x, 0), n-1)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (p genPost) String() string { return fmt.Sprintf("%d %q", p.id, p.title) }
