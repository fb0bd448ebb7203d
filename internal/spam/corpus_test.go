package spam

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"warta/internal/store"
	"warta/internal/storetest"
)

func readHoldout(t *testing.T) []example {
	t.Helper()
	b, err := os.ReadFile("testdata/holdout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := readCorpus(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestCorpus checks the corpus's size and split: at least 300 comments
// of each label, about 30% held out, and no held-out text in training.
func TestCorpus(t *testing.T) {
	t.Parallel()
	train, err := readCorpus(bytes.NewReader(trainJSONL))
	if err != nil {
		t.Fatal(err)
	}
	hold := readHoldout(t)
	n := map[string]int{}
	seen := map[string]bool{}
	for _, e := range train {
		n["train/"+e.Label]++
		seen[strings.TrimSpace(e.Text)] = true
	}
	for _, e := range hold {
		n["holdout/"+e.Label]++
		if seen[strings.TrimSpace(e.Text)] {
			t.Errorf("held-out comment is also in training: %q", e.Text)
		}
	}
	for _, label := range []string{"spam", "ham"} {
		total := n["train/"+label] + n["holdout/"+label]
		if total < 300 {
			t.Errorf("%d %s comments, want at least 300", total, label)
		}
		if share := float64(n["holdout/"+label]) / float64(total); share < 0.25 || share > 0.35 {
			t.Errorf("%.0f%% of %s held out, want about 30%%", 100*share, label)
		}
	}
	t.Logf("corpus: %v", n)
}

func TestReadCorpusErrors(t *testing.T) {
	t.Parallel()
	for _, in := range []string{`{"label":"spam"`, `{"label":"maybe","text":"x"}`} {
		if _, err := readCorpus(strings.NewReader(in)); err == nil {
			t.Errorf("readCorpus(%q): no error", in)
		}
	}
}

// TestHoldout measures the filter, with its embedded prior and an empty
// site database, on the held-out comments, which it never trained on.
// Targets: at least 95% of spam not published (Spam or Hold), at most 1%
// of legitimate comments marked Spam.
func TestHoldout(t *testing.T) {
	ex := readHoldout(t)
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := New(db, Rules{})
		var c struct{ spam, ham, spamSpam, spamHold, hamSpam, hamHold int }
		for _, e := range ex {
			v, err := f.Check(context.Background(), e.input())
			if err != nil {
				t.Fatal(err)
			}
			if e.isSpam() {
				c.spam++
				switch v.Decision {
				case Spam:
					c.spamSpam++
				case Hold:
					c.spamHold++
				default:
					t.Logf("missed spam [%s] score %.2f: %q", e.Tag, v.Score, e.Text)
				}
				continue
			}
			c.ham++
			switch v.Decision {
			case Spam:
				c.hamSpam++
				t.Logf("legitimate marked spam [%s] %q: %q", e.Tag, v.Reasons, e.Text)
			case Hold:
				c.hamHold++
				t.Logf("legitimate held [%s] %q: %q", e.Tag, v.Reasons, e.Text)
			}
		}
		ratio := func(a, b int) float64 {
			if b == 0 {
				return 0
			}
			return float64(a) / float64(b)
		}
		recallSpam := ratio(c.spamSpam, c.spam)
		recall := ratio(c.spamSpam+c.spamHold, c.spam)
		precisionSpam := ratio(c.spamSpam, c.spamSpam+c.hamSpam)
		precision := ratio(c.spamSpam+c.spamHold, c.spamSpam+c.spamHold+c.hamSpam+c.hamHold)
		hamSpamRate := ratio(c.hamSpam, c.ham)
		t.Logf("held-out: %d spam, %d legitimate", c.spam, c.ham)
		t.Logf("spam caught as Spam:         %d/%d recall %.4f, precision %.4f", c.spamSpam, c.spam, recallSpam, precisionSpam)
		t.Logf("spam caught as Spam or Hold: %d/%d recall %.4f, precision %.4f", c.spamSpam+c.spamHold, c.spam, recall, precision)
		t.Logf("legitimate marked Spam: %d/%d (%.4f); held: %d/%d (%.4f)", c.hamSpam, c.ham, hamSpamRate, c.hamHold, c.ham, ratio(c.hamHold, c.ham))
		if recall < 0.95 {
			t.Errorf("spam recall (Spam or Hold) %.4f, want at least 0.95", recall)
		}
		if hamSpamRate > 0.01 {
			t.Errorf("legitimate comments marked spam %.4f, want at most 0.01", hamSpamRate)
		}
	})
}
