package feed

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// jsonWriter writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
type jsonWriter struct{}

func (jsonWriter) contentType() string { return "application/feed+json; charset=utf-8" }

type jsonHead struct {
	Version     string `json:"version"`
	Title       string `json:"title"`
	HomePageURL string `json:"home_page_url"`
	FeedURL     string `json:"feed_url"`
	Description string `json:"description,omitempty"`
	Icon        string `json:"icon,omitempty"`
	Language    string `json:"language,omitempty"`
}

type jsonAuthor struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type jsonItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html,omitempty"`
	ContentText   string       `json:"content_text,omitempty"`
	Summary       string       `json:"summary,omitempty"`
	Image         string       `json:"image,omitempty"`
	DatePublished string       `json:"date_published"`
	DateModified  string       `json:"date_modified"`
	Authors       []jsonAuthor `json:"authors,omitempty"`
	Tags          []string     `json:"tags,omitempty"`
}

func (jsonWriter) head(b *bytes.Buffer, ch *channel) error {
	h := jsonHead{Version: "https://jsonfeed.org/version/1.1", Title: clean(ch.Title), HomePageURL: clean(ch.Link),
		FeedURL: clean(ch.Self), Description: clean(ch.Description), Icon: clean(ch.Logo), Language: clean(ch.Lang)}
	out, err := marshal(h)
	if err != nil {
		return err
	}
	b.Write(out[:len(out)-1]) // the object stays open for "items"
	b.WriteString(`,"items":[`)
	return nil
}

func (jsonWriter) item(b *bytes.Buffer, it *item, first bool) error {
	j := jsonItem{ID: clean(it.ID), URL: clean(it.URL), Title: clean(it.Title), Summary: clean(it.Summary),
		DatePublished: rfc3339(it.Published), DateModified: rfc3339(it.Updated)}
	if it.Content != "" {
		j.ContentHTML = clean(it.Content)
	} else {
		j.ContentText = clean(it.Summary) // one of the two contents is required
	}
	if it.Image != nil {
		j.Image = clean(it.Image.URL)
	}
	if it.Author.Name != "" {
		j.Authors = []jsonAuthor{{Name: clean(it.Author.Name), URL: clean(it.Author.URL)}}
	}
	for _, c := range it.Categories {
		j.Tags = append(j.Tags, clean(c))
	}
	out, err := marshal(j)
	if err != nil {
		return err
	}
	if !first {
		b.WriteByte(',')
	}
	b.WriteByte('\n')
	b.Write(out)
	return nil
}

func (jsonWriter) foot(b *bytes.Buffer, _ *channel) { b.WriteString("]}\n") }

// marshal encodes v without escaping HTML characters, which a feed does
// not need, and without the encoder's trailing newline.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("feed: encode JSON: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
