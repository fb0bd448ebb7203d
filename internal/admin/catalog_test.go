package admin

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template/parse"

	"warta/internal/auth"
	"warta/internal/content"
	adminweb "warta/web/admin"
)

var verbRe = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

func verbs(s string) []string {
	var out []string
	for _, v := range verbRe.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

func TestCatalogsMatch(t *testing.T) {
	t.Parallel()
	for key, msg := range idMessages {
		if key != msg {
			t.Errorf("id message for %q is %q; the Indonesian text is the key", key, msg)
		}
		en, ok := enMessages[key]
		if !ok || strings.TrimSpace(en) == "" {
			t.Errorf("English catalog lacks %q", key)
			continue
		}
		if !slices.Equal(verbs(en), verbs(key)) {
			t.Errorf("%q: English %q has other fmt verbs", key, en)
		}
	}
	for key := range enMessages {
		if _, ok := idMessages[key]; !ok {
			t.Errorf("English key %q is not in the Indonesian catalog", key)
		}
	}
}

// usedKey is one message key the code or a template uses.
type usedKey struct {
	where, key string
	args       int // -1 when unknown
}

func TestUsedKeysExist(t *testing.T) {
	t.Parallel()
	keys := templateKeys(t)
	keys = append(keys, goKeys(t)...)
	for code := range map[string]bool{"logout": true, "reset": true, "saved": true, "created": true, "deleted": true,
		"trashed": true, "restored": true, "published": true, "scheduled": true, "submitted": true, "uploaded": true, "bulk": true} {
		keys = append(keys, usedKey{"flash " + code, flash(code), -1})
	}
	for _, s := range []content.Status{content.Draft, content.Pending, content.Scheduled, content.Published, content.Trash} {
		keys = append(keys, usedKey{"status " + string(s), statusLabel(s), 0})
	}
	for _, r := range []auth.Role{auth.Administrator, auth.Editor, auth.Author, auth.Contributor} {
		keys = append(keys, usedKey{"role " + string(r), roleLabel(r), 0})
	}
	if len(keys) < 100 {
		t.Fatalf("found only %d keys; the scanner must be wrong", len(keys))
	}
	for _, k := range keys {
		if k.key == "" {
			t.Errorf("%s: empty key", k.where)
			continue
		}
		if _, ok := idMessages[k.key]; !ok {
			t.Errorf("%s: key %q is missing from the catalogs", k.where, k.key)
		}
		if k.args >= 0 && len(verbs(k.key)) != k.args {
			t.Errorf("%s: key %q takes %d args, gets %d", k.where, k.key, len(verbs(k.key)), k.args)
		}
	}
}

// templateKeys finds the literal keys of every {{t "…"}} in the admin
// templates.
func templateKeys(t *testing.T) []usedKey {
	t.Helper()
	files, err := fs.Glob(adminweb.FS, "templates/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates: %v", err)
	}
	var out []usedKey
	for _, f := range files {
		src, _ := fs.ReadFile(adminweb.FS, f)
		tree := parse.New(f)
		tree.Mode = parse.SkipFuncCheck | parse.ParseComments
		trees := map[string]*parse.Tree{}
		if _, err := tree.Parse(string(src), "", "", trees); err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		var walk func(parse.Node)
		walk = func(n parse.Node) {
			switch n := n.(type) {
			case *parse.ListNode:
				if n != nil {
					for _, c := range n.Nodes {
						walk(c)
					}
				}
			case *parse.ActionNode:
				walk(n.Pipe)
			case *parse.TemplateNode:
				walk(n.Pipe)
			case *parse.IfNode:
				walk(n.Pipe)
				walk(n.List)
				walk(n.ElseList)
			case *parse.RangeNode:
				walk(n.Pipe)
				walk(n.List)
				walk(n.ElseList)
			case *parse.WithNode:
				walk(n.Pipe)
				walk(n.List)
				walk(n.ElseList)
			case *parse.PipeNode:
				if n == nil {
					return
				}
				for _, c := range n.Cmds {
					walk(c)
				}
			case *parse.CommandNode:
				if id, ok := n.Args[0].(*parse.IdentifierNode); ok && id.Ident == "t" {
					k := usedKey{where: f, args: len(n.Args) - 2}
					if s, ok := n.Args[1].(*parse.StringNode); ok {
						k.key = s.Text
					} else {
						t.Errorf("%s: t called with a non-literal key", f)
					}
					out = append(out, k)
				}
				for _, a := range n.Args {
					walk(a)
				}
			}
		}
		for _, tr := range trees {
			walk(tr.Root)
		}
	}
	return out
}

// goKeys finds the literal keys the package's Go code passes to t,
// translate, errBadRequest and publicError, the msg… constants and the
// messages fieldMessage returns.
func goKeys(t *testing.T) []usedKey {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []usedKey
	lit := func(e ast.Expr) (string, bool) {
		b, ok := e.(*ast.BasicLit)
		if !ok || b.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(b.Value)
		return s, err == nil
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "catalog_") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				fn := ""
				switch f := n.Fun.(type) {
				case *ast.SelectorExpr:
					fn = f.Sel.Name
				case *ast.Ident:
					fn = f.Name
				}
				switch {
				case (fn == "t" || fn == "translate") && len(n.Args) >= 2:
					if k, ok := lit(n.Args[1]); ok {
						args := len(n.Args) - 2
						if n.Ellipsis.IsValid() {
							args = -1
						}
						out = append(out, usedKey{fset.Position(n.Pos()).String(), k, args})
					}
				case fn == "errBadRequest" && len(n.Args) == 1:
					if k, ok := lit(n.Args[0]); ok {
						out = append(out, usedKey{fset.Position(n.Pos()).String(), k, 0})
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "msg" {
					if k, ok := lit(n.Value); ok {
						out = append(out, usedKey{fset.Position(n.Pos()).String(), k, 0})
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if strings.HasPrefix(id.Name, "msg") && i < len(n.Values) {
						if k, ok := lit(n.Values[i]); ok {
							out = append(out, usedKey{id.Name, k, 0})
						}
					}
				}
			case *ast.FuncDecl:
				switch n.Name.Name {
				case "fieldMessage", "termMessage", "userMessage":
				default:
					return true
				}
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if r, ok := m.(*ast.ReturnStmt); ok && len(r.Results) > 0 {
						if k, ok := lit(r.Results[len(r.Results)-1]); ok {
							out = append(out, usedKey{n.Name.Name, k, 0})
						}
					}
					return true
				})
			}
			return true
		})
	}
	return out
}
