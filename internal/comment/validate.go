package comment

import (
	"errors"
	"net/mail"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"warta/internal/sanitize"
)

// Field limits, in characters.
const (
	MaxAuthor  = 100
	MaxEmail   = 100
	MaxURL     = 200
	MaxContent = 5000
	MaxNote    = 500
)

// Fields are what a reader types into the form.
type Fields struct {
	Author, Email, URL, Content string
}

// clean checks and normalises what a reader typed. The name loses any
// markup (a script tag and its text vanish); the text keeps its characters
// and is escaped when shown; the website must be an http(s) URL.
func (f *Fields) clean() error {
	f.Content = cleanText(f.Content)
	f.Author = sanitize.Plain(f.Author)
	f.URL = strings.TrimSpace(f.URL)
	switch {
	case f.Content == "":
		return reject("comment", CodeRequired, "the comment is empty")
	case utf8.RuneCountInString(f.Content) > MaxContent:
		return reject("comment", CodeTooLong, "the comment is longer than %d characters", MaxContent)
	case f.Author == "":
		return reject("author", CodeRequired, "the name is empty")
	case utf8.RuneCountInString(f.Author) > MaxAuthor:
		return reject("author", CodeTooLong, "the name is longer than %d characters", MaxAuthor)
	case strings.TrimSpace(f.Email) == "":
		return reject("email", CodeRequired, "the email address is empty")
	case utf8.RuneCountInString(strings.TrimSpace(f.Email)) > MaxEmail:
		return reject("email", CodeTooLong, "the email address is longer than %d characters", MaxEmail)
	case utf8.RuneCountInString(f.URL) > MaxURL:
		return reject("url", CodeTooLong, "the website is longer than %d characters", MaxURL)
	}
	email, err := normalizeEmail(f.Email)
	if err != nil {
		return reject("email", CodeInvalid, "the email address is not valid")
	}
	f.Email = email
	if f.URL, err = cleanURL(f.URL); err != nil {
		return reject("url", CodeInvalid, "the website must be an http or https address")
	}
	return nil
}

var errBadEmail = errors.New("comment: not a valid email address")

// normalizeEmail accepts a bare address with a dotted domain and
// lower-cases it, so that one person's comments are found together.
func normalizeEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || len(s) > 254 {
		return "", errBadEmail
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || !strings.Contains(domain, ".") || strings.HasPrefix(local, `"`) ||
		strings.HasSuffix(domain, ".") || strings.HasPrefix(domain, ".") || strings.ContainsAny(s, " \t<>()[]\\,;:") {
		return "", errBadEmail
	}
	return strings.ToLower(s), nil
}

// cleanURL returns the website as an absolute http(s) URL, adding
// "https://" to a bare host name. Anything else (javascript:, data:,
// relative paths, spaces) is an error.
func cleanURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if !strings.Contains(s, "://") && !strings.Contains(s, ":") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		strings.ContainsAny(s, " \t\r\n\"'<>\\`") || !strings.Contains(u.Hostname(), ".") {
		return "", errors.New("comment: not an http(s) URL")
	}
	return u.String(), nil
}

// cleanText normalises comment text: valid UTF-8, "\n" line ends, no
// control or bidirectional-override characters, no trailing spaces, at
// most one blank line in a row, trimmed.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == '\u2028', r == '\u2029', r == '\ufeff':
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 {
				continue
			}
			l = ""
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// cleanLine is cleanText for one-line fields such as a report's note.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}
