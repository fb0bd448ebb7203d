package wordpress

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"

	"warta/internal/media"
	"warta/internal/sanitize"
	"warta/internal/store"
)

// writeAttachments copies every attachment's file from the uploads copy
// into the media library and records where it went. A missing or
// unacceptable file is a warning: the attachment keeps its original URL.
func (r *run) writeAttachments(ctx context.Context) error {
	var root *os.Root
	if r.opt.Uploads != "" {
		var err error
		if root, err = os.OpenRoot(r.opt.Uploads); err != nil {
			return fmt.Errorf("wordpress: uploads directory: %w", err)
		}
		defer root.Close()
	}
	noFiles := 0
	err := eachOf(r.sp.attachments, func(it *Item) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		missing, err := r.attachment(ctx, root, it)
		if missing {
			noFiles++
		}
		r.progress(1)
		return err
	})
	if err != nil {
		return err
	}
	if root == nil && noFiles > 0 {
		r.sum.warn(0, "attachments", "%d attachments keep their original URLs: no uploads directory was given (--uploads)", noFiles)
	}
	return nil
}

// attachment imports one attachment. It reports whether there was no
// uploads directory to copy its file from.
func (r *run) attachment(ctx context.Context, root *os.Root, it *Item) (bool, error) {
	c := r.sum.Counts[KindAttachments]
	item := fmt.Sprintf("attachment %d %q", it.ID, it.Title)
	a := Attachment{
		WPID: it.ID, Parent: it.Parent, Position: it.MenuOrder, URL: it.AttachmentURL,
		Alt: sanitize.Plain(it.Meta["_wp_attachment_image_alt"]), Caption: sanitize.Plain(it.Excerpt),
	}
	a.File = attachedFile(it)
	var size, mtime int64
	if root != nil && a.File != "" {
		if st, err := root.Stat(a.File); err == nil {
			size, mtime = st.Size(), st.ModTime().Unix()
		}
	}
	title := sanitize.Plain(it.Title)
	sum := checksum(a, title, size, mtime)
	key := strconv.FormatInt(it.ID, 10)
	m, ok, err := getMap(ctx, r.im.db, kindAttachment, key)
	if err != nil {
		return false, err
	}
	if ok && m.Checksum == sum {
		c.Unchanged++
		return root == nil, nil
	}
	mediaID := int64(0)
	if root == nil {
		c.Failed++
	} else if it.Type == "attachment" {
		saved, err := r.copyFile(ctx, root, a, title, size, r.users[it.Creator])
		switch {
		case err != nil && errors.Is(err, errWarn):
			r.sum.warn(it.Line, item, "%v; the original URL %s is kept", err, a.URL)
			c.Failed++
		case err != nil:
			return false, err
		default:
			mediaID, a.URL, a.Width, a.Height = saved.ID, saved.URL, saved.Width, saved.Height
			if !ok {
				c.Created++
			} else {
				c.Updated++
			}
		}
	}
	return root == nil, r.im.db.InTx(ctx, func(tx *store.Tx) error {
		if err := putAttachment(ctx, tx, a); err != nil {
			return err
		}
		if err := putMap(ctx, tx, kindAttachment, key, mediaID, sum); err != nil {
			return err
		}
		for _, raw := range []string{it.AttachmentURL, it.Link} {
			if p, ok := r.oldPath(raw); ok {
				if err := putRedirect(ctx, tx, p, targetAttachment, it.ID); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// errWarn marks problems with one file that the import reports and
// survives.
var errWarn = errors.New("file not copied")

// copyFile reads the attachment's file from the uploads copy into the
// media library.
func (r *run) copyFile(ctx context.Context, root *os.Root, a Attachment, title string, size, uploader int64) (*media.Item, error) {
	if a.File == "" {
		return nil, fmt.Errorf("%w: the export names no file", errWarn)
	}
	if size > media.MaxSize {
		return nil, fmt.Errorf("%w: wp-content/uploads/%s is larger than %d MiB", errWarn, a.File, media.MaxSize>>20)
	}
	f, err := root.Open(a.File)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: wp-content/uploads/%s is missing from the uploads directory", errWarn, a.File)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: wp-content/uploads/%s: %v", errWarn, a.File, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, media.MaxSize+1))
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%w: wp-content/uploads/%s: %v", errWarn, a.File, err)
	}
	alt := a.Alt
	if alt == "" {
		alt = title
	}
	saved, err := r.im.Media.Save(ctx, path.Base(a.File), data, alt, a.Caption, uploader)
	if errors.Is(err, media.ErrRejected) {
		return nil, fmt.Errorf("%w: wp-content/uploads/%s: %v", errWarn, a.File, err)
	}
	return saved, err
}

// attachedFile is the attachment's path under wp-content/uploads, from
// its _wp_attached_file meta or its URL, cleaned so that it cannot leave
// the uploads directory.
func attachedFile(it *Item) string {
	f := it.Meta["_wp_attached_file"]
	if f == "" {
		if u, err := url.Parse(it.AttachmentURL); err == nil {
			f, _ = uploadFile(u.Path)
		}
	}
	f = strings.TrimPrefix(path.Clean("/"+strings.TrimSpace(f)), "/")
	if f == "." {
		return ""
	}
	return f
}

// oldPath is the decoded path (and query) of a URL of the old site.
func (r *run) oldPath(raw string) (string, bool) {
	_, lookup, ok := r.conv.local(raw)
	if !ok || strings.Contains(lookup, "?") {
		return "", false // query URLs (?p=, ?attachment_id=) go by id
	}
	return lookup, true
}

// dbAttachments finds imported attachments in the database, remembering
// the last few thousand it found.
type dbAttachments struct {
	ctx context.Context
	db  *store.DB
	mu  sync.Mutex
	ids map[int64]Attachment
}

func (d *dbAttachments) remember(a Attachment) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ids == nil || len(d.ids) > 5000 {
		d.ids = map[int64]Attachment{}
	}
	d.ids[a.WPID] = a
}

// ByID implements Attachments.
func (d *dbAttachments) ByID(id int64) (Attachment, bool) {
	d.mu.Lock()
	a, ok := d.ids[id]
	d.mu.Unlock()
	if ok {
		return a, true
	}
	a, ok, err := attachmentWhere(d.ctx, d.db, `wp_id = ?`, id)
	if err != nil || !ok {
		return a, false
	}
	d.remember(a)
	return a, true
}

// ByFile implements Attachments.
func (d *dbAttachments) ByFile(file string) (Attachment, bool) {
	a, ok, err := attachmentWhere(d.ctx, d.db, `file = ?`, file)
	if err == nil && !ok && baseFile(file) != file {
		a, ok, err = attachmentWhere(d.ctx, d.db, `file = ?`, baseFile(file))
	}
	return a, err == nil && ok
}

// Children implements Attachments.
func (d *dbAttachments) Children(parent int64) []Attachment {
	as, err := attachmentChildren(d.ctx, d.db, parent)
	if err != nil {
		return nil
	}
	return as
}
