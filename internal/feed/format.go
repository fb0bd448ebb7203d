package feed

import (
	"bytes"
	"time"
)

// Format is a feed format.
type Format int

// The feed formats, each with its own URL suffix.
const (
	RSS  Format = iota // feed/
	Atom               // feed/atom/
	JSON               // feed/json/
)

// suffix is the part of a feed URL after ".../feed/".
func (f Format) suffix() string {
	switch f {
	case Atom:
		return "atom/"
	case JSON:
		return "json/"
	}
	return ""
}

// writer writes one format. Items are written before the head, which
// needs the newest item's time, and joined by build.
type writer interface {
	contentType() string
	head(b *bytes.Buffer, ch *channel) error
	item(b *bytes.Buffer, it *item, first bool) error
	foot(b *bytes.Buffer, ch *channel)
}

func (f Format) writer() writer {
	switch f {
	case Atom:
		return atomWriter{}
	case JSON:
		return jsonWriter{}
	}
	return rssWriter{}
}

// build writes a feed whose items each yields, in order, and returns it
// with its newest item time (zero for an empty feed). now dates an empty
// feed, which Atom requires to have a date.
func build(w writer, ch *channel, now time.Time, each func(yield func(*item) error) error) ([]byte, time.Time, error) {
	var items bytes.Buffer
	n := 0
	err := each(func(it *item) error {
		if err := w.item(&items, it, n == 0); err != nil {
			return err
		}
		n++
		if it.Updated.After(ch.Updated) {
			ch.Updated = it.Updated
		}
		return nil
	})
	if err != nil {
		return nil, time.Time{}, err
	}
	newest := ch.Updated
	if newest.IsZero() {
		ch.Updated = now
	}
	var out bytes.Buffer
	out.Grow(items.Len() + 2048)
	if err := w.head(&out, ch); err != nil {
		return nil, time.Time{}, err
	}
	out.Write(items.Bytes())
	w.foot(&out, ch)
	return out.Bytes(), newest, nil
}

// rfc822 is RSS's date format (RFC 822 with a four-digit year).
func rfc822(t time.Time) string { return t.Format(time.RFC1123Z) }

// rfc3339 is Atom's, JSON Feed's and the sitemaps' date format.
func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }
