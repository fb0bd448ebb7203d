package spam

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/store"
	"warta/internal/storetest"
)

// TestCheck runs whole comments, none of them from the corpus, through a
// filter without a database.
func TestCheck(t *testing.T) {
	t.Parallel()
	f := New(nil, Rules{})
	tests := []struct {
		name string
		in   Input
		want Decision
	}{
		{"plain comment", Input{Author: "Sri", Content: "Semoga jembatan di desa kami cepat diperbaiki, anak-anak harus memutar jauh ke sekolah."}, Ham},
		{"english comment", Input{Author: "Tom", Content: "Thanks for the clear explanation of the new bus routes."}, Ham},
		{"raid on a gambling ring", Input{Author: "Wati", Content: "Alhamdulillah polisi menggerebek markas judi online di kompleks kami, puluhan operator slot ditangkap."}, Ham},
		{"government blocks gambling sites", Input{Author: "Rudi", Content: "Pemerintah memblokir ribuan situs judi online, tapi domain baru muncul terus. Perlu aturan yang lebih tegas."}, Ham},
		{"slot machine in a news story", Input{Author: "Ayu", Content: "Mesin slot yang disita dari kasino ilegal itu katanya diatur supaya pemain selalu kalah."}, Ham},
		{"government site", Input{Author: "Budi", Content: "Situs resmi pemerintah untuk cek NIK sedang gangguan, coba lagi besok."}, Ham},
		{"source link", Input{Author: "Lia", Content: "Datanya ada di https://www.bps.go.id, silakan dicek."}, Ham},
		{"honeypot", Input{Author: "Sri", Content: "Setuju.", Honeypot: "x"}, Spam},
		{"too fast", Input{Author: "Sri", Content: "Setuju.", Elapsed: 500 * time.Millisecond}, Spam},
		{"gambling promotion", Input{Author: "Rina", Content: "Situs slot gacor malam ini, maxwin pasti, depo 10rb via dana."}, Spam},
		{"look-alike gambling", Input{Author: "Ani", Content: "ѕlоt gасоr hаrі іnі, bоnuѕ nеw mеmbеr"}, Spam},
		{"praise with a brand", Input{Author: "Dewi", Content: "Artikel bagus sekali, kunjungi juga PETIR88 ya"}, Spam},
		{"gambling site as website", Input{Author: "Dodi", URL: "https://hoki4d-login.xyz", Content: "Semoga cepat selesai."}, Spam},
		{"english seo", Input{Author: "Mark", URL: "https://seo.example", Content: "Great post! We offer dofollow backlinks and guest post packages to rank on the first page of Google."}, Spam},
		{"many links", Input{Author: "Ira", Content: "Baca a.example.com, b.example.org, c.example.net dan d.example.info"}, Hold},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			v, err := f.Check(context.Background(), tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if v.Decision != tt.want {
				t.Errorf("decision %s (score %.2f, reasons %q), want %s", v.Decision, v.Score, v.Reasons, tt.want)
			}
			checkBand(t, v)
		})
	}
}

// checkBand fails when a verdict's score is outside its decision's band.
func checkBand(t *testing.T, v Verdict) {
	t.Helper()
	lo, hi := 0.0, holdScore
	switch v.Decision {
	case Hold:
		lo, hi = holdScore, spamScore
	case Spam:
		lo, hi = spamScore, 1.0000001
	}
	if v.Score < lo || v.Score >= hi {
		t.Errorf("%s with score %v, want [%v, %v)", v.Decision, v.Score, lo, hi)
	}
	if v.Decision == Ham && len(v.Reasons) > 0 && strings.HasPrefix(v.Reasons[len(v.Reasons)-1], "bayes:") {
		t.Errorf("ham verdict carries a Bayes reason: %q", v.Reasons)
	}
}

func TestSetRules(t *testing.T) {
	t.Parallel()
	f := New(nil, Rules{})
	in := Input{Author: "Ani", Content: "Keripik tempe Bu Ani enak sekali."}
	check := func(want Decision) {
		t.Helper()
		v, err := f.Check(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if v.Decision != want {
			t.Fatalf("decision %s (%q), want %s", v.Decision, v.Reasons, want)
		}
	}
	check(Ham)
	f.SetRules(Rules{BlockWords: []string{"keripik"}})
	check(Spam)
	f.SetRules(Rules{})
	check(Ham)
}

func TestCheckConcurrent(t *testing.T) {
	t.Parallel()
	f := New(storetest.SQLite(t), Rules{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Go(func() {
			if i%4 == 0 {
				f.SetRules(Rules{MaxLinks: i})
			}
			v, err := f.Check(context.Background(), Input{Content: fmt.Sprintf("komentar nomor %d, situs slot gacor", i)})
			if err == nil && v.Decision == Ham {
				err = fmt.Errorf("comment %d: ham (%q)", i, v.Reasons)
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestLearn teaches a fresh site's filter a kind of spam its rules and
// prior do not know, and checks that its verdict changes, on both
// databases.
func TestLearn(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := New(db, Rules{})
		novel := Input{Author: "Warung Bu Ani", Content: "Keripik tempe renyah gurih khas Malang, pesan lewat lapak kami, isi 250 gram."}
		before, err := f.Check(ctx, novel)
		if err != nil {
			t.Fatal(err)
		}
		if before.Decision != Ham {
			t.Fatalf("before learning: %s (%q), want ham", before.Decision, before.Reasons)
		}
		for i, variant := range []string{
			"Keripik tempe renyah gurih, pesan lewat lapak kami, isi 500 gram.",
			"Keripik tempe khas Malang renyah gurih, lapak kami buka tiap hari.",
			"Pesan keripik tempe renyah di lapak kami, gurih dan murah.",
			"Keripik tempe gurih renyah khas Malang, isi 250 gram, lapak kami.",
		} {
			if err := f.Learn(ctx, Input{Author: "Warung Bu Ani", Content: variant}, true); err != nil {
				t.Fatalf("learn %d: %v", i, err)
			}
		}
		after, err := f.Check(ctx, novel)
		if err != nil {
			t.Fatal(err)
		}
		if after.Decision == Ham || after.Score <= before.Score {
			t.Fatalf("after learning: %s score %.2f (%q), want held or spam above %.2f", after.Decision, after.Score, after.Reasons, before.Score)
		}
		var spamDocs, hamDocs int64
		if err := db.QueryRow(ctx, `SELECT spam_docs, ham_docs FROM spam_totals WHERE id = 1`).Scan(&spamDocs, &hamDocs); err != nil {
			t.Fatal(err)
		}
		if spamDocs != 4 || hamDocs != 0 {
			t.Errorf("totals: %d spam, %d ham; want 4, 0", spamDocs, hamDocs)
		}
		// Teaching the opposite brings it back: moderators approved it.
		for range 6 {
			if err := f.Learn(ctx, novel, false); err != nil {
				t.Fatal(err)
			}
		}
		again, err := f.Check(ctx, novel)
		if err != nil {
			t.Fatal(err)
		}
		if again.Score >= after.Score {
			t.Errorf("after approvals: score %.2f, want below %.2f", again.Score, after.Score)
		}
		// Another site's database knows nothing of it.
		other, err := New(storetest.SQLite(t), Rules{}).Check(ctx, novel)
		if err != nil {
			t.Fatal(err)
		}
		if other.Decision != Ham {
			t.Errorf("other site: %s, want ham", other.Decision)
		}
	})
}

func TestLearnCounts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		feats := make([]string, 250) // more than one insert batch
		for i := range feats {
			feats[i] = fmt.Sprintf("f%03d", i)
		}
		if err := learnCounts(ctx, db, feats, true); err != nil {
			t.Fatal(err)
		}
		if err := learnCounts(ctx, db, feats[:2], false); err != nil {
			t.Fatal(err)
		}
		got, docs, err := learnedCounts(ctx, db, []string{"f000", "f001", "f249", "unknown"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]counts{"f000": {1, 1}, "f001": {1, 1}, "f249": {1, 0}}
		if len(got) != len(want) {
			t.Errorf("counts %v, want %v", got, want)
		}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("counts[%s] = %v, want %v", k, got[k], w)
			}
		}
		if docs != (counts{1, 1}) {
			t.Errorf("docs %v, want {1 1}", docs)
		}
		if _, docs, err := learnedCounts(ctx, db, nil); err != nil || docs != (counts{1, 1}) {
			t.Errorf("without features: docs %v, err %v", docs, err)
		}
	})
}

func TestLearnWithoutDB(t *testing.T) {
	t.Parallel()
	err := New(nil, Rules{}).Learn(context.Background(), Input{Content: "x"}, true)
	if !errors.Is(err, ErrNoDB) {
		t.Fatalf("Learn without a database: %v, want ErrNoDB", err)
	}
}

func TestProbability(t *testing.T) {
	t.Parallel()
	m := newModel()
	for range 10 {
		m.add([]string{"gacor", "maxwin"}, true)
		m.add([]string{"banjir", "jalan"}, false)
	}
	lookup := func(f string) counts { return m.features[f] }
	tests := []struct {
		feats  []string
		lo, hi float64
	}{
		{[]string{"gacor", "maxwin"}, 0.95, 1},
		{[]string{"banjir", "jalan"}, 0, 0.05},
		{[]string{"unknown"}, 0.5, 0.5},
		{[]string{"gacor", "banjir"}, 0.3, 0.7},
	}
	for _, tt := range tests {
		if p := probability(tt.feats, lookup, m.docs); p < tt.lo || p > tt.hi {
			t.Errorf("probability(%q) = %.3f, want in [%v, %v]", tt.feats, p, tt.lo, tt.hi)
		}
	}
	if p := probability([]string{"gacor"}, lookup, counts{}); p != unknownProb {
		t.Errorf("probability without documents = %v, want %v", p, unknownProb)
	}
}

func BenchmarkCheck(b *testing.B) {
	comments := []Input{
		{Author: "Budi", Content: "Semoga banjir di Kampung Melayu cepat surut. Tiap tahun kejadian terus, kapan ada solusi permanen?"},
		{Author: "Rina", Content: "Ѕіtuѕ ѕlоt gасоr hаrі іnі, mахwіn dіјаmіn! dаftаr ѕеkаrаng di NAGA88 https://naga88.vip"},
		{Author: "Hendro", Content: strings.Repeat("Polisi menangkap bandar judi online itu dan Kominfo memblokir situsnya. ", 8)},
	}
	for _, bc := range []struct {
		name string
		db   func(testing.TB) *store.DB
	}{
		{"nodb", func(testing.TB) *store.DB { return nil }},
		{"sqlite", storetest.SQLite},
	} {
		b.Run(bc.name, func(b *testing.B) {
			f := New(bc.db(b), Rules{})
			ctx := context.Background()
			if _, err := f.Check(ctx, comments[0]); err != nil { // trains the prior
				b.Fatal(err)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := f.Check(ctx, comments[i%len(comments)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
