package view

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"warta/web"
)

// file is one theme file after overriding.
type file struct {
	data []byte
	// origin says where the file came from, for error messages.
	origin string
}

// themeRoots are the folders of a theme; anything else is ignored.
func themeRoots() []string { return []string{"templates", "static"} }

// loadFiles reads the embedded theme, then the files of themeDir (if not
// empty) over it, keyed by slash path: "templates/home.html".
func loadFiles(themeDir string) (map[string]file, error) {
	files := map[string]file{}
	err := readTree(files, web.FS, func(p string) string { return "web/" + p + " (embedded)" })
	if err != nil {
		return nil, err
	}
	if themeDir == "" {
		return files, nil
	}
	info, err := os.Stat(themeDir)
	if err != nil {
		return nil, fmt.Errorf("view: theme directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("view: theme directory %s is not a directory", themeDir)
	}
	err = readTree(files, os.DirFS(themeDir), func(p string) string {
		return filepath.Join(themeDir, filepath.FromSlash(p))
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// readTree adds the files under each theme root of fsys to dst, replacing
// files of the same path. Hidden files and folders are skipped.
func readTree(dst map[string]file, fsys fs.FS, origin func(string) string) error {
	for _, root := range themeRoots() {
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			hidden := strings.HasPrefix(path.Base(p), ".")
			if d.IsDir() {
				if hidden && p != root {
					return fs.SkipDir
				}
				return nil
			}
			if hidden {
				return nil
			}
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			dst[p] = file{data: data, origin: origin(p)}
			return nil
		})
		if err != nil {
			return fmt.Errorf("view: read theme: %w", err)
		}
	}
	return nil
}
