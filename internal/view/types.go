package view

import (
	"html/template"
	"time"

	"warta/internal/i18n"
)

// Site is what every page shows of the site itself.
type Site struct {
	Title, Tagline string
	// BaseURL is absolute, without a trailing slash: "https://example.id".
	// The home link is marked current when Page.Canonical is BaseURL+"/".
	BaseURL     string
	Lang        i18n.Lang
	Nav         []Link // top categories
	FooterLinks []Link // static pages
}

// Link is one navigation entry; Current marks the page being shown.
type Link struct {
	Title, URL string
	Current    bool
}

// Image is a picture with the facts an <img> needs. Width and Height, when
// known, let the browser reserve its space before it loads.
type Image struct {
	URL, Alt, Caption string
	Width, Height     int
	// Srcset lists smaller copies of the image in its own format and
	// SrcsetWebP the same widths as WebP ("URL 480w, URL 800w, …"); both
	// are empty for images without copies.
	Srcset, SrcsetWebP string
}

// Term is a category or tag as a link.
type Term struct{ Name, URL string }

// Author is a byline; Bio is shown on the author's archive.
type Author struct{ Name, URL, Bio string }

// Summary is one post in a list.
type Summary struct {
	Title, URL, Excerpt string
	Published           time.Time
	Author              Author
	Categories          []Term
	Image               *Image // may be nil
	Comments            int    // approved comments; 0 shows no count
	Sponsored           bool   // paid content, labelled in lists
}

// Article is a post or, with IsPage, a static page.
type Article struct {
	Title, Lead, URL string
	// Body is trusted HTML: a stored post's body, which content
	// sanitised when it stored it, or HTML the caller has sanitised.
	Body                template.HTML
	Published, Modified time.Time // Modified may equal Published
	Author              Author    // zero for static pages
	Categories, Tags    []Term
	Image               *Image // featured figure, may be nil
	// IsPage marks a static page: title and body only, no byline,
	// dates or terms.
	IsPage bool
	// Related is shown as "Artikel Terkait" when not empty.
	Related []Summary
	// Comments is the comment section; nil shows none (static pages).
	Comments *Comments
	// Notices are the dated corrections, clarifications and replies shown
	// at the article's top; Retraction, when set, is shown instead of the
	// body; Sponsored labels paid content.
	Notices    []Notice
	Retraction string
	Retracted  time.Time
	Sponsored  bool
}

// Pagination places a list page among its siblings; an empty PrevURL or
// NextURL means there is no such page.
type Pagination struct {
	Page, Pages      int
	PrevURL, NextURL string
}

// Home is the front page: a lead story (nil on later pages) and the
// latest posts.
type Home struct {
	Lead       *Summary
	Latest     []Summary
	Pagination Pagination
}

// Archive lists the posts of a category, tag, author or month.
type Archive struct {
	// Kind is "category", "tag", "author" or "date"; it picks the heading.
	Kind string
	// Name is the term, author or month ("Desember 2026"). Description
	// is the term's description or, for an author, the bio.
	Name, Description string
	Items             []Summary
	Pagination        Pagination
}

// Page is what every template receives as ".".
type Page struct {
	Site        Site
	Title       string // the <title>: "Article title – Site Title"
	Description string // meta description
	Canonical   string // absolute URL
	NoIndex     bool
	Meta        Meta // link previews, feed discovery, structured data
	// Body is *Home for "home", *Article for "article", *Archive for
	// "archive", and nil for "notfound" and "error".
	Body any
}
