// Package feed publishes what machines read: RSS 2.0, Atom 1.0 and JSON
// Feed 1.1 for the site, each category, tag and author, and for comments;
// the sitemap index with its child sitemaps; the Google News sitemap; and
// robots.txt.
//
// URLs follow WordPress so that subscribers and search engines keep
// working after a move:
//
//	/feed/, /feed/atom/, /feed/json/               the latest articles
//	/category/{slug}/feed/ (+ atom/, json/)        a category, with its subcategories
//	/tag/{slug}/feed/ (+ atom/, json/)             a tag
//	/author/{slug}/feed/ (+ atom/, json/)          an author
//	/comments/feed/ (+ atom/, json/)               the latest comments
//	{permalink}feed/ (+ atom/, json/)              one article's comments
//	/sitemap.xml                                   the sitemap index
//	/sitemap-{posts,pages,categories,tags,authors}.xml[?page=N]
//	/sitemap-news.xml                              articles of the last two days
//	/robots.txt
//
// Feeds and sitemaps read the archive through content's keyset-paged
// cursors, so memory follows the size of one response, never of the
// archive. A response is built in a buffer and sent whole: a database
// error half-way then becomes a clean 500 instead of a truncated document
// that the page cache would keep. Every text is stripped of what XML 1.0
// cannot carry (control characters, invalid UTF-8) so that documents stay
// well-formed whatever was stored.
package feed
