package wordpress

import (
	"context"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/store"
)

// CommentStore writes imported comments inside the import's
// transaction: comment.Import, or nil to leave comments out.
type CommentStore func(ctx context.Context, tx *store.Tx, cs []*comment.Imported) error

// importComment is a comment made ready by a worker.
type importComment struct {
	WPID     int64
	WPParent int64
	Line     int
	C        comment.Imported
	Sum      string
}

// preparedComments are a post's comments and what became of them.
type preparedComments struct {
	list []importComment
	done commentTally
}

type commentTally struct{ created, updated, unchanged int }

// prepareComments converts an item's comments and returns them with the
// checksum of all of them. Pingbacks and trackbacks are not comments
// Warta shows; they are skipped.
func (r *run) prepareComments(it *Item) (preparedComments, string) {
	if r.im.Comments == nil || len(it.Comments) == 0 {
		return preparedComments{}, ""
	}
	out := make([]importComment, 0, len(it.Comments))
	sums := make([]string, 0, len(it.Comments))
	for _, c := range it.Comments {
		if c.Type == "pingback" || c.Type == "trackback" {
			continue
		}
		ic := importComment{WPID: c.ID, WPParent: c.Parent, Line: c.Line, C: comment.Imported{
			Author:  limit(oneLine(html.UnescapeString(c.Author)), 100),
			URL:     commentURL(c.AuthorURL),
			Content: commentText(c.Content),
			Status:  commentStatus(c.Approved),
			UserID:  r.authorIDs[c.UserID],
			Created: parseTime(c.Date, c.DateGMT, r.opt.Location),
			Source:  fmt.Sprintf("WordPress import, comment %d", c.ID),
		}}
		if email, err := auth.NormalizeEmail(c.AuthorEmail); err == nil {
			ic.C.Email = email
		}
		if ic.C.Author == "" {
			ic.C.Author = "-"
		}
		if ic.C.Created.IsZero() {
			ic.C.Created = r.opt.Now()
		}
		ic.Sum = checksum(it.ID, ic.WPID, ic.WPParent, ic.C)
		ic.C.Prepare()
		out = append(out, ic)
		sums = append(sums, ic.Sum)
	}
	return preparedComments{list: out}, checksum(sums)
}

// commentStatus maps wp:comment_approved.
func commentStatus(s string) comment.Status {
	switch s {
	case "1", "approve", "approved":
		return comment.Approved
	case "spam":
		return comment.Spam
	case "trash", "post-trashed":
		return comment.Trash
	}
	return comment.Pending
}

func commentURL(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return limit(s, 300)
	}
	return ""
}

var (
	reCommentLink  = regexp.MustCompile(`(?is)<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a>`)
	reCommentBreak = regexp.MustCompile(`(?i)<br\s*/?>`)
	reCommentPara  = regexp.MustCompile(`(?i)</?p[^>]*>`)
	reCommentTag   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// commentText turns WordPress comment HTML into Warta's plain comment
// text: links become their text and address, line breaks and paragraphs
// stay, other tags go, entities are decoded.
func commentText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = lineEnds.Replace(s)
	}
	if strings.Contains(s, "<") {
		s = reCommentLink.ReplaceAllStringFunc(s, func(m string) string {
			sub := reCommentLink.FindStringSubmatch(m)
			text := strings.TrimSpace(reCommentTag.ReplaceAllString(sub[2], ""))
			if text == "" || text == sub[1] {
				return sub[1]
			}
			return text + " (" + sub[1] + ")"
		})
		s = reCommentBreak.ReplaceAllString(s, "\n")
		s = reCommentPara.ReplaceAllString(s, "\n\n")
		s = reCommentTag.ReplaceAllString(s, "")
	}
	return limit(tidyText(html.UnescapeString(s)), 5000)
}

// tidyText drops control characters and invalid UTF-8, trims lines and
// keeps at most one blank line in a row.
func tidyText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == '\ufeff':
			return -1
		}
		return r
	}, s)
	var out []string
	blank := 0
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			if blank++; blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func oneLine(s string) string { return strings.Join(strings.Fields(tidyText(s)), " ") }

// writeComments writes the comments of a batch's posts that are new or
// changed, all at once, and returns their map rows. A post written anew
// gets all its comments written anew.
func (r *run) writeComments(ctx context.Context, tx *store.Tx, batch []*prepared) ([]mapRow, error) {
	if r.im.Comments == nil {
		return nil, nil
	}
	var keys []string
	for _, p := range batch {
		for _, ic := range p.comments.list {
			keys = append(keys, strconv.FormatInt(ic.WPID, 10))
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	maps, err := loadMaps(ctx, tx, kindComment, keys)
	if err != nil {
		return nil, err
	}
	var all []*comment.Imported
	var rows []mapRow
	sources := map[string]bool{}
	for _, p := range batch {
		if p.outcome == "failed" || p.id == 0 {
			continue
		}
		cs, rs := r.postComments(p, maps)
		base := len(all)
		for _, c := range cs {
			if c.Parent >= 0 {
				c.Parent += base
			}
			for n := 2; sources[c.Source]; n++ { // a comment id the export repeats
				c.Source = fmt.Sprintf("%s (%d)", strings.TrimSuffix(c.Source, fmt.Sprintf(" (%d)", n-1)), n)
			}
			sources[c.Source] = true
		}
		all = append(all, cs...)
		rows = append(rows, rs...)
	}
	if err := r.im.Comments(ctx, tx, all); err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].id = all[i].ID
	}
	return rows, nil
}

// postComments picks the comments of p to write, with their thread
// depth and parents, and counts the rest as unchanged.
func (r *run) postComments(p *prepared, maps map[string]mapping) ([]*comment.Imported, []mapRow) {
	var out []*comment.Imported
	var rows []mapRow
	depth := map[int64]int{}
	stored := map[int64]int64{} // WordPress id → Warta id of comments left as they are
	index := map[int64]int{}    // WordPress id → index in out
	for _, ic := range p.comments.list {
		key := strconv.FormatInt(ic.WPID, 10)
		m, ok := maps[key]
		d := 1
		if pd, found := depth[ic.WPParent]; found && ic.WPParent != 0 {
			d = pd + 1
		}
		depth[ic.WPID] = d
		if ok && m.Checksum == ic.Sum && !p.recreated && m.ID != 0 {
			p.comments.done.unchanged++
			stored[ic.WPID] = m.ID
			continue
		}
		c := ic.C
		c.PostID, c.Depth, c.Parent = p.id, d, -1
		if d > 1 {
			if i, in := index[ic.WPParent]; in {
				c.Parent = i
			} else {
				c.ParentID = stored[ic.WPParent]
			}
		}
		if ok && !p.recreated {
			c.ID = m.ID
			p.comments.done.updated++
		} else {
			p.comments.done.created++
		}
		index[ic.WPID] = len(out)
		out = append(out, &c)
		rows = append(rows, mapRow{kind: kindComment, key: key, sum: ic.Sum})
	}
	return out, rows
}
