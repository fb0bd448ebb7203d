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
	mux.Handle("POST /comments/post", s.handle(s.commentPost))
	mux.Handle("GET /comments/token", s.handle(s.commentToken))
	mux.Handle("GET /comments/own", s.handle(s.commentOwn))
	mux.Handle("GET /comments/submitted", s.handle(s.commentSubmitted))
	mux.Handle("POST /comments/report", s.handle(s.commentReport))
	mux.Handle("GET /comments/confirm", s.handle(s.commentConfirmPage))
	mux.Handle("POST /comments/confirm", s.handle(s.commentConfirm))
	mux.Handle("GET /search", s.handle(s.searchPage))
	mux.Handle("GET /ralat/{path...}", s.handle(s.corrections))
	mux.Handle("GET /", s.handle(s.resolve))
}
