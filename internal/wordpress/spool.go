package wordpress

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
)

// spool keeps what the checking pass read, in order, in a temporary file,
// so that the writing pass neither parses the XML again nor holds the
// export in memory, and can take attachments before the posts that show
// them. Encoding runs in its own goroutine, beside the XML decoder.
type spool[T any] struct {
	f    *os.File
	ch   chan *T
	done chan error
	err  error
	n    int
	open bool
}

func newSpool[T any](dir, name string) (*spool[T], error) {
	f, err := os.CreateTemp(dir, "warta-wxr-"+name+"-*.gob")
	if err != nil {
		return nil, fmt.Errorf("wordpress: spool: %w", err)
	}
	s := &spool[T]{f: f, ch: make(chan *T, 64), done: make(chan error, 1), open: true}
	go s.encode()
	return s, nil
}

func (s *spool[T]) encode() {
	w := bufio.NewWriterSize(s.f, 256<<10)
	enc := gob.NewEncoder(w)
	var err error
	for v := range s.ch {
		if err == nil {
			err = enc.Encode(v)
		}
	}
	if err == nil {
		err = w.Flush()
	}
	s.done <- err
}

func (s *spool[T]) put(v *T) error {
	s.n++
	s.ch <- v
	return nil
}

// finish waits for everything put to be written.
func (s *spool[T]) finish() error {
	if s.open {
		s.open = false
		close(s.ch)
		if err := <-s.done; err != nil {
			s.err = fmt.Errorf("wordpress: spool: %w", err)
		}
	}
	return s.err
}

// each reads the spool back from the start.
func (s *spool[T]) each(fn func(*T) error) error {
	if err := s.finish(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("wordpress: spool: %w", err)
	}
	dec := gob.NewDecoder(bufio.NewReaderSize(s.f, 256<<10))
	for i := 0; i < s.n; i++ {
		v := new(T)
		if err := dec.Decode(v); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("wordpress: read spool: %w", err)
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

func (s *spool[T]) close() {
	if s == nil {
		return
	}
	_ = s.finish()
	s.f.Close()
	os.Remove(s.f.Name())
}
