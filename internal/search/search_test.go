package search_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/search"
	"warta/internal/store"
	"warta/internal/storetest"
)

// small is a handful of original articles for the behaviour tests.
var small = []article{
	{title: "Warga Bekerja Bakti Membersihkan Sungai", body: "Ratusan warga bekerja sejak subuh mengangkat sampah plastik dari aliran sungai yang melintasi kampung.", cats: []string{"Lingkungan"}, days: 1},
	{title: "Pekerjaan Rumah Siswa Dikurangi", body: "Dinas pendidikan meminta guru mengurangi pekerjaan rumah agar siswa punya waktu bermain.", cats: []string{"Pendidikan"}, days: 2},
	{title: "Jembatan Gantung Selesai Lebih Cepat", body: "Jembatan itu dikerjakan kontraktor lokal dengan melibatkan pemuda desa sebagai tenaga harian.", cats: []string{"Nasional"}, days: 3},
	{title: "Harga Cabai Naik Menjelang Lebaran", body: "Pedagang di pasar induk menyebut pasokan cabai merah dari petani berkurang karena hujan.", cats: []string{"Ekonomi"}, days: 4},
	{title: "Perekonomian Daerah Tumbuh Stabil", body: "Badan statistik mencatat perekonomian provinsi tumbuh ditopang konsumsi rumah tangga.", cats: []string{"Ekonomi"}, days: 5},
	{title: "Farmers Harvest Rice Early After Dry Spell", body: "Farmers in the northern valley are harvesting their rice two weeks early because the rains stopped.", cats: []string{"Ekonomi"}, days: 6},
	{title: "Beras Medium Masih Mahal", body: "Harga beras medium di tingkat pengecer belum turun meski panen raya sudah dimulai.", cats: []string{"Ekonomi"}, days: 7},
	{title: "Pasar Tradisional Dibenahi", body: "Beras dan minyak goreng kini dijual di los baru; harga sewa los tidak naik tahun ini.", cats: []string{"Ekonomi"}, days: 8},
}

func TestSearchFindsInflectedFormsPhrasesAndPrefixes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		for _, a := range small {
			s.add(a)
		}
		tests := []struct {
			query string
			want  []string // titles, in any order
		}{
			{"kerja", []string{"Warga Bekerja Bakti Membersihkan Sungai", "Pekerjaan Rumah Siswa Dikurangi", "Jembatan Gantung Selesai Lebih Cepat"}},
			{"DIKERJAKAN", []string{"Warga Bekerja Bakti Membersihkan Sungai", "Pekerjaan Rumah Siswa Dikurangi", "Jembatan Gantung Selesai Lebih Cepat"}},
			{"pekerjaan rumah", []string{"Pekerjaan Rumah Siswa Dikurangi"}},
			{"harvest", []string{"Farmers Harvest Rice Early After Dry Spell"}},
			{"harvests farmer", []string{"Farmers Harvest Rice Early After Dry Spell"}},
			{"the harvesting", []string{"Farmers Harvest Rice Early After Dry Spell"}},
			{`"harga beras"`, []string{"Beras Medium Masih Mahal"}},
			{"harga beras", []string{"Beras Medium Masih Mahal", "Pasar Tradisional Dibenahi"}},
			{"ekono*", []string{"Perekonomian Daerah Tumbuh Stabil"}},
			{"perekonom*", []string{"Perekonomian Daerah Tumbuh Stabil"}},
			{"sungai", []string{"Warga Bekerja Bakti Membersihkan Sungai"}},
			{"kapal selam", nil},
		}
		for _, tt := range tests {
			res := s.search(search.Request{Query: tt.query})
			got := titles(res)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("search %q = %q, want %q", tt.query, got, want)
			}
			if res.Total != len(tt.want) {
				t.Errorf("search %q: Total %d, want %d", tt.query, res.Total, len(tt.want))
			}
		}
	})
}

func TestSearchRanksTitleMatchesFirst(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		s.add(article{title: "Kabar Desa", body: "Di ujung laporan disebut sekilas soal gempa kecil semalam, selebihnya tentang panen jagung dan jalan desa yang rusak parah sejak musim hujan.", days: 1})
		s.add(article{title: "Gempa Guncang Pesisir Selatan", body: "Gempa bermagnitudo lima mengguncang pesisir selatan; warga sempat keluar rumah.", days: 2})
		res := s.search(search.Request{Query: "gempa"})
		if got := titles(res); len(got) != 2 || got[0] != "Gempa Guncang Pesisir Selatan" {
			t.Errorf("search gempa = %q; the article about the earthquake must come first", got)
		}
	})
}

func TestSearchHighlightsThePassage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		long := strings.Repeat("Kalimat pembuka yang panjang tentang cuaca pagi di kota. ", 12) +
			"Di bagian tengah, para relawan bekerja membagikan makanan kepada pengungsi banjir. " +
			strings.Repeat("Penutup laporan tentang lalu lintas sore. ", 10)
		s.add(article{title: "Relawan Bekerja di Posko", body: long})
		res := s.search(search.Request{Query: "kerja banjir"})
		if len(res.Hits) != 1 {
			t.Fatalf("want one hit, got %d", len(res.Hits))
		}
		h := res.Hits[0]
		snip := fragmentsText(h.Snippet)
		for _, want := range []string{"[bekerja]", "[banjir]", "… "} {
			if !strings.Contains(snip, want) {
				t.Errorf("snippet %q lacks %q", snip, want)
			}
		}
		if n := len(strings.Fields(snip)); n > 34 {
			t.Errorf("snippet has %d words; want about 30", n)
		}
		if title := fragmentsText(h.Title); title != "Relawan [Bekerja] di Posko" {
			t.Errorf("title = %q", title)
		}
	})
}

func TestSearchFiltersAndPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		for i := range 25 {
			cat := "Nasional"
			if i%5 == 0 {
				cat = "Daerah"
			}
			s.add(article{title: fmt.Sprintf("Banjir Rendam Kampung %02d", i), body: "Air sungai meluap dan banjir merendam rumah warga.", cats: []string{cat}, days: i})
		}
		s.add(article{title: "Kemarau Panjang", body: "Tidak ada hujan sebulan.", cats: []string{"Daerah"}, days: 30})
		daerah, err := s.posts.TermBySlug(context.Background(), content.Category, "daerah")
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for page, want := range map[int]int{1: 10, 2: 10, 3: 5, 4: 0} {
			res := s.search(search.Request{Query: "banjir", Page: page})
			if res.Total != 25 || len(res.Hits) != want {
				t.Errorf("page %d: total %d, hits %d; want 25, %d", page, res.Total, len(res.Hits), want)
			}
			for _, title := range titles(res) {
				if seen[title] {
					t.Errorf("page %d repeats %q", page, title)
				}
				seen[title] = true
			}
		}
		res := s.search(search.Request{Query: "banjir", Categories: []int64{daerah.ID}})
		if res.Total != 5 {
			t.Errorf("category filter: total %d, want 5 (%q)", res.Total, titles(res))
		}
		res = s.search(search.Request{Query: "banjir", From: day0.AddDate(0, 0, 10), To: day0.AddDate(0, 0, 15)})
		if res.Total != 5 {
			t.Errorf("date filter: total %d, want 5 (%q)", res.Total, titles(res))
		}
		res = s.search(search.Request{Query: "banjir", Categories: []int64{daerah.ID}, From: day0.AddDate(0, 0, 1), To: day0.AddDate(0, 0, 6)})
		if got := titles(res); !slices.Equal(got, []string{"Banjir Rendam Kampung 05"}) {
			t.Errorf("both filters = %q", got)
		}
		res = s.search(search.Request{Query: "banjir", PerPage: 3, Page: 2})
		if len(res.Hits) != 3 || res.PerPage != 3 {
			t.Errorf("per page 3: %d hits", len(res.Hits))
		}
	})
}

func TestIndexFollowsTheWorkflow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		ctx := context.Background()
		found := func(q string) bool { return s.search(search.Request{Query: q}).Total == 1 }
		p := s.add(article{title: "Rapat Anggaran Ditunda", body: "Dewan menunda rapat anggaran sampai pekan depan.", status: content.Draft})
		if found("anggaran") {
			t.Fatal("a draft is searchable")
		}
		if _, err := s.posts.SetStatus(ctx, p.ID, content.Published, time.Time{}, 0); err != nil {
			t.Fatal(err)
		}
		if !found("anggaran") {
			t.Fatal("a published post is not searchable")
		}
		in := p.Input()
		in.Status, in.Version = content.Published, 0
		in.Title, in.Body = "Rapat Pajak Ditunda", "<p>Dewan menunda rapat soal pajak kendaraan.</p>"
		if _, err := s.posts.Update(ctx, p.ID, in, 0); err != nil {
			t.Fatal(err)
		}
		if found("anggaran") || !found("pajak") {
			t.Fatal("an edit did not reach the index")
		}
		if _, err := s.posts.SetStatus(ctx, p.ID, content.Draft, time.Time{}, 0); err != nil {
			t.Fatal(err)
		}
		if found("pajak") {
			t.Fatal("an unpublished post is still searchable")
		}
		if _, err := s.posts.SetStatus(ctx, p.ID, content.Published, time.Time{}, 0); err != nil {
			t.Fatal(err)
		}
		if !found("pajak") {
			t.Fatal("a republished post is not searchable")
		}
		if _, err := s.posts.SetStatus(ctx, p.ID, content.Trash, time.Time{}, 0); err != nil {
			t.Fatal(err)
		}
		if found("pajak") {
			t.Fatal("a trashed post is still searchable")
		}
		page, err := s.posts.Create(ctx, content.Input{Type: content.TypePage, Title: "Tentang Pajak", Body: "<p>Halaman statis.</p>", Status: content.Published}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if found("pajak") {
			t.Fatalf("static page %d is searchable; search lists articles", page.ID)
		}
	})
}

func TestSearchSuggests(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		for _, a := range small {
			s.add(a)
		}
		s.add(article{title: "Ekonomi Desa Bergerak", body: "Koperasi membuat ekonomi desa bergerak lagi.", cats: []string{"Ekonomi"}, days: 9})
		eko, err := s.posts.TermBySlug(context.Background(), content.Category, "lingkungan")
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			req  search.Request
			want *search.Suggestion
		}{
			{search.Request{Query: "sungaii"}, &search.Suggestion{Query: "sungai", Kind: search.SuggestSpelling}},
			{search.Request{Query: "sungaii sampah"}, &search.Suggestion{Query: "sungai sampah", Kind: search.SuggestSpelling}},
			{search.Request{Query: "sungai kapal"}, &search.Suggestion{Query: "sungai", Kind: search.SuggestFewer}},
			{search.Request{Query: "cabai", Categories: []int64{eko.ID}}, &search.Suggestion{Query: "cabai", Kind: search.SuggestNoFilter}},
			{search.Request{Query: "qwertyuiop"}, nil},
		}
		for _, tt := range tests {
			res := s.search(tt.req)
			if res.Total != 0 {
				t.Errorf("%q: found %d; the test needs none", tt.req.Query, res.Total)
			}
			if (res.Suggestion == nil) != (tt.want == nil) || (tt.want != nil && *res.Suggestion != *tt.want) {
				t.Errorf("%q: suggestion %+v, want %+v", tt.req.Query, res.Suggestion, tt.want)
			}
		}
	})
}

func TestCategoryTokensAreNotWords(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		p := s.add(article{title: "Banjir Rob", body: "Banjir rob merendam kampung nelayan.", cats: []string{"Daerah"}})
		s.add(article{title: "Kode C" + strconv.FormatInt(p.Categories[0].ID, 10), body: "Banjir dan kode c" +
			strconv.FormatInt(p.Categories[0].ID, 10) + " di papan.", days: 1})
		id := strconv.FormatInt(p.Categories[0].ID, 10)
		for _, q := range []string{"c" + id, "c" + id + " banjir", "c" + id + "*", `"kode c` + id + `"`} {
			res := s.search(search.Request{Query: q})
			if got := titles(res); len(got) != 1 || got[0] != "Kode C"+id {
				t.Errorf("search %q = %q; want only the article saying c%s, not the one in category %s", q, got, id, id)
			}
		}
		res := s.search(search.Request{Query: "banjir", Categories: []int64{p.Categories[0].ID}})
		if got := titles(res); len(got) != 1 || got[0] != "Banjir Rob" {
			t.Errorf("search banjir in category %s = %q; want Banjir Rob", id, got)
		}
	})
}

// TestPhraseFilterOnPostgres checks that PostgreSQL consults each
// article's filter of stem pairs before its positions, and still finds
// the phrases of articles indexed before there were filters.
func TestPhraseFilterOnPostgres(t *testing.T) {
	t.Parallel()
	db := storetest.Postgres(t)
	s := newSite(t, db)
	for _, a := range small {
		s.add(a)
	}
	phrase := func() []string { return titles(s.search(search.Request{Query: `"harga beras"`})) }
	want := []string{"Beras Medium Masih Mahal"}
	if got := phrase(); !slices.Equal(got, want) {
		t.Fatalf("phrase = %q, want %q", got, want)
	}
	ctx := context.Background()
	// A filter holding no pair: the phrase is not looked for in positions.
	if _, err := db.Exec(ctx, `UPDATE search_docs SET pairs = '\x0000'::bytea`); err != nil {
		t.Fatal(err)
	}
	if got := phrase(); len(got) != 0 {
		t.Errorf("with empty filters, phrase = %q; the filter was not consulted", got)
	}
	// No filter (indexed before filters existed): positions decide.
	if _, err := db.Exec(ctx, `UPDATE search_docs SET pairs = ''::bytea`); err != nil {
		t.Fatal(err)
	}
	if got := phrase(); !slices.Equal(got, want) {
		t.Errorf("without filters, phrase = %q, want %q", got, want)
	}
}

// TestPhraseOfACommonWord checks a phrase one of whose words most
// articles hold: PostgreSQL leaves that word out of the index lookup
// (see clause.narrow), and the phrase must still match only where its
// words follow each other.
func TestPhraseOfACommonWord(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := newSite(t, db)
		for _, a := range []article{
			{title: "Warga Kota Menanam Pohon", lead: "Warga kota menanam seribu pohon di tepi jalan.", days: 1},
			{title: "Kota Yang Ramah", lead: "Kota itu dihuni warga yang ramah kepada tamu.", days: 2},
			{title: "Panen Padi Di Desa", lead: "Warga desa memanen padi lebih awal tahun ini.", days: 3},
			{title: "Gotong Royong", lead: "Warga bergotong royong membersihkan selokan di kota.", days: 4},
		} {
			s.add(a)
		}
		for query, want := range map[string][]string{
			`"warga kota"`:      {"Warga Kota Menanam Pohon"},
			`"kota warga"`:      nil,
			`"warga" "kota"`:    {"Warga Kota Menanam Pohon", "Kota Yang Ramah", "Gotong Royong"},
			`"warga desa" padi`: {"Panen Padi Di Desa"},
			`"desa warga"`:      nil,
			`"warga bergotong"`: {"Gotong Royong"},
		} {
			got := titles(s.search(search.Request{Query: query}))
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("search %s = %q, want %q", query, got, want)
			}
		}
	})
}
