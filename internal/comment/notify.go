package comment

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"warta/internal/content"
	"warta/internal/i18n"
)

// sendTimeout bounds one background e-mail.
const sendTimeout = 30 * time.Second

// notifyModerators mails the moderators about c, which waits for them.
func (s *Service) notifyModerators(ctx context.Context, c *Comment, p *content.Post, st Settings) {
	if s.mail == nil || !st.Notify {
		return
	}
	to := st.NotifyTo
	if len(to) == 0 {
		var err error
		if to, err = s.moderators(ctx); err != nil {
			s.log.Error("comment notice failed", "comment_id", c.ID, "err", err)
			return
		}
	}
	if len(to) == 0 {
		return
	}
	subject := i18n.T(s.lang, "[%s] Komentar menunggu moderasi: %s", s.siteTitle(ctx), p.Title)
	var b strings.Builder
	b.WriteString(i18n.T(s.lang, "Komentar baru pada \"%s\" menunggu moderasi.", p.Title))
	b.WriteString("\n\n")
	fmt.Fprintf(&b, "%s: %s\n", i18n.T(s.lang, "Nama"), c.Author)
	if c.URL != "" {
		fmt.Fprintf(&b, "%s: %s\n", i18n.T(s.lang, "Situs web"), c.URL)
	}
	fmt.Fprintf(&b, "%s: %s\n\n%s\n", i18n.T(s.lang, "Alasan"), strings.Join(c.Reasons, ", "), c.Content)
	if s.postURL != nil {
		fmt.Fprintf(&b, "\n%s: %s\n", i18n.T(s.lang, "Artikel"), s.postURL(ctx, p))
	}
	// The commenter's address stays out of the notice: moderators see it
	// in the moderation queue, and mail is copied to places we don't know.
	s.send(ctx, "moderator_notice", to, subject, b.String())
}

// moderators are the addresses of the users who may moderate comments.
func (s *Service) moderators(ctx context.Context) ([]string, error) {
	rows, err := s.db.Query(ctx, `SELECT email FROM users WHERE role IN ('administrator', 'editor') ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("comment: moderators: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var e string
		if err := rows.Scan(&e); err != nil {
			return nil, fmt.Errorf("comment: moderators: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("comment: moderators: %w", err)
	}
	return out, nil
}

// siteTitle is the site's title for e-mail subjects.
func (s *Service) siteTitle(ctx context.Context) string {
	var t string
	if err := s.db.QueryRow(ctx, `SELECT value FROM settings WHERE key = 'title'`).Scan(&t); err != nil || t == "" {
		return "Warta"
	}
	return t
}

// send mails in the background, so that the reader's request does not
// wait for the SMTP server. Wait waits for these.
func (s *Service) send(ctx context.Context, kind string, to []string, subject, body string) {
	s.sends.Add(1)
	go func() {
		defer s.sends.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
		defer cancel()
		if err := s.mail.Send(ctx, to, subject, body); err != nil {
			s.log.Error("comment e-mail failed", "kind", kind, "err", redact(err.Error()))
		}
	}()
}

// addressPattern finds e-mail addresses, which SMTP errors often quote.
var addressPattern = regexp.MustCompile(`[^\s<>"'()\[\],;:]+@[^\s<>"'()\[\],;:]+`)

// redact removes e-mail addresses from a message before it is logged.
func redact(msg string) string { return addressPattern.ReplaceAllString(msg, "[address]") }
