package site

import (
	"net/http"
	"strconv"
	"strings"
)

// resolve serves every path without a fixed prefix:
//
//	/                      home (and ?p=ID, ?page_id=ID redirects)
//	/page/N/               home, page N
//	/YYYY/, /YYYY/MM/, /YYYY/MM/DD/ (+ /page/N/)  date archives
//	permalink structure    article
//	/slug/                 static page
func (s *Site) resolve(w http.ResponseWriter, r *http.Request) error {
	path := r.URL.Path
	if path == "/" {
		if r.URL.Query().Has("s") {
			return s.searchPage(w, r) // WordPress's search URL
		}
		if r.URL.RawQuery != "" {
			if done, err := s.legacyQuery(w, r); done || err != nil {
				return err
			}
		}
		return s.home(w, r, 1)
	}
	if !strings.HasSuffix(path, "/") {
		if strings.Contains(path[strings.LastIndexByte(path, '/'):], ".") {
			return notFoundErr(path) // a missing file, not a page
		}
		http.Redirect(w, r, path+"/", http.StatusMovedPermanently)
		return nil
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if n := len(segs); s.PostFeed != nil && n > 1 && (segs[n-1] == "feed" || segs[n-2] == "feed") {
		s.PostFeed.ServeHTTP(w, r) // {permalink}feed/, feed/atom/, feed/json/
		return nil
	}
	base, page, ok := splitPage(segs)
	if !ok {
		return notFoundErr(path)
	}
	if len(base) == 0 {
		return s.home(w, r, page)
	}
	if y, m, d, ok := dateArchive(base); ok {
		return s.dateArchive(w, r, y, m, d, page)
	}
	if page > 1 {
		return notFoundErr(path)
	}
	return s.single(w, r, segs)
}

// splitPage takes a trailing "page/N" off segs. N must be 2 or more: page
// 1 has no /page/1/ URL.
func splitPage(segs []string) ([]string, int, bool) {
	n := len(segs)
	if n >= 2 && segs[n-2] == "page" {
		p, err := strconv.Atoi(segs[n-1])
		if err != nil || p < 2 || p > 100000 || strconv.Itoa(p) != segs[n-1] {
			return nil, 0, false
		}
		return segs[:n-2], p, true
	}
	return segs, 1, true
}

// dateArchive recognises [YYYY] [MM] [DD].
func dateArchive(segs []string) (y, m, d int, ok bool) {
	if len(segs) > 3 {
		return 0, 0, 0, false
	}
	widths := []int{4, 2, 2}
	limits := []int{9999, 12, 31}
	vals := []int{0, 0, 0}
	for i, seg := range segs {
		if len(seg) != widths[i] {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(seg)
		if err != nil || n < 1 || n > limits[i] {
			return 0, 0, 0, false
		}
		vals[i] = n
	}
	return vals[0], vals[1], vals[2], true
}

// legacyQuery answers WordPress's query-string URLs with a redirect to the
// permalink. It reports whether it answered.
func (s *Site) legacyQuery(w http.ResponseWriter, r *http.Request) (bool, error) {
	q := r.URL.Query()
	key := "p"
	if q.Get(key) == "" {
		key = "page_id"
	}
	raw := q.Get(key)
	if raw == "" {
		return false, nil
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return true, notFoundErr("?" + key)
	}
	p, err := s.Content.Get(r.Context(), id)
	if err != nil {
		return true, err
	}
	if !p.IsPublic() {
		return true, notFoundErr("unpublished post")
	}
	rq, err := s.begin(r.Context())
	if err != nil {
		return true, err
	}
	http.Redirect(w, r, rq.urls.Post(p), http.StatusMovedPermanently)
	return true, nil
}
