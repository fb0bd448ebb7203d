package spam

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// trainJSONL is the training split of the corpus (see the package
// documentation): the comments the Bayes prior learns from. The held-out
// split lives in testdata and never reaches the binary.
//
//go:embed corpus/train.jsonl
var trainJSONL []byte

// example is one labelled comment of the corpus.
type example struct {
	Label  string `json:"label"` // "spam" or "ham"
	Tag    string `json:"tag"`   // what kind of comment, for reports
	Author string `json:"author"`
	URL    string `json:"url"`
	Text   string `json:"text"`
}

func (e example) isSpam() bool { return e.Label == "spam" }

// input is the example as the comment form would submit it, with a
// plausible elapsed time so that only the content decides.
func (e example) input() Input {
	return Input{Author: e.Author, URL: e.URL, Content: e.Text}
}

// readCorpus parses JSON lines of examples.
func readCorpus(r io.Reader) ([]example, error) {
	var out []example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var e example
		if err := json.Unmarshal(line, &e); err != nil {
			return nil, fmt.Errorf("spam: corpus line %d: %w", n, err)
		}
		if e.Label != "spam" && e.Label != "ham" {
			return nil, fmt.Errorf("spam: corpus line %d: label %q", n, e.Label)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("spam: read corpus: %w", err)
	}
	return out, nil
}

// prior is the Bayes model trained on the embedded corpus, built once per
// process on first use and never written afterwards.
var prior = sync.OnceValues(func() (*model, error) {
	examples, err := readCorpus(bytes.NewReader(trainJSONL))
	if err != nil {
		return nil, err
	}
	m := newModel()
	for _, e := range examples {
		m.add(features(parse(e.input())), e.isSpam())
	}
	return m, nil
})
