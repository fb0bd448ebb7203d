package wordpress

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ParseError is a problem with the export file itself. Nothing has been
// written when an import returns one.
type ParseError struct {
	Line int
	Msg  string
	eof  bool // the input ended inside the document
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("wordpress: line %d: %s", e.Line, e.Msg)
}

// Handler receives what Scan reads, in document order. Nil functions
// skip that kind. An error returned by a function stops the scan.
type Handler struct {
	Author func(*Author) error
	Term   func(*Term) error
	Item   func(*Item) error
}

// Supported WXR versions.
var versions = map[string]bool{"1.0": true, "1.1": true, "1.2": true}

// Scan reads a WXR export from r as a stream and hands every author, term
// and item to h. Memory stays bounded by the largest single item whatever
// the file's size. The file must be well-formed UTF-8 XML without a
// document type declaration: entities are never expanded and nothing is
// ever fetched. Problems with the file are *ParseError values naming the
// line.
func Scan(r io.Reader, h Handler) (*Site, error) {
	return scan(r, h, nil)
}

// scanFast is Scan through fastXML. It returns errSlowPath when the file
// needs encoding/xml: the caller then scans it again with Scan, after
// undoing what h was given.
func scanFast(r io.Reader, h Handler) (*Site, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if err := sniff(br); err != nil {
		return nil, errSlowPath // for Scan to explain
	}
	s := &scanner{x: newFastXML(br), h: h, site: &Site{}}
	err := s.document()
	s.site.Lines = s.line()
	var pe *ParseError
	if errors.As(err, &pe) {
		err = errSlowPath // fastXML read the file, but encoding/xml words the problem
	}
	return s.site, err
}

// scan is Scan of a whole file (p nil) or of one half of it.
func scan(r io.Reader, h Handler, p *part) (*Site, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if !p.later() {
		if err := sniff(br); err != nil {
			return nil, err
		}
	}
	x := xml.NewDecoder(br)
	x.Strict = true
	x.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf8") {
			return in, nil
		}
		return nil, fmt.Errorf("the export declares encoding %q; only UTF-8 exports are supported", label)
	}
	s := &scanner{x: x, h: h, site: &Site{}, part: p}
	err := s.document()
	s.site.Lines = s.line()
	if err != nil {
		return s.site, err
	}
	return s.site, nil
}

// sniff rejects input that cannot be XML before the decoder sees it, with
// a clearer message than the decoder's. A UTF-8 byte order mark is
// skipped.
func sniff(br *bufio.Reader) error {
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		_, _ = br.Discard(3)
	}
	line := 1
	for {
		c, err := br.ReadByte()
		if err == io.EOF {
			return &ParseError{Line: line, Msg: "the file is empty; expected a WordPress export (WXR) XML file"}
		}
		if err != nil {
			return fmt.Errorf("wordpress: read export: %w", err)
		}
		switch c {
		case ' ', '\t', '\r':
			continue
		case '\n':
			line++
			continue
		case '<':
			return br.UnreadByte()
		}
		return &ParseError{Line: line, Msg: "not an XML file: it must start with \"<\" (is this a WordPress export?)"}
	}
}

// tokenSource is encoding/xml's Decoder, or fastXML.
type tokenSource interface {
	Token() (xml.Token, error)
	InputPos() (line, column int)
	InputOffset() int64
}

type scanner struct {
	x    tokenSource
	h    Handler
	site *Site
	part *part // set when scanning one part of a file split for speed
}

// line is the line the decoder has reached, in the whole file.
func (s *scanner) line() int {
	l, _ := s.x.InputPos()
	return l + s.part.shift()
}

func (s *scanner) fail(format string, args ...any) error {
	return &ParseError{Line: s.line(), Msg: fmt.Sprintf(format, args...)}
}

// token returns the next token that matters. It turns decoder errors
// into *ParseError and refuses document type declarations; io.EOF comes
// back as is. Character data is only valid until the next call.
func (s *scanner) token() (xml.Token, error) {
	for {
		tok, err := s.x.Token()
		if err == io.EOF || err == errSlowPath {
			return nil, err
		}
		if err != nil {
			return nil, s.decodeErr(err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			return nil, s.fail("a document type declaration (<!%s…>) is not allowed in a WordPress export: entities are neither expanded nor fetched", firstWord(t))
		case xml.Comment:
			if !utf8.Valid(t) {
				return nil, s.fail("invalid UTF-8 in a comment; the export must be UTF-8")
			}
			continue
		case xml.ProcInst:
			if !utf8.Valid(t.Inst) {
				return nil, s.fail("invalid UTF-8 in a processing instruction; the export must be UTF-8")
			}
			continue
		}
		return tok, nil
	}
}

func firstWord(d xml.Directive) string {
	f := strings.Fields(string(d))
	if len(f) == 0 {
		return ""
	}
	if len(f[0]) > 20 {
		return f[0][:20]
	}
	return f[0]
}

// decodeErr explains a decoder error.
func (s *scanner) decodeErr(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg := se.Msg
		eof := strings.HasPrefix(msg, "unexpected EOF")
		switch {
		case eof:
			msg = "the file ends in the middle of the document (truncated export?)"
		case msg == "invalid UTF-8":
			msg = "invalid UTF-8; the export must be UTF-8"
		case strings.HasPrefix(msg, "invalid character entity"):
			msg = strings.Replace(msg, "invalid character entity", "undefined entity", 1) +
				" (only &amp; &lt; &gt; &quot; &apos; and numeric references are allowed)"
		default:
			msg = "not well-formed XML: " + msg
		}
		return &ParseError{Line: se.Line + s.part.shift(), Msg: msg, eof: eof}
	}
	if err == io.EOF {
		return &ParseError{Line: s.line(), Msg: "the file ends in the middle of the document (truncated export?)", eof: true}
	}
	if strings.Contains(err.Error(), "only UTF-8 exports") {
		return s.fail("%s", strings.TrimPrefix(err.Error(), "xml: "))
	}
	return fmt.Errorf("wordpress: read export: %w", err)
}

// document reads the prolog, the <rss> root and what may follow it.
func (s *scanner) document() error {
	for {
		tok, err := s.token()
		if err == io.EOF {
			return s.fail("no XML element found; expected a WordPress export (WXR)")
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return s.fail("text outside of any element; not a WordPress export")
			}
		case xml.StartElement:
			if t.Name.Local != "rss" {
				return s.fail("the root element is <%s>, not <rss>: not a WordPress export (WXR)", t.Name.Local)
			}
			if err := s.children(s.rss); err != nil {
				return err
			}
			return s.epilog()
		}
	}
}

// epilog checks that nothing but comments and space follow the root.
func (s *scanner) epilog() error {
	for {
		tok, err := s.token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return s.fail("text after the end of the document")
			}
		case xml.StartElement:
			return s.fail("a second root element <%s> after the end of the document", t.Name.Local)
		}
	}
	if s.site.Version == "" && !s.part.later() {
		return s.fail("not a WordPress export: no <wp:wxr_version> element (is this an RSS feed?)")
	}
	return nil
}

// inner is token inside an element, where the end of input means a
// truncated file.
func (s *scanner) inner() (xml.Token, error) {
	tok, err := s.token()
	if err == io.EOF {
		return nil, s.decodeErr(err)
	}
	return tok, err
}

// children calls fn for each child element of the element just opened
// and returns after its end tag. fn must consume the child it is given.
func (s *scanner) children(fn func(xml.StartElement) error) error {
	for {
		tok, err := s.inner()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// skip consumes the element just opened.
func (s *scanner) skip(xml.StartElement) error {
	return s.children(s.skip)
}

// text returns the character data of the element just opened; child
// elements are skipped.
func (s *scanner) text() (string, error) {
	var b strings.Builder
	for {
		tok, err := s.inner()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := s.skip(t); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

func (s *scanner) rss(t xml.StartElement) error {
	if t.Name.Local == "channel" && t.Name.Space == "" {
		return s.channelChildren()
	}
	return s.skip(t)
}

// channelChildren reads the channel's children. The first part of a
// split file ends here, between two children, exactly where the next
// part begins.
func (s *scanner) channelChildren() error {
	for {
		tok, err := s.token()
		if s.part.endsHere(s, err) {
			return errPartDone
		}
		if err == io.EOF {
			err = s.decodeErr(err)
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := s.channel(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
		s.part.mark(s)
	}
}

// key names an element by its namespace's usual prefix: "wp:post_id",
// "content:encoded", "title".
func key(n xml.Name) string {
	switch sp := n.Space; {
	case sp == "":
		return n.Local
	case strings.HasPrefix(sp, "http://wordpress.org/export/") && strings.HasSuffix(sp, "/excerpt/"):
		return "excerpt:" + n.Local
	case strings.HasPrefix(sp, "http://wordpress.org/export/"):
		return "wp:" + n.Local
	case sp == "http://purl.org/rss/1.0/modules/content/":
		return "content:" + n.Local
	case sp == "http://purl.org/dc/elements/1.1/":
		return "dc:" + n.Local
	case sp == "wp" || sp == "excerpt" || sp == "content" || sp == "dc":
		return sp + ":" + n.Local // prefix without a declaration
	}
	return "?:" + n.Local
}

func (s *scanner) channel(t xml.StartElement) error {
	k := key(t.Name)
	if k == "wp:author" || k == "wp:category" || k == "wp:tag" || k == "wp:term" || k == "item" {
		if err := s.needVersion(); err != nil {
			return err
		}
	}
	var field *string
	switch k {
	case "title":
		field = &s.site.Title
	case "link":
		field = &s.site.Link
	case "language":
		field = &s.site.Language
	case "generator":
		field = &s.site.Generator
	case "wp:base_site_url":
		field = &s.site.BaseSite
	case "wp:base_blog_url":
		field = &s.site.BaseBlog
	case "wp:wxr_version":
		return s.version()
	case "wp:author":
		return s.author()
	case "wp:category", "wp:tag", "wp:term":
		return s.term(k)
	case "item":
		return s.item()
	default:
		return s.skip(t)
	}
	v, err := s.text()
	*field = strings.TrimSpace(v)
	return err
}

func (s *scanner) version() error {
	line := s.line()
	v, err := s.text()
	if err != nil {
		return err
	}
	v = strings.TrimSpace(v)
	if !versions[v] {
		return &ParseError{Line: line, Msg: fmt.Sprintf("WXR version %q is not supported (supported: 1.0, 1.1, 1.2)", v)}
	}
	s.site.Version = v
	return nil
}

// needVersion stops early on an RSS feed or another channel that is not
// a WordPress export: WordPress writes the version before any content.
func (s *scanner) needVersion() error {
	if s.site.Version == "" && !s.part.later() {
		return s.fail("not a WordPress export: content before any <wp:wxr_version> element (is this an RSS feed?)")
	}
	return nil
}
