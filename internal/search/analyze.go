package search

import (
	"math"
	"strconv"
	"strings"

	"warta/internal/textproc"
)

// Field weights in an article's term counts: a word of the title says
// more about the article than a word of its body.
const (
	titleWeight = 3
	leadWeight  = 2
)

// doc is an article as the index stores it.
type doc struct {
	id        int64
	lang      textproc.Lang
	published int64
	// Stems of each field, in order, stopwords dropped: the full-text
	// index holds them.
	titleStems, leadStems, bodyStems []string
	// tf counts each term, title and lead words weighted.
	tf map[string]int
	// categories are the ids of the article's categories.
	categories []int64
}

// source is what analysis needs of a post.
type source struct {
	id                int64
	published         int64
	title, lead, body string
	categories        []int64
}

// analyze turns an article into a doc, stemming with a (nil: no memory
// between articles).
func analyze(a *textproc.Analyzer, s source) *doc {
	if a == nil {
		a = new(textproc.Analyzer)
	}
	d := &doc{id: s.id, published: s.published, categories: s.categories}
	var fields [][]string
	d.lang, fields = a.Document(s.title, s.lead, s.body)
	d.titleStems, d.leadStems, d.bodyStems = fields[0], fields[1], fields[2]
	d.tf = make(map[string]int, len(d.bodyStems)/2+len(d.titleStems)+len(d.leadStems))
	for _, t := range d.bodyStems {
		d.tf[t]++
	}
	for _, t := range d.leadStems {
		d.tf[t] += leadWeight
	}
	for _, t := range d.titleStems {
		d.tf[t] += titleWeight
	}
	return d
}

// encodeTF writes term counts as "term:count" pairs separated by spaces,
// in no particular order. Terms never hold a space.
func encodeTF(tf map[string]int) string { return string(appendTF(make([]byte, 0, len(tf)*12), tf)) }

// appendTF appends what encodeTF returns to b.
func appendTF(b []byte, tf map[string]int) []byte {
	start := len(b)
	for t, n := range tf {
		if len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, t...)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(n), 10)
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
