package admin

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"warta/internal/media"
)

// mediaPerPage is the number of files on one page of the library.
const mediaPerPage = 24

// mediaBody is the data of the media library page.
type mediaBody struct {
	Items              []*media.Entry
	Search             string
	Page, Pages, Total int
	PrevURL, NextURL   string
	Errors             []string // per-file upload problems
	MaxMB              int
	// UploadAlt and UploadCaption refill the upload form after a
	// rejected post.
	UploadAlt, UploadCaption string
	Confirm                  *deleteConfirm // set when a deletion needs a second look
}

// deleteConfirm asks before deleting a file that posts use.
type deleteConfirm struct {
	Entry *media.Entry
	Used  []postRow
}

// mediaList shows the library with its upload form (GET /admin/media).
func (a *Admin) mediaList(w http.ResponseWriter, r *http.Request, rq *request) error {
	b, err := a.mediaPage(r, r.URL.Query().Get("q"), pageNum(r))
	if err != nil {
		return err
	}
	return a.showMedia(w, rq, http.StatusOK, b, a.t(rq, flash(r.URL.Query().Get("msg"))), "")
}

func pageNum(r *http.Request) int {
	n, _ := strconv.Atoi(r.URL.Query().Get("page"))
	return max(1, n)
}

// mediaPage loads one page of the library.
func (a *Admin) mediaPage(r *http.Request, q string, n int) (*mediaBody, error) {
	q = strings.TrimSpace(q)
	items, total, err := a.Media.List(r.Context(), q, mediaPerPage, (n-1)*mediaPerPage)
	if err != nil {
		return nil, err
	}
	b := &mediaBody{Items: items, Search: q, Page: n, Total: total, Pages: max(1, (total+mediaPerPage-1)/mediaPerPage), MaxMB: media.MaxSize >> 20}
	link := func(p int) string {
		v := url.Values{"page": {strconv.Itoa(p)}}
		if q != "" {
			v.Set("q", q)
		}
		return Prefix + "media?" + v.Encode()
	}
	if n > 1 {
		b.PrevURL = link(n - 1)
	}
	if n < b.Pages {
		b.NextURL = link(n + 1)
	}
	return b, nil
}

func (a *Admin) showMedia(w http.ResponseWriter, rq *request, status int, b *mediaBody, notice, problem string) error {
	p := a.page(rq, a.t(rq, "Pustaka media"), "media")
	p.Notice, p.Error, p.Body = notice, problem, b
	return a.render(w, status, "media", p)
}
