package admin

import (
	"context"

	"warta/internal/content"
)

// catOption is a category in a form: indented under its parent.
type catOption struct {
	ID              int64
	Slug, Name      string
	Depth           int
	Checked         bool
	ParentID, Count int64
	Description     string
}

// categoryOptions lists the categories as a tree (parents first, children
// indented below them), checking those whose slug is in checked.
func (a *Admin) categoryOptions(ctx context.Context, checked []string) ([]catOption, error) {
	all, err := a.Content.Terms(ctx, content.Category)
	if err != nil {
		return nil, err
	}
	on := map[string]bool{}
	for _, s := range checked {
		on[s] = true
	}
	known := map[int64]bool{}
	for _, t := range all {
		known[t.ID] = true
	}
	var out []catOption
	var walk func(parent int64, depth int)
	walk = func(parent int64, depth int) {
		if depth > 10 {
			return
		}
		for _, t := range all {
			p := t.ParentID
			if !known[p] {
				p = 0
			}
			if p != parent {
				continue
			}
			out = append(out, catOption{ID: t.ID, Slug: t.Slug, Name: t.Name, Depth: depth, Checked: on[t.Slug],
				ParentID: t.ParentID, Description: t.Description})
			walk(t.ID, depth+1)
		}
	}
	walk(0, 0)
	return out, nil
}
