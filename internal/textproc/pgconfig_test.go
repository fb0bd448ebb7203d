package textproc_test

import (
	"context"
	"strings"
	"testing"

	"warta/internal/storetest"
	"warta/internal/textproc"
)

// englishWords exercise Porter2's rules: plurals, -ed and -ing, -ly,
// derivational suffixes, the y/i swap, double consonants, exceptions.
const englishWords = `running runs ran flies flying dying lying tying skies sky news
generously generous relational conditional rational valency hesitancy digitizer
conformably radically differently vilely analogously vietnamization predication
operator feudalism decisiveness hopefulness callousness formality sensitivity
sensibility triplicate formative formalize electrical hopeful goodness
revival allowance inference airliner gyroscopic adjustable defensible irritant
replacement adjustment dependent adoption communism activate
homologous effective bowdlerize probate rate cease controlling rolling hopping
happy happiness happily agreed feed hoped hopping caresses ponies ties caress cats
farmers harvesting harvests flood floods flooded flooding prices priced pricing
elections elected voters voting government governments governing reporters reported
reporting schools teachers students studying studies studied hospitals patients
doctors vaccines vaccinated vaccination rainfall rivers residents evacuated
generate generates generated generating general generally communication community
united early earlier earliest ugly uglier ugliest knives wives leaves proceed
exceed succeed cannot andes atlas cosmos bias only singly gently inning outing
canning herring earring`

// TestStemsMatchPostgresConfigurations checks that textproc's stemmers
// give the lexemes of PostgreSQL's built-in indonesian and english text
// search configurations (their indonesian_stem and english_stem
// dictionaries), so that the vectors Warta writes from them are those
// configurations' vectors, stopwords aside: over the whole Snowball
// Indonesian vocabulary, and English words covering Porter2's rules.
func TestStemsMatchPostgresConfigurations(t *testing.T) {
	t.Parallel()
	db := storetest.Postgres(t)
	ctx := context.Background()
	check := func(lang textproc.Lang, dict string, words []string) {
		t.Helper()
		agree, compared, shown := 0, 0, 0
		for len(words) > 0 {
			batch := words[:min(len(words), 5000)]
			words = words[len(batch):]
			rows, err := db.Query(ctx, `SELECT w, COALESCE(array_to_string(ts_lexize(?, w), ' '), '') FROM unnest(CAST(? AS text[])) w`, dict, batch)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var w, lexeme string
				if err := rows.Scan(&w, &lexeme); err != nil {
					t.Fatal(err)
				}
				if lexeme == "" {
					continue // a stopword of the dictionary
				}
				compared++
				if got := textproc.Stem(lang, w); got == lexeme {
					agree++
				} else if shown < 20 {
					t.Logf("%s: Stem(%q) = %q, PostgreSQL %q", dict, w, got, lexeme)
					shown++
				}
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			rows.Close()
		}
		t.Logf("%s: %d of %d words agree", dict, agree, compared)
		if agree != compared || compared == 0 {
			t.Errorf("%s: %d of %d words agree; want all", dict, agree, compared)
		}
	}
	check(textproc.Indonesian, "indonesian_stem", readGzipLines(t, "testdata/snowball-indonesian-voc.txt.gz"))
	check(textproc.English, "english_stem", strings.Fields(englishWords))
}
