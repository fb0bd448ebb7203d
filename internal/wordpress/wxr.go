package wordpress

// Site is what an export says about the site it came from.
type Site struct {
	Version   string // wp:wxr_version
	Title     string
	Link      string // the channel's <link>: the site's home URL
	BaseSite  string // wp:base_site_url: where WordPress itself lives
	BaseBlog  string // wp:base_blog_url
	Language  string
	Generator string
	Lines     int // lines in the file
}

// Author is a wp:author entry of the channel.
type Author struct {
	Line        int
	ID          int64
	Login       string
	Email       string
	DisplayName string
	FirstName   string
	LastName    string
}

// Term is a wp:category, wp:tag or wp:term entry of the channel.
type Term struct {
	Line        int
	ID          int64
	Taxonomy    string // "category", "post_tag" or another taxonomy
	Slug        string // as exported; may be percent-encoded
	Parent      string // the parent's slug, as exported
	Name        string
	Description string
}

// Taxonomies that Warta imports.
const (
	TaxCategory = "category"
	TaxTag      = "post_tag"
)

// Item is one <item>: a post, page, attachment or any other post type.
type Item struct {
	Line          int
	ID            int64
	Title         string
	Link          string
	GUID          string
	Creator       string // the author's login
	Content       string
	Excerpt       string
	Date          string // wp:post_date, site time "2006-01-02 15:04:05"
	DateGMT       string
	Modified      string
	ModifiedGMT   string
	CommentStatus string
	Name          string // wp:post_name, the slug; may be percent-encoded
	Status        string
	Parent        int64
	MenuOrder     int
	Type          string
	Password      string
	Sticky        bool
	AttachmentURL string
	Terms         []ItemTerm
	Meta          map[string]string // only the keys in keptMeta
	Comments      []Comment
}

// ItemTerm is an item's <category domain="…" nicename="…">Name</category>.
type ItemTerm struct {
	Domain string // "category", "post_tag", …
	Slug   string
	Name   string
}

// Comment is a wp:comment of an item.
type Comment struct {
	Line        int
	ID          int64
	Author      string
	AuthorEmail string
	AuthorURL   string
	AuthorIP    string
	Date        string
	DateGMT     string
	Content     string
	Approved    string // "1", "0", "spam", "trash"
	Type        string // "", "comment", "pingback", "trackback"
	Parent      int64
	UserID      int64
}

// Post meta keys the importer reads; the rest of an item's meta is not
// kept, so that plugin data does not fill the spool.
var keptMeta = map[string]bool{
	"_thumbnail_id":            true,
	"_wp_attached_file":        true,
	"_wp_attachment_image_alt": true,
	"_yoast_wpseo_title":       true,
	"_yoast_wpseo_metadesc":    true,
	"rank_math_title":          true,
	"rank_math_description":    true,
	"_wp_old_slug":             true,
}
