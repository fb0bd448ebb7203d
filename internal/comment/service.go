package comment

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
	"warta/internal/spam"
	"warta/internal/store"
)

// Checker classifies comment content; *spam.Filter is the real one.
type Checker interface {
	Check(ctx context.Context, in spam.Input) (spam.Verdict, error)
	Learn(ctx context.Context, in spam.Input, isSpam bool) error
}

// RuleSetter is a Checker whose rules follow the site settings.
type RuleSetter interface {
	SetRules(r spam.Rules)
}

// Mailer sends one plain-text e-mail.
type Mailer interface {
	Send(ctx context.Context, to []string, subject, body string) error
}

// Service stores comments and applies the moderation policy. It is safe
// for concurrent use.
type Service struct {
	db      *store.DB
	content *content.Service
	spam    Checker
	purge   content.Purger
	mail    Mailer
	baseURL string
	postURL func(ctx context.Context, p *content.Post) string
	lang    i18n.Lang
	now     func() time.Time
	loc     *time.Location
	log     *slog.Logger

	mu    sync.Mutex
	key   []byte     // signing key, loaded once
	rules spam.Rules // last rules given to the filter
	ruled bool
	// maintained is when Maintain last looked for posts closing by age.
	maintained time.Time
	sends      sync.WaitGroup // e-mails being sent
}

// Options configure a Service. Content and Spam are required.
type Options struct {
	Content *content.Service
	Spam    Checker
	Purger  content.Purger // told about pages a moderation change made stale
	Mailer  Mailer         // nil: no confirmation links or moderator notices
	BaseURL string         // public URL of the site, for links in e-mails
	// PostURL is the absolute public URL of a post, for moderator notices.
	PostURL func(ctx context.Context, p *content.Post) string
	Lang    i18n.Lang        // language of the e-mails
	Now     func() time.Time // clock; time.Now by default
	// Location is the site's time zone (date archives' surrogate keys).
	Location *time.Location
	Log      *slog.Logger
}

// New returns a Service over db.
func New(db *store.DB, opt Options) *Service {
	s := &Service{db: db, content: opt.Content, spam: opt.Spam, purge: opt.Purger, mail: opt.Mailer,
		baseURL: opt.BaseURL, postURL: opt.PostURL, lang: opt.Lang, now: opt.Now, loc: opt.Location, log: opt.Log}
	if s.now == nil {
		s.now = time.Now
	}
	if s.loc == nil {
		s.loc = time.UTC
	}
	if s.lang == "" {
		s.lang = i18n.ID
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	return s
}

// Settings loads the comment settings and hands their rules to the spam
// filter when they changed (another server may have saved them).
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	st, err := LoadSettings(ctx, s.db)
	if err != nil {
		return st, err
	}
	rs, ok := s.spam.(RuleSetter)
	if !ok {
		return st, nil
	}
	r := st.Rules()
	s.mu.Lock()
	changed := !s.ruled || !sameRules(s.rules, r)
	s.rules, s.ruled = r, true
	s.mu.Unlock()
	if changed {
		rs.SetRules(r)
	}
	return st, nil
}

func sameRules(a, b spam.Rules) bool {
	return a.MinElapsed == b.MinElapsed && a.MaxLinks == b.MaxLinks &&
		slices.Equal(a.BlockWords, b.BlockWords) && slices.Equal(a.BlockDomains, b.BlockDomains)
}

// Wait blocks until the e-mails being sent in the background are done.
func (s *Service) Wait() { s.sends.Wait() }

// purgePost drops the cached pages showing post id: its page and every
// list showing its comment count.
func (s *Service) purgePost(ctx context.Context, postID int64) {
	if s.purge == nil {
		return
	}
	p, err := s.content.Get(ctx, postID)
	if err != nil {
		s.purge.Purge(ctx, content.KeyPost(postID))
		return
	}
	s.purge.Purge(ctx, content.PostKeys(p, s.loc)...)
}
