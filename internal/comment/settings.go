package comment

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"warta/internal/spam"
	"warta/internal/store"
)

// Settings are the comment rules an editor sets for the site. They live in
// the settings table under "comment_*" keys, beside the site settings.
type Settings struct {
	ModerateAll    bool // hold every comment for a moderator
	ModerateFirst  bool // hold an address's comments until one is approved (WordPress's default)
	RequireConfirm bool // a one-time email link must confirm the address before its first comment shows
	RequireRules   bool // the reader must tick that they accept the comment rules
	// RulesPage is the slug of the page holding the comment rules; by
	// default the press council's guideline page every Indonesian news
	// site publishes, whose section on readers' comments is the rules.
	RulesPage      string
	CloseAfterDays int // close comments this many days after publication; 0 never
	MaxDepth       int // reply levels, top-level comments included
	// MinElapsed is the time trap: a form sent sooner after the reader
	// started on it is suspect. 0 turns it off.
	MinElapsed time.Duration
	// MaxLinks is the most links a comment carries without being held; 0
	// sets no limit.
	MaxLinks     int
	BlockWords   []string // spam when the text holds one of these
	BlockDomains []string // spam when a link, the website or the email is on one of these
	IPLimit      int      // comments per RateWindow from one IP address (IPv6: one /64)
	EmailLimit   int      // comments per RateWindow from one address
	RateWindow   time.Duration
	ReportHide   int  // open reports that hide a comment until a moderator looks; 0 never
	Notify       bool // e-mail moderators about comments waiting for them
	NotifyTo     []string
}

// DefaultSettings are the settings of a new site.
func DefaultSettings() Settings {
	return Settings{
		ModerateFirst: true, RequireRules: true, RulesPage: "pedoman-media-siber",
		MaxDepth: 3, MinElapsed: 3 * time.Second, MaxLinks: 2,
		IPLimit: 10, EmailLimit: 5, RateWindow: 10 * time.Minute,
		ReportHide: 3, Notify: true,
	}
}

// Rules are the settings the spam filter applies. The filter reads a
// zero as "its default" and a negative value as "off"; here zero is off.
func (s Settings) Rules() spam.Rules {
	r := spam.Rules{MinElapsed: s.MinElapsed, MaxLinks: s.MaxLinks, BlockWords: s.BlockWords, BlockDomains: s.BlockDomains}
	if r.MinElapsed == 0 {
		r.MinElapsed = -1
	}
	if r.MaxLinks == 0 {
		r.MaxLinks = -1
	}
	return r
}

// settingsPrefix starts every key of Settings in the settings table.
const settingsPrefix = "comment_"

// LoadSettings reads the comment settings; keys never saved keep their
// defaults, and a stored value that does not parse is ignored.
func LoadSettings(ctx context.Context, db store.Querier) (Settings, error) {
	s := DefaultSettings()
	rows, err := db.Query(ctx, `SELECT key, value FROM settings WHERE key LIKE 'comment\_%' ESCAPE '\'`)
	if err != nil {
		return s, fmt.Errorf("comment: load settings: %w", err)
	}
	defer rows.Close()
	kv := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return s, fmt.Errorf("comment: load settings: %w", err)
		}
		kv[strings.TrimPrefix(k, settingsPrefix)] = v
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("comment: load settings: %w", err)
	}
	for _, f := range s.fields() {
		if v, ok := kv[f.key]; ok {
			f.set(v)
		}
	}
	return s, nil
}

// SaveSettings validates s and stores it.
func SaveSettings(ctx context.Context, db *store.DB, s Settings) error {
	if err := s.validate(); err != nil {
		return err
	}
	return db.InTx(ctx, func(tx *store.Tx) error {
		for _, f := range s.fields() {
			k := settingsPrefix + f.key
			if _, err := tx.Exec(ctx, `DELETE FROM settings WHERE key = ?`, k); err != nil {
				return fmt.Errorf("comment: save setting %s: %w", k, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)`, k, f.get()); err != nil {
				return fmt.Errorf("comment: save setting %s: %w", k, err)
			}
		}
		return nil
	})
}

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

func (s Settings) validate() error {
	checks := []struct {
		ok   bool
		what string
	}{
		{s.RulesPage == "" || slugPattern.MatchString(s.RulesPage), "the rules page must be a page slug"},
		{s.CloseAfterDays >= 0 && s.CloseAfterDays <= 3650, "comments close after 0 to 3650 days"},
		{s.MaxDepth >= 1 && s.MaxDepth <= 10, "reply depth must be 1 to 10"},
		{s.MinElapsed >= 0 && s.MinElapsed <= 10*time.Minute, "the minimum time must be 0 to 10 minutes"},
		{s.MaxLinks >= 0 && s.MaxLinks <= 50, "the link limit must be 0 to 50"},
		{s.IPLimit >= 1 && s.IPLimit <= 10000 && s.EmailLimit >= 1 && s.EmailLimit <= 10000, "rate limits must be 1 to 10000"},
		{s.RateWindow >= time.Minute && s.RateWindow <= 24*time.Hour, "the rate window must be 1 minute to 24 hours"},
		{s.ReportHide >= 0 && s.ReportHide <= 100, "the report threshold must be 0 to 100"},
	}
	for _, c := range checks {
		if !c.ok {
			return fmt.Errorf("comment: settings: %s", c.what)
		}
	}
	for _, a := range s.NotifyTo {
		if _, err := normalizeEmail(a); err != nil {
			return fmt.Errorf("comment: settings: a moderator notice address is not valid")
		}
	}
	return nil
}

// field is one setting as a stored string.
type field struct {
	key string
	get func() string
	set func(string)
}

func (s *Settings) fields() []field {
	return []field{
		boolField("moderate_all", &s.ModerateAll),
		boolField("moderate_first", &s.ModerateFirst),
		boolField("require_confirm", &s.RequireConfirm),
		boolField("require_rules", &s.RequireRules),
		{"rules_page", func() string { return s.RulesPage }, func(v string) { s.RulesPage = v }},
		intField("close_days", &s.CloseAfterDays),
		intField("max_depth", &s.MaxDepth),
		secondsField("min_seconds", &s.MinElapsed),
		intField("max_links", &s.MaxLinks),
		listField("block_words", &s.BlockWords),
		listField("block_domains", &s.BlockDomains),
		intField("ip_limit", &s.IPLimit),
		intField("email_limit", &s.EmailLimit),
		secondsField("rate_window", &s.RateWindow),
		intField("report_hide", &s.ReportHide),
		boolField("notify", &s.Notify),
		listField("notify_to", &s.NotifyTo),
	}
}

func boolField(key string, p *bool) field {
	return field{key, func() string { return strconv.FormatBool(*p) }, func(v string) {
		if b, err := strconv.ParseBool(v); err == nil {
			*p = b
		}
	}}
}

func intField(key string, p *int) field {
	return field{key, func() string { return strconv.Itoa(*p) }, func(v string) {
		if n, err := strconv.Atoi(v); err == nil {
			*p = n
		}
	}}
}

func secondsField(key string, p *time.Duration) field {
	return field{key, func() string { return strconv.Itoa(int(*p / time.Second)) }, func(v string) {
		if n, err := strconv.Atoi(v); err == nil {
			*p = time.Duration(n) * time.Second
		}
	}}
}

// listField stores one entry per line.
func listField(key string, p *[]string) field {
	return field{key, func() string { return strings.Join(*p, "\n") }, func(v string) {
		*p = nil
		for _, l := range strings.Split(v, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				*p = append(*p, l)
			}
		}
	}}
}
