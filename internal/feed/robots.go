package feed

import (
	"net/http"
	"time"
)

// robots keeps crawlers out of the newsroom, search results, previews and
// the API, and names the sitemap index. Search is matched exactly so that
// an article whose slug starts with "search" stays crawlable.
func (f *Feeds) robots(w http.ResponseWriter, r *http.Request) error {
	body := "User-agent: *\n" +
		"Disallow: /admin/\n" +
		"Disallow: /api/\n" +
		"Disallow: /search$\n" +
		"Disallow: /search?\n" +
		"Disallow: /search/\n" +
		"Disallow: /?s=\n" +
		"Disallow: /preview/\n" +
		"Disallow: /*?preview=\n" +
		"Disallow: /*&preview=\n" +
		"\n" +
		"Sitemap: " + f.BaseURL + "/sitemap.xml\n"
	return respond(w, r, "text/plain; charset=utf-8", []byte(body), time.Time{}, "robots")
}
