// Command warta runs a Warta news site and its maintenance tasks.
//
//	warta serve [--demo]      run the site
//	warta demo                load the demo content into an empty site
//	warta user add            add a user (password from standard input)
//	warta token create        make an API bearer token for a user
//	warta import wordpress    import a WordPress export (WXR) file
//	warta reindex             rebuild the search index and related posts
//
// Every command takes --data and --db (and WARTA_DATA, WARTA_DB).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	_ "time/tzdata" // the site's time zone must load on machines without zoneinfo
)

// command is one subcommand.
type command struct {
	name, usage string
	run         func(ctx context.Context, env *environment, args []string) error
}

// environment is the process's outside world, replaceable in tests.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

var commands = []command{
	{"serve", "serve [--demo] [flags]    run the site", runServe},
	{"demo", "demo [flags]              load demo content into an empty site", runDemo},
	{"user", "user add --email E --name N --role R [flags]   add a user; password from stdin\n  user reset --email E [--stdin] [flags]   print a one-time password-reset link, or set the password from stdin", runUser},
	{"token", "token create --user EMAIL [flags]   print a new API token (last line)", runToken},
	{"import", "import wordpress FILE [--uploads DIR] [--reindex=false] [flags]   import a WordPress export (WXR); re-run to resume or update", runImport},
	{"reindex", "reindex [flags]           rebuild the search index and every related-posts list", runReindex},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &environment{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(run(ctx, env, os.Args[1:]))
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, env *environment, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.stderr)
		return 2
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 2
		case errors.Is(err, errUsage):
			fmt.Fprintf(env.stderr, "warta %s: %v\nusage: warta %s\n", c.name, err, c.usage)
			return 2
		default:
			fmt.Fprintf(env.stderr, "warta %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(env.stderr, "warta: unknown command %q\n", args[0])
	usage(env.stderr)
	return 2
}

var errUsage = errors.New("bad usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: warta COMMAND [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintln(w, "  "+c.usage)
	}
	fmt.Fprintln(w, "\nRun 'warta COMMAND -h' for the flags of a command.")
}
