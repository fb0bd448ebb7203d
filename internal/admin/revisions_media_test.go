package admin_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"warta/internal/content"
	"warta/internal/store"
)

func TestRevisionsCompareRestore(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		ctx := context.Background()
		p := ts.post(t, "author", content.Input{Title: "Banjir rob di pesisir", Body: "<p>Air laut naik sejak pagi.</p>"})
		in := p.Input()
		in.Title, in.Body = "Banjir rob meluas", "<p>Air laut naik sejak subuh.</p><p>Paragraf tambahan.</p>"
		if _, err := ts.content.Update(ctx, p.ID, in, ts.users["author"].ID); err != nil {
			t.Fatal(err)
		}
		revs, _ := ts.content.Revisions(ctx, p.ID)
		if len(revs) != 2 {
			t.Fatalf("%d revisions", len(revs))
		}
		old, cur := revs[1], revs[0]
		cmp := ts.req(t, "author", "GET", path(p, "/revisions/compare?from="+itoa(old.ID)+"&to="+itoa(cur.ID)), nil)
		for _, want := range []string{"<del>pagi.</del>", "<ins>subuh.</ins>", "<ins>&lt;p&gt;Paragraf tambahan.&lt;/p&gt;</ins>", "<del>di pesisir</del>"} {
			if !strings.Contains(cmp.body, want) {
				t.Errorf("comparison lacks %s", want)
			}
		}
		if res := ts.req(t, "author", "GET", path(p, "/revisions/compare?from=x&to=1"), nil); res.status != 400 {
			t.Errorf("bad compare: %d", res.status)
		}
		other := ts.post(t, "author", content.Input{Title: "Lain"})
		otherRevs, _ := ts.content.Revisions(ctx, other.ID)
		if res := ts.req(t, "author", "GET", path(p, "/revisions/compare?from="+itoa(otherRevs[0].ID)+"&to="+itoa(cur.ID)), nil); res.status != 404 {
			t.Errorf("another post's revision: %d", res.status)
		}
		if res := ts.req(t, "contributor", "POST", path(p, "/revisions/"+itoa(old.ID)+"/restore"), url.Values{}); res.status != 403 {
			t.Errorf("restore by another user: %d", res.status)
		}
		if res := ts.req(t, "author", "POST", path(p, "/revisions/"+itoa(old.ID)+"/restore"), url.Values{}); res.status != 303 {
			t.Fatalf("restore: %d", res.status)
		}
		got, _ := ts.content.Get(ctx, p.ID)
		if got.Title != "Banjir rob di pesisir" || got.Body != "<p>Air laut naik sejak pagi.</p>" {
			t.Errorf("restored %q %q", got.Title, got.Body)
		}
		if revs, _ := ts.content.Revisions(ctx, p.ID); len(revs) != 3 {
			t.Errorf("restore should add a revision, have %d", len(revs))
		}
	})
}

// upload posts files as a multipart form for who.
func (ts *testSite) upload(t *testing.T, who string, files map[string][]byte, fields url.Values) response {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("csrf_token", ts.csrf[who])
	for k, vs := range fields {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	for name, data := range files {
		w, _ := mw.CreateFormFile("file", name)
		w.Write(data)
	}
	mw.Close()
	r, _ := http.NewRequest("POST", ts.srv.URL+"/admin/media", &b)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.Header.Set("Origin", ts.srv.URL)
	r.AddCookie(&http.Cookie{Name: "warta_session", Value: ts.tokens[who]})
	return ts.do(t, r)
}

func TestMediaLibrary(t *testing.T) {
	eachDB(t, func(t *testing.T, db *store.DB) {
		ts := newTestSite(t, db, false)
		ctx := context.Background()
		res := ts.upload(t, "author", map[string][]byte{"Sawah Hijau.png": testPNG(t, 900, 600)}, url.Values{"alt": {"Sawah hijau"}, "caption": {"Musim tanam."}})
		if res.status != 303 {
			t.Fatalf("upload: %d\n%s", res.status, snippet(res.body))
		}
		items, total, err := ts.media.List(ctx, "", 10, 0)
		if err != nil || total != 1 || items[0].Alt != "Sawah hijau" || len(items[0].Variants) != 5 {
			t.Fatalf("library after upload: %d %+v %v", total, items, err)
		}
		it := items[0]
		if res := get(t, ts.srv.URL+it.Variants[0].URL()); res.status != 200 {
			t.Errorf("variant not served: %d", res.status)
		}
		for name, data := range map[string][]byte{
			"halaman.jpg": []byte("<!doctype html><html><script>alert(1)</script></html>"),
			"bom.png":     bombPNGBytes(),
		} {
			res := ts.upload(t, "author", map[string][]byte{name: data}, nil)
			if res.status != 422 || !strings.Contains(res.body, name+": bukan gambar") {
				t.Errorf("%s: %d\n%s", name, res.status, snippet(res.body))
			}
		}
		if _, total, _ := ts.media.List(ctx, "", 10, 0); total != 1 {
			t.Errorf("rejected uploads were stored: %d files", total)
		}
		if res := ts.upload(t, "contributor", map[string][]byte{"x.png": testPNG(t, 10, 10)}, nil); res.status != 403 {
			t.Errorf("contributor upload: %d", res.status)
		}
		json := ts.req(t, "contributor", "GET", "/admin/media.json?q=sawah", nil)
		if !strings.Contains(json.body, `"alt":"Sawah hijau"`) || !strings.Contains(json.body, `-480.png`) {
			t.Errorf("picker json: %s", json.body)
		}
		id := strconv.FormatInt(it.ID, 10)
		if res := ts.req(t, "author", "POST", "/admin/media/"+id, url.Values{"alt": {"Sawah di lereng"}, "caption": {""}}); res.status != 303 {
			t.Errorf("describe: %d", res.status)
		}
		// A file in use is not deleted without a second confirmation.
		p := ts.post(t, "author", content.Input{Title: "Panen", Body: `<figure><img src="` + it.URL + `" alt="x"><figcaption>y</figcaption></figure>`})
		res = ts.req(t, "author", "POST", "/admin/media/"+id+"/delete", url.Values{})
		if res.status != 409 || !strings.Contains(res.body, "Panen") || !strings.Contains(res.body, `name="confirm" value="1"`) {
			t.Fatalf("delete of a used file: %d\n%s", res.status, snippet(res.body))
		}
		if _, err := ts.media.Get(ctx, it.ID); err != nil {
			t.Fatal("the used file was deleted without confirmation")
		}
		if res := ts.req(t, "author", "POST", "/admin/media/"+id+"/delete", url.Values{"confirm": {"1"}}); res.status != 303 {
			t.Fatalf("confirmed delete: %d", res.status)
		}
		if res := get(t, ts.srv.URL+it.URL); res.status != 404 {
			t.Errorf("deleted file still served: %d", res.status)
		}
		_ = p
	})
}
