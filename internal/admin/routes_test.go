package admin

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"warta/internal/auth"
	"warta/internal/comment"
	"warta/internal/content"
	"warta/internal/media"
	"warta/internal/spam"
	"warta/internal/storetest"
)

// TestEveryRouteChecksAccess walks the real route table: without a
// session every route but the public ones sends the browser to the login
// form (GET) or refuses (POST), and every role lacking a route's
// capability gets 403 whatever the rest of the request says.
func TestEveryRouteChecksAccess(t *testing.T) {
	t.Parallel()
	db := storetest.SQLite(t)
	ctx := context.Background()
	as := auth.NewService(db)
	cs := content.NewService(db, content.Options{})
	a, err := New(Deps{DB: db, Auth: as, Content: cs, Media: media.New(db, t.TempDir()),
		Comments: comment.New(db, comment.Options{Content: cs, Spam: spam.New(db, comment.DefaultSettings().Rules())})})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	sessions := map[auth.Role]string{}
	for _, r := range []auth.Role{auth.Administrator, auth.Editor, auth.Author, auth.Contributor} {
		u, err := as.AddUser(ctx, auth.NewUser{Email: string(r) + "@example.invalid", Name: string(r), Role: r})
		if err != nil {
			t.Fatal(err)
		}
		if sessions[r], _, err = as.CreateSession(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
	}
	routes := a.routes()
	if len(routes) < 40 {
		t.Fatalf("only %d routes", len(routes))
	}
	fill := strings.NewReplacer("{id}", "1", "{rev}", "1", "{file}", "x.css", "{$}", "")
	for _, rt := range routes {
		method, path, _ := strings.Cut(rt.pattern, " ")
		path = fill.Replace(path)
		t.Run(rt.pattern, func(t *testing.T) {
			t.Parallel()
			if !rt.public {
				w := httptest.NewRecorder()
				mux.ServeHTTP(w, httptest.NewRequest(method, path, nil))
				want := http.StatusUnauthorized
				if method == http.MethodGet {
					want = http.StatusSeeOther
				}
				if w.Code != want || (method == http.MethodGet && !strings.HasPrefix(w.Header().Get("Location"), "/admin/login?next=")) {
					t.Errorf("anonymous %s %s: %d %q", method, path, w.Code, w.Header().Get("Location"))
				}
			}
			if rt.need == "" || rt.public {
				return
			}
			for role, token := range sessions {
				if role.Can(rt.need) {
					continue
				}
				r := httptest.NewRequest(method, path, nil)
				r.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
				w := httptest.NewRecorder()
				mux.ServeHTTP(w, r)
				if w.Code != http.StatusForbidden {
					t.Errorf("%s without %s: %s %s answered %d", role, rt.need, method, path, w.Code)
				}
			}
		})
	}
}
