package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"warta/internal/auth"
)

func runUser(ctx context.Context, env *environment, args []string) error {
	if len(args) > 0 && args[0] == "reset" {
		return runUserReset(ctx, env, args[1:])
	}
	if len(args) == 0 || args[0] != "add" {
		return fmt.Errorf("%w: user subcommands are add and reset", errUsage)
	}
	var email, name, role string
	cfg, rest, err := parseFlags(env, "user add", args[1:], func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "email address (login)")
		fs.StringVar(&name, "name", "", "display name")
		fs.StringVar(&role, "role", "author", "administrator, editor, author or contributor")
	})
	if err != nil {
		return err
	}
	if len(rest) > 0 || email == "" || name == "" {
		return fmt.Errorf("%w: --email and --name are required", errUsage)
	}
	r, ok := auth.ParseRole(role)
	if !ok {
		return fmt.Errorf("%w: --role must be administrator, editor, author or contributor", errUsage)
	}
	password, err := readPassword(env)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, env, cfg, false)
	if err != nil {
		return err
	}
	defer a.close()
	u, err := a.auth.AddUser(ctx, auth.NewUser{Email: email, Name: name, Role: r, Password: password})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "added %s %q (id %d)\n", u.Role, u.Name, u.ID)
	return nil
}

// readPassword reads one line from standard input, without echo when it
// is a terminal.
func readPassword(env *environment) (string, error) {
	if f, ok := env.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintf(env.stderr, "Password (at least %d characters): ", auth.MinPasswordLen)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(env.stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		return string(b), nil
	}
	line, err := bufio.NewReader(env.stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", fmt.Errorf("read password: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", fmt.Errorf("%w: give the password on standard input", errUsage)
	}
	return line, nil
}

func runToken(ctx context.Context, env *environment, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		return fmt.Errorf("%w: the only token subcommand is create", errUsage)
	}
	var email, name string
	cfg, rest, err := parseFlags(env, "token create", args[1:], func(fs *flag.FlagSet) {
		fs.StringVar(&email, "user", "", "email of the user the token acts for")
		fs.StringVar(&name, "name", "cli", "a label for the token")
	})
	if err != nil {
		return err
	}
	if len(rest) > 0 || email == "" {
		return fmt.Errorf("%w: --user is required", errUsage)
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
	tok, err := a.auth.CreateToken(ctx, u.ID, name)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "API token for %q (%s); it is shown only once:\n%s\n", u.Name, u.Role, tok)
	return nil
}
