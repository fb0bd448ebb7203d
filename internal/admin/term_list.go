package admin

import (
	"errors"
	"net/http"
	"strconv"

	"warta/internal/content"
)

// taxonomy is one kind of term's admin: categories (hierarchical) or tags.
type taxonomy struct {
	name  string // content.Category or content.Tag
	base  string // "/admin/categories"
	title string // i18n key of the page title
}

var (
	categoriesTax = &taxonomy{name: content.Category, base: Prefix + "categories", title: "Kategori"}
	tagsTax       = &taxonomy{name: content.Tag, base: Prefix + "tags", title: "Tag"}
)

// Base is the list URL, for templates.
func (x *taxonomy) Base() string { return x.base }

// Hierarchical reports whether terms have parents, for templates.
func (x *taxonomy) Hierarchical() bool { return x.name == content.Category }

// termForm is the add/edit form of a term as typed.
type termForm struct {
	ID                              int64
	Name, Slug, Description, Parent string
}

// termsBody is the data of the term list and edit pages.
type termsBody struct {
	Tax     *taxonomy
	Rows    []catOption
	Form    termForm
	Errors  map[string]string
	Parents []catOption // categories the form may pick as parent
}

// termList lists the terms with their post counts and a form to add one
// (GET /admin/categories, /admin/tags).
func (a *Admin) termList(x *taxonomy) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		return a.showTerms(w, r, rq, x, http.StatusOK, termForm{}, nil, a.t(rq, flash(r.URL.Query().Get("msg"))), "")
	}
}

// readTermForm is a term's form as typed.
func readTermForm(r *http.Request) termForm {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return termForm{ID: id, Name: r.PostFormValue("name"), Slug: r.PostFormValue("slug"),
		Description: r.PostFormValue("description"), Parent: r.PostFormValue("parent")}
}

// showTermForm shows the form again with f and problem, for a rejected
// post.
func (a *Admin) showTermForm(x *taxonomy) func(http.ResponseWriter, *http.Request, *request, int, termForm, string) error {
	return func(w http.ResponseWriter, r *http.Request, rq *request, status int, f termForm, problem string) error {
		return a.showTerms(w, r, rq, x, status, f, nil, "", problem)
	}
}

// showTerms renders the list (or, with f.ID, the edit page) with f in the
// form. Without a signed-in user (a post kept after the session ended)
// it shows the form alone: the terms are not theirs to see any more.
func (a *Admin) showTerms(w http.ResponseWriter, r *http.Request, rq *request, x *taxonomy, status int, f termForm, errs map[string]string, notice, problem string) error {
	b := termsBody{Tax: x, Form: f, Errors: errs}
	if len(errs) > 0 && problem == "" {
		problem = a.t(rq, "Belum disimpan. Perbaiki isian yang ditandai.")
	}
	if rq.user == nil {
		if f.Parent != "" {
			b.Parents = []catOption{{Slug: f.Parent, Name: f.Parent}}
		}
		return a.renderTerms(w, rq, status, b, notice, problem)
	}
	ctx := r.Context()
	counts, err := a.Content.TermCounts(ctx, x.name)
	if err != nil {
		return err
	}
	if x.name == content.Category {
		if b.Rows, err = a.categoryOptions(ctx, nil); err != nil {
			return err
		}
	} else {
		tags, err := a.Content.Terms(ctx, content.Tag)
		if err != nil {
			return err
		}
		for _, t := range tags {
			b.Rows = append(b.Rows, catOption{ID: t.ID, Slug: t.Slug, Name: t.Name, Description: t.Description})
		}
	}
	for i := range b.Rows {
		b.Rows[i].Count = int64(counts[b.Rows[i].ID])
		if f.ID == 0 || b.Rows[i].ID != f.ID {
			b.Parents = append(b.Parents, b.Rows[i])
		}
	}
	return a.renderTerms(w, rq, status, b, notice, problem)
}

func (a *Admin) renderTerms(w http.ResponseWriter, rq *request, status int, b termsBody, notice, problem string) error {
	name := "terms"
	title := a.t(rq, b.Tax.title)
	if b.Form.ID != 0 {
		name, title = "term", a.t(rq, "Sunting: %s", b.Form.Name)
	}
	p := a.page(rq, title, b.Tax.name+"s")
	if b.Tax.name == content.Category {
		p.Section = "categories"
	}
	p.Notice, p.Error, p.Body = notice, problem, b
	return a.render(w, status, name, p)
}

// termEdit shows one term's form (GET /admin/categories/{id}).
func (a *Admin) termEdit(x *taxonomy) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		t, err := a.loadTerm(r, x)
		if err != nil {
			return err
		}
		f := termForm{ID: t.ID, Name: t.Name, Slug: t.Slug, Description: t.Description}
		if t.ParentID != 0 {
			if p, err := a.Content.TermByID(r.Context(), t.ParentID); err == nil {
				f.Parent = p.Slug
			}
		}
		return a.showTerms(w, r, rq, x, http.StatusOK, f, nil, "", "")
	}
}

func (a *Admin) loadTerm(r *http.Request, x *taxonomy) (*content.Term, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return nil, &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	t, err := a.Content.TermByID(r.Context(), id)
	if err == nil && t.Taxonomy != x.name {
		err = &publicError{status: http.StatusNotFound, msg: msgNotFound}
	}
	return t, err
}

// termSave adds (POST /admin/categories) or changes (POST
// /admin/categories/{id}) a term; problems come back on the same form.
func (a *Admin) termSave(x *taxonomy) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		f := readTermForm(r)
		f.ID = 0
		in := content.TermInput{Name: f.Name, Slug: f.Slug, Description: f.Description, Parent: f.Parent}
		var err error
		if r.PathValue("id") == "" {
			_, err = a.Content.CreateTerm(ctx, x.name, in)
		} else {
			t, lerr := a.loadTerm(r, x)
			if lerr != nil {
				return lerr
			}
			f.ID = t.ID
			_, err = a.Content.UpdateTerm(ctx, t.ID, in)
		}
		var fe *content.FieldError
		if errors.As(err, &fe) {
			return a.showTerms(w, r, rq, x, http.StatusUnprocessableEntity, f, map[string]string{fe.Field: a.t(rq, termMessage(fe))}, "", "")
		}
		if err != nil {
			return err
		}
		http.Redirect(w, r, x.base+"?msg=saved", http.StatusSeeOther)
		return nil
	}
}

// termDelete deletes a term (POST /admin/categories/{id}/delete); its
// posts keep their other terms.
func (a *Admin) termDelete(x *taxonomy) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		t, err := a.loadTerm(r, x)
		if err != nil {
			return err
		}
		if err := a.Content.DeleteTerm(r.Context(), t.ID); err != nil {
			return err
		}
		http.Redirect(w, r, x.base+"?msg=deleted", http.StatusSeeOther)
		return nil
	}
}

// termMessage is the message for a term field error.
func termMessage(fe *content.FieldError) string {
	switch fe.Field + "/" + fe.Code {
	case "name/required":
		return "Nama wajib diisi."
	case "slug/taken":
		return "Slug ini sudah dipakai. Pilih slug lain."
	case "slug/invalid", "name/invalid":
		return "Slug hanya boleh berisi huruf kecil, angka, dan tanda hubung tunggal."
	case "parent/cycle":
		return "Kategori tidak dapat berada di bawah dirinya sendiri atau turunannya."
	case "parent/invalid":
		return "Kategori induk tidak dikenal."
	}
	return "Isian ini tidak valid."
}
