// Package sanitize is the one place where untrusted HTML becomes trusted
// HTML, and where HTML becomes plain text.
//
// Every body Warta stores (from the editor, the JSON API or a WordPress
// import) passes through [HTML] on input, and every [template.HTML] value in
// Warta comes from it: there is deliberately no "raw" escape hatch anywhere
// else. [HTML] is an allow-list: it parses the fragment into a tree the way
// a browser would, keeps only the elements and attributes an article body
// needs, checks every URL, and serialises the tree again. Working on a tree
// rather than on tokens means the output is always balanced, so a stored
// body can never close or swallow the page around it. The output is a
// fixed point: where a cleaned tree could parse differently (stable says
// which), it is cleaned again until it does not.
//
// [Text], [Excerpt] and [Plain] go the other way, for search, excerpts,
// feeds, meta descriptions and single-line fields such as titles and names.
package sanitize
