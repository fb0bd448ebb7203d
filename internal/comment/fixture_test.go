package comment

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/spam"
	"warta/internal/store"
)

// fakeSpam is a classifier whose verdicts the test sets: a comment whose
// text contains a key of marks gets that verdict, anything else is ham.
type fakeSpam struct {
	mu      sync.Mutex
	marks   map[string]spam.Verdict
	learned []learned
	rules   []spam.Rules
	inputs  []spam.Input
}

type learned struct {
	content string
	spam    bool
}

func newFakeSpam() *fakeSpam {
	return &fakeSpam{marks: map[string]spam.Verdict{
		"slot gacor": {Decision: spam.Spam, Score: 0.99, Reasons: []string{"gambling"}},
		"ragu-ragu":  {Decision: spam.Hold, Score: 0.6, Reasons: []string{"uncertain"}},
	}}
}

func (f *fakeSpam) Check(_ context.Context, in spam.Input) (spam.Verdict, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.inputs = append(f.inputs, in)
	for k, v := range f.marks {
		if strings.Contains(in.Content, k) {
			return v, nil
		}
	}
	if in.Honeypot != "" {
		return spam.Verdict{Decision: spam.Spam, Score: 1, Reasons: []string{"honeypot"}}, nil
	}
	return spam.Verdict{Decision: spam.Ham, Score: 0.05, Reasons: []string{"looks fine"}}, nil
}

func (f *fakeSpam) Learn(_ context.Context, in spam.Input, isSpam bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.learned = append(f.learned, learned{in.Content, isSpam})
	return nil
}

func (f *fakeSpam) SetRules(r spam.Rules) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rules = append(f.rules, r)
}

func (f *fakeSpam) lastInput() spam.Input {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.inputs[len(f.inputs)-1]
}

func (f *fakeSpam) takeLearned() []learned {
	f.mu.Lock()
	defer f.mu.Unlock()
	l := f.learned
	f.learned = nil
	return l
}

// purges remembers the keys a Purger was given.
type purges struct {
	mu   sync.Mutex
	keys []string
}

func (p *purges) Purge(_ context.Context, keys ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.keys = append(p.keys, keys...)
}

func (p *purges) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := p.keys
	p.keys = nil
	return k
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// mailbox is a Mailer that keeps what it was asked to send.
type mailbox struct {
	mu   sync.Mutex
	sent []letter
}

type letter struct {
	to            []string
	subject, body string
}

func (m *mailbox) Send(_ context.Context, to []string, subject, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, letter{to, subject, body})
	return nil
}

func (m *mailbox) take() []letter {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.sent
	m.sent = nil
	return s
}

// fixture is a comment service over a fresh database with two published
// articles, a closed one and a draft.
type fixture struct {
	t       *testing.T
	db      *store.DB
	svc     *Service
	content *content.Service
	spam    *fakeSpam
	purged  *purges
	mail    *mailbox
	clock   *clock
	post    *content.Post
	other   *content.Post
	closed  *content.Post
	draft   *content.Post
	logs    *strings.Builder
	logMu   *sync.Mutex
}

type logSink struct {
	mu *sync.Mutex
	b  *strings.Builder
}

func (l logSink) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func newFixture(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{t: t, db: db, spam: newFakeSpam(), purged: &purges{}, mail: &mailbox{},
		clock: &clock{t: time.Now().Truncate(time.Second)}, logs: &strings.Builder{}, logMu: &sync.Mutex{}}
	f.content = content.NewService(db, content.Options{})
	var author int64
	err := db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO users (email, name, slug, role, created_at)
			VALUES ('redaksi@example.invalid', 'Dewi Redaksi', 'dewi-redaksi', 'editor', 0)`); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `INSERT INTO users (email, name, slug, bio, role, created_at)
			VALUES ('sari@example.invalid', 'Sari Wulandari', 'sari-wulandari', 'Wartawan', 'author', 0) RETURNING id`).Scan(&author)
	})
	if err != nil {
		t.Fatal(err)
	}
	mk := func(title string, status content.Status, comments string, age time.Duration) *content.Post {
		in := content.Input{Title: title, Body: "<p>Isi berita.</p>", Status: status, AuthorID: author,
			Categories: []string{"Nasional"}, CommentStatus: comments}
		if status == content.Published {
			in.PublishAt = f.clock.now().Add(-age)
		}
		p, err := f.content.Create(ctx, in, author)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	f.post = mk("Jembatan Gantung Diresmikan", content.Published, "", 2*time.Hour)
	f.other = mk("Pasar Ikan Ramai Lagi", content.Published, "", 30*24*time.Hour)
	f.closed = mk("Debat Kandidat Ditunda", content.Published, content.CommentsClosed, time.Hour)
	f.draft = mk("Draf Redaksi", content.Draft, "", 0)
	f.svc = New(db, Options{Content: f.content, Spam: f.spam, Purger: f.purged, Mailer: f.mail,
		BaseURL: "https://warta.example", Now: f.clock.now,
		PostURL: func(_ context.Context, p *content.Post) string { return "https://warta.example/" + p.Slug + "/" },
		Log:     slog.New(slog.NewTextHandler(logSink{f.logMu, f.logs}, nil))})
	t.Cleanup(func() {
		f.svc.Wait()
		f.logMu.Lock()
		defer f.logMu.Unlock()
		if strings.Contains(f.logs.String(), "@example") {
			t.Errorf("an email address was logged:\n%s", f.logs.String())
		}
	})
	return f
}

// settings stores changed settings.
func (f *fixture) settings(change func(*Settings)) {
	f.t.Helper()
	st := DefaultSettings()
	change(&st)
	if err := SaveSettings(context.Background(), f.db, st); err != nil {
		f.t.Fatal(err)
	}
}

// submission is a valid comment on the fixture's post, its form opened
// ten seconds ago through the script.
func (f *fixture) submission(email, text string) Submission {
	f.t.Helper()
	ctx := context.Background()
	tok, err := f.svc.TimeToken(ctx, f.post.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	f.clock.add(10 * time.Second)
	return Submission{PostID: f.post.ID, Fields: Fields{Author: "Budi Santoso", Email: email, Content: text},
		IP: "203.0.113.7:5555", UserAgent: "Mozilla/5.0 test", TimeToken: tok, AcceptRules: true}
}

// submit sends a submission and fails the test on error.
func (f *fixture) submit(sub Submission) *Comment {
	f.t.Helper()
	res, err := f.svc.Submit(context.Background(), sub)
	if err != nil {
		f.t.Fatalf("submit %q: %v", sub.Content, err)
	}
	return res.Comment
}

// approve moves a comment to approved as moderator 1.
func (f *fixture) approve(c *Comment) *Comment {
	f.t.Helper()
	c, err := f.svc.SetStatus(context.Background(), c.ID, Approved, 0)
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// code is the *Error code of err, or "" when err is not one.
func code(err error) string {
	if e, ok := AsError(err); ok {
		return e.Code
	}
	return ""
}
