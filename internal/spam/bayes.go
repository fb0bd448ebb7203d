package spam

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"warta/internal/textproc"
)

// Limits of the Bayes features of one comment.
const (
	maxFeatures   = 200
	maxFeatureLen = 64
)

// Robinson's parameters, as SpamBayes uses them: a feature seen n times
// gets a probability pulled toward unknownProb with the weight of
// unknownStrength sightings; features within minStrength of 0.5 say
// nothing and are skipped; at most maxClues features decide.
const (
	unknownProb     = 0.5
	unknownStrength = 1
	minStrength     = 0.1
	maxClues        = 150
)

// counts is how many spam and legitimate comments held a feature.
type counts struct{ spam, ham int64 }

// model is the naive Bayes model: the number of comments of each class
// holding each feature, and the number of comments of each class.
type model struct {
	features map[string]counts
	docs     counts
}

func newModel() *model { return &model{features: make(map[string]counts)} }

// add counts one comment's features.
func (m *model) add(feats []string, isSpam bool) {
	for _, ft := range feats {
		c := m.features[ft]
		if isSpam {
			c.spam++
		} else {
			c.ham++
		}
		m.features[ft] = c
	}
	if isSpam {
		m.docs.spam++
	} else {
		m.docs.ham++
	}
}

// features returns the Bayes features of a comment, sorted and distinct:
// stemmed words and word pairs of the content (stopwords removed, in the
// language the content is in), the author's words, the sites linked to,
// and a few facts about its form.
func features(p *parsed) []string {
	set := make(map[string]struct{})
	put := func(f string) {
		if len(f) <= maxFeatureLen && len(set) < maxFeatures {
			set[f] = struct{}{}
		}
	}
	canon := strings.TrimSpace(p.content.canon[0])
	lang := textproc.DetectLang(canon)
	words := textproc.Analyze(lang, canon)
	for i, w := range words {
		put(w)
		if i > 0 {
			put("b:" + words[i-1] + " " + w)
		}
	}
	for _, w := range strings.Fields(canon) {
		if textproc.IsStopword(lang, w) {
			put("s:" + w)
		}
	}
	for _, w := range strings.Fields(p.author.canon[0]) {
		put("a:" + w)
	}
	for _, l := range p.links {
		put("d:" + site(l.host))
		put("t:" + tld(l.host))
	}
	if p.urlHost != "" {
		put("m:url")
		put("u:" + site(p.urlHost))
		put("ut:" + tld(p.urlHost))
	}
	put("m:links=" + strconv.Itoa(min(len(p.links), 3)))
	put("m:len=" + lengthClass(len(p.content.tokens)))
	put("m:lang=" + string(lang))
	if p.content.stats.total()+p.author.stats.total() >= 3 {
		put("m:obfuscated")
	}
	for _, tok := range p.content.tokens {
		if deleet(tok, 'i') != tok {
			put("m:leet")
			break
		}
	}
	if len(brands(p.content))+len(brands(p.author)) > 0 {
		put("m:brand")
	}
	out := make([]string, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// lengthClass buckets a comment's length in tokens.
func lengthClass(n int) string {
	switch {
	case n <= 3:
		return "tiny"
	case n <= 12:
		return "short"
	case n <= 40:
		return "medium"
	}
	return "long"
}

// probability returns the spam probability of a comment with features
// feats given class counts, by Robinson's method with Fisher's
// chi-squared combining (as in SpamBayes): 0 is ham, 1 spam, 0.5 unsure.
func probability(feats []string, lookup func(string) counts, docs counts) float64 {
	if docs.spam == 0 || docs.ham == 0 {
		return unknownProb
	}
	var clues []float64
	for _, ft := range feats {
		c := lookup(ft)
		n := float64(c.spam + c.ham)
		if n == 0 {
			continue
		}
		sr := float64(c.spam) / float64(docs.spam)
		hr := float64(c.ham) / float64(docs.ham)
		p := sr / (sr + hr)
		f := (unknownStrength*unknownProb + n*p) / (unknownStrength + n)
		if math.Abs(f-0.5) >= minStrength {
			clues = append(clues, f)
		}
	}
	if len(clues) == 0 {
		return unknownProb
	}
	if len(clues) > maxClues {
		slices.SortFunc(clues, func(a, b float64) int {
			da, db := math.Abs(a-0.5), math.Abs(b-0.5)
			switch {
			case da > db:
				return -1
			case da < db:
				return 1
			}
			return 0
		})
		clues = clues[:maxClues]
	}
	var lnHam, lnSpam float64 // sums of ln f and ln (1-f)
	for _, f := range clues {
		f = min(max(f, 1e-6), 1-1e-6)
		lnHam += math.Log(f)
		lnSpam += math.Log(1 - f)
	}
	n := len(clues)
	s := 1 - chi2Q(-2*lnSpam, 2*n) // near 1 when the features say spam
	h := 1 - chi2Q(-2*lnHam, 2*n)  // near 1 when they say ham
	return (s - h + 1) / 2
}

// chi2Q is the probability that a chi-squared variable with v degrees of
// freedom (v even) exceeds x2.
func chi2Q(x2 float64, v int) float64 {
	m := x2 / 2
	term := math.Exp(-m)
	sum := term
	for i := 1; i < v/2; i++ {
		term *= m / float64(i)
		sum += term
	}
	return min(sum, 1)
}
