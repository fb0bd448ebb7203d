// Package config builds the process configuration of a warta command from
// its flags and WARTA_* environment variables (a flag wins over the
// variable), and validates it. There is no global config: the value is
// passed to what needs it. Site settings that editors change (title,
// tagline, permalinks) live in the database, not here.
package config

import (
	"flag"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"warta/internal/i18n"
	"warta/internal/store"
)

// Config is what every warta command runs with.
type Config struct {
	Addr     string    // serve: listen address
	DataDir  string    // data directory: SQLite file, media
	DB       string    // database: postgres:// URL, or "" for SQLite in DataDir
	BaseURL  string    // public URL of the site, no trailing slash
	Lang     i18n.Lang // reader-facing language
	ThemeDir string    // optional directory overriding the embedded theme
	CacheMB  int       // page cache size
	Location *time.Location
	LogLevel string
	// SMTP server for comment notices and confirmation links; empty
	// SMTPAddr sends no mail. The password comes from the environment
	// only (WARTA_SMTP_PASSWORD), never from a flag that ps would show.
	SMTPAddr, SMTPFrom, SMTPUser, SMTPPassword string
}

// DSN is what store.Open takes: the PostgreSQL URL, or the SQLite file in
// the data directory.
func (c Config) DSN() string {
	if c.DB != "" {
		return c.DB
	}
	return store.SQLitePath(c.DataDir)
}

// Env names the environment variable of a flag.
func Env(flagName string) string {
	return "WARTA_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// Flags are the shared flags declared on one command's FlagSet.
type Flags struct {
	c                 Config
	lang, tz, cacheMB string
}

// Register declares the shared flags on fs, with defaults taken from the
// environment through getenv (usually os.Getenv).
func Register(fs *flag.FlagSet, getenv func(string) string) *Flags {
	f := &Flags{}
	str := func(p *string, name, def, usage string) {
		if v := getenv(Env(name)); v != "" {
			def = v
		}
		fs.StringVar(p, name, def, usage+" (env "+Env(name)+")")
	}
	str(&f.c.Addr, "addr", "127.0.0.1:8080", "listen address HOST:PORT")
	str(&f.c.DataDir, "data", "warta-data", "data directory (SQLite database, media)")
	str(&f.c.DB, "db", "", "database URL postgres://…; empty: SQLite in the data directory")
	str(&f.c.BaseURL, "base-url", "", "public URL of the site (default http://ADDR)")
	str(&f.lang, "lang", "id", "reader-facing language: id or en")
	str(&f.c.ThemeDir, "theme", "", "directory whose templates/ and static/ override the embedded theme")
	str(&f.cacheMB, "cache-mb", "128", "page cache size in MiB")
	str(&f.tz, "timezone", "Asia/Jakarta", "site time zone (IANA name)")
	str(&f.c.LogLevel, "log-level", "info", "log level: debug, info, warn or error")
	str(&f.c.SMTPAddr, "smtp-addr", "", "SMTP server HOST:PORT for comment e-mails; empty sends none")
	str(&f.c.SMTPFrom, "smtp-from", "", "sender address of comment e-mails")
	str(&f.c.SMTPUser, "smtp-user", "", "SMTP user name; the password is read from WARTA_SMTP_PASSWORD")
	f.c.SMTPPassword = getenv("WARTA_SMTP_PASSWORD")
	return f
}

// Config validates the parsed flags. Call it after fs.Parse.
func (f *Flags) Config() (Config, error) {
	c := f.c
	var err error
	if c.Lang, err = i18n.Parse(f.lang); err != nil {
		return c, fmt.Errorf("config: -lang: %w", err)
	}
	if c.Location, err = time.LoadLocation(f.tz); err != nil {
		return c, fmt.Errorf("config: -timezone %q: not a known time zone", f.tz)
	}
	if c.CacheMB, err = strconv.Atoi(f.cacheMB); err != nil || c.CacheMB < 1 || c.CacheMB > 1<<16 {
		return c, fmt.Errorf("config: -cache-mb %q: want a whole number of MiB from 1 to 65536", f.cacheMB)
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return c, fmt.Errorf("config: -addr %q: want HOST:PORT", c.Addr)
	}
	if c.DataDir == "" {
		return c, fmt.Errorf("config: -data is empty")
	}
	if c.DB != "" && !strings.HasPrefix(c.DB, "postgres://") && !strings.HasPrefix(c.DB, "postgresql://") {
		return c, fmt.Errorf("config: -db must be a postgres:// URL (leave it empty for SQLite)")
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return c, fmt.Errorf("config: -log-level %q: want debug, info, warn or error", c.LogLevel)
	}
	if c.SMTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.SMTPAddr); err != nil {
			return c, fmt.Errorf("config: -smtp-addr %q: want HOST:PORT", c.SMTPAddr)
		}
		if a, err := mail.ParseAddress(c.SMTPFrom); err != nil || a.Address != c.SMTPFrom {
			return c, fmt.Errorf("config: -smtp-from must be an email address when -smtp-addr is set")
		}
	}
	if c.BaseURL == "" {
		c.BaseURL = "http://" + c.Addr
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
		return c, fmt.Errorf("config: -base-url %q: want an http(s) URL such as https://example.org", c.BaseURL)
	}
	c.BaseURL = strings.TrimSuffix(c.BaseURL, "/")
	return c, nil
}
