package site

import "net/http"

// Routes registers the public site on mux. Fixed prefixes get their own
// patterns; everything else (home, pagination, date archives, permalinks,
// static pages) is resolved by path in resolve.go, because the permalink
// structure is a site setting that can change at run time.
func (s *Site) Routes(mux *http.ServeMux) {
	mux.Handle("GET /category/{path...}", s.handle(s.categoryArchive))
	mux.Handle("GET /tag/{path...}", s.handle(s.tagArchive))
	mux.Handle("GET /author/{path...}", s.handle(s.authorArchive))
	mux.Handle("GET /", s.handle(s.resolve))
}
