package wordpress

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"warta/internal/content"
	"warta/internal/store"
)

// writeTerms imports categories (parents before children, so that each
// knows its parent) and tags, plus the terms items use without the
// channel declaring them.
func (r *run) writeTerms(ctx context.Context) error {
	r.terms = map[string]int64{}
	var cats []Term
	err := eachOf(r.sp.terms, func(t *Term) error {
		switch t.Taxonomy {
		case TaxCategory:
			cats = append(cats, *t)
		case TaxTag:
		default:
			r.sum.Skipped["taxonomy "+t.Taxonomy]++
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range sortedKeys(r.found.used) {
		if r.found.terms[k] {
			continue
		}
		it := r.found.used[k]
		t := Term{Line: r.found.usedLine[k], Taxonomy: it.Domain, Slug: it.Slug, Name: it.Name}
		if t.Taxonomy == TaxCategory {
			cats = append(cats, t)
		} else if err := r.batchTerms(ctx, []Term{t}); err != nil {
			return err
		}
	}
	cats = parentsFirst(cats)
	if err := r.batchTerms(ctx, cats); err != nil {
		return err
	}
	if err := r.categoryPaths(ctx, cats); err != nil {
		return err
	}
	var tags []Term
	err = eachOf(r.sp.terms, func(t *Term) error {
		if t.Taxonomy != TaxTag {
			return nil
		}
		tags = append(tags, *t)
		if len(tags) < 200 {
			return nil
		}
		err := r.batchTerms(ctx, tags)
		tags = tags[:0]
		return err
	})
	if err != nil {
		return err
	}
	return r.batchTerms(ctx, tags)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// parentsFirst orders categories so that every parent comes before its
// children (WordPress exports them so, hand-made files may not). A
// category whose parent is missing, or in a loop, is top-level.
func parentsFirst(cats []Term) []Term {
	bySlug := map[string]*Term{}
	for i := range cats {
		bySlug[termKey(cats[i].Slug)] = &cats[i]
	}
	out := make([]Term, 0, len(cats))
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(t *Term)
	visit = func(t *Term) {
		k := termKey(t.Slug)
		if state[k] == 2 {
			return
		}
		state[k] = 1
		if p, ok := bySlug[termKey(t.Parent)]; ok && t.Parent != "" && state[termKey(p.Slug)] != 1 {
			visit(p)
		} else {
			t.Parent = "" // missing, or a loop: top-level
		}
		state[k] = 2
		out = append(out, *t)
	}
	for i := range cats {
		visit(&cats[i])
	}
	return out
}

// batchTerms writes terms in one transaction.
func (r *run) batchTerms(ctx context.Context, terms []Term) error {
	if len(terms) == 0 {
		return nil
	}
	ids := map[string]int64{} // learnt in this transaction
	err := r.im.db.InTx(ctx, func(tx *store.Tx) error {
		for _, t := range terms {
			id, err := r.term(ctx, tx, t)
			if err != nil {
				return err
			}
			if id != 0 {
				ids[t.Taxonomy+"/"+termKey(t.Slug)] = id
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for k, v := range ids {
		r.terms[k] = v
	}
	return nil
}

// term writes one term and returns its Warta id (0 if it failed).
func (r *run) term(ctx context.Context, tx *store.Tx, t Term) (int64, error) {
	kind, tax, count := kindCategory, content.Category, r.sum.Counts[KindCategories]
	if t.Taxonomy == TaxTag {
		kind, tax, count = kindTag, content.Tag, r.sum.Counts[KindTags]
	}
	key := termKey(t.Slug)
	if key == "" {
		key = content.Slugify(t.Name)
	}
	var parentID int64
	if t.Parent != "" {
		if pm, ok, err := getMap(ctx, tx, kindCategory, termKey(t.Parent)); err != nil {
			return 0, err
		} else if ok {
			parentID = pm.ID
		}
	}
	sum := checksum(t.Name, key, t.Description, t.Parent)
	m, ok, err := getMap(ctx, tx, kind, key)
	if err != nil {
		return 0, err
	}
	var id int64
	if ok {
		id = m.ID
	}
	saved, err := r.im.Content.ImportTerm(ctx, tx, id, tax, t.Name, key, t.Description, parentID)
	if err != nil {
		if _, field := err.(*content.FieldError); field {
			r.sum.warn(t.Line, fmt.Sprintf("%s %q", t.Taxonomy, t.Slug), "not imported: %v", err)
			count.Failed++
			return 0, nil
		}
		return 0, err
	}
	switch {
	case !ok || saved.ID != m.ID:
		count.Created++
	case m.Checksum != sum:
		count.Updated++
	default:
		count.Unchanged++
	}
	if err := putMap(ctx, tx, kind, key, saved.ID, sum); err != nil {
		return 0, err
	}
	if t.ID > 0 {
		if err := putMap(ctx, tx, kindTerm, strconv.FormatInt(t.ID, 10), saved.ID, ""); err != nil {
			return 0, err
		}
	}
	if kind == kindTag {
		if err := putRedirect(ctx, tx, "/tag/"+key, targetTerm, saved.ID); err != nil {
			return 0, err
		}
	}
	return saved.ID, nil
}

// categoryPaths records each category's old archive paths: WordPress
// serves /category/parent/child/ and /category/child/.
func (r *run) categoryPaths(ctx context.Context, cats []Term) error {
	parent := map[string]string{}
	for _, c := range cats {
		parent[termKey(c.Slug)] = termKey(c.Parent)
	}
	return r.im.db.InTx(ctx, func(tx *store.Tx) error {
		for _, c := range cats {
			key := termKey(c.Slug)
			m, ok, err := getMap(ctx, tx, kindCategory, key)
			if err != nil || !ok {
				return err
			}
			chain := key
			for p, n := parent[key], 0; p != "" && n < 20; p, n = parent[p], n+1 {
				chain = p + "/" + chain
			}
			for _, path := range []string{"/category/" + key, "/category/" + chain} {
				if err := putRedirect(ctx, tx, path, targetTerm, m.ID); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
