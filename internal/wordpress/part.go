package wordpress

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// A large export is checked as two halves side by side, one decoder
// each, so that both processors work: the first half ends where an
// <item> begins, and the second half is decoded from there on behind a
// copy of the file's <rss> and <channel> start tags, which bring the
// namespace declarations. The first half must end its input right after
// a complete child of the channel, exactly at the split; if it does not
// (the <item> found was inside a comment or CDATA), the file is scanned
// again as one.

// part is the state of one half of a split scan.
type part struct {
	first     bool  // the half that starts the file
	limit     int64 // first half: where its input ends
	lastEnd   int64 // first half: the end of its last complete channel child
	lineShift int   // second half: file line = decoder line + lineShift
}

// errPartDone ends the first half at the split.
var errPartDone = errors.New("wordpress: end of the first half")

// errBadSplit means the split was not between two channel children.
var errBadSplit = errors.New("wordpress: the split fell inside markup")

func (p *part) shift() int {
	if p == nil {
		return 0
	}
	return p.lineShift
}

// later reports whether this is the second half, which starts after the
// WXR version.
func (p *part) later() bool { return p != nil && !p.first }

// mark records the end of a complete channel child.
func (p *part) mark(s *scanner) {
	if p != nil && p.first {
		p.lastEnd = s.x.InputOffset()
	}
}

// endsHere reports whether err is the first half's input ending right at
// the split, after a complete channel child.
func (p *part) endsHere(s *scanner, err error) bool {
	if p == nil || !p.first || err == nil {
		return false
	}
	var pe *ParseError
	eof := err == io.EOF || (errors.As(err, &pe) && pe.eof)
	return eof && p.lastEnd == p.limit && s.x.InputOffset() == p.limit
}

// splitPoint finds the start of an <item> near the middle of the file,
// or returns 0.
func splitPoint(r io.ReaderAt, size int64) int64 {
	const window = 4 << 20
	start := size / 2
	buf := make([]byte, window)
	n, _ := r.ReadAt(buf, start)
	if i := bytes.Index(buf[:n], []byte("<item>")); i >= 0 {
		return start + int64(i)
	}
	return 0
}

// channelPrefix returns the <rss …> and <channel …> start tags of the
// file as written, read from its head.
func channelPrefix(r io.ReaderAt, size int64) (string, error) {
	head := io.NewSectionReader(r, 0, min(size, 1<<20))
	x := xml.NewDecoder(head)
	x.Strict = true
	x.CharsetReader = func(string, io.Reader) (io.Reader, error) { return nil, errBadSplit }
	var b strings.Builder
	for {
		before := x.InputOffset()
		tok, err := x.RawToken()
		if err != nil {
			return "", errBadSplit
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		raw := make([]byte, x.InputOffset()-before)
		if _, err := r.ReadAt(raw, before); err != nil {
			return "", errBadSplit
		}
		b.Write(raw)
		if t.Name.Local == "channel" {
			return b.String(), nil
		}
		if t.Name.Local != "rss" {
			return "", errBadSplit
		}
	}
}

// countLines counts the newlines of r's first n bytes.
func countLines(r io.ReaderAt, n int64) (int, error) {
	sr := io.NewSectionReader(r, 0, n)
	buf := make([]byte, 1<<20)
	lines := 0
	for {
		k, err := sr.Read(buf)
		lines += bytes.Count(buf[:k], []byte("\n"))
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// scanHalves scans a file as two halves at once, handing each half's
// records to its own handler. It returns errBadSplit when the file must
// be scanned as one instead; other errors are the file's.
func scanHalves(r io.ReaderAt, size int64, h1, h2 Handler, progress func(int64)) (*Site, *Site, error) {
	at := splitPoint(r, size)
	if at == 0 {
		return nil, nil, errBadSplit
	}
	prefix, err := channelPrefix(r, size)
	if err != nil {
		return nil, nil, err
	}
	type result struct {
		site *Site
		err  error
	}
	second := make(chan result, 1)
	go func() {
		lines, err := countLines(r, at)
		if err != nil {
			second <- result{nil, err}
			return
		}
		p := &part{lineShift: lines - strings.Count(prefix, "\n")}
		in := io.MultiReader(strings.NewReader(prefix), &countingReader{io.NewSectionReader(r, at, size-at), progress})
		site, err := scan(in, h2, p)
		second <- result{site, err}
	}()
	site1, err1 := scan(&countingReader{io.NewSectionReader(r, 0, at), progress}, h1, &part{first: true, limit: at})
	res := <-second
	var pe *ParseError
	switch {
	case err1 == errPartDone:
	case err1 == nil, errors.As(err1, &pe) && pe.eof:
		return nil, nil, errBadSplit // ended early, or inside markup at the split
	default:
		return nil, nil, err1
	}
	if res.err != nil {
		return nil, nil, res.err
	}
	return site1, res.site, nil
}
