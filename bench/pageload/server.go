package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"warta/internal/seo"
	"warta/internal/setting"
	"warta/internal/store"
)

// server is a running "warta serve" subprocess.
type server struct {
	cmd     *exec.Cmd
	base    string // http://127.0.0.1:PORT
	logPath string
	logFile *os.File
	done    chan error
}

// startServer runs bin serve on a free loopback port and waits until
// /healthz answers.
func startServer(ctx context.Context, bin string, o options) (*server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	args := []string{"serve", "--data", o.dataDir, "--addr", addr, "--timezone", o.timezone}
	if o.db != "" {
		args = append(args, "--db", o.db)
	}
	s := &server{base: "http://" + addr, logPath: filepath.Join(o.dataDir, "serve.log"), done: make(chan error, 1)}
	if s.logFile, err = os.Create(s.logPath); err != nil {
		return nil, err
	}
	s.cmd = exec.Command(bin, args...)
	s.cmd.Stdout, s.cmd.Stderr = s.logFile, s.logFile
	// Should this process die without stopping it (a closed output pipe,
	// a kill), the server goes too instead of lingering on its port.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	if err := s.cmd.Start(); err != nil {
		s.logFile.Close()
		return nil, fmt.Errorf("start warta: %w", err)
	}
	go func() { s.done <- s.cmd.Wait() }()
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := client.Get(s.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		select {
		case err := <-s.done:
			s.done <- err
			return nil, fmt.Errorf("warta serve exited early (%v); see %s:\n%s", err, s.logPath, s.logTail())
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("warta serve not healthy after 30s; see %s", s.logPath)
		}
	}
}

// stop sends SIGTERM and waits up to 15 seconds before killing.
func (s *server) stop() {
	if s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		s.done <- err
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Kill()
	}
	s.logFile.Close()
}

func (s *server) logTail() string {
	b, _ := os.ReadFile(s.logPath)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// articlePaths returns the public paths of n+1 different random published
// posts, computed as the site does: the permalink setting applied to the
// slug and the publication time in the site's zone.
func articlePaths(ctx context.Context, o options, loc *time.Location, n int) ([]string, error) {
	dsn := o.db
	if dsn == "" {
		dsn = store.SQLitePath(o.dataDir)
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	st, err := setting.Load(ctx, db)
	if err != nil {
		return nil, err
	}
	pl, err := seo.ParsePermalink(st.Permalink)
	if err != nil {
		return nil, err
	}
	var maxID int64
	if err := db.QueryRow(ctx, `SELECT COALESCE(MAX(id), 0) FROM posts`).Scan(&maxID); err != nil {
		return nil, fmt.Errorf("max post id: %w", err)
	}
	r := rand.New(rand.NewPCG(o.seed, 0xbe7c4))
	seen := map[int64]bool{}
	var paths []string
	for tries := 0; len(paths) < n+1 && tries < 50*(n+1); tries++ {
		id := 1 + r.Int64N(max(1, maxID))
		if seen[id] {
			continue
		}
		seen[id] = true
		var slug string
		var pub int64
		err := db.QueryRow(ctx, `SELECT slug, published_at FROM posts WHERE id = ? AND type = 'post' AND status = 'published'`, id).Scan(&slug, &pub)
		if err != nil {
			continue // a gap in the ids
		}
		paths = append(paths, pl.Build(id, slug, time.Unix(pub, 0).In(loc)))
	}
	if len(paths) < n+1 {
		return nil, fmt.Errorf("found only %d published posts to sample", len(paths))
	}
	return paths, nil
}

// fetched is one response as a load generator would see it.
type fetched struct {
	status  int
	header  http.Header
	body    []byte
	elapsed time.Duration
}

// fetch GETs url with Accept-Encoding: gzip and keeps the bytes as sent
// (the client does not decompress them).
func fetch(ctx context.Context, c *http.Client, url string) (fetched, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fetched{}, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	start := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return fetched{}, err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, resp.Body); err != nil {
		return fetched{}, err
	}
	return fetched{status: resp.StatusCode, header: resp.Header, body: buf.Bytes(), elapsed: time.Since(start)}, nil
}

// newClient is a keep-alive client that leaves gzip bodies alone and does
// not follow redirects (a redirect would hide a wrong URL).
func newClient(conns int) *http.Client {
	return &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: conns, DisableCompression: true, ForceAttemptHTTP2: false},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
		Timeout: 30 * time.Second,
	}
}

// missLatency fetches each path once, in sequence, and returns the
// latency of each. Every answer must be a 200 rendered for this request
// (X-Cache: MISS).
func missLatency(ctx context.Context, base string, paths []string) ([]time.Duration, error) {
	c := newClient(1)
	out := make([]time.Duration, 0, len(paths))
	for _, p := range paths {
		f, err := fetch(ctx, c, base+p)
		if err != nil {
			return nil, fmt.Errorf("miss %s: %w", p, err)
		}
		if f.status != http.StatusOK {
			return nil, fmt.Errorf("miss %s: status %d", p, f.status)
		}
		if x := f.header.Get("X-Cache"); x != "MISS" {
			return nil, fmt.Errorf("miss %s: X-Cache %q, want MISS (was the page requested before?)", p, x)
		}
		out = append(out, f.elapsed)
	}
	return out, nil
}

// metrics reads the server's /metrics page into name → value; a missing
// or unreadable page gives an empty map (the figures are extras).
func metrics(ctx context.Context, c *http.Client, base string) map[string]float64 {
	out := map[string]float64{}
	f, err := fetch(ctx, c, base+"/metrics")
	if err != nil || f.status != http.StatusOK || f.header.Get("Content-Encoding") != "" {
		return out
	}
	for _, line := range strings.Split(string(f.body), "\n") {
		name, val, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		if v, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
			out[name] = v
		}
	}
	return out
}
