package main

import (
	"context"

	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/spam"
)

// newComments builds the comment system: the spam filter learning in the
// site's database, and e-mail through the SMTP server of the config (none
// when it names no server).
func newComments(a *app) *comment.Service {
	var mailer comment.Mailer
	if a.cfg.SMTPAddr != "" {
		mailer = &comment.SMTP{Addr: a.cfg.SMTPAddr, From: a.cfg.SMTPFrom, User: a.cfg.SMTPUser, Password: a.cfg.SMTPPassword}
	}
	return comment.New(a.db, comment.Options{
		Content: a.content,
		// The filter's rules follow the comment settings: the service
		// hands them over whenever it loads settings that changed.
		Spam:    spam.New(a.db, comment.DefaultSettings().Rules()),
		Purger:  a,
		Mailer:  mailer,
		BaseURL: a.cfg.BaseURL,
		PostURL: func(_ context.Context, p *content.Post) string {
			if a.site == nil {
				return ""
			}
			return a.siteURL(p)
		},
		Lang:     a.cfg.Lang,
		Location: a.cfg.Location,
		Log:      a.log,
	})
}
