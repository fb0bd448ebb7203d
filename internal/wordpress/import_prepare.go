package wordpress

import (
	"context"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"warta/internal/content"
	"warta/internal/sanitize"
)

// wpTime is the layout of WordPress's dates.
const wpTime = "2006-01-02 15:04:05"

// parseTime reads a WordPress date: the GMT one when set, else the local
// one in the site's zone. WordPress writes "0000-00-00 00:00:00" for
// "never" (drafts have no GMT date).
func parseTime(local, gmt string, loc *time.Location) time.Time {
	if t, err := time.Parse(wpTime, gmt); err == nil && t.Year() > 1 {
		return t
	}
	if t, err := time.ParseInLocation(wpTime, local, loc); err == nil && t.Year() > 1 {
		return t
	}
	return time.Time{}
}

// prepare turns an item into the post to write: everything that needs no
// writing, done by a worker in parallel with the others.
func (r *run) prepare(ctx context.Context, seq int, it *Item) *prepared {
	p := &prepared{run: r, seq: seq, it: it, kind: KindPosts, sticky: it.Sticky}
	in := content.Input{Type: content.TypePost}
	if it.Type == "page" {
		in.Type, p.kind = content.TypePage, KindPages
	}
	in.Status = r.status(p)
	published := parseTime(it.Date, it.DateGMT, r.opt.Location)
	if in.Status == content.Published || in.Status == content.Trash {
		in.PublishAt = published
	}
	p.post.Created = published
	p.post.Updated = parseTime(it.Modified, it.ModifiedGMT, r.opt.Location)
	conv := r.conv.Convert(it.Content, it.ID)
	p.shortcodes, p.blocks = conv.Shortcodes, conv.Blocks
	in.Body = conv.HTML
	in.Title = r.title(p, in.Status, conv.HTML)
	in.Excerpt = limit(sanitize.Plain(it.Excerpt), content.MaxExcerpt)
	in.Slug = slugOf(it.Name)
	in.AuthorID = r.users[it.Creator]
	if it.Creator != "" && in.AuthorID == 0 {
		p.warn("author %q was not imported; the post has no author", it.Creator)
	}
	in.CommentStatus = content.CommentsOpen
	if it.CommentStatus == "closed" {
		in.CommentStatus = content.CommentsClosed
	}
	p.post.CategoryIDs, p.post.TagIDs = r.itemTerms(it)
	p.post.EditorID = in.AuthorID
	in.Image = r.featured(p, in.Title)
	in.SEOTitle, in.SEODescription = seoFields(it.Meta, in.Title)
	p.paths = r.oldPaths(it)
	p.post.Input = in
	p.sum = checksum(in, p.post.CategoryIDs, p.post.TagIDs, p.post.Created.Unix(), p.post.Updated.Unix(), p.sticky, p.paths)
	p.links = conv.Links
	p.comments, p.csum = r.prepareComments(it)
	if r.rerun {
		// Most posts of a repeated or resumed import are as they were:
		// spare them the sanitiser. The writer prepares any that
		// changed after all.
		m, ok, err := getMap(ctx, r.im.db, kindPost, strconv.FormatInt(it.ID, 10))
		if err == nil && ok && m.Checksum == p.sum+"/"+p.csum {
			return p
		}
	}
	p.prepare()
	return p
}

// prepare sanitises the post as content will store it.
func (p *prepared) prepare() {
	if err := p.run.im.Content.PrepareImport(&p.post); err != nil {
		p.failed = err
	}
}

// status maps WordPress's post status to Warta's workflow.
func (r *run) status(p *prepared) content.Status {
	it := p.it
	switch it.Status {
	case "publish", "future":
		// A future date makes Warta schedule it; a "future" post whose
		// time has passed is published, as WordPress's cron would have.
		if it.Password != "" {
			p.warn("password-protected in WordPress; imported as a draft (Warta has no post passwords)")
			return content.Draft
		}
		return content.Published
	case "draft":
		return content.Draft
	case "pending":
		return content.Pending
	case "private":
		p.warn("private in WordPress; imported as a draft")
		return content.Draft
	case "trash":
		return content.Trash
	}
	p.warn("unknown status %q; imported as a draft", it.Status)
	return content.Draft
}

// title is the post's title, or its first words when it has none but
// needs one (only drafts may be untitled in Warta).
func (r *run) title(p *prepared, status content.Status, body string) string {
	t := sanitize.Plain(p.it.Title)
	if n := utf8.RuneCountInString(t); n > content.MaxTitle {
		p.warn("title of %d characters cut to %d", n, content.MaxTitle)
		return limit(t, content.MaxTitle)
	}
	if t != "" || status == content.Draft || status == content.Trash {
		return t
	}
	words := strings.Fields(sanitize.Text(body))
	if len(words) > 10 {
		words = words[:10]
	}
	t = limit(strings.Join(words, " "), 80)
	if t == "" {
		t = "#" + strconv.FormatInt(p.it.ID, 10)
	}
	p.warn("no title; titled %q", t)
	return t
}

// limit cuts s to n characters.
func limit(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// slugOf is a post's Warta slug from its WordPress one, percent-encoded
// non-Latin slugs decoded. WordPress renames a trashed post's slug to
// "…__trashed" so that a new post may take it; that becomes
// "…-trashed" here, for the same reason.
func slugOf(name string) string {
	if d, err := url.PathUnescape(name); err == nil {
		name = d
	}
	return content.Slugify(name)
}

// itemTerms are the Warta ids of the item's categories and tags (never
// nil, so that the post's terms are set by id).
func (r *run) itemTerms(it *Item) (cats, tags []int64) {
	cats, tags = []int64{}, []int64{}
	for _, t := range it.Terms {
		id := r.terms[t.Domain+"/"+termKey(t.Slug)]
		switch {
		case id == 0:
		case t.Domain == TaxCategory:
			cats = append(cats, id)
		case t.Domain == TaxTag:
			tags = append(tags, id)
		}
	}
	return cats, tags
}

// featured is the post's featured image, from its _thumbnail_id.
func (r *run) featured(p *prepared, title string) content.Image {
	raw := strings.TrimSpace(p.it.Meta["_thumbnail_id"])
	id, err := strconv.ParseInt(raw, 10, 64)
	if raw == "" || err != nil || id <= 0 {
		return content.Image{}
	}
	a, ok := r.conv.Attachments.ByID(id)
	if !ok {
		p.warn("featured image %d is not among the export's attachments", id)
		return content.Image{}
	}
	alt := a.Alt
	if alt == "" {
		alt = a.Caption
	}
	if alt == "" {
		alt = sanitize.Plain(title)
	}
	if alt == "" {
		alt = "-"
	}
	return content.Image{URL: a.URL, Alt: limit(alt, content.MaxLead), Caption: limit(a.Caption, content.MaxLead), Width: a.Width, Height: a.Height}
}

var reYoastVar = regexp.MustCompile(`%%[a-z_]+%%|%[a-z_]+%`)

// seoFields reads Yoast's or Rank Math's SEO title and description.
// Their templates' variables are expanded where Warta has the value; the
// site name and separator are dropped, since Warta adds the site name to
// every title itself. A title that is just the post's title is left
// empty.
func seoFields(meta map[string]string, title string) (string, string) {
	pick := func(keys ...string) string {
		for _, k := range keys {
			if v := strings.TrimSpace(meta[k]); v != "" {
				return v
			}
		}
		return ""
	}
	expand := func(s string) string {
		if s == "" {
			return ""
		}
		if strings.Contains(s, "%") {
			s = reYoastVar.ReplaceAllStringFunc(s, func(v string) string {
				if strings.Trim(v, "%") == "title" {
					return title
				}
				return " "
			})
		}
		return strings.Trim(sanitize.Plain(s), " -–—|·:") // Plain collapses spaces
	}
	seoTitle := expand(pick("_yoast_wpseo_title", "rank_math_title"))
	if seoTitle == title {
		seoTitle = ""
	}
	return limit(seoTitle, content.MaxTitle), limit(expand(pick("_yoast_wpseo_metadesc", "rank_math_description")), content.MaxLead)
}

// oldPaths are the item's old URLs: its permalink, and the permalinks it
// had under earlier slugs (_wp_old_slug).
func (r *run) oldPaths(it *Item) []string {
	link, ok := r.oldPath(it.Link)
	if !ok {
		return nil
	}
	paths := []string{link}
	name, _ := url.PathUnescape(it.Name)
	if name == "" || it.Meta["_wp_old_slug"] == "" {
		return paths
	}
	i := strings.LastIndex(link, "/"+name)
	if i < 0 {
		return paths
	}
	for _, old := range strings.Split(it.Meta["_wp_old_slug"], "\n") {
		if old, _ = url.PathUnescape(strings.TrimSpace(old)); old != "" && old != name {
			paths = append(paths, link[:i+1]+old+link[i+1+len(name):])
		}
	}
	return paths
}

// resolve resolves old links (site paths with queries) to Warta URLs,
// remembering what it found: links to a few posts are common.
func (r *run) resolve(ctx context.Context, links []string) (map[string]string, error) {
	out := make(map[string]string, len(links))
	var ask []string
	for _, l := range links {
		if t, ok := r.linkCache[l]; ok {
			out[l] = t
		} else {
			ask = append(ask, l)
		}
	}
	if len(ask) == 0 {
		return out, nil
	}
	found, err := r.links.ResolveMany(ctx, ask)
	if err != nil {
		return nil, err
	}
	if len(r.linkCache) > 20000 {
		clear(r.linkCache)
	}
	for l, t := range found {
		out[l] = t
		r.linkCache[l] = t
	}
	return out, nil
}
