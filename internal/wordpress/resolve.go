package wordpress

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/seo"
	"warta/internal/setting"
	"warta/internal/store"
)

// Resolver finds the Warta page that an old WordPress URL stands for,
// from what imports recorded. Targets are looked up when asked, so a
// redirect follows a post whose slug or permalink structure changed
// since the import.
type Resolver struct {
	content *content.Service
	db      *store.DB
	loc     *time.Location
	// fixed, when set, is the permalink setting to use instead of loading
	// it each time (an import holds it fixed while it runs).
	fixed *seo.URLs
}

// NewResolver returns a Resolver over the site's content, whose dates
// are in zone loc.
func NewResolver(c *content.Service, loc *time.Location) *Resolver {
	if loc == nil {
		loc = time.UTC
	}
	return &Resolver{content: c, db: c.DB(), loc: loc}
}

func (rs *Resolver) urls(ctx context.Context) (seo.URLs, error) {
	if rs.fixed != nil {
		return *rs.fixed, nil
	}
	st, err := setting.Load(ctx, rs.db)
	if err != nil {
		return seo.URLs{}, err
	}
	return st.URLs(rs.loc), nil
}

// Resolve returns the site path that replaces the old URL path p with
// query q, or "" when no import knows it.
func (rs *Resolver) Resolve(ctx context.Context, p string, q url.Values) (string, error) {
	if len(q) > 0 && (p == "/" || strings.HasSuffix(p, "/") || strings.HasSuffix(p, "/index.php")) {
		if u, err := rs.query(ctx, q); u != "" || err != nil {
			return u, err
		}
	}
	if file, ok := uploadFile(p); ok {
		return rs.upload(ctx, file)
	}
	u, _, err := rs.path(ctx, p)
	if u != "" || err != nil {
		return u, err
	}
	return rs.suffixed(ctx, p)
}

// query answers WordPress's query-string URLs.
func (rs *Resolver) query(ctx context.Context, q url.Values) (string, error) {
	for _, k := range []string{"p", "page_id"} {
		if v := q.Get(k); v != "" {
			return rs.mapped(ctx, kindPost, v, targetPost)
		}
	}
	if v := q.Get("attachment_id"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return "", nil
		}
		return rs.target(ctx, targetAttachment, id)
	}
	switch {
	case q.Get("cat") != "":
		return rs.mapped(ctx, kindTerm, q.Get("cat"), targetTerm)
	case q.Get("tag") != "":
		return rs.mapped(ctx, kindTag, termKey(q.Get("tag")), targetTerm)
	case q.Get("author") != "":
		return rs.mapped(ctx, kindAuthorID, q.Get("author"), targetAuthor)
	case q.Has("s"):
		return "/search?q=" + url.QueryEscape(q.Get("s")), nil
	case q.Get("feed") != "":
		return "/feed/", nil
	case len(q.Get("m")) >= 4:
		return monthArchive(q.Get("m")), nil
	}
	return "", nil
}

// mapped resolves a WordPress id or slug through the import map.
func (rs *Resolver) mapped(ctx context.Context, kind, key, target string) (string, error) {
	m, ok, err := getMap(ctx, rs.db, kind, key)
	if err != nil || !ok || m.ID == 0 {
		return "", err
	}
	return rs.target(ctx, target, m.ID)
}

// monthArchive turns ?m=YYYYMM[DD] into the date archive's path.
func monthArchive(m string) string {
	for _, c := range m {
		if c < '0' || c > '9' {
			return ""
		}
	}
	out := "/" + m[:4] + "/"
	if len(m) >= 6 {
		out += m[4:6] + "/"
	}
	if len(m) >= 8 {
		out += m[6:8] + "/"
	}
	return out
}

// upload answers a /wp-content/uploads/ path (or a resized copy of it)
// with the imported media file.
func (rs *Resolver) upload(ctx context.Context, file string) (string, error) {
	for _, f := range []string{file, baseFile(file)} {
		a, ok, err := attachmentWhere(ctx, rs.db, `file = ?`, f)
		if err != nil {
			return "", err
		}
		if ok && strings.HasPrefix(a.URL, "/media/") {
			return a.URL, nil
		}
	}
	return "", nil
}

// path answers an exact old path and says what kind of page it leads to.
func (rs *Resolver) path(ctx context.Context, p string) (string, string, error) {
	kind, id, ok, err := getRedirect(ctx, rs.db, p)
	if err != nil || !ok {
		return "", "", err
	}
	u, err := rs.target(ctx, kind, id)
	return u, kind, err
}

// suffixed answers old paths that add something WordPress understands to
// a known path: /page/N/, /feed/ (and /feed/atom/ …), /amp/, /embed/,
// /trackback/ and /comment-page-N/.
func (rs *Resolver) suffixed(ctx context.Context, p string) (string, error) {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	n := len(segs)
	if n == 0 || segs[0] == "" {
		return "", nil
	}
	feed := segs[n-1] == "feed" || (n >= 2 && segs[n-2] == "feed" && isFeedType(segs[n-1]))
	if feed {
		cut := n - 1
		if segs[n-1] != "feed" {
			cut = n - 2
		}
		base := segs[:cut]
		if len(base) == 0 || (len(base) == 1 && (base[0] == "comments" || base[0] == "index.php")) {
			return "/feed/", nil
		}
		u, kind, err := rs.path(ctx, "/"+strings.Join(base, "/"))
		if u == "" || err != nil {
			return "", err
		}
		if kind == targetTerm || kind == targetAuthor {
			return u + "feed/", nil
		}
		return u, nil // a post's comment feed: the post itself
	}
	if n == 1 && isFeedType(segs[0]) {
		return "/feed/", nil // /rss/, /atom/, /rss2/ …
	}
	if n >= 3 && segs[n-2] == "page" && isNumber(segs[n-1]) {
		u, kind, err := rs.path(ctx, "/"+strings.Join(segs[:n-2], "/"))
		if u == "" || err != nil {
			return "", err
		}
		if kind == targetTerm || kind == targetAuthor {
			page, _ := strconv.Atoi(segs[n-1])
			return seo.PagePath(u, page), nil
		}
		return u, nil
	}
	last := segs[n-1]
	if n >= 2 && (last == "amp" || last == "embed" || last == "trackback" || strings.HasPrefix(last, "comment-page-") || isNumber(last)) {
		u, _, err := rs.path(ctx, "/"+strings.Join(segs[:n-1], "/"))
		return u, err
	}
	return "", nil
}

func isFeedType(s string) bool {
	return s == "rss" || s == "rss2" || s == "atom" || s == "rdf"
}

func isNumber(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// target is the current path of a redirect target, or "" when it is gone
// or not public.
func (rs *Resolver) target(ctx context.Context, kind string, id int64) (string, error) {
	var (
		u   string
		err error
	)
	switch kind {
	case targetPost:
		var p *content.Post
		if p, err = rs.content.LookupRoute(ctx, id); err == nil && p.IsPublic() {
			var urls seo.URLs
			if urls, err = rs.urls(ctx); err == nil {
				u = urls.Post(p)
			}
		}
	case targetTerm:
		var t *content.Term
		if t, err = rs.content.LookupTerm(ctx, id); err == nil {
			u = seo.TermPath(t)
		}
	case targetAuthor:
		var a *content.Author
		if a, err = rs.content.LookupAuthor(ctx, id); err == nil {
			u = seo.AuthorPath(a)
		}
	case targetAttachment:
		return rs.attachmentTarget(ctx, id)
	}
	if errors.Is(err, store.ErrNotFound) {
		return "", nil
	}
	return u, err
}

// attachmentTarget sends an attachment's page to its media file, or to
// the post it was uploaded to when the file was not imported.
func (rs *Resolver) attachmentTarget(ctx context.Context, id int64) (string, error) {
	a, ok, err := attachmentWhere(ctx, rs.db, `wp_id = ?`, id)
	if err != nil || !ok {
		return "", err
	}
	if strings.HasPrefix(a.URL, "/media/") {
		return a.URL, nil
	}
	if a.Parent == 0 {
		return "", nil
	}
	return rs.mapped(ctx, kindPost, strconv.FormatInt(a.Parent, 10), targetPost)
}

// ResolveMany resolves many old links (site paths with their queries) at
// once, with a few queries in all for the common ones (permalinks, ?p=
// and ?page_id=); the others go through Resolve. Links it cannot resolve
// are missing from the map.
func (rs *Resolver) ResolveMany(ctx context.Context, links []string) (map[string]string, error) {
	out := make(map[string]string, len(links))
	byPost := map[string][]string{} // WordPress id → links
	byPath := map[string][]string{} // stored form of the path → links
	var others []string
	for _, l := range links {
		u, err := url.Parse(l)
		if err != nil {
			continue
		}
		q := u.Query()
		switch id := firstOf(q, "p", "page_id"); {
		case len(q) > 0 && id != "" && strings.HasSuffix(u.Path, "/"):
			byPost[id] = append(byPost[id], l)
		case len(q) == 0 && !strings.Contains(u.Path, "/wp-content/uploads/"):
			p := normPath(u.Path)
			byPath[p] = append(byPath[p], l)
		default:
			others = append(others, l)
		}
	}
	want := map[int64][]string{} // Warta post id → links
	if err := rs.mappedMany(ctx, byPost, want); err != nil {
		return nil, err
	}
	unknown, err := rs.redirectsMany(ctx, byPath, want, out)
	if err != nil {
		return nil, err
	}
	if err := rs.postURLs(ctx, want, out); err != nil {
		return nil, err
	}
	for _, l := range append(others, unknown...) {
		u, _ := url.Parse(l)
		if to, err := rs.Resolve(ctx, u.Path, u.Query()); err != nil {
			return nil, err
		} else if to != "" {
			out[l] = to
		}
	}
	return out, nil
}

func firstOf(q url.Values, keys ...string) string {
	for _, k := range keys {
		if v := q.Get(k); v != "" {
			return v
		}
	}
	return ""
}

// mappedMany adds the Warta posts that WordPress ids became to want.
func (rs *Resolver) mappedMany(ctx context.Context, byPost map[string][]string, want map[int64][]string) error {
	if len(byPost) == 0 {
		return nil
	}
	maps, err := loadMaps(ctx, rs.db, kindPost, sortedKeys(byPost))
	if err != nil {
		return err
	}
	for k, m := range maps {
		want[m.ID] = append(want[m.ID], byPost[k]...)
	}
	return nil
}

// redirectsMany looks old paths up: posts go to want, other targets
// straight to out; paths with no entry come back, for Resolve to try
// their suffixes.
func (rs *Resolver) redirectsMany(ctx context.Context, byPath map[string][]string, want map[int64][]string, out map[string]string) ([]string, error) {
	paths := sortedKeys(byPath)
	found := map[string]bool{}
	for start := 0; start < len(paths); start += chunk {
		part := paths[start:min(start+chunk, len(paths))]
		args := make([]any, len(part))
		for i, p := range part {
			args[i] = p
		}
		rows, err := rs.db.Query(ctx, `SELECT old_path, target_kind, target_id FROM wp_redirects WHERE old_path IN (`+marks(len(part))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("wordpress: read redirects: %w", err)
		}
		type hit struct {
			path, kind string
			id         int64
		}
		var hits []hit
		for rows.Next() {
			var h hit
			if err := rows.Scan(&h.path, &h.kind, &h.id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("wordpress: read redirects: %w", err)
			}
			hits = append(hits, h)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("wordpress: read redirects: %w", err)
		}
		for _, h := range hits {
			found[h.path] = true
			if h.kind == targetPost {
				want[h.id] = append(want[h.id], byPath[h.path]...)
				continue
			}
			to, err := rs.target(ctx, h.kind, h.id)
			if err != nil {
				return nil, err
			}
			for _, l := range byPath[h.path] {
				if to != "" {
					out[l] = to
				}
			}
		}
	}
	var unknown []string
	for _, p := range paths {
		if !found[p] {
			unknown = append(unknown, byPath[p]...)
		}
	}
	return unknown, nil
}

// postURLs adds the URLs of the public posts in want to out.
func (rs *Resolver) postURLs(ctx context.Context, want map[int64][]string, out map[string]string) error {
	if len(want) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	routes, err := rs.content.LookupRoutes(ctx, ids)
	if err != nil {
		return err
	}
	urls, err := rs.urls(ctx)
	if err != nil {
		return err
	}
	for id, links := range want {
		if p := routes[id]; p != nil && p.IsPublic() {
			for _, l := range links {
				out[l] = urls.Post(p)
			}
		}
	}
	return nil
}
