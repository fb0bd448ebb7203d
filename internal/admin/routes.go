package admin

import "warta/internal/auth"

// route is one admin endpoint. need is the capability every request must
// have ("" with public false: any signed-in user). public routes run
// without a session and check their own form tokens. keep, when set,
// answers a rejected form post by showing the form again.
type route struct {
	pattern string
	need    auth.Capability
	public  bool
	handle  handlerFunc
	keep    keepFunc
}

// routes is the admin's map. Handlers check finer rights themselves:
// whose post it is (EditOthersPosts) and whether it goes live
// (PublishPosts).
func (a *Admin) routes() []route {
	rs := []route{
		{pattern: "GET /admin/static/{file}", public: true, handle: a.serveStatic},
		{pattern: "GET /admin/login", public: true, handle: a.loginForm},
		{pattern: "POST /admin/login", public: true, handle: a.loginSubmit},
		{pattern: "GET /admin/password/forgot", public: true, handle: a.forgotForm},
		{pattern: "POST /admin/password/forgot", public: true, handle: a.forgotSubmit},
		{pattern: "GET /admin/password/reset", public: true, handle: a.resetForm},
		{pattern: "POST /admin/password/reset", public: true, handle: a.resetSubmit},
		{pattern: "POST /admin/lang", public: true, handle: a.setLang},
		{pattern: "POST /admin/logout", handle: a.logout},
		{pattern: "GET /admin/{$}", need: auth.EditPosts, handle: a.dashboard},

		{pattern: "GET /admin/media", need: auth.UploadFiles, handle: a.mediaList},
		{pattern: "POST /admin/media", need: auth.UploadFiles, handle: a.mediaUpload, keep: keepForm(readMediaForm, a.showMediaForm)},
		{pattern: "GET /admin/media.json", need: auth.EditPosts, handle: a.mediaJSON},
		{pattern: "POST /admin/media/{id}", need: auth.UploadFiles, handle: a.mediaUpdate, keep: keepForm(readMediaForm, a.showMediaForm)},
		{pattern: "POST /admin/media/{id}/delete", need: auth.UploadFiles, handle: a.mediaDelete},

		{pattern: "POST /admin/posts/{id}/notices", need: auth.PublishPosts, handle: a.noticeAdd, keep: keepForm(readNoticeForm, a.showDutyForm)},
		{pattern: "POST /admin/posts/{id}/retract", need: auth.PublishPosts, handle: a.postRetract, keep: keepForm(readRetractForm, a.showDutyForm)},

		{pattern: "GET /admin/users", need: auth.ManageUsers, handle: a.userList},
		{pattern: "POST /admin/users", need: auth.ManageUsers, handle: a.userCreate, keep: keepForm(readUserForm, a.showUserForm)},
		{pattern: "GET /admin/users/{id}", need: auth.ManageUsers, handle: a.userEdit},
		{pattern: "POST /admin/users/{id}", need: auth.ManageUsers, handle: a.userSave, keep: keepForm(readUserForm, a.showUserForm)},
		{pattern: "POST /admin/users/{id}/reset", need: auth.ManageUsers, handle: a.userReset},

		{pattern: "GET /admin/settings", need: auth.ManageSettings, handle: a.settingsForm},
		{pattern: "POST /admin/settings", need: auth.ManageSettings, handle: a.settingsSave, keep: keepForm(a.readSettings, a.showSettings)},
	}
	if a.Comments != nil {
		rs = append(rs,
			route{pattern: "GET /admin/comments", need: auth.ModerateComments, handle: a.commentList},
			route{pattern: "POST /admin/comments/bulk", need: auth.ModerateComments, handle: a.commentModerate},
			route{pattern: "POST /admin/comments/{id}", need: auth.ModerateComments, handle: a.commentModerate},
			route{pattern: "POST /admin/comments/{id}/reply", need: auth.ModerateComments, handle: a.commentReply, keep: keepForm(readReplyForm, a.showReplyForm)},
		)
	}
	for _, x := range []*taxonomy{categoriesTax, tagsTax} {
		rs = append(rs,
			route{pattern: "GET " + x.base, need: auth.ManageTerms, handle: a.termList(x)},
			route{pattern: "POST " + x.base, need: auth.ManageTerms, handle: a.termSave(x), keep: keepForm(readTermForm, a.showTermForm(x))},
			route{pattern: "GET " + x.base + "/{id}", need: auth.ManageTerms, handle: a.termEdit(x)},
			route{pattern: "POST " + x.base + "/{id}", need: auth.ManageTerms, handle: a.termSave(x), keep: keepForm(readTermForm, a.showTermForm(x))},
			route{pattern: "POST " + x.base + "/{id}/delete", need: auth.ManageTerms, handle: a.termDelete(x)},
		)
	}
	for _, k := range []*kind{postsKind, pagesKind} {
		base := k.base
		rs = append(rs,
			route{pattern: "GET " + base, need: k.edit, handle: a.postList(k)},
			route{pattern: "POST " + base + "/bulk", need: k.edit, handle: a.postBulk(k)},
			route{pattern: "GET " + base + "/new", need: k.edit, handle: a.postNew(k)},
			route{pattern: "POST " + base, need: k.edit, handle: a.postSave(k), keep: a.postKeep(k)},
			route{pattern: "POST " + base + "/autosave", need: k.edit, handle: a.postAutosave(k)},
			route{pattern: "POST " + base + "/preview", need: k.edit, handle: a.postPreview(k)},
			route{pattern: "GET " + base + "/{id}", need: k.edit, handle: a.postEdit(k)},
			route{pattern: "POST " + base + "/{id}", need: k.edit, handle: a.postSave(k), keep: a.postKeep(k)},
			route{pattern: "GET " + base + "/{id}/revisions", need: k.edit, handle: a.revisionList(k)},
			route{pattern: "GET " + base + "/{id}/revisions/compare", need: k.edit, handle: a.revisionCompare(k)},
			route{pattern: "POST " + base + "/{id}/revisions/{rev}/restore", need: k.edit, handle: a.revisionRestore(k)},
		)
	}
	return rs
}
