package search

import (
	"slices"
	"testing"

	"warta/internal/textproc"
)

// stemDoc returns a doc of the given stems of the title, lead and body,
// its terms numbered in order.
func stemDoc(title, lead, body []string) *doc {
	d := &doc{}
	at := map[string]int32{}
	for f, stems := range [][]string{title, lead, body} {
		for _, s := range stems {
			k, ok := at[s]
			if !ok {
				k = int32(len(d.terms))
				at[s] = k
				d.terms = append(d.terms, docTerm{text: s, id: k})
			}
			d.terms[k].n += fieldWeights[f]
			d.fields[f] = append(d.fields[f], k)
		}
	}
	return d
}

// An analyzer used for many articles gives each the terms, counts and
// fields analysing it alone gives.
func TestAnalyzerReuse(t *testing.T) {
	t.Parallel()
	sources := []source{
		{title: "Petani bekerja di sawah", lead: "Para petani bekerja keras.", body: "<p>Pekerjaan petani itu dikerjakan bersama; petani senang.</p>"},
		{title: "Nelayan", body: "<p>Nelayan melaut. Hasil laut nelayan melimpah, kata petani.</p>"},
		{title: "Workers strike", lead: "The workers were working", body: "<p>The workers' union said the strike ends.</p>"},
		{},
		{title: "Petani bekerja di sawah", lead: "Para petani bekerja keras.", body: "<p>Pekerjaan petani itu dikerjakan bersama; petani senang.</p>"},
	}
	var a analyzer
	for _, s := range sources {
		got := a.analyze(s)
		lang := textproc.DetectLang(s.title + "\n" + s.lead + "\n" + s.body)
		want := stemDoc(textproc.Analyze(lang, s.title), textproc.Analyze(lang, s.lead), textproc.Analyze(lang, s.body))
		if got.lang != lang {
			t.Errorf("%q: language %s, want %s", s.title, got.lang, lang)
		}
		if len(got.terms) != len(want.terms) {
			t.Fatalf("%q: terms %v, want %v", s.title, got.terms, want.terms)
		}
		for i, term := range got.terms {
			if term.text != want.terms[i].text || term.n != want.terms[i].n {
				t.Errorf("%q: term %d is %q×%d, want %q×%d", s.title, i, term.text, term.n, want.terms[i].text, want.terms[i].n)
			}
		}
		for f := range got.fields {
			if !slices.Equal(got.fields[f], want.fields[f]) {
				t.Errorf("%q: field %d is %v, want %v", s.title, f, got.fields[f], want.fields[f])
			}
		}
	}
}
