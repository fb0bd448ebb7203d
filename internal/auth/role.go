package auth

// Role is a user's role, with WordPress's meanings.
type Role string

// The roles, most powerful first.
const (
	Administrator Role = "administrator"
	Editor        Role = "editor"
	Author        Role = "author"
	Contributor   Role = "contributor"
)

// ParseRole checks a role name.
func ParseRole(s string) (Role, bool) {
	switch r := Role(s); r {
	case Administrator, Editor, Author, Contributor:
		return r, true
	}
	return "", false
}

// Capability is one thing a role may do.
type Capability string

// The capabilities checked by handlers.
const (
	EditPosts        Capability = "edit_posts"        // write own posts (drafts, submit for review)
	PublishPosts     Capability = "publish_posts"     // publish and schedule own posts
	EditOthersPosts  Capability = "edit_others_posts" // edit and publish anyone's posts
	EditPages        Capability = "edit_pages"        // static pages
	ManageTerms      Capability = "manage_categories" // create categories and tags
	UploadFiles      Capability = "upload_files"      // media library
	ModerateComments Capability = "moderate_comments" // comments
	ManageUsers      Capability = "manage_users"      // users and roles
	ManageSettings   Capability = "manage_options"    // site settings
)

var capabilities = map[Role][]Capability{
	Administrator: {EditPosts, PublishPosts, EditOthersPosts, EditPages, ManageTerms, UploadFiles, ModerateComments, ManageUsers, ManageSettings},
	Editor:        {EditPosts, PublishPosts, EditOthersPosts, EditPages, ManageTerms, UploadFiles, ModerateComments},
	Author:        {EditPosts, PublishPosts, UploadFiles},
	Contributor:   {EditPosts},
}

// Can reports whether role r has capability c.
func (r Role) Can(c Capability) bool {
	for _, have := range capabilities[r] {
		if have == c {
			return true
		}
	}
	return false
}
