package i18n

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"text/template/parse"

	"warta/web"
)

// verbs matches fmt verbs, skipping the literal "%%".
var verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

func verbList(s string) []string {
	var out []string
	for _, v := range verbs.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

func TestCatalogsHaveSameKeys(t *testing.T) {
	t.Parallel()
	for _, l := range Langs() {
		t.Run(string(l), func(t *testing.T) {
			t.Parallel()
			cat := catalog(l)
			if len(cat) == 0 {
				t.Fatal("empty catalog")
			}
			for key, msg := range idMessages {
				got, ok := cat[key]
				if !ok {
					t.Errorf("missing key %q", key)
					continue
				}
				if strings.TrimSpace(got) == "" {
					t.Errorf("key %q has an empty message", key)
				}
				if !slices.Equal(verbList(got), verbList(key)) || !slices.Equal(verbList(msg), verbList(key)) {
					t.Errorf("key %q: message %q has other fmt verbs", key, got)
				}
			}
			for key := range cat {
				if _, ok := idMessages[key]; !ok {
					t.Errorf("key %q is not in the Indonesian source catalog", key)
				}
			}
		})
	}
}

func TestIndonesianCatalogIsItsOwnSource(t *testing.T) {
	t.Parallel()
	for key, msg := range idMessages {
		if key != msg {
			t.Errorf("id message for %q is %q; the Indonesian text is the key", key, msg)
		}
	}
}

// call is one use of the t func in a template.
type call struct {
	file, key string
	args      int
	literal   bool
}

func TestTemplatesUseKnownKeys(t *testing.T) {
	t.Parallel()
	files, err := fs.Glob(web.FS, "templates/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates found: %v", err)
	}
	var calls []call
	for _, f := range files {
		src, err := fs.ReadFile(web.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		calls = append(calls, tCalls(t, path.Base(f), string(src))...)
	}
	if len(calls) == 0 {
		t.Fatal(`templates have no {{t "..."}} calls; the parser must be wrong`)
	}
	for _, c := range calls {
		if !c.literal {
			t.Errorf("%s: t called with a non-literal key; keys must be string literals", c.file)
			continue
		}
		for _, l := range Langs() {
			if !Has(l, c.key) {
				t.Errorf("%s: key %q missing from the %s catalog", c.file, c.key, l)
			}
		}
		if n := len(verbList(c.key)); n != c.args {
			t.Errorf("%s: key %q takes %d args, template passes %d", c.file, c.key, n, c.args)
		}
	}
}

// tCalls parses a template without knowing its funcs and returns every
// command whose function is t.
func tCalls(t *testing.T, name, src string) []call {
	t.Helper()
	tree := parse.New(name)
	tree.Mode = parse.SkipFuncCheck | parse.ParseComments
	trees := map[string]*parse.Tree{}
	if _, err := tree.Parse(src, "", "", trees); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var out []call
	var walk func(n parse.Node)
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
			walkBranch(&n.BranchNode, walk)
		case *parse.RangeNode:
			walkBranch(&n.BranchNode, walk)
		case *parse.WithNode:
			walkBranch(&n.BranchNode, walk)
		case *parse.PipeNode:
			if n != nil {
				for i, c := range n.Cmds {
					if c := tCall(name, c, i > 0); c != nil {
						out = append(out, *c)
					}
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		}
	}
	for _, tr := range trees {
		walk(tr.Root)
	}
	return out
}

func walkBranch(b *parse.BranchNode, walk func(parse.Node)) {
	walk(b.Pipe)
	walk(b.List)
	walk(b.ElseList)
}

// tCall returns the call if cmd invokes t; piped says a previous command's
// value is passed as the last argument.
func tCall(file string, cmd *parse.CommandNode, piped bool) *call {
	id, ok := cmd.Args[0].(*parse.IdentifierNode)
	if !ok || id.Ident != "t" {
		return nil
	}
	c := &call{file: file, args: len(cmd.Args) - 2}
	if piped {
		c.args++
	}
	if len(cmd.Args) > 1 {
		if s, ok := cmd.Args[1].(*parse.StringNode); ok {
			c.key, c.literal = s.Text, true
		}
	}
	return c
}
