package comment

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/smtp"
	"strings"
	"time"
)

// SMTP sends mail through an SMTP server with net/smtp, upgrading to TLS
// when the server offers STARTTLS. Password authentication (PLAIN) is
// used only over TLS or to a server on this machine.
type SMTP struct {
	Addr     string // host:port
	From     string // sender address
	User     string // "" for no authentication
	Password string
	Now      func() time.Time // for the Date header; time.Now when nil
}

// Send mails a plain-text message to every address of to.
func (m *SMTP) Send(ctx context.Context, to []string, subject, body string) error {
	if len(to) == 0 {
		return errors.New("comment: smtp: no recipient")
	}
	for _, a := range append([]string{m.From}, to...) {
		if _, err := normalizeEmail(a); err != nil {
			return errors.New("comment: smtp: a sender or recipient address is not valid")
		}
	}
	msg, err := m.message(to, subject, body)
	if err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(m.Addr)
	if err != nil {
		return fmt.Errorf("comment: smtp address: %w", err)
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", m.Addr)
	if err != nil {
		return fmt.Errorf("comment: smtp dial: %w", err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		return fmt.Errorf("comment: smtp greeting: %w", err)
	}
	defer c.Close()
	if err := m.session(c, host, to, msg); err != nil {
		return fmt.Errorf("comment: smtp: %w", err)
	}
	return nil
}

// session runs one mail transaction on an open connection.
func (m *SMTP) session(c *smtp.Client, host string, to []string, msg []byte) error {
	if err := c.Hello("localhost"); err != nil {
		return err
	}
	if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(&tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}); err != nil {
			return err
		}
	}
	if m.User != "" {
		if err := c.Auth(smtp.PlainAuth("", m.User, m.Password, host)); err != nil {
			return err
		}
	}
	if err := c.Mail(m.From); err != nil {
		return err
	}
	for _, r := range to {
		if err := c.Rcpt(r); err != nil {
			return err
		}
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// message builds the RFC 5322 message: UTF-8 text, quoted-printable,
// with header values stripped of line breaks.
func (m *SMTP) message(to []string, subject, body string) ([]byte, error) {
	now := time.Now
	if m.Now != nil {
		now = m.Now
	}
	id := make([]byte, 12)
	if _, err := rand.Read(id); err != nil {
		return nil, fmt.Errorf("comment: message id: %w", err)
	}
	_, domain, _ := strings.Cut(m.From, "@")
	var b bytes.Buffer
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, oneLine(v)) }
	header("From", m.From)
	header("To", strings.Join(to, ", "))
	header("Subject", mime.QEncoding.Encode("utf-8", oneLine(subject)))
	header("Date", now().Format(time.RFC1123Z))
	header("Message-ID", "<"+hex.EncodeToString(id)+"@"+domain+">")
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	header("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	if _, err := qp.Write([]byte(strings.ReplaceAll(body, "\n", "\r\n"))); err != nil {
		return nil, fmt.Errorf("comment: encode message: %w", err)
	}
	if err := qp.Close(); err != nil {
		return nil, fmt.Errorf("comment: encode message: %w", err)
	}
	return b.Bytes(), nil
}

// oneLine keeps a header value on one line, so that text from readers
// (a post title, a name) cannot add headers.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
