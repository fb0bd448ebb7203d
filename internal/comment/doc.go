// Package comment is the discussion under articles: readers' comments and
// their threads, the moderation states (pending, approved, spam, trash),
// WordPress's default policy (a first comment from an address waits for a
// moderator; later ones from an approved address appear at once unless
// flagged), the local spam defences around the content classifier of
// package spam (time trap, honeypot, rate limits shared by every server,
// duplicate detection), readers' reports with their 2x24-hour deadline,
// email confirmation through a one-time link, optional e-mail notices
// to moderators, and the bulk import of comments moderated elsewhere
// (Import, for the WordPress import).
//
// Commenters' email addresses and IP addresses are stored (IPs only as a
// keyed hash) and never logged; callers must not render them publicly.
package comment
