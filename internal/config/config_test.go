package config

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func parse(args []string, env map[string]string) (Config, error) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := Register(fs, func(k string) string { return env[k] })
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	return f.Config()
}

func TestDefaultsEnvAndFlags(t *testing.T) {
	t.Parallel()
	c, err := parse(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:8080" || c.BaseURL != "http://127.0.0.1:8080" || c.Lang != "id" || c.Location.String() != "Asia/Jakarta" {
		t.Errorf("defaults: %+v", c)
	}
	if !strings.HasSuffix(c.DSN(), "warta.db") {
		t.Errorf("DSN = %q", c.DSN())
	}
	env := map[string]string{"WARTA_LANG": "en", "WARTA_ADDR": "127.0.0.1:9000", "WARTA_DB": "postgres://x@127.0.0.1/db"}
	c, err = parse([]string{"-addr", "127.0.0.1:9100", "-base-url", "https://berita.example/"}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "en" || c.Addr != "127.0.0.1:9100" || c.BaseURL != "https://berita.example" || c.DSN() != env["WARTA_DB"] {
		t.Errorf("env/flags: %+v", c)
	}
}

func TestRejects(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"-lang", "fr"}, {"-timezone", "Mars/Olympus"}, {"-cache-mb", "lots"}, {"-addr", "8080"},
		{"-db", "mysql://x"}, {"-base-url", "ftp://x"}, {"-log-level", "loud"}, {"-data", ""},
	} {
		if _, err := parse(args, nil); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}
