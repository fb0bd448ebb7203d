package comment

import (
	"bufio"
	"context"
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/store"
	"warta/internal/storetest"
)

// smtpServer is a small in-process SMTP server that accepts everything
// and keeps each message.
type smtpServer struct {
	ln   net.Listener
	mu   sync.Mutex
	msgs []received
	got  chan struct{}
}

type received struct {
	from, auth string
	to         []string
	data       string
}

func newSMTPServer(t *testing.T) *smtpServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &smtpServer{ln: ln, got: make(chan struct{}, 16)}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(c)
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return s
}

func (s *smtpServer) serve(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	say := func(line string) { _, _ = io.WriteString(c, line+"\r\n") }
	say("220 localhost ESMTP test")
	var m received
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		verb := strings.ToUpper(strings.SplitN(line, " ", 2)[0])
		switch verb {
		case "EHLO", "HELO":
			say("250-localhost")
			say("250 AUTH PLAIN")
		case "AUTH":
			f := strings.Fields(line)
			if len(f) == 3 {
				b, _ := base64.StdEncoding.DecodeString(f[2])
				m.auth = string(b)
			}
			say("235 ok")
		case "MAIL":
			m.from = strings.Trim(strings.TrimPrefix(line[5:], "FROM:"), "<>")
			say("250 ok")
		case "RCPT":
			m.to = append(m.to, strings.Trim(strings.TrimPrefix(line[5:], "TO:"), "<>"))
			say("250 ok")
		case "DATA":
			say("354 go on")
			var b strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				b.WriteString(strings.TrimPrefix(l, "."))
			}
			m.data = b.String()
			s.mu.Lock()
			s.msgs = append(s.msgs, m)
			s.mu.Unlock()
			s.got <- struct{}{}
			m = received{}
			say("250 queued")
		case "QUIT":
			say("221 bye")
			return
		default:
			say("250 ok")
		}
	}
}

// wait returns the next message, failing the test if none comes.
func (s *smtpServer) wait(t *testing.T) received {
	t.Helper()
	select {
	case <-s.got:
	case <-time.After(20 * time.Second):
		t.Fatal("no message reached the SMTP server")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.msgs[0]
	s.msgs = s.msgs[1:]
	return m
}

func TestSMTPSend(t *testing.T) {
	t.Parallel()
	srv := newSMTPServer(t)
	m := &SMTP{Addr: srv.ln.Addr().String(), From: "warta@example.org", User: "warta", Password: "rahasia"}
	subject := "Komentar baru: “Jembatan” \r\nBcc: korban@example.net"
	body := "Baris satu dengan kata panjang sekali " + strings.Repeat("é", 80) + "\nBaris dua."
	if err := m.Send(context.Background(), []string{"a@example.org", "b@example.org"}, subject, body); err != nil {
		t.Fatal(err)
	}
	got := srv.wait(t)
	if got.from != "warta@example.org" || !slices.Equal(got.to, []string{"a@example.org", "b@example.org"}) {
		t.Errorf("envelope from %q to %q", got.from, got.to)
	}
	if got.auth != "\x00warta\x00rahasia" {
		t.Errorf("AUTH PLAIN sent %q", got.auth)
	}
	msg, err := mail.ReadMessage(strings.NewReader(got.data))
	if err != nil {
		t.Fatal(err)
	}
	if msg.Header.Get("Bcc") != "" {
		t.Error("a line break in the subject added a header")
	}
	subj, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || subj != "Komentar baru: “Jembatan” Bcc: korban@example.net" {
		t.Errorf("subject %q %v", subj, err)
	}
	text, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
	if err != nil || strings.TrimSuffix(string(text), "\r\n") != strings.ReplaceAll(body, "\n", "\r\n") {
		t.Errorf("body %q %v", text, err)
	}
	if err := m.Send(context.Background(), []string{"not an address"}, "x", "y"); err == nil {
		t.Error("sent to an invalid address")
	}
	closed := &SMTP{Addr: "127.0.0.1:1", From: "warta@example.org"}
	if err := closed.Send(context.Background(), []string{"a@example.org"}, "x", "y"); err == nil {
		t.Error("no error from an unreachable server")
	}
}

func TestModeratorNoticeOverSMTP(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		srv := newSMTPServer(t)
		f := newFixture(t, db)
		f.svc.mail = &SMTP{Addr: srv.ln.Addr().String(), From: "warta@example.org"}
		f.submit(f.submission("pembaca@example.org", "Tolong periksa angka di paragraf kedua."))
		got := srv.wait(t)
		if !slices.Equal(got.to, []string{"redaksi@example.invalid"}) {
			t.Errorf("notice went to %q", got.to)
		}
		msg, err := mail.ReadMessage(strings.NewReader(got.data))
		if err != nil {
			t.Fatal(err)
		}
		subj, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		text, _ := io.ReadAll(quotedprintable.NewReader(msg.Body))
		if !strings.Contains(subj, f.post.Title) || !strings.Contains(string(text), "Tolong periksa angka") {
			t.Errorf("notice: %q\n%s", subj, text)
		}
		if strings.Contains(got.data, "pembaca@") {
			t.Error("the notice carries the commenter's address")
		}
	})
}
