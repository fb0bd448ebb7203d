// Package seo owns how Warta's URLs look to readers and search engines:
// the permalink structure of posts (WordPress-style tags such as
// /%year%/%monthnum%/%day%/%postname%/), its parsing back into a lookup,
// and absolute canonical URLs.
package seo
