package view

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// Cache lifetimes: hashed URLs never change content; /favicon.ico can.
const (
	immutableCache = "public, max-age=31536000, immutable"
	faviconCache   = "public, max-age=86400"
	faviconPath    = "/favicon.ico"
)

// asset is one static file with its content-addressed URL.
type asset struct {
	url         string // "/static/style.3fa2c1d0.css"
	data        []byte
	contentType string
	etag        string
}

// assets indexes the static files by name and by URL.
type assets struct {
	byName map[string]*asset
	byURL  map[string]*asset
}

// newAssets hashes every static/ file of the theme.
func newAssets(files map[string]file) assets {
	a := assets{byName: map[string]*asset{}, byURL: map[string]*asset{}}
	for key, f := range files {
		name, ok := strings.CutPrefix(key, "static/")
		if !ok {
			continue
		}
		sum := sha256.Sum256(f.data)
		hash := hex.EncodeToString(sum[:])
		ext := path.Ext(name)
		as := &asset{
			url:         "/static/" + strings.TrimSuffix(name, ext) + "." + hash[:8] + ext,
			data:        f.data,
			contentType: contentType(ext, f.data),
			etag:        `"` + hash[:16] + `"`,
		}
		a.byName[name] = as
		a.byURL[as.url] = as
	}
	return a
}

func contentType(ext string, data []byte) string {
	if ext == ".ico" {
		return "image/x-icon"
	}
	if ct := mime.TypeByExtension(ext); ct != "" {
		return ct
	}
	return http.DetectContentType(data)
}

// url is the template func "asset": unlike AssetURL it fails on an
// unknown name, so a typo in a theme stops start-up.
func (a assets) url(name string) (string, error) {
	as, ok := a.byName[name]
	if !ok {
		return "", fmt.Errorf("view: no static file %q", name)
	}
	return as.url, nil
}

// AssetURL returns the content-hashed URL of static file name, such as
// "/static/style.3fa2c1d0.css" for "style.css". An unknown name gets an
// unhashed URL, which StaticHandler answers with 404.
func (e *Engine) AssetURL(name string) string {
	if u, err := e.assets.url(name); err == nil {
		return u
	}
	return "/static/" + name
}

// StaticHandler serves the theme's static files at their hashed URLs,
// cached as immutable, and the favicon at /favicon.ico. Mount it on
// "GET /static/" and "GET /favicon.ico"; any other path is a 404.
func (e *Engine) StaticHandler() http.Handler {
	return http.HandlerFunc(e.serveStatic)
}

func (e *Engine) serveStatic(w http.ResponseWriter, r *http.Request) {
	cache := immutableCache
	as, ok := e.assets.byURL[r.URL.Path]
	if !ok && r.URL.Path == faviconPath {
		as, ok = e.assets.byName["favicon.ico"]
		cache = faviconCache
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Content-Type", as.contentType)
	h.Set("Cache-Control", cache)
	h.Set("ETag", as.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(as.data))
}
