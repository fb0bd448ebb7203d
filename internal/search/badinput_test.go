package search_test

import (
	"strings"
	"testing"

	"warta/internal/search"
	"warta/internal/store"
	"warta/internal/storetest"
)

// oddQueries is input a search box gets: empty, huge, full-text syntax of
// both databases, SQL, control characters, broken UTF-8, odd scripts.
var oddQueries = []string{
	"", "   ", "\t\n",
	strings.Repeat("a", 1001),
	strings.Repeat("kerja ", 300),
	`"` + strings.Repeat("harga beras ", 40) + `"`,
	`"unclosed`, `kerja "unclosed`, `"a" "b`, `""`, `"" ""`, `"""`,
	`NEAR(a b)`, `NEAR(kerja sungai, 2)`, `kerja NEAR sungai`,
	`*`, `**`, `k*`, `*kerja`, `*kerja*`, `ke*`, `:*`, `kerja:*`, `a:* | b`,
	`-`, `--`, `kerja -sungai`, `-kerja`, `NOT kerja`, `kerja NOT`, `kerja AND`, `OR`, `kerja OR sungai`,
	`(`, `)`, `((kerja)`, `(kerja OR`, `{title body}: kerja`,
	`title:x`, `body:kerja`, `title:`, `^kerja`, `+kerja`,
	`!kerja`, `kerja & sungai`, `kerja | sungai`, `<->`, `kerja <2> sungai`, `'`, `''`, `\`, `\'`,
	`'; DROP TABLE posts; --`, `%`, `_`, `%kerja%`, `?`, `$1`,
	"\x00kerja\x01\x7f", "kerja\x1b[31m", "\u0000", "\xff\xfe\xfd", "ker\xffja", "\xed\xa0\x80",
	"\u200b", "\u202ekerja", "\ufeffkerja", "\u0301", "a\u0301", "🙂", "kerja 🙂 sungai",
	"经济", "اقتصاد", "١٢٣", "ⓚⓔⓡⓙⓐ", "ｋｅｒｊａ", "KERJA", "ß", "İstanbul",
	"yang dan di", "the of and", "1.500.000", "rp10.000", "covid-19", "negara-negara", "jum'at",
}

func TestOddQueriesNeverFail(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		for _, a := range small {
			s.add(a)
		}
		for _, q := range oddQueries {
			for _, page := range []int{-1, 0, 1, 2, 1 << 30} {
				res, err := s.index.Search(t.Context(), search.Request{Query: q, Page: page, PerPage: page})
				if err != nil {
					t.Errorf("search %q page %d: %v", q, page, err)
					continue
				}
				if len([]rune(res.Query)) > 200 {
					t.Errorf("search %q: query kept %d characters", q, len([]rune(res.Query)))
				}
				if strings.ContainsAny(res.Query, "\x00\x01\x1b\u202e") {
					t.Errorf("search %q: control characters kept in %q", q, res.Query)
				}
			}
		}
	})
}

func TestOddQueriesStillFind(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		for _, a := range small {
			s.add(a)
		}
		for _, q := range []string{`"sungai`, `sungai"`, `(sungai`, `(sungai)`, `-sungai`, `+sungai`, `^sungai`, `{sungai}`,
			`sungai:*`, `sungai OR`, `'sungai'`, "ｓｕｎｇａｉ", "sungai\x00", "\x1bsungai", "sungai\xff"} {
			res := s.search(search.Request{Query: q})
			if res.Total == 0 {
				t.Errorf("search %q found nothing; the word sungai is in an article", q)
			}
		}
	})
}
