package wordpress

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// fields reads the children of the element just opened as text, handing
// each (key, text) to set. Children that set ignores are read and
// dropped; nested elements named in nested are handed to it instead.
func (s *scanner) fields(set func(k, v string), nested func(k string, t xml.StartElement) (bool, error)) error {
	return s.children(func(t xml.StartElement) error {
		k := key(t.Name)
		if nested != nil {
			if done, err := nested(k, t); done || err != nil {
				return err
			}
		}
		v, err := s.text()
		if err != nil {
			return err
		}
		set(k, v)
		return nil
	})
}

func atoi(v string) int64 {
	n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	return n
}

func (s *scanner) author() error {
	a := &Author{Line: s.line()}
	err := s.fields(func(k, v string) {
		switch k {
		case "wp:author_id":
			a.ID = atoi(v)
		case "wp:author_login":
			a.Login = strings.TrimSpace(v)
		case "wp:author_email":
			a.Email = strings.TrimSpace(v)
		case "wp:author_display_name":
			a.DisplayName = strings.TrimSpace(v)
		case "wp:author_first_name":
			a.FirstName = strings.TrimSpace(v)
		case "wp:author_last_name":
			a.LastName = strings.TrimSpace(v)
		}
	}, nil)
	if err != nil || s.h.Author == nil {
		return err
	}
	return s.h.Author(a)
}

// term reads wp:category, wp:tag and wp:term, whose children differ only
// in name.
func (s *scanner) term(k string) error {
	t := &Term{Line: s.line()}
	switch k {
	case "wp:category":
		t.Taxonomy = TaxCategory
	case "wp:tag":
		t.Taxonomy = TaxTag
	}
	err := s.fields(func(k, v string) {
		switch k {
		case "wp:term_id":
			t.ID = atoi(v)
		case "wp:term_taxonomy":
			t.Taxonomy = strings.TrimSpace(v)
		case "wp:category_nicename", "wp:tag_slug", "wp:term_slug":
			t.Slug = strings.TrimSpace(v)
		case "wp:category_parent", "wp:term_parent":
			t.Parent = strings.TrimSpace(v)
		case "wp:cat_name", "wp:tag_name", "wp:term_name":
			t.Name = strings.TrimSpace(v)
		case "wp:category_description", "wp:tag_description", "wp:term_description":
			t.Description = strings.TrimSpace(v)
		}
	}, nil)
	if err != nil || s.h.Term == nil {
		return err
	}
	return s.h.Term(t)
}

func (s *scanner) item() error {
	it := &Item{Line: s.line()}
	err := s.fields(func(k, v string) { it.set(k, v) }, func(k string, t xml.StartElement) (bool, error) {
		switch k {
		case "category":
			return true, s.itemTerm(it, t)
		case "wp:postmeta":
			return true, s.meta(it)
		case "wp:comment":
			c, err := s.comment()
			if err == nil {
				it.Comments = append(it.Comments, c)
			}
			return true, err
		}
		return false, nil
	})
	if err != nil || s.h.Item == nil {
		return err
	}
	return s.h.Item(it)
}

func (it *Item) set(k, v string) {
	trim := strings.TrimSpace(v)
	switch k {
	case "title":
		it.Title = v
	case "link":
		it.Link = trim
	case "guid":
		it.GUID = trim
	case "dc:creator":
		it.Creator = trim
	case "content:encoded":
		it.Content = v
	case "excerpt:encoded":
		it.Excerpt = v
	case "wp:post_id":
		it.ID = atoi(v)
	case "wp:post_date":
		it.Date = trim
	case "wp:post_date_gmt":
		it.DateGMT = trim
	case "wp:post_modified":
		it.Modified = trim
	case "wp:post_modified_gmt":
		it.ModifiedGMT = trim
	case "wp:comment_status":
		it.CommentStatus = trim
	case "wp:post_name":
		it.Name = trim
	case "wp:status":
		it.Status = trim
	case "wp:post_parent":
		it.Parent = atoi(v)
	case "wp:menu_order":
		it.MenuOrder = int(atoi(v))
	case "wp:post_type":
		it.Type = trim
	case "wp:post_password":
		it.Password = v
	case "wp:is_sticky":
		it.Sticky = trim == "1"
	case "wp:attachment_url":
		it.AttachmentURL = trim
	}
}

func (s *scanner) itemTerm(it *Item, t xml.StartElement) error {
	var tm ItemTerm
	for _, a := range t.Attr {
		switch a.Name.Local {
		case "domain":
			tm.Domain = a.Value
		case "nicename":
			tm.Slug = a.Value
		}
	}
	name, err := s.text()
	if err != nil {
		return err
	}
	tm.Name = strings.TrimSpace(name)
	if tm.Domain == "" {
		tm.Domain = TaxCategory // RSS 2.0 categories without a domain
	}
	it.Terms = append(it.Terms, tm)
	return nil
}

func (s *scanner) meta(it *Item) error {
	var k, v string
	err := s.fields(func(name, text string) {
		switch name {
		case "wp:meta_key":
			k = strings.TrimSpace(text)
		case "wp:meta_value":
			v = text
		}
	}, nil)
	if err != nil || !keptMeta[k] {
		return err
	}
	if it.Meta == nil {
		it.Meta = map[string]string{}
	}
	if old, ok := it.Meta[k]; ok && k == "_wp_old_slug" {
		v = old + "\n" + v // a post renamed more than once
	}
	it.Meta[k] = v
	return nil
}

func (s *scanner) comment() (Comment, error) {
	c := Comment{Line: s.line()}
	err := s.fields(func(k, v string) {
		trim := strings.TrimSpace(v)
		switch k {
		case "wp:comment_id":
			c.ID = atoi(v)
		case "wp:comment_author":
			c.Author = trim
		case "wp:comment_author_email":
			c.AuthorEmail = trim
		case "wp:comment_author_url":
			c.AuthorURL = trim
		case "wp:comment_author_IP":
			c.AuthorIP = trim
		case "wp:comment_date":
			c.Date = trim
		case "wp:comment_date_gmt":
			c.DateGMT = trim
		case "wp:comment_content":
			c.Content = v
		case "wp:comment_approved":
			c.Approved = trim
		case "wp:comment_type":
			c.Type = trim
		case "wp:comment_parent":
			c.Parent = atoi(v)
		case "wp:comment_user_id":
			c.UserID = atoi(v)
		}
	}, nil)
	return c, err
}
