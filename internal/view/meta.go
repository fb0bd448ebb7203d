package view

import "time"

// Meta is what a page tells search engines, social networks and feed
// readers beyond its title, description and canonical URL: Open Graph and
// Twitter card tags, feed discovery links and JSON-LD. The zero value adds
// only the site-wide tags.
type Meta struct {
	// Type is the Open Graph type: "website" (the default) or "article".
	Type string
	// Title is the page's own title for link previews, without the site
	// name; Page.Title is used when empty.
	Title string
	// Image is the link-preview picture, with an absolute URL; nil for none.
	Image *Image
	// Locale is the Open Graph locale, such as "id_ID".
	Locale string
	// Published and Modified date an article; zero elsewhere.
	Published, Modified time.Time
	// Section is an article's first category; Tags are its tags.
	Section string
	Tags    []string
	// Feeds are announced with <link rel="alternate">, the site's first.
	Feeds []FeedLink
	// JSONLD holds schema.org objects (maps or structs), each written as
	// its own application/ld+json script. The template engine encodes them
	// as JSON and escapes "<", so no stored text can end the script.
	JSONLD []any
}

// FeedLink is a feed a page announces; Type is its MIME type.
type FeedLink struct {
	Title, URL, Type string
}
