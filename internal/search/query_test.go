package search

import (
	"slices"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		fts      string // the FTS5 expression built
		cleaned  string
		nClauses int
	}{
		{"kerja", `"kerja"`, "kerja", 1},
		{"bekerja", `("kerja" OR "bekerja")`, "bekerja", 1},
		{"Harga BERAS", `"harga" AND ("beras" OR "bera")`, "Harga BERAS", 2},
		{`"harga di pasar"`, `("harga pasar" OR "harga di pasar")`, `"harga di pasar"`, 1},
		{`"the price of rice"`, `("the price of rice" OR "price rice")`, `"the price of rice"`, 1},
		{`"unclosed kerja`, `("unclosed" OR "unclos") AND "kerja"`, `"unclosed kerja`, 2},
		{"ekono*", `("ekono"*)`, "ekono*", 1},
		{"pembangun*", `("pembangun"* OR "bangun"*)`, "pembangun*", 1},
		{"e*", `"e"`, "e*", 1},
		{"*", ``, "*", 0},
		{"NEAR(a b)", `"near" AND "b"`, "NEAR(a b)", 2},
		{"title:x", `("title" OR "titl") AND "x"`, "title:x", 2},
		{"yang dan di the", ``, "yang dan di the", 0},
		{"kerja kerja bekerja", `"kerja" AND ("kerja" OR "bekerja")`, "kerja kerja bekerja", 2},
		{"a\x00b\x7fc", `"b" AND "c"`, "a b c", 2},
		{"\xffkerja", `"kerja"`, "kerja", 1},
		{`say "hi`, `"say" AND "hi"`, `say "hi`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			q := parseQuery(tt.in)
			if q.text != tt.cleaned {
				t.Errorf("text = %q, want %q", q.text, tt.cleaned)
			}
			if len(q.clauses) != tt.nClauses {
				t.Errorf("%d clauses, want %d: %+v", len(q.clauses), tt.nClauses, q.clauses)
			}
			got := strings.TrimSuffix(strings.TrimPrefix(ftsQuery(&q), "("), ")")
			if got != tt.fts {
				t.Errorf("fts = %s, want %s", got, tt.fts)
			}
		})
	}
}

func TestParseQueryLimits(t *testing.T) {
	t.Parallel()
	q := parseQuery(strings.Repeat("kata", 400))
	if n := len([]rune(q.text)); n != maxQueryRunes {
		t.Errorf("long input kept %d characters, want %d", n, maxQueryRunes)
	}
	q = parseQuery(strings.Repeat("sungai laut gunung danau hutan pantai kota desa jalan pasar rumah sekolah ", 3))
	if len(q.clauses) != maxClauses {
		t.Errorf("%d clauses, want at most %d", len(q.clauses), maxClauses)
	}
	q = parseQuery(`"` + strings.Repeat("sungai laut ", 10) + `"`)
	if len(q.clauses) != 1 || len(q.clauses[0].tokens) != maxPhrase {
		t.Errorf("a long phrase is kept as %+v; want %d words", q.clauses, maxPhrase)
	}
}

func TestPostgresQueryQuotesPrefixes(t *testing.T) {
	t.Parallel()
	q := parseQuery(`jum'at* ab\c* "a b"`)
	sql, args := pgSelect(&q, filter{}, "d.post_id", "")
	if strings.Contains(sql, "jum") || strings.Contains(sql, "ab") {
		t.Errorf("reader text in the SQL: %s", sql)
	}
	if len(args) == 0 {
		t.Fatal("no arguments")
	}
	// The index finds the phrase's words; the phrase is checked after.
	if tsq, _ := args[0].(string); tsq != `('jum''at':* | 'jumat':*) & ('ab') & ('c') & (('a' & 'b') | 'b')` {
		t.Errorf("index tsquery argument = %q", tsq)
	}
	if tsq, _ := args[len(args)-1].(string); tsq != `('jum''at':* | 'jumat':*) & ('ab') & ('c') & (('a' <-> 'b') | 'b')` {
		t.Errorf("phrase tsquery argument = %q", tsq)
	}
	// "a" is an English stopword: the English side of the phrase is a
	// word, which no pair filter narrows.
	if n := strings.Count(sql, "?"); n != len(args) {
		t.Errorf("%d placeholders, %d arguments", n, len(args))
	}
}

func TestTSVector(t *testing.T) {
	t.Parallel()
	d := stemDoc([]string{"banjir", "rob"}, nil, []string{"jum'at", `a\b`, "banjir"})
	d.categories = []int64{7}
	want := `'a\\b':6 'banjir':1,7 'cat:7' 'jum''at':5 'rob':2`
	if got := tsVector(d); got != want {
		t.Errorf("tsVector = %s, want %s", got, want)
	}
	// Positions past the last one recorded collapse into it; a lexeme
	// keeps its first maxTSPositions.
	d = stemDoc(nil, nil, slices.Repeat([]string{"air"}, maxTSPosition+10))
	got := tsVector(d)
	if n := strings.Count(got, ","); n != maxTSPositions-1 {
		t.Errorf("a lexeme written with %d positions, want %d", n+1, maxTSPositions)
	}
	d = stemDoc(nil, nil, append(slices.Repeat([]string{"x"}, maxTSPosition+5), "air", "air"))
	if got := tsVector(d); !strings.HasPrefix(got, "'air':16383 ") {
		t.Errorf("positions past the last: %.40s", got)
	}
}

func TestAtLeast(t *testing.T) {
	t.Parallel()
	df := map[string]int{"kerja": 1500, "banjir": 1900, "flood": 100}
	tests := []struct {
		query string
		want  int
	}{
		{"bekerja", 1500},
		{"kerja banjir", 1400}, // 500 and 100 of 2000 lack one of them
		{"kerja unknown", -500},
		{`"kerja banjir"`, 0},
		{"kerj*", 0},
	}
	for _, tt := range tests {
		q := parseQuery(tt.query)
		if got := atLeast(&q, df, 2000, 2000); got != tt.want {
			t.Errorf("atLeast(%q) = %d, want %d", tt.query, got, tt.want)
		}
	}
	// Of 800 articles in a date range, at most 500 lack "kerja".
	q := parseQuery("bekerja")
	if got := atLeast(&q, df, 2000, 800); got != 300 {
		t.Errorf("atLeast(bekerja) in 800 articles = %d, want 300", got)
	}
}

func TestEditDistance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"ekonomi", "ekonomi", 2, 0}, {"ekonommi", "ekonomi", 2, 1}, {"ekonomy", "ekonomi", 2, 1},
		{"kreja", "kerja", 2, 2}, {"abc", "xyz", 2, 3}, {"pemilu", "pemilihan", 2, 3}, {"jalan", "jalanan", 2, 2},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	t.Parallel()
	text := "Pagi itu hujan. " + strings.Repeat("Kata pengisi tanpa arti. ", 20) +
		"Para petani bekerja di sawah sambil menunggu harga gabah naik. " + strings.Repeat("Akhir. ", 20)
	q := parseQuery("kerja gabah")
	got := render(snippet(text, newMatcher(&q)))
	if !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, "…") {
		t.Errorf("snippet not cut on both sides: %q", got)
	}
	for _, want := range []string{"[bekerja]", "[gabah]"} {
		if !strings.Contains(got, want) {
			t.Errorf("snippet %q lacks %s", got, want)
		}
	}
	if got := render(snippet("Tanpa kecocokan sama sekali.", newMatcher(&q))); got != "Tanpa kecocokan sama sekali." {
		t.Errorf("snippet of a short text without match = %q", got)
	}
	if got := render(highlight("Harga gabah: naik-naik!", newMatcher(&q))); got != "Harga [gabah]: naik-naik!" {
		t.Errorf("highlight = %q", got)
	}
	p := parseQuery("ekono*")
	if got := render(highlight("Perekonomian dan ekonomi.", newMatcher(&p))); got != "[Perekonomian] dan [ekonomi]." {
		t.Errorf("prefix highlight = %q", got)
	}
}

func render(fs []Fragment) string {
	var b strings.Builder
	for _, f := range fs {
		if f.Match {
			b.WriteString("[" + f.Text + "]")
		} else {
			b.WriteString(f.Text)
		}
	}
	return b.String()
}

// A phrase's stems under a language no article holds them in are left
// out of its plan; words, and phrases held in both or neither language,
// keep both.
func TestPlanDropsUnheldPhraseStems(t *testing.T) {
	t.Parallel()
	q := parseQuery(`"tahunnya kewilayahan" kewilayahan "laut biru"`)
	phrase, word, both := q.clauses[0], q.clauses[1], q.clauses[2]
	if slices.Equal(phrase.id, phrase.en) || slices.Equal(word.id, word.en) {
		t.Fatalf("the test needs stems that differ by language: %q %q, %q %q", phrase.id, phrase.en, word.id, word.en)
	}
	df := map[string]int{}
	for _, s := range append(append(phrase.id, word.id...), both.id...) {
		df[s] = 5
	}
	for _, s := range both.en {
		df[s] = 5
	}
	q.plan(df, 100, 10)
	if !slices.Equal(q.clauses[0].id, phrase.id) || q.clauses[0].en != nil {
		t.Errorf("phrase held in Indonesian only: id %q en %q", q.clauses[0].id, q.clauses[0].en)
	}
	if !slices.Equal(q.clauses[1].en, word.en) || !slices.Equal(q.clauses[2].en, both.en) {
		t.Errorf("a word or a phrase held in both languages lost stems: %+v", q.clauses[1:])
	}
	q = parseQuery(`"tahunnya kewilayahan"`)
	q.plan(map[string]int{}, 100, 10)
	if len(q.clauses[0].id) == 0 || len(q.clauses[0].en) == 0 {
		t.Errorf("a phrase nobody holds lost stems: %+v", q.clauses[0])
	}
}

func TestPlanNarrowsPhrases(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		df   map[string]int // of 100 articles
		want string         // pgQuery(q, false)
	}{
		{map[string]int{"warga": 90, "kota": 10}, `('kota')`},
		{map[string]int{"warga": 40, "kota": 10}, `(('warga' & 'kota'))`},
		{map[string]int{"warga": 90, "kota": 60}, `('kota')`},
		{map[string]int{"warga": 70, "kota": 70}, `('warga')`},
	} {
		q := parseQuery(`"warga kota"`)
		q.plan(tt.df, 100, 10)
		if got := pgQuery(&q, false); got != tt.want {
			t.Errorf("df %v: index condition %s, want %s", tt.df, got, tt.want)
		}
		if got, want := pgQuery(&q, true), `(('warga' <-> 'kota'))`; got != want {
			t.Errorf("df %v: phrase check %s, want %s", tt.df, got, want)
		}
	}
}
