package wordpress

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Kinds of imported objects, as the summary counts them.
const (
	KindAuthors     = "authors"
	KindCategories  = "categories"
	KindTags        = "tags"
	KindAttachments = "attachments"
	KindPosts       = "posts"
	KindPages       = "pages"
	KindComments    = "comments"
	KindRedirects   = "redirects"
)

var kindOrder = []string{KindAuthors, KindCategories, KindTags, KindAttachments, KindPosts, KindPages, KindComments, KindRedirects}

// Count is what happened to the objects of one kind.
type Count struct {
	Created   int
	Updated   int
	Unchanged int // already imported as they are
	Failed    int // not imported; see the warnings
}

// Warning is something the import could not do as asked, naming the item
// and its line in the export.
type Warning struct {
	Line int
	Item string // e.g. `post 12 "Judul"`
	Msg  string
}

func (w Warning) String() string {
	return fmt.Sprintf("line %d: %s: %s", w.Line, w.Item, w.Msg)
}

// maxWarnings bounds the warnings kept; later ones are only counted.
const maxWarnings = 1000

// Summary is the result of an import.
type Summary struct {
	Site       Site
	Counts     map[string]*Count
	Skipped    map[string]int // not imported, by reason (e.g. "post type nav_menu_item")
	Shortcodes map[string]int // unknown shortcodes left as text: posts using each
	Blocks     map[string]int // dynamic blocks dropped: posts using each
	Warnings   []Warning
	// MoreWarnings counts warnings beyond the first maxWarnings.
	MoreWarnings int
	// Comments tells whether comments were imported (false when the site
	// has no comment store to write them to).
	Comments bool
	// Checking and Writing are how long the two passes took.
	Checking, Writing time.Duration
	// Announced tells whether content's observers heard of every post
	// written (see Options.AnnounceLimit).
	Announced bool
}

func newSummary() *Summary {
	s := &Summary{Counts: map[string]*Count{}, Skipped: map[string]int{}, Shortcodes: map[string]int{}, Blocks: map[string]int{}}
	for _, k := range kindOrder {
		s.Counts[k] = &Count{}
	}
	return s
}

func (s *Summary) warn(line int, item, format string, args ...any) {
	if len(s.Warnings) >= maxWarnings {
		s.MoreWarnings++
		return
	}
	s.Warnings = append(s.Warnings, Warning{Line: line, Item: item, Msg: fmt.Sprintf(format, args...)})
}

// Write prints the summary for people: counts per kind, what was skipped
// and left as text, and the warnings.
func (s *Summary) Write(w io.Writer) {
	fmt.Fprintf(w, "Imported from %s (WXR %s; read in %s, written in %s):\n", orDash(s.Site.Link), s.Site.Version,
		s.Checking.Round(time.Millisecond), s.Writing.Round(time.Millisecond))
	for _, k := range kindOrder {
		c := s.Counts[k]
		if *c == (Count{}) {
			continue
		}
		fmt.Fprintf(w, "  %-12s %6d created, %6d updated, %6d unchanged", k, c.Created, c.Updated, c.Unchanged)
		if c.Failed > 0 {
			fmt.Fprintf(w, ", %d failed", c.Failed)
		}
		fmt.Fprintln(w)
	}
	if !s.Comments {
		fmt.Fprintln(w, "  comments were not imported: this site has no comment store")
	}
	writeTally(w, "Not imported", s.Skipped)
	writeTally(w, "Unknown shortcodes kept as text (posts)", s.Shortcodes)
	writeTally(w, "Dynamic blocks dropped (posts)", s.Blocks)
	if len(s.Warnings) > 0 {
		fmt.Fprintf(w, "Warnings (%d):\n", len(s.Warnings)+s.MoreWarnings)
		for _, wn := range s.Warnings {
			fmt.Fprintln(w, "  "+wn.String())
		}
		if s.MoreWarnings > 0 {
			fmt.Fprintf(w, "  … and %d more\n", s.MoreWarnings)
		}
	}
}

func writeTally(w io.Writer, title string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s ×%d", k, m[k])
	}
	fmt.Fprintf(w, "%s: %s\n", title, strings.Join(parts, ", "))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
