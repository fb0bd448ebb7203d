package search

import (
	"math"
	"strconv"
	"strings"

	"warta/internal/textproc"
)

// doc is an article as the index stores it.
type doc struct {
	id        int64
	lang      textproc.Lang
	published int64
	// terms are the article's distinct terms, in the order they first
	// occur, with their counts: title and lead words weighted.
	terms []docTerm
	// fields are the title, lead and body, each as its stems in order,
	// stopwords dropped, given as indexes into terms: the full-text index
	// holds them.
	fields [3][]int32
	// categories are the ids of the article's categories.
	categories []int64
}

// docTerm is a term of a doc and its count.
type docTerm struct {
	text string
	n    int
	id   int32 // the number textproc gave the term
}

// reach returns s lengthened, with zero values, to hold index i.
func reach[T any](s []T, i int32) []T {
	if n := int(i) + 1; n > len(s) {
		s = append(s, make([]T, n-len(s)+n/2)...)
	}
	return s
}

// field returns field f (0 title, 1 lead, 2 body) as its stems joined
// by spaces.
func (d *doc) field(f int) string {
	var b strings.Builder
	for i, k := range d.fields[f] {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.terms[k].text)
	}
	return b.String()
}

// source is what analysis needs of a post.
type source struct {
	id                int64
	published         int64
	title, lead, body string
	categories        []int64
}

// fieldWeights are the weights of a word of the title, lead and body in
// the term counts: a word of the title says more about the article than
// a word of its body.
var fieldWeights = [3]int{3, 2, 1}

// analyzer turns sources into docs. Its textproc.Analyzer remembers the
// words it has analysed, which makes analysing an archive faster; index
// is its scratch space. It is not safe for concurrent use; the zero
// value is ready to use.
type analyzer struct {
	text textproc.Analyzer
	// index[t] is 1 + the index in the doc being built of the term
	// numbered t, 0 for a term not in it.
	index []int32
}

// analyze turns an article into a doc.
func (a *analyzer) analyze(s source) *doc {
	d := &doc{id: s.id, published: s.published, categories: s.categories}
	var fields [][]int32
	d.lang, fields = a.text.Document(s.title, s.lead, s.body)
	d.terms = make([]docTerm, 0, len(fields[2])/2+len(fields[0])+len(fields[1]))
	for f, terms := range fields {
		at := make([]int32, len(terms))
		for j, id := range terms {
			a.index = reach(a.index, id)
			k := a.index[id] - 1
			if k < 0 {
				k = int32(len(d.terms))
				d.terms = append(d.terms, docTerm{text: a.text.Term(id), id: id})
				a.index[id] = k + 1
			}
			d.terms[k].n += fieldWeights[f]
			at[j] = k
		}
		d.fields[f] = at
	}
	for _, t := range d.terms {
		a.index[t.id] = 0
	}
	return d
}

// encodeTF writes a doc's term counts as "term:count" pairs separated by
// spaces. Terms never hold a space.
func encodeTF(terms []docTerm) string {
	return string(appendTF(make([]byte, 0, len(terms)*12), terms))
}

// appendTF appends what encodeTF returns to b.
func appendTF(b []byte, terms []docTerm) []byte {
	for i, t := range terms {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.text...)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(t.n), 10)
	}
	return b
}

// decodeTF reads what encodeTF wrote. Malformed pairs are skipped.
func decodeTF(s string) map[string]int {
	tf := make(map[string]int, strings.Count(s, " ")+1)
	for pair := range strings.FieldsSeq(s) {
		i := strings.LastIndexByte(pair, ':')
		if i <= 0 {
			continue
		}
		n, err := strconv.Atoi(pair[i+1:])
		if err != nil {
			continue
		}
		tf[pair[:i]] = n
	}
	return tf
}

// idf is the inverse document frequency of a term held by df of n
// articles, smoothed so that it stays positive.
func idf(df, n int) float64 {
	return math.Log(1 + float64(n+1)/float64(df+1))
}

// logTF dampens a term count: ten mentions are not ten times one.
func logTF(n int) float64 {
	if n <= 0 {
		return 0
	}
	return 1 + math.Log(float64(n))
}
