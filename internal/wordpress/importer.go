package wordpress

import (
	"context"
	"io"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/media"
	"warta/internal/store"
)

// Deps are the services an import writes through.
type Deps struct {
	Content *content.Service
	Auth    *auth.Service
	Media   *media.Library
	// Comments stores imported comments (comment.Import); nil leaves
	// them out.
	Comments CommentStore
	Log      *slog.Logger
}

// Options configure one import.
type Options struct {
	// Uploads is a local copy of the old site's wp-content/uploads; with
	// none, attachments keep their original URLs.
	Uploads string
	// TempDir holds the spool while the import runs (os.TempDir() when
	// empty); it needs about as much room as the export.
	TempDir string
	// Location is the site's time zone, for dates exported without GMT.
	Location *time.Location
	// Progress, when set, is told how far each stage got: StageCheck in
	// bytes of the export, StageWrite in items.
	Progress func(stage string, done, total int64)
	// Size is the export's size in bytes, for progress (0 if unknown).
	Size int64
	// Workers convert posts in parallel; runtime.NumCPU() when 0.
	Workers int
	// Now is the clock (time.Now when nil).
	Now func() time.Time
	// AnnounceLimit, when not 0, is the most posts an import announces one
	// by one to content's observers (the search index); past it the
	// import announces none and the caller rebuilds what they keep, which
	// is far cheaper for a large import (warta import runs the search
	// rebuild). Summary.Announced tells which happened.
	AnnounceLimit int

	splitSize int64 // tests: check files from this size in two halves
}

// Stages reported to Options.Progress.
const (
	StageCheck = "check"
	StageWrite = "write"
)

// Importer writes WordPress exports into a Warta site.
type Importer struct {
	Deps
	db *store.DB
}

// New returns an Importer writing through d.
func New(d Deps) *Importer {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	return &Importer{Deps: d, db: d.Content.DB()}
}

// spools hold what the checking pass read, by kind: one set, or one per
// half of a file checked in two halves, read back in file order.
type spools struct {
	authors     []*spool[Author]
	terms       []*spool[Term]
	attachments []*spool[Item]
	posts       []*spool[Item]
}

// add opens one more set of spools.
func (sp *spools) add(dir string) error {
	a, err := newSpool[Author](dir, "authors")
	if err != nil {
		return err
	}
	sp.authors = append(sp.authors, a)
	t, err := newSpool[Term](dir, "terms")
	if err != nil {
		return err
	}
	sp.terms = append(sp.terms, t)
	at, err := newSpool[Item](dir, "attachments")
	if err != nil {
		return err
	}
	sp.attachments = append(sp.attachments, at)
	p, err := newSpool[Item](dir, "posts")
	if err != nil {
		return err
	}
	sp.posts = append(sp.posts, p)
	return nil
}

func (sp *spools) close() {
	for i := range sp.authors {
		sp.authors[i].close()
	}
	for i := range sp.terms {
		sp.terms[i].close()
	}
	for i := range sp.attachments {
		sp.attachments[i].close()
	}
	for i := range sp.posts {
		sp.posts[i].close()
	}
}

// eachOf reads spools one after the other.
func eachOf[T any](ss []*spool[T], fn func(*T) error) error {
	for _, s := range ss {
		if err := s.each(fn); err != nil {
			return err
		}
	}
	return nil
}

// Import reads the export r and writes it into the site. The whole file
// is checked before anything is written: a *ParseError means nothing was
// imported. Any other error may leave part of the export imported;
// running Import again with the same file completes it, and running it
// after the export changed updates what changed, without duplicates.
func (im *Importer) Import(ctx context.Context, r io.Reader, opt Options) (*Summary, error) {
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	sum := newSummary()
	sum.Comments = im.Comments != nil
	start := time.Now()
	sp, found, err := im.check(ctx, r, opt, sum)
	sum.Checking = time.Since(start)
	if sp != nil {
		defer sp.close()
	}
	if err != nil {
		return nil, err
	}
	run := &run{im: im, opt: opt, sum: sum, sp: sp, found: found, site: sum.Site, linkCache: map[string]string{}}
	start = time.Now()
	err = run.write(ctx)
	sum.Writing = time.Since(start)
	return sum, err
}

// found is what the checking pass learned beyond the spools: references
// to authors and terms the channel did not declare.
type found struct {
	authors  map[string]bool     // declared logins
	creators map[string]int      // logins items name, with a line
	terms    map[string]bool     // declared "taxonomy/slug"
	used     map[string]ItemTerm // item terms, by "taxonomy/slug"
	usedLine map[string]int      // their first line
	items    int64               // items to write
	skipped  map[string]int      // items not imported, by reason
}

func newFound() *found {
	return &found{authors: map[string]bool{}, creators: map[string]int{}, terms: map[string]bool{},
		used: map[string]ItemTerm{}, usedLine: map[string]int{}, skipped: map[string]int{}}
}

// merge adds what a later half of the file found.
func (f *found) merge(g *found) {
	for k := range g.authors {
		f.authors[k] = true
	}
	for k, v := range g.creators {
		if _, ok := f.creators[k]; !ok {
			f.creators[k] = v
		}
	}
	for k := range g.terms {
		f.terms[k] = true
	}
	for k, v := range g.used {
		if _, ok := f.used[k]; !ok {
			f.used[k], f.usedLine[k] = v, g.usedLine[k]
		}
	}
	for k, v := range g.skipped {
		f.skipped[k] += v
	}
	f.items += g.items
}

// splitSize is the export size from which the check runs as two halves.
const splitSize = 32 << 20

// check is the first pass: it reads the whole export, fails on any
// problem with the file, and spools what the second pass will write.
func (im *Importer) check(ctx context.Context, r io.Reader, opt Options, sum *Summary) (*spools, *found, error) {
	sp := &spools{}
	var read atomic.Int64
	progress := func(n int64) {
		if total := read.Add(n); opt.Progress != nil && total>>20 != (total-n)>>20 {
			opt.Progress(StageCheck, total, opt.Size)
		}
	}
	var site *Site
	var f *found
	err := errBadSplit
	ra, seekable := r.(io.ReaderAt)
	if seekable && opt.Size > 0 && opt.splitSize == 0 {
		// The fast reader, which can give up and leave the file to
		// encoding/xml: it must then be read again from the start.
		if err := sp.add(opt.TempDir); err != nil {
			return sp, nil, err
		}
		f = newFound()
		site, err = scanFast(&countingReader{r: io.NewSectionReader(ra, 0, opt.Size), count: progress}, im.handler(ctx, sp, 0, f))
		if err == errSlowPath {
			sp.close()
			sp = &spools{}
			read.Store(0)
			err = errBadSplit
		}
	}
	split := opt.splitSize
	if split == 0 {
		split = splitSize
	}
	if err == errBadSplit && seekable && opt.Size >= split && (runtime.NumCPU() > 1 || opt.splitSize > 0) {
		site, f, err = im.checkHalves(ctx, ra, opt, sp, progress)
	}
	if err == errBadSplit {
		sp.close()
		sp = &spools{}
		if err = sp.add(opt.TempDir); err != nil {
			return sp, nil, err
		}
		f = newFound()
		site, err = Scan(&countingReader{r: r, count: progress}, im.handler(ctx, sp, 0, f))
	}
	if err != nil {
		return sp, nil, err
	}
	if site.Version == "" {
		return sp, nil, &ParseError{Line: site.Lines, Msg: "not a WordPress export: no <wp:wxr_version> element (is this an RSS feed?)"}
	}
	if opt.Progress != nil {
		opt.Progress(StageCheck, read.Load(), read.Load())
	}
	sum.Site = *site
	for k, v := range f.skipped {
		sum.Skipped[k] += v
	}
	return sp, f, nil
}

// checkHalves checks a large file as two halves at once.
func (im *Importer) checkHalves(ctx context.Context, ra io.ReaderAt, opt Options, sp *spools, progress func(int64)) (*Site, *found, error) {
	for range 2 {
		if err := sp.add(opt.TempDir); err != nil {
			return nil, nil, err
		}
	}
	f1, f2 := newFound(), newFound()
	s1, s2, err := scanHalves(ra, opt.Size, im.handler(ctx, sp, 0, f1), im.handler(ctx, sp, 1, f2), progress)
	if err != nil {
		return nil, nil, err
	}
	f1.merge(f2)
	site := *s1
	later := []struct {
		dst *string
		src string
	}{
		{&site.Title, s2.Title}, {&site.Link, s2.Link}, {&site.BaseSite, s2.BaseSite}, {&site.BaseBlog, s2.BaseBlog},
		{&site.Language, s2.Language}, {&site.Generator, s2.Generator}, {&site.Version, s2.Version},
	}
	for _, l := range later {
		if *l.dst == "" {
			*l.dst = l.src
		}
	}
	site.Lines = s2.Lines
	return &site, f1, nil
}

// handler spools what a scan reads into set i of sp.
func (im *Importer) handler(ctx context.Context, sp *spools, i int, f *found) Handler {
	return Handler{
		Author: func(a *Author) error {
			f.authors[a.Login] = true
			return sp.authors[i].put(a)
		},
		Term: func(t *Term) error {
			f.terms[t.Taxonomy+"/"+termKey(t.Slug)] = true
			return sp.terms[i].put(t)
		},
		Item: func(it *Item) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return sortItem(it, sp, i, f)
		},
	}
}

// sortItem spools an item by what it is, or counts why it is skipped.
func sortItem(it *Item, sp *spools, i int, f *found) error {
	switch {
	case it.Type == "attachment":
		f.items++
		return sp.attachments[i].put(it)
	case it.Type != "post" && it.Type != "page":
		f.skipped["post type "+orDash(it.Type)]++
		return nil
	case it.Status == "auto-draft" || it.Status == "inherit":
		f.skipped["status "+it.Status]++
		return nil
	}
	if it.Creator != "" {
		if _, ok := f.creators[it.Creator]; !ok {
			f.creators[it.Creator] = it.Line
		}
	}
	for _, t := range it.Terms {
		tax := t.Domain
		if tax != TaxCategory && tax != TaxTag {
			continue
		}
		k := tax + "/" + termKey(t.Slug)
		if _, ok := f.used[k]; !ok && t.Slug != "" {
			f.used[k] = t
			f.usedLine[k] = it.Line
		}
	}
	f.items++
	return sp.posts[i].put(it)
}

// termKey is the form old term slugs are recorded in: decoded and
// lower-case.
func termKey(slug string) string {
	if d, err := url.PathUnescape(slug); err == nil {
		slug = d
	}
	return strings.ToLower(strings.TrimSpace(slug))
}

// countingReader tells count how many bytes each read got.
type countingReader struct {
	r     io.Reader
	count func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.count(int64(n))
	return n, err
}

// run is the state of one import's writing pass.
type run struct {
	im    *Importer
	opt   Options
	sum   *Summary
	sp    *spools
	found *found
	site  Site
	done  int64

	users     map[string]int64 // login → user id
	authorIDs map[int64]int64  // WordPress author id → user id
	terms     map[string]int64 // "taxonomy/old slug" → term id
	conv      *Converter
	links     *Resolver
	rerun     bool    // posts were imported before: check before converting
	written   []int64 // posts written, for FinishImport

	linkCache map[string]string // old link → Warta URL (the writer's)
	fixup     []fixup           // posts with links to posts imported after them
}

func (r *run) progress(n int64) {
	r.done += n
	if r.opt.Progress != nil {
		r.opt.Progress(StageWrite, r.done, r.found.items)
	}
}

// write is the second pass: authors, terms, attachments, then posts and
// pages with their comments, then links to posts that came later.
func (r *run) write(ctx context.Context) error {
	r.links = NewResolver(r.im.Content, r.opt.Location)
	urls, err := r.links.urls(ctx)
	if err != nil {
		return err
	}
	r.links.fixed = &urls
	r.conv = &Converter{Hosts: oldHosts(r.site), Attachments: &dbAttachments{ctx: ctx, db: r.im.db}}
	steps := []func(context.Context) error{r.writeAuthors, r.writeTerms, r.writeAttachments, r.writePosts, r.fixLinks}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// oldHosts are the host names of the old site's URLs.
func oldHosts(s Site) []string {
	var hosts []string
	for _, raw := range []string{s.Link, s.BaseSite, s.BaseBlog} {
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			hosts = append(hosts, strings.ToLower(u.Hostname()))
		}
	}
	return hosts
}
