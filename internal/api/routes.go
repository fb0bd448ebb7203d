package api

import (
	"warta/internal/auth"
	"warta/internal/content"
)

// route is one endpoint and the capability it needs; "" lets anyone in,
// anonymous clients included (the handler then decides what they see).
type route struct {
	pattern string
	need    auth.Capability
	handle  handlerFunc
}

// routes is the API's map. Handlers check finer rights themselves: whose
// post it is (EditOthersPosts) and whether it goes live (PublishPosts).
func (a *api) routes() []route {
	posts, pages := a.kinds()
	categories := &termKind{api: a, taxonomy: content.Category}
	tags := &termKind{api: a, taxonomy: content.Tag}
	return []route{
		{"GET /api/v1/posts", "", posts.listPosts},
		{"POST /api/v1/posts", auth.EditPosts, posts.createPost},
		{"GET /api/v1/posts/{id}", "", posts.getPost},
		{"PATCH /api/v1/posts/{id}", auth.EditPosts, posts.updatePost},
		{"DELETE /api/v1/posts/{id}", auth.EditPosts, posts.trashPost},
		{"POST /api/v1/posts/{id}/publish", auth.PublishPosts, posts.publishPost},
		{"POST /api/v1/posts/{id}/schedule", auth.PublishPosts, posts.schedulePost},
		{"POST /api/v1/posts/{id}/trash", auth.EditPosts, posts.trashPost},
		{"POST /api/v1/posts/{id}/restore", auth.EditPosts, posts.restorePost},

		{"GET /api/v1/pages", "", pages.listPosts},
		{"POST /api/v1/pages", auth.EditPages, pages.createPost},
		{"GET /api/v1/pages/{id}", "", pages.getPost},
		{"PATCH /api/v1/pages/{id}", auth.EditPages, pages.updatePost},
		{"DELETE /api/v1/pages/{id}", auth.EditPages, pages.trashPost},
		{"POST /api/v1/pages/{id}/publish", auth.EditPages, pages.publishPost},
		{"POST /api/v1/pages/{id}/schedule", auth.EditPages, pages.schedulePost},
		{"POST /api/v1/pages/{id}/trash", auth.EditPages, pages.trashPost},
		{"POST /api/v1/pages/{id}/restore", auth.EditPages, pages.restorePost},

		{"GET /api/v1/categories", "", categories.listTerms},
		{"POST /api/v1/categories", auth.ManageTerms, categories.createTerm},
		{"GET /api/v1/tags", "", tags.listTerms},
		{"GET /api/v1/search", "", a.searchPosts},
		{"POST /api/v1/tags", auth.EditPosts, tags.createTerm},

		{"GET /api/v1/comments", "", a.listComments},
		{"POST /api/v1/comments", auth.EditPosts, a.createComment},
		{"POST /api/v1/comments/check", auth.ModerateComments, a.checkComment},
		{"GET /api/v1/comments/{id}", "", a.getComment},
		{"PATCH /api/v1/comments/{id}", auth.ModerateComments, a.updateComment},
		{"DELETE /api/v1/comments/{id}", auth.ModerateComments, a.deleteComment},
	}
}
