package admin

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"warta/internal/content"
)

// bulkActions are the moves the post list applies to many posts at once.
var bulkActions = map[string]content.Status{
	"trash": content.Trash, "restore": content.Draft, "draft": content.Draft, "publish": content.Published,
}

// postBulk applies one action to the checked posts (POST
// /admin/posts/bulk). Each post is checked on its own: those the user may
// not move, or whose status cannot make the move, are skipped and
// counted.
func (a *Admin) postBulk(k *kind) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, rq *request) error {
		ctx := r.Context()
		to, ok := bulkActions[r.PostFormValue("bulk_action")]
		if !ok {
			return errBadRequest("Pilih tindakan massal.")
		}
		done, skipped := 0, 0
		for _, raw := range r.PostForm["id"] {
			id, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				skipped++
				continue
			}
			p, err := a.Content.Get(ctx, id)
			if err != nil || p.Type != k.typ || !k.canMove(rq.user, p, to) || !content.CanMove(p.Status, to) ||
				(r.PostFormValue("bulk_action") == "restore" && p.Status != content.Trash) {
				skipped++
				continue
			}
			at := p.Published
			if to == content.Published {
				at = time.Time{} // now, or the post's own time when it was published before
			}
			if _, err := a.Content.SetStatus(ctx, id, to, at, rq.user.ID); err != nil {
				skipped++
				continue
			}
			done++
		}
		v := url.Values{"msg": {"bulk"}, "done": {strconv.Itoa(done)}, "skipped": {strconv.Itoa(skipped)}}
		if s := r.PostFormValue("status"); s != "" {
			v.Set("status", s)
		}
		http.Redirect(w, r, k.base+"?"+v.Encode(), http.StatusSeeOther)
		return nil
	}
}
