package admin

import (
	"net/http"
	"strconv"
	"strings"

	"warta/internal/comment"
	"warta/internal/sanitize"
	"warta/internal/seo"
	"warta/internal/setting"
)

// settingsBody is the data of the settings page.
type settingsBody struct {
	Site       setting.Site
	Comments   *comment.Settings // nil when the site has no comment system
	BlockWords string
	NotifyTo   string
	Lang       string
	Timezone   string
	SMTP       bool // a mail server is configured
	Permalinks []string
	Errors     map[string]string
}

// permalinkChoices are WordPress's common structures.
var permalinkChoices = []string{seo.DefaultPermalink, "/%year%/%monthnum%/%postname%/", "/%category%/%postname%/", "/%postname%/", "/%post_id%/%postname%/"}

// settingsForm shows the site and comment settings (GET /admin/settings).
// Language, time zone and the mail server are process settings (flags
// and WARTA_* variables, the SMTP password from the environment only):
// the page shows them without letting a browser change them.
func (a *Admin) settingsForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	st, err := setting.Load(ctx, a.DB)
	if err != nil {
		return err
	}
	b := &settingsBody{Site: st}
	if a.Comments != nil {
		cs, err := comment.LoadSettings(ctx, a.DB)
		if err != nil {
			return err
		}
		b.Comments = &cs
		b.BlockWords, b.NotifyTo = strings.Join(cs.BlockWords, "\n"), strings.Join(cs.NotifyTo, ", ")
	}
	return a.showSettings(w, r, rq, http.StatusOK, b, "")
}

// showSettings renders the settings page with b and problem (or the
// notice a redirect asked for).
func (a *Admin) showSettings(w http.ResponseWriter, r *http.Request, rq *request, status int, b *settingsBody, problem string) error {
	b.Lang, b.Timezone, b.SMTP = string(a.Lang), a.Location.String(), a.Mailer != nil
	b.Permalinks = permalinkChoices
	p := a.page(rq, a.t(rq, "Pengaturan"), "settings")
	p.Notice, p.Error, p.Body = a.t(rq, flash(r.URL.Query().Get("msg"))), problem, b
	if len(b.Errors) > 0 && problem == "" {
		p.Error = a.t(rq, "Belum disimpan. Perbaiki isian yang ditandai.")
	}
	return a.render(w, status, "settings", p)
}

// typedSettings is the settings form as the user typed it, over st and
// cs, the settings it started from.
func (a *Admin) typedSettings(r *http.Request, st setting.Site, cs comment.Settings) *settingsBody {
	v := r.PostFormValue
	num := func(name string) int {
		n, err := strconv.Atoi(strings.TrimSpace(v(name)))
		if err != nil {
			return -1
		}
		return n
	}
	st.Title, st.Tagline, st.Permalink = v("title"), v("tagline"), strings.TrimSpace(v("permalink"))
	st.ExcerptWords, st.FeedExcerpt = num("excerpt_words"), v("feed_excerpt") == "1"
	b := &settingsBody{Site: st, Errors: map[string]string{}}
	if a.Comments != nil {
		cs.ModerateAll, cs.ModerateFirst = v("moderate_all") == "1", v("moderate_first") == "1"
		cs.RequireConfirm, cs.RequireRules, cs.Notify = v("require_confirm") == "1", v("require_rules") == "1", v("notify") == "1"
		cs.RulesPage = strings.TrimSpace(v("rules_page"))
		cs.CloseAfterDays, cs.MaxLinks = numOr(v("close_after_days"), cs.CloseAfterDays), numOr(v("max_links"), cs.MaxLinks)
		cs.BlockWords, cs.NotifyTo = splitList(v("block_words"), "\n"), splitList(v("notify_to"), ",")
		b.Comments, b.BlockWords, b.NotifyTo = &cs, v("block_words"), v("notify_to")
	}
	return b
}

// readSettings is the settings form as typed, for a rejected post: it
// reads nothing stored, since the sender may no longer be signed in.
func (a *Admin) readSettings(r *http.Request) *settingsBody {
	return a.typedSettings(r, setting.Defaults(), comment.DefaultSettings())
}

// settingsSave validates every setting first and then stores them, so a
// bad value saves nothing (POST /admin/settings).
func (a *Admin) settingsSave(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	st, err := setting.Load(ctx, a.DB)
	if err != nil {
		return err
	}
	var cs comment.Settings
	if a.Comments != nil {
		if cs, err = comment.LoadSettings(ctx, a.DB); err != nil {
			return err
		}
	}
	b := a.typedSettings(r, st, cs)
	st = b.Site
	if t := sanitize.Plain(st.Title); t == "" || len([]rune(t)) > 120 {
		b.Errors["title"] = a.t(rq, "Judul situs harus 1 sampai 120 karakter.")
	}
	if _, err := seo.ParsePermalink(st.Permalink); err != nil {
		b.Errors["permalink"] = a.t(rq, "Struktur permalink tidak dikenal. Pakai salah satu pilihan, atau tag seperti %%year%% dan %%postname%%.")
	}
	if st.ExcerptWords < 5 || st.ExcerptWords > 200 {
		b.Errors["excerpt_words"] = a.t(rq, "Panjang ringkasan harus 5 sampai 200 kata.")
	}
	// Comment settings are saved first: theirs are the checks this page
	// cannot repeat, and the site settings are known good by now.
	if b.Comments != nil && len(b.Errors) == 0 {
		if err := comment.SaveSettings(ctx, a.DB, *b.Comments); err != nil {
			b.Errors["comments"] = a.t(rq, "Pengaturan komentar tidak valid: hari 0–3650, tautan 0–50, halaman aturan berupa slug, dan alamat email yang benar.")
		}
	}
	if len(b.Errors) > 0 {
		return a.showSettings(w, r, rq, http.StatusUnprocessableEntity, b, "")
	}
	if err := setting.Save(ctx, a.DB, st); err != nil {
		return err
	}
	http.Redirect(w, r, Prefix+"settings?msg=saved", http.StatusSeeOther)
	return nil
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// numOr reads a whole number, keeping cur when the field was left empty;
// anything unreadable is -1, which validation refuses.
func numOr(s string, cur int) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return cur
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
