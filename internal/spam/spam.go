package spam

import (
	"context"
	"errors"
	"math"
	"strconv"
	"sync/atomic"
	"time"

	"warta/internal/store"
)

// Input is a comment as submitted, with what the form knows about its
// sending.
type Input struct {
	Author, Email, URL, Content string // as submitted (plain text)
	IP, UserAgent               string
	PostID                      int64
	// Elapsed is the time between the page view (the form token's stamp)
	// and the submission; 0 means unknown.
	Elapsed time.Duration
	// Honeypot is the value of the hidden honeypot field, which people
	// leave empty.
	Honeypot string
}

// Decision is what should become of a comment.
type Decision string

// The decisions: publish, hold for a moderator, or file as spam.
const (
	Ham  Decision = "ham"
	Hold Decision = "hold"
	Spam Decision = "spam"
)

// Verdict is the filter's judgement of one comment.
type Verdict struct {
	Decision Decision
	// Score is a probability-like spam score in [0, 1], consistent with
	// Decision: below 0.5 for Ham, from 0.5 to below 0.9 for Hold, 0.9 and
	// above for Spam.
	Score float64
	// Reasons are stable snake_case codes, some with a detail after a
	// colon (a Ham verdict may carry signals too weak to hold it): "honeypot", "too_fast", "too_many_links",
	// "blocked_word:slot gacor", "blocked_domain:example.xyz",
	// "gambling_brand:naga88", "gambling_domain:naga88.vip",
	// "gambling_terms", "english_spam", "commercial_spam", "obfuscated",
	// "phone_number", "bayes:0.97".
	Reasons []string
}

// Rules are the site's settings of the filter. Zero values take the
// defaults; a negative value turns its check off.
type Rules struct {
	MinElapsed time.Duration // least time from page view to submit; default 3s
	MaxLinks   int           // most links a comment may carry unheld; default 2
	// BlockWords and BlockDomains mark a comment as spam when it holds one
	// of the words (case-insensitive, after look-alike folding; words of
	// five letters or more also inside longer words) or links to, is
	// signed with or sent from one of the domains or their subdomains.
	BlockWords, BlockDomains []string
}

// Thresholds of the decision; see Check.
const (
	spamPoints = 6    // rule points that alone make spam
	holdPoints = 3    // rule points that alone hold a comment
	bayesSpam  = 0.9  // Bayes probability that turns a held comment into spam
	bayesHold  = 0.98 // Bayes probability that alone holds a comment
	holdScore  = 0.5  // lowest Score of Hold
	spamScore  = 0.9  // lowest Score of Spam
)

// lexicon holds the word lists of the rule classifiers.
type lexicon struct {
	gambling, english, commercial category
}

func newLexicon() *lexicon {
	return &lexicon{gambling: gamblingCategory(), english: englishCategory(), commercial: commercialCategory()}
}

// Filter judges comments. It is safe for concurrent use.
type Filter struct {
	db    *store.DB
	lex   *lexicon
	prior func() (*model, error) // the corpus prior; tests swap it
	rules atomic.Pointer[ruleSet]
}

// New returns a filter with rules whose Bayes model learns into db. A nil
// db gives a filter with the corpus prior only, which cannot Learn.
func New(db *store.DB, rules Rules) *Filter {
	f := &Filter{db: db, lex: newLexicon(), prior: prior}
	f.SetRules(rules)
	return f
}

// SetRules replaces the rules; checks already running finish with the
// old ones.
func (f *Filter) SetRules(r Rules) { f.rules.Store(compileRules(r)) }

// Check judges a comment. The rules run first: a filled honeypot, a
// submission faster than MinElapsed or a blocklisted word or domain make
// spam outright; the other rules add points (gambling brands and sites,
// gambling, English and commercial spam vocabulary, disguised letters,
// too many links, phone numbers). Six points make spam, three hold the
// comment. The Bayes classifier then weighs in: a held comment it finds
// at least 0.9 spam becomes spam, and a comment the rules let pass is
// held when Bayes finds it 0.98 spam. Bayes alone never files a comment
// as spam, so a model taught badly can only hold comments.
func (f *Filter) Check(ctx context.Context, in Input) (Verdict, error) {
	p := parse(in)
	found := f.lex.apply(f.rules.Load(), in, p)
	b, err := f.bayes(ctx, features(p))
	if err != nil {
		return Verdict{}, err
	}
	v := Verdict{Decision: Ham, Reasons: found.reasons}
	switch {
	case found.hard || found.points >= spamPoints:
		v.Decision = Spam
	case found.points >= holdPoints && b >= bayesSpam:
		v.Decision = Spam
	case found.points >= holdPoints || b >= bayesHold:
		v.Decision = Hold
	}
	if v.Decision != Ham && b >= 0.5 {
		v.Reasons = append(v.Reasons, "bayes:"+strconv.FormatFloat(b, 'f', 2, 64))
	}
	v.Score = score(v.Decision, found, b)
	return v, nil
}

// score combines the rule points and the Bayes probability into one
// number (a noisy-or of the two), clamped into the band of decision; the
// bands' tops stay a hundredth apart so that a score rounded for display
// still shows its band.
func score(d Decision, found findings, b float64) float64 {
	rule := 1 - math.Exp(-float64(found.points)/3)
	if found.hard {
		rule = 1
	}
	s := 1 - (1-rule)*(1-b)
	switch d {
	case Spam:
		return max(s, spamScore)
	case Hold:
		return min(max(s, holdScore), spamScore-0.01)
	}
	return min(s, holdScore-0.01)
}

// bayes returns the spam probability of feats from the corpus prior plus
// the site's learned counts.
func (f *Filter) bayes(ctx context.Context, feats []string) (float64, error) {
	m, err := f.prior()
	if err != nil {
		return 0, err
	}
	learned, docs := map[string]counts{}, counts{}
	if f.db != nil {
		if learned, docs, err = learnedCounts(ctx, f.db, feats); err != nil {
			return 0, err
		}
	}
	lookup := func(ft string) counts {
		c, l := m.features[ft], learned[ft]
		return counts{c.spam + l.spam, c.ham + l.ham}
	}
	total := counts{m.docs.spam + docs.spam, m.docs.ham + docs.ham}
	return probability(feats, lookup, total), nil
}

// ErrNoDB is returned by Learn on a filter made without a database.
var ErrNoDB = errors.New("spam: filter has no database to learn into")

// Learn teaches the Bayes model a moderator's decision on a comment:
// isSpam when it was marked spam, false when it was approved. The counts
// are stored in the site's database and used by every later Check.
func (f *Filter) Learn(ctx context.Context, in Input, isSpam bool) error {
	if f.db == nil {
		return ErrNoDB
	}
	return learnCounts(ctx, f.db, features(parse(in)), isSpam)
}
