package api_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/api"
	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/spam"
	"warta/internal/store"
	"warta/internal/storetest"
)

// readerDomain is the domain of commenters' addresses: moderators may see
// them, nobody else.
const readerDomain = "@pembaca.test"

// learner is a spam filter that marks "slot gacor" and remembers what
// moderators taught it.
type learner struct {
	mu      sync.Mutex
	learned []bool
}

func (l *learner) Check(_ context.Context, in spam.Input) (spam.Verdict, error) {
	if strings.Contains(in.Content, "slot gacor") {
		return spam.Verdict{Decision: spam.Spam, Score: 0.98, Reasons: []string{"gambling"}}, nil
	}
	return spam.Verdict{Decision: spam.Ham, Score: 0.02}, nil
}

func (l *learner) Learn(_ context.Context, _ spam.Input, isSpam bool) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.learned = append(l.learned, isSpam)
	return nil
}

func (l *learner) taught() []bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]bool(nil), l.learned...)
}

// commentAPI is the API with comments over a fresh database: a published
// post with an approved and a pending comment.
type commentAPI struct {
	*testAPI
	comments          *comment.Service
	spam              *learner
	post, other       *content.Post
	approved, pending *comment.Comment
}

func newCommentAPI(t *testing.T, db *store.DB) *commentAPI {
	t.Helper()
	ctx := context.Background()
	ta := &testAPI{db: db, content: content.NewService(db, content.Options{}), auth: auth.NewService(db),
		users: map[string]*auth.User{}, tokens: map[string]string{}, logs: &syncBuffer{}}
	for name, role := range testRoles {
		u, err := ta.auth.AddUser(ctx, auth.NewUser{Email: name + emailDomain, Name: "Uji " + name, Role: role})
		if err != nil {
			t.Fatal(err)
		}
		if ta.tokens[name], err = ta.auth.CreateToken(ctx, u.ID, "test"); err != nil {
			t.Fatal(err)
		}
		ta.users[name] = u
	}
	ca := &commentAPI{testAPI: ta, spam: &learner{}}
	ca.comments = comment.New(db, comment.Options{Content: ta.content, Spam: ca.spam})
	mk := func(title string) *content.Post {
		p, err := ta.content.Create(ctx, content.Input{Title: title, Body: "<p>Isi.</p>", Status: content.Published,
			PublishAt: time.Now().Add(-time.Hour)}, ta.users["editor"].ID)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	ca.post, ca.other = mk("Banjir Rob di Pesisir Utara"), mk("Festival Layang-layang")
	ca.approved = ca.submit(t, "warga"+readerDomain, "Air masuk sampai ke dapur kami.")
	var err error
	if ca.approved, err = ca.comments.SetStatus(ctx, ca.approved.ID, comment.Approved, 0); err != nil {
		t.Fatal(err)
	}
	ca.pending = ca.submit(t, "baru"+readerDomain, "Kapan tanggul dibangun?")
	h := api.New(api.Deps{Content: ta.content, Auth: ta.auth, Comments: ca.comments,
		Log: slog.New(slog.NewTextHandler(ta.logs, nil))})
	mux := http.NewServeMux()
	mux.Handle(api.Prefix, h)
	ta.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		ta.srv.Close()
		if logs := ta.logs.String(); strings.Contains(logs, readerDomain) || strings.Contains(logs, emailDomain) {
			t.Error("an email address was logged")
		}
	})
	return ca
}

func (ca *commentAPI) submit(t *testing.T, email, text string) *comment.Comment {
	t.Helper()
	ctx := context.Background()
	tok, err := ca.comments.TimeToken(ctx, ca.post.ID)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ca.comments.Submit(ctx, comment.Submission{PostID: ca.post.ID, AcceptRules: true, TimeToken: tok,
		Fields: comment.Fields{Author: "Warga Pesisir", Email: email, Content: text}, IP: "192.0.2.9"})
	if err != nil {
		t.Fatal(err)
	}
	return res.Comment
}

func TestCommentAPIAccess(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ca := newCommentAPI(t, db)
		id := func(c *comment.Comment) string { return strconv.FormatInt(c.ID, 10) }
		post := strconv.FormatInt(ca.post.ID, 10)
		tests := []struct {
			method, path, as, body string
			status                 int
			has, hasNot            []string
		}{
			{"GET", "/api/v1/comments", "", "", 200, []string{`"total":1`, "Air masuk"}, []string{readerDomain, "Kapan tanggul", `"reasons"`}},
			{"GET", "/api/v1/comments?post=" + post, "author", "", 200, []string{"Air masuk"}, []string{readerDomain, `"ip_hash"`}},
			{"GET", "/api/v1/comments?status=pending", "", "", 401, nil, nil},
			{"GET", "/api/v1/comments?status=pending", "author", "", 403, nil, nil},
			{"GET", "/api/v1/comments?reported=true", "", "", 401, nil, nil},
			{"GET", "/api/v1/comments?status=pending", "editor", "", 200, []string{"Kapan tanggul", "baru" + readerDomain, `"reasons":["first_comment"]`}, []string{"Air masuk"}},
			{"GET", "/api/v1/comments?status=pending&post=" + strconv.FormatInt(ca.other.ID, 10), "editor", "", 200, []string{`"total":0`}, nil},
			{"GET", "/api/v1/comments?status=hold", "editor", "", 400, nil, nil},
			{"GET", "/api/v1/comments?post=x", "", "", 400, nil, nil},
			{"GET", "/api/v1/comments/" + id(ca.approved), "", "", 200, []string{"Air masuk"}, []string{readerDomain}},
			{"GET", "/api/v1/comments/" + id(ca.pending), "", "", 404, nil, nil},
			{"GET", "/api/v1/comments/" + id(ca.pending), "admin", "", 200, []string{"baru" + readerDomain}, nil},
			{"GET", "/api/v1/comments/abc", "admin", "", 404, nil, nil},
			{"PATCH", "/api/v1/comments/" + id(ca.pending), "", `{"status":"approved"}`, 401, nil, nil},
			{"PATCH", "/api/v1/comments/" + id(ca.pending), "author", `{"status":"approved"}`, 403, nil, nil},
			{"PATCH", "/api/v1/comments/" + id(ca.pending), "editor", `{"status":"published"}`, 422, nil, nil},
			{"PATCH", "/api/v1/comments/" + id(ca.pending), "editor", `{}`, 422, nil, nil},
			{"PATCH", "/api/v1/comments/" + id(ca.pending), "editor", `{"status":"approved","x":1}`, 400, nil, nil},
			{"DELETE", "/api/v1/comments/" + id(ca.pending), "contributor", "", 403, nil, nil},
			{"POST", "/api/v1/comments", "", `{"post":` + post + `,"content":"x"}`, 401, nil, nil},
			{"POST", "/api/v1/comments/check", "author", `{"post":` + post + `}`, 403, nil, nil},
		}
		for _, tc := range tests {
			r := ca.do(t, tc.method, tc.path, tc.as, tc.body)
			if r.status != tc.status {
				t.Errorf("%s %s as %q: %d, want %d: %s", tc.method, tc.path, tc.as, r.status, tc.status, r.body)
				continue
			}
			for _, s := range tc.has {
				if !strings.Contains(string(r.body), s) {
					t.Errorf("%s %s as %q: body lacks %s: %s", tc.method, tc.path, tc.as, s, r.body)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(string(r.body), s) {
					t.Errorf("%s %s as %q: body has %s", tc.method, tc.path, tc.as, s)
				}
			}
		}
		if got, _ := ca.comments.Get(context.Background(), ca.pending.ID); got.Status != comment.Pending {
			t.Errorf("refused requests changed the comment: %s", got.Status)
		}
		// Comments of a post that is no longer published are not public.
		if _, err := ca.content.SetStatus(context.Background(), ca.post.ID, content.Trash, time.Time{}, 0); err != nil {
			t.Fatal(err)
		}
		if r := ca.do(t, "GET", "/api/v1/comments", "", ""); !strings.Contains(string(r.body), `"total":0`) {
			t.Errorf("comments of a trashed post listed: %s", r.body)
		}
		if r := ca.do(t, "GET", "/api/v1/comments/"+id(ca.approved), "", ""); r.status != 404 {
			t.Errorf("comment of a trashed post: %d", r.status)
		}
		if r := ca.do(t, "GET", "/api/v1/comments/"+id(ca.approved), "editor", ""); r.status != 200 {
			t.Errorf("moderator on a trashed post's comment: %d", r.status)
		}
	})
}

func TestCommentAPIModeration(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ca := newCommentAPI(t, db)
		ctx := context.Background()
		path := "/api/v1/comments/" + strconv.FormatInt(ca.pending.ID, 10)
		r := ca.do(t, "PATCH", path, "editor", `{"status":"approved"}`)
		var c struct {
			Status  string
			Email   string
			Reasons []string
		}
		r.decode(t, &c)
		if r.status != 200 || c.Status != "approved" || c.Email != "baru"+readerDomain {
			t.Fatalf("approve: %d %s", r.status, r.body)
		}
		if got := ca.do(t, "GET", "/api/v1/comments", "", ""); !strings.Contains(string(got.body), `"total":2`) {
			t.Errorf("approved comment not public: %s", got.body)
		}
		ca.do(t, "PATCH", path, "admin", `{"status":"spam"}`)
		ca.do(t, "PATCH", path, "admin", `{"status":"approved"}`)
		// The first lesson is the setup's approval.
		if got := ca.spam.taught(); len(got) != 4 || got[1] || !got[2] || got[3] {
			t.Errorf("the filter was taught %v; want (setup) then not-spam, spam, not-spam", got)
		}
		// Reports show their deadline to moderators.
		if err := ca.comments.Report(ctx, comment.ReportInput{CommentID: ca.approved.ID, Reason: "hoax", Note: "keliru", IP: "198.51.100.3"}); err != nil {
			t.Fatal(err)
		}
		r = ca.do(t, "GET", "/api/v1/comments?reported=true", "editor", "")
		var list struct {
			Items []struct {
				ID        int64
				ReportDue string `json:"report_due"`
				Reports   []struct{ Reason, Note, Due string }
			}
		}
		r.decode(t, &list)
		if len(list.Items) != 1 || list.Items[0].ID != ca.approved.ID || len(list.Items[0].Reports) != 1 || list.Items[0].Reports[0].Reason != "hoax" {
			t.Fatalf("reported: %s", r.body)
		}
		due, err := time.Parse(time.RFC3339, list.Items[0].ReportDue)
		if err != nil || time.Until(due) < 47*time.Hour || time.Until(due) > 49*time.Hour {
			t.Errorf("report due %q, want 48 hours from now", list.Items[0].ReportDue)
		}
		// Staff reply, then delete.
		post := strconv.FormatInt(ca.post.ID, 10)
		r = ca.do(t, "POST", "/api/v1/comments", "author", `{"post":`+post+`,"parent":`+strconv.FormatInt(ca.approved.ID, 10)+`,"content":"Tanggul dibangun tahun depan."}`)
		var reply struct {
			ID     int64
			Staff  bool
			Status string
			Author string
			Parent int64
		}
		r.decode(t, &reply)
		if r.status != 201 || !reply.Staff || reply.Status != "approved" || reply.Author != "Uji author" || reply.Parent != ca.approved.ID {
			t.Fatalf("staff reply: %d %s", r.status, r.body)
		}
		bad := []struct{ body, field string }{
			{`{"content":"x"}`, "post"},
			{`{"post":` + post + `,"content":" "}`, "content"},
			{`{"post":999999,"content":"x"}`, "post"},
			{`{"post":` + post + `,"parent":` + strconv.FormatInt(ca.other.ID+1000, 10) + `,"content":"x"}`, "parent"},
		}
		for _, b := range bad {
			r := ca.do(t, "POST", "/api/v1/comments", "editor", b.body)
			if _, field := r.apiError(); r.status != 422 || field != b.field {
				t.Errorf("reply %s: %d %s", b.body, r.status, r.body)
			}
		}
		rp := "/api/v1/comments/" + strconv.FormatInt(reply.ID, 10)
		if r := ca.do(t, "DELETE", rp, "editor", ""); r.status != 200 || !strings.Contains(string(r.body), `"status":"trash"`) {
			t.Errorf("delete: %d %s", r.status, r.body)
		}
		if r := ca.do(t, "DELETE", rp+"?force=true", "editor", ""); r.status != 200 {
			t.Errorf("force delete: %d %s", r.status, r.body)
		}
		if r := ca.do(t, "GET", rp, "editor", ""); r.status != 404 {
			t.Errorf("deleted comment: %d", r.status)
		}
	})
}

func TestCommentAPICheck(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ca := newCommentAPI(t, db)
		post := strconv.FormatInt(ca.post.ID, 10)
		var before int
		db.QueryRow(context.Background(), `SELECT COUNT(*) FROM comments`).Scan(&before)
		tests := []struct {
			body, status, decision string
			reasons                []string
			code                   int
		}{
			{`{"post":` + post + `,"author":"A","email":"a@pembaca.test","comment":"Daftar slot gacor sekarang","elapsed_ms":9000}`, "spam", "spam", []string{"gambling", "first_comment"}, 200},
			{`{"post":` + post + `,"author":"A","email":"warga@pembaca.test","content":"Terima kasih infonya","elapsed_ms":9000}`, "approved", "ham", []string{}, 200},
			{`{"post":` + post + `,"author":"A","email":"bukan-email","content":"x"}`, "", "", nil, 422},
			{`{"post":999999,"author":"A","email":"a@pembaca.test","content":"x"}`, "", "", nil, 422},
			{`{"post":` + post + `,"elapsed_ms":-1}`, "", "", nil, 400},
		}
		for _, tc := range tests {
			r := ca.do(t, "POST", "/api/v1/comments/check", "editor", tc.body)
			if r.status != tc.code {
				t.Errorf("%s: %d %s", tc.body, r.status, r.body)
				continue
			}
			if tc.code != 200 {
				continue
			}
			var got struct {
				Decision, Status string
				Score            float64
				Reasons          []string
			}
			r.decode(t, &got)
			if got.Status != tc.status || got.Decision != tc.decision || strings.Join(got.Reasons, ",") != strings.Join(tc.reasons, ",") {
				t.Errorf("%s: %+v", tc.body, got)
			}
		}
		var after int
		db.QueryRow(context.Background(), `SELECT COUNT(*) FROM comments`).Scan(&after)
		if after != before {
			t.Errorf("check stored %d comments", after-before)
		}
	})
}
