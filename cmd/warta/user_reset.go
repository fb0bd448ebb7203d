package main

import (
	"context"
	"flag"
	"fmt"

	"warta/internal/admin"
	"warta/internal/comment"
	"warta/internal/config"
)

// runUserReset lets an administrator with shell access help a user who
// forgot their password: it prints a one-time link to choose a new one
// (valid for an hour), or with --stdin sets the password read from
// standard input. Either way the user is signed out everywhere.
func runUserReset(ctx context.Context, env *environment, args []string) error {
	var email string
	var stdin bool
	cfg, rest, err := parseFlags(env, "user reset", args, func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "email address of the user")
		fs.BoolVar(&stdin, "stdin", false, "read the new password from standard input instead of printing a link")
	})
	if err != nil {
		return err
	}
	if len(rest) > 0 || email == "" {
		return fmt.Errorf("%w: --email is required", errUsage)
	}
	var password string
	if stdin {
		if password, err = readPassword(env); err != nil {
			return err
		}
	}
	a, err := openApp(ctx, env, cfg, false)
	if err != nil {
		return err
	}
	defer a.close()
	u, err := a.auth.UserByEmail(ctx, email)
	if err != nil {
		return fmt.Errorf("no user has that email")
	}
	if stdin {
		if err := a.auth.SetPassword(ctx, u.ID, password); err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "new password set for %q; their sessions were ended\n", u.Name)
		return nil
	}
	token, err := a.auth.CreateReset(ctx, u.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "One-time link for %q to choose a new password (valid for one hour):\n%s/admin/password/reset?token=%s\n",
		u.Name, cfg.BaseURL, token)
	return nil
}

// adminMailer is the mail server the newsroom sends password links
// through, or nil when the config names none (`warta user reset` then
// makes the links).
func adminMailer(cfg config.Config) admin.Mailer {
	if cfg.SMTPAddr == "" {
		return nil
	}
	return &comment.SMTP{Addr: cfg.SMTPAddr, From: cfg.SMTPFrom, User: cfg.SMTPUser, Password: cfg.SMTPPassword}
}
