package spam

import (
	"strings"
	"time"
)

// Defaults of Rules' zero values.
const (
	DefaultMinElapsed = 3 * time.Second
	DefaultMaxLinks   = 2
)

// Points a rule adds to a comment's rule score; spam.go turns the score
// into a decision.
const (
	brandPoints      = 6 // per gambling brand or gambling site, two at most: spam alone
	obfuscatedPoints = 3
	linksPoints      = 3
	phonePoints      = 2
	authorPoints     = 3
	categoryMin      = 3 // a category's score below this adds nothing
)

// withDefaults fills zero values with the defaults.
func (r Rules) withDefaults() Rules {
	if r.MinElapsed == 0 {
		r.MinElapsed = DefaultMinElapsed
	}
	if r.MaxLinks == 0 {
		r.MaxLinks = DefaultMaxLinks
	}
	return r
}

// ruleSet is Rules prepared for matching; Filter swaps it whole when the
// settings change.
type ruleSet struct {
	rules   Rules
	words   []term   // BlockWords, folded like comments
	names   []string // BlockWords as the reasons name them
	domains []string // BlockDomains, lower-case hosts
}

func compileRules(r Rules) *ruleSet {
	rs := &ruleSet{rules: r.withDefaults()}
	for _, w := range r.BlockWords {
		t := analyze(w)
		if len(t.tokens) == 0 {
			continue
		}
		canon := strings.TrimSpace(t.canon[0])
		rs.words = append(rs.words, term{text: canon, flat: strings.ReplaceAll(canon, " ", ""), glued: len(canon) >= 5})
		rs.names = append(rs.names, strings.ToLower(strings.TrimSpace(w)))
	}
	for _, d := range r.BlockDomains {
		folded, _ := fold(d)
		h := hostOf(folded)
		if h == "" {
			h = strings.Trim(strings.ToLower(strings.TrimSpace(folded)), ".")
		}
		if h != "" {
			rs.domains = append(rs.domains, h)
		}
	}
	return rs
}

// category is one family of spam recognised by its words.
type category struct {
	reason  string
	promo   []term   // the promoter's language, looked for outside quotations
	topic   []term   // the subject's words, which news readers use too: one point each
	cta     []term   // calls to action, counted only beside promo or topic words
	context []string // words of reporting and warning: each takes two points off
}

// score returns the category's points for a comment: promo is its text
// without quotations, where promotion and topic words count; full is all
// of it, where the context words count (author name included in both).
func (c *category) score(promo, full []*text) int {
	has := func(ts []*text, tm term) bool {
		for _, t := range ts {
			if t.has(tm) {
				return true
			}
		}
		return false
	}
	p, topic, cta := 0, 0, 0
	for _, tm := range c.promo {
		if has(promo, tm) {
			p += tm.weight
		}
	}
	for _, tm := range c.topic {
		if has(promo, tm) {
			topic++
		}
	}
	if p+topic >= 2 {
		for _, tm := range c.cta {
			if has(promo, tm) {
				cta += tm.weight
			}
		}
	}
	ctx := 0
	for _, w := range c.context {
		if ctx < 3 && full[0].hasWord(w) {
			ctx++
		}
	}
	return p + topic + min(cta, 3) - 2*ctx
}

// findings is what the rules found in a comment.
type findings struct {
	hard    bool // honeypot, too fast or blocklisted: spam whatever else
	points  int
	reasons []string
}

func (f *findings) add(points int, reason string) {
	f.points += points
	f.reasons = append(f.reasons, reason)
}

func (f *findings) hit(reason string) {
	f.hard = true
	f.reasons = append(f.reasons, reason)
}

// parsed is a comment analysed once for both the rules and Bayes.
type parsed struct {
	content, author *text
	promo           []*text // content and author without quotations
	links           []link  // in the content
	urlHost         string  // of the website field
	emailDomain     string
}

func parse(in Input) *parsed {
	p := &parsed{content: analyze(in.Content), author: analyze(in.Author)}
	p.promo = []*text{p.content, p.author}
	if u := unquoted(in.Content); u != in.Content {
		p.promo[0] = analyze(u)
	}
	p.links = findLinks(p.content.cased)
	if in.URL != "" {
		folded, _ := fold(in.URL)
		p.urlHost = hostOf(folded)
	}
	if _, d, ok := strings.Cut(in.Email, "@"); ok {
		p.emailDomain = strings.ToLower(strings.TrimSpace(d))
	}
	return p
}

// hosts returns every host the comment points to: content links, the
// website field, the e-mail domain.
func (p *parsed) hosts() []string {
	var out []string
	for _, l := range p.links {
		out = append(out, l.host)
	}
	if p.urlHost != "" {
		out = append(out, p.urlHost)
	}
	if p.emailDomain != "" {
		out = append(out, p.emailDomain)
	}
	return out
}

// apply runs every rule of rs on a comment.
func (lx *lexicon) apply(rs *ruleSet, in Input, p *parsed) findings {
	var f findings
	if strings.TrimSpace(in.Honeypot) != "" {
		f.hit("honeypot")
	}
	if rs.rules.MinElapsed > 0 && in.Elapsed > 0 && in.Elapsed < rs.rules.MinElapsed {
		f.hit("too_fast")
	}
	if len(rs.words) > 0 {
		fields := analyze(in.URL + " " + in.Email)
		for i, w := range rs.words {
			if p.content.has(w) || p.author.has(w) || fields.has(w) {
				f.hit("blocked_word:" + rs.names[i])
			}
		}
	}
	hosts := p.hosts()
	for _, d := range rs.domains {
		for _, h := range hosts {
			if hostMatches(h, d) {
				f.hit("blocked_domain:" + d)
				break
			}
		}
	}
	gamblingSignals(&f, p)
	if lx.gamblingAuthor(p.author) {
		f.add(authorPoints, "gambling_author")
	}
	full := []*text{p.content, p.author}
	for _, c := range []*category{&lx.gambling, &lx.english, &lx.commercial} {
		if s := c.score(p.promo, full); s >= categoryMin {
			f.add(s, c.reason)
		}
	}
	if p.content.stats.total()+p.author.stats.total() >= 3 {
		f.add(obfuscatedPoints, "obfuscated")
	}
	if rs.rules.MaxLinks >= 0 && len(p.links) > rs.rules.MaxLinks {
		f.add(linksPoints, "too_many_links")
	}
	if hasPhone(p.content) {
		f.add(phonePoints, "phone_number")
	}
	return f
}

// gamblingSignals adds gambling brands in the text (outside quotations:
// a reader may quote the spam they report) and links to gambling sites.
func gamblingSignals(f *findings, p *parsed) {
	n := 0
	for _, b := range append(brands(p.promo[0]), brands(p.author)...) {
		if n < 2 {
			f.add(brandPoints, "gambling_brand:"+b)
		}
		n++
	}
	seen := map[string]bool{}
	hosts := make([]string, 0, len(p.links)+1)
	for _, l := range p.links {
		hosts = append(hosts, l.host)
	}
	if p.urlHost != "" {
		hosts = append(hosts, p.urlHost)
	}
	for _, h := range hosts {
		if !seen[h] && isGamblingHost(h) {
			seen[h] = true
			if n < 2 {
				f.add(brandPoints, "gambling_domain:"+h)
			}
			n++
		}
	}
}

// gamblingAuthor reports whether the author's name is made of gambling
// words ("Slot Gacor", "Agen Togel"): the name is then the advertisement.
// Only the trade's stronger words count, and the subject's words but
// "toto", which is also a given name.
func (lx *lexicon) gamblingAuthor(author *text) bool {
	for _, tm := range lx.gambling.promo {
		if tm.weight >= 2 && author.has(tm) {
			return true
		}
	}
	for _, tm := range lx.gambling.topic {
		if tm.text != "toto" && author.has(tm) {
			return true
		}
	}
	return false
}

// hasPhone reports whether t holds a phone number, written plainly or
// spaced digit by digit.
func hasPhone(t *text) bool {
	digits := 0
	for i := 0; i < len(t.cased); i++ {
		if isDigitByte(t.cased[i]) {
			digits++
		}
	}
	if digits < 7 { // the shortest numbers the pattern accepts
		return false
	}
	return phonePattern.MatchString(t.cased) || phonePattern.MatchString(strings.Join(t.tokens, " "))
}
