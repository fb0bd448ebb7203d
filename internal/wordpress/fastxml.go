package wordpress

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// fastXML reads the XML that exports are made of several times faster
// than encoding/xml, which spends most of an import's checking pass
// handling CDATA bodies a byte at a time. It hands the scanner the tokens
// encoding/xml's Token would, with the same namespace names and line
// numbers, for the plain XML of real exports: ASCII names, the five
// predefined entities and character references, CDATA, comments and the
// XML declaration. On anything else — a document type declaration, a
// processing instruction, a carriage return, any error — it gives up
// with errSlowPath, and the whole file is read again by encoding/xml,
// which then explains any problem as before. It therefore never accepts
// a file that encoding/xml refuses, which tests check over the fixtures,
// every bad input the decoder tests know and a fuzz test.
type fastXML struct {
	r     io.Reader
	buf   []byte
	pos   int   // next byte to read in buf
	end   int   // end of the bytes read into buf
	eof   bool  // r has no more
	line  int   // line of buf[pos]
	off   int64 // file offset of buf[0]
	open  []fastElem
	ns    map[string]string
	saved []nsSave
	close *xml.EndElement // the end of an empty element, next
	text  []byte          // decoded text with references
}

type fastElem struct {
	raw   string // the name as written, for matching the end tag
	name  xml.Name
	saved int // len(saved) when it opened
}

type nsSave struct {
	prefix string
	old    string
	had    bool
}

// errSlowPath says fastXML cannot vouch for the file.
var errSlowPath = errors.New("wordpress: export needs the full XML decoder")

const xmlURL = "http://www.w3.org/XML/1998/namespace"

func newFastXML(r io.Reader) *fastXML {
	return &fastXML{r: r, buf: make([]byte, 256<<10), line: 1, ns: map[string]string{}}
}

func (d *fastXML) InputPos() (int, int) { return d.line, 0 }

func (d *fastXML) InputOffset() int64 { return d.off + int64(d.pos) }

// fill reads more input, keeping buf[pos:end].
func (d *fastXML) fill() error {
	if d.eof {
		return io.EOF
	}
	if d.pos > 0 {
		n := copy(d.buf, d.buf[d.pos:d.end])
		d.off += int64(d.pos)
		d.pos, d.end = 0, n
	}
	if d.end == len(d.buf) {
		d.buf = append(d.buf, make([]byte, len(d.buf))...)
	}
	n, err := d.r.Read(d.buf[d.end:])
	d.end += n
	if err == io.EOF {
		d.eof = true
	} else if err != nil {
		return err
	}
	return nil
}

// find returns the index of delim in the unread input from pos+from,
// relative to pos, reading more as needed; -1 when the input ends first.
func (d *fastXML) find(delim string, from int) (int, error) {
	for {
		if i := bytes.Index(d.buf[d.pos+from:d.end], []byte(delim)); i >= 0 {
			return from + i, nil
		}
		from = max(0, d.end-d.pos-len(delim)+1)
		if err := d.fill(); err == io.EOF {
			return -1, nil
		} else if err != nil {
			return 0, err
		}
	}
}

// need makes n unread bytes available, reporting false at the end of
// the input.
func (d *fastXML) need(n int) (bool, error) {
	for d.end-d.pos < n {
		if err := d.fill(); err == io.EOF {
			return false, nil
		} else if err != nil {
			return false, err
		}
	}
	return true, nil
}

// advance consumes n bytes.
func (d *fastXML) advance(n int) {
	d.line += bytes.Count(d.buf[d.pos:d.pos+n], []byte{'\n'})
	d.pos += n
}

// Token returns the next token as encoding/xml's Decoder.Token would,
// skipping comments and the XML declaration, which the scanner ignores.
func (d *fastXML) Token() (xml.Token, error) {
	if d.close != nil {
		end := *d.close
		d.close = nil
		d.pop()
		return end, nil
	}
	for {
		ok, err := d.need(2)
		if err != nil {
			return nil, err
		}
		if !ok {
			if d.pos < d.end && d.buf[d.pos] != '<' {
				return d.charData(d.end - d.pos)
			}
			if d.pos < d.end || len(d.open) > 0 {
				return nil, errSlowPath
			}
			return nil, io.EOF
		}
		if d.buf[d.pos] != '<' {
			i, err := d.find("<", 0)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				i = d.end - d.pos
			}
			return d.charData(i)
		}
		switch d.buf[d.pos+1] {
		case '/':
			return d.endTag()
		case '?':
			if err := d.declaration(); err != nil {
				return nil, err
			}
		case '!':
			if ok, _ := d.need(9); ok && bytes.HasPrefix(d.buf[d.pos:], []byte("<![CDATA[")) {
				return d.cdata()
			}
			if ok, _ := d.need(4); !ok || !bytes.HasPrefix(d.buf[d.pos:], []byte("<!--")) {
				return nil, errSlowPath // a document type declaration
			}
			if err := d.comment(); err != nil {
				return nil, err
			}
		default:
			return d.startTag()
		}
	}
}

// charData returns the next n bytes as text.
func (d *fastXML) charData(n int) (xml.Token, error) {
	raw := d.buf[d.pos : d.pos+n]
	if bytes.Contains(raw, []byte("]]>")) {
		return nil, errSlowPath
	}
	text, ok := d.decode(raw)
	if !ok {
		return nil, errSlowPath
	}
	d.advance(n)
	return xml.CharData(text), nil
}

func (d *fastXML) cdata() (xml.Token, error) {
	i, err := d.find("]]>", 9)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, errSlowPath
	}
	text := d.buf[d.pos+9 : d.pos+i]
	if !validChars(text) {
		return nil, errSlowPath
	}
	d.advance(i + 3)
	return xml.CharData(text), nil
}

func (d *fastXML) comment() error {
	i, err := d.find("--", 4)
	if err != nil {
		return err
	}
	if ok, _ := d.need(i + 3); !ok || i < 0 || d.buf[d.pos+i+2] != '>' || !utf8.Valid(d.buf[d.pos+4:d.pos+i]) {
		return errSlowPath
	}
	d.advance(i + 3)
	return nil
}

// declaration reads the XML declaration: version 1.0, UTF-8 or no
// encoding. Other processing instructions take the slow path.
func (d *fastXML) declaration() error {
	i, err := d.find("?>", 2)
	if err != nil {
		return err
	}
	if i < 0 {
		return errSlowPath
	}
	in := string(d.buf[d.pos+2 : d.pos+i])
	if len(in) < 4 || in[:3] != "xml" || !isXMLSpace(in[3]) {
		return errSlowPath
	}
	for _, f := range bytes.Fields([]byte(in[4:])) {
		switch string(f) {
		case `version="1.0"`, `version='1.0'`, `encoding="UTF-8"`, `encoding="utf-8"`, `encoding='UTF-8'`, `encoding='utf-8'`,
			`standalone="yes"`, `standalone='yes'`:
		default:
			return errSlowPath
		}
	}
	d.advance(i + 2)
	return nil
}

func (d *fastXML) endTag() (xml.Token, error) {
	i, err := d.find(">", 2)
	if err != nil {
		return nil, err
	}
	if i < 0 || len(d.open) == 0 {
		return nil, errSlowPath
	}
	top := d.open[len(d.open)-1]
	raw := bytes.TrimRight(d.buf[d.pos+2:d.pos+i], " \t\n")
	if string(raw) != top.raw {
		return nil, errSlowPath
	}
	d.advance(i + 1)
	d.pop()
	return xml.EndElement{Name: top.name}, nil
}

// pop closes the innermost element and its namespace declarations.
func (d *fastXML) pop() {
	top := d.open[len(d.open)-1]
	d.open = d.open[:len(d.open)-1]
	for len(d.saved) > top.saved {
		s := d.saved[len(d.saved)-1]
		d.saved = d.saved[:len(d.saved)-1]
		if s.had {
			d.ns[s.prefix] = s.old
		} else {
			delete(d.ns, s.prefix)
		}
	}
}

func (d *fastXML) startTag() (xml.Token, error) {
	from := 1
	for {
		i, err := d.find(">", from)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, errSlowPath
		}
		t, empty, quoted, ok := d.parseTag(d.buf[d.pos+1 : d.pos+i])
		if quoted { // the ">" was inside a quoted value
			from = i + 1
			continue
		}
		if !ok {
			return nil, errSlowPath
		}
		d.advance(i + 1)
		return d.opened(t, empty), nil
	}
}

// parseTag reads the inside of a start tag. quoted reports that it ends
// inside a quoted value.
func (d *fastXML) parseTag(in []byte) (t xml.StartElement, empty, quoted, ok bool) {
	n := nameLen(in)
	if n == 0 {
		return t, false, false, false
	}
	raw := string(in[:n])
	t.Name, ok = splitName(raw)
	if !ok {
		return t, false, false, false
	}
	in = in[n:]
	for {
		k := 0
		for k < len(in) && isXMLSpace(in[k]) {
			k++
		}
		in = in[k:]
		if len(in) == 0 {
			break
		}
		if in[0] == '/' {
			if len(in) != 1 {
				return t, false, false, false
			}
			empty = true
			break
		}
		n := nameLen(in)
		if n == 0 {
			return t, false, false, false
		}
		var a xml.Attr
		if a.Name, ok = splitName(string(in[:n])); !ok {
			return t, false, false, false
		}
		in = in[n:]
		for len(in) > 0 && isXMLSpace(in[0]) {
			in = in[1:]
		}
		if len(in) == 0 || in[0] != '=' {
			return t, false, false, false
		}
		in = in[1:]
		for len(in) > 0 && isXMLSpace(in[0]) {
			in = in[1:]
		}
		if len(in) == 0 || in[0] != '"' && in[0] != '\'' {
			return t, false, false, false
		}
		q := bytes.IndexByte(in[1:], in[0])
		if q < 0 {
			return t, false, true, false
		}
		v := in[1 : 1+q]
		if bytes.IndexByte(v, '<') >= 0 {
			return t, false, false, false
		}
		val, vok := d.decode(v)
		if !vok {
			return t, false, false, false
		}
		a.Value = string(val)
		t.Attr = append(t.Attr, a)
		in = in[2+q:]
	}
	d.open = append(d.open, fastElem{raw: raw, saved: len(d.saved)})
	return t, empty, false, true
}

// opened applies the namespace declarations of t and translates its
// names as encoding/xml does.
func (d *fastXML) opened(t xml.StartElement, empty bool) xml.Token {
	for _, a := range t.Attr {
		switch {
		case a.Name.Space == "xmlns":
			d.declare(a.Name.Local, a.Value)
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			d.declare("", a.Value)
		}
	}
	d.translate(&t.Name, true)
	for i := range t.Attr {
		d.translate(&t.Attr[i].Name, false)
	}
	d.open[len(d.open)-1].name = t.Name
	if empty {
		d.close = &xml.EndElement{Name: t.Name}
	}
	return t
}

func (d *fastXML) declare(prefix, url string) {
	old, had := d.ns[prefix]
	d.saved = append(d.saved, nsSave{prefix, old, had})
	d.ns[prefix] = url
}

func (d *fastXML) translate(n *xml.Name, element bool) {
	switch {
	case n.Space == "xmlns":
		return
	case n.Space == "" && !element:
		return
	case n.Space == "xml":
		n.Space = xmlURL
	case n.Space == "" && n.Local == "xmlns":
		return
	}
	if v, ok := d.ns[n.Space]; ok {
		n.Space = v
	}
}

// decode returns raw text with its references replaced, and false for
// anything encoding/xml would refuse or change: other entities, carriage
// returns, characters outside XML's range.
func (d *fastXML) decode(raw []byte) ([]byte, bool) {
	if !validChars(raw) {
		return nil, false
	}
	amp := bytes.IndexByte(raw, '&')
	if amp < 0 {
		return raw, true
	}
	out := append(d.text[:0], raw[:amp]...)
	raw = raw[amp:]
	for len(raw) > 0 {
		if raw[0] != '&' {
			i := bytes.IndexByte(raw, '&')
			if i < 0 {
				i = len(raw)
			}
			out = append(out, raw[:i]...)
			raw = raw[i:]
			continue
		}
		semi := bytes.IndexByte(raw, ';')
		if semi < 2 || semi > 12 {
			return nil, false
		}
		switch name := string(raw[1:semi]); name {
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "amp":
			out = append(out, '&')
		case "apos":
			out = append(out, '\'')
		case "quot":
			out = append(out, '"')
		default:
			if name[0] != '#' || len(name) < 2 {
				return nil, false
			}
			base, digits := 10, name[1:]
			if digits[0] == 'x' {
				base, digits = 16, digits[1:]
			}
			n, err := strconv.ParseUint(digits, base, 32)
			if err != nil || digits == "" || digits[0] == '+' || digits[0] == '-' || !xmlChar(rune(n)) || rune(n) == '\r' {
				return nil, false
			}
			out = utf8.AppendRune(out, rune(n))
		}
		raw = raw[semi+1:]
	}
	d.text = out
	return out, true
}

// validChars reports whether b is valid UTF-8 of XML characters without
// carriage returns (which encoding/xml rewrites).
func validChars(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 || !xmlChar(r) {
			return false
		}
		i += n
	}
	return true
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// nameLen is the length of the ASCII XML name at the start of b, 0 when
// there is none or it goes on with other characters.
func nameLen(b []byte) int {
	if len(b) == 0 || !(b[0] >= 'a' && b[0] <= 'z' || b[0] >= 'A' && b[0] <= 'Z' || b[0] == '_') {
		return 0
	}
	i := 1
	for i < len(b) {
		c := b[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ':' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			return 0
		}
		break
	}
	return i
}

// splitName splits "prefix:local"; names with more colons, or a colon at
// either end, are left to encoding/xml.
func splitName(s string) (xml.Name, bool) {
	i := -1
	for k := 0; k < len(s); k++ {
		if s[k] == ':' {
			if i >= 0 {
				return xml.Name{}, false
			}
			i = k
		}
	}
	switch {
	case i < 0:
		return xml.Name{Local: s}, true
	case i == 0 || i == len(s)-1:
		return xml.Name{}, false
	}
	return xml.Name{Space: s[:i], Local: s[i+1:]}, true
}
