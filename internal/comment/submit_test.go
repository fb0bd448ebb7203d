package comment

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"warta/internal/content"
	"warta/internal/store"
	"warta/internal/storetest"
)

func TestPolicyFirstCommentWaitsThenAppears(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		first := f.submit(f.submission("budi@example.org", "Jembatan ini sangat membantu warga desa kami."))
		if first.Status != Pending || !slices.Equal(first.Reasons, []string{ReasonFirst}) {
			t.Fatalf("first comment: %s %q, want pending first_comment", first.Status, first.Reasons)
		}
		if keys := f.purged.take(); len(keys) != 0 {
			t.Errorf("a pending comment purged %v", keys)
		}
		second := f.submit(f.submission("budi@example.org", "Satu lagi: kapan jembatan kedua dibangun?"))
		if second.Status != Pending {
			t.Errorf("second comment before any approval: %s, want pending", second.Status)
		}
		f.approve(first)
		keys := f.purged.take()
		for _, k := range []string{content.KeyPost(f.post.ID), content.KeyHome, content.KeyTerm(f.post.Categories[0].ID)} {
			if !slices.Contains(keys, k) {
				t.Errorf("approval purged %v, lacking %s", keys, k)
			}
		}
		third := f.submit(f.submission("BUDI@example.org", "Terima kasih atas liputannya yang lengkap."))
		if third.Status != Approved || len(third.Reasons) != 0 {
			t.Errorf("comment from an approved address: %s %q, want approved", third.Status, third.Reasons)
		}
		if !slices.Contains(f.purged.take(), content.KeyPost(f.post.ID)) {
			t.Error("an approved comment did not purge its post")
		}
		flagged := f.submit(f.submission("budi@example.org", "Saya ragu-ragu soal angka ini."))
		if flagged.Status != Pending || !slices.Equal(flagged.Reasons, []string{"uncertain"}) {
			t.Errorf("flagged comment from an approved address: %s %q", flagged.Status, flagged.Reasons)
		}
		junk := f.submit(f.submission("budi@example.org", "Main slot gacor di sini"))
		if junk.Status != Spam || !slices.Equal(junk.Reasons, []string{"gambling"}) || junk.Score != 0.99 {
			t.Errorf("spam: %s %q %v", junk.Status, junk.Reasons, junk.Score)
		}
		stored, err := f.svc.Get(ctx, junk.ID)
		if err != nil || stored.Status != Spam || !slices.Equal(stored.Reasons, []string{"gambling"}) || stored.Email != "budi@example.org" {
			t.Errorf("stored spam: %+v %v", stored, err)
		}
		if stored.IPHash == "" || strings.Contains(stored.IPHash, "203.0.113") {
			t.Errorf("IP stored as %q, want a hash", stored.IPHash)
		}
		thread, err := f.svc.Thread(ctx, f.post.ID)
		if err != nil || len(thread) != 2 || thread[0].ID != first.ID || thread[1].ID != third.ID {
			t.Errorf("thread: %d comments, %v", len(thread), err)
		}
		counts, err := f.svc.Counts(ctx, []int64{f.post.ID, f.other.ID})
		if err != nil || counts[f.post.ID] != 2 || counts[f.other.ID] != 0 {
			t.Errorf("counts %v, %v", counts, err)
		}
	})
}

func TestModerationTeachesTheFilter(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		c := f.submit(f.submission("ani@example.org", "Komentar pertama saya."))
		f.approve(c)
		if got := f.spam.takeLearned(); !slices.Equal(got, []learned{{c.Content, false}}) {
			t.Errorf("approving a held comment taught %v", got)
		}
		if _, err := f.svc.SetStatus(ctx, c.ID, Spam, 0); err != nil {
			t.Fatal(err)
		}
		if got := f.spam.takeLearned(); !slices.Equal(got, []learned{{c.Content, true}}) {
			t.Errorf("marking spam taught %v", got)
		}
		if !slices.Contains(f.purged.take(), content.KeyPost(f.post.ID)) {
			t.Error("unapproving did not purge the post")
		}
		if _, err := f.svc.SetStatus(ctx, c.ID, Trash, 0); err != nil {
			t.Fatal(err)
		}
		if got := f.spam.takeLearned(); len(got) != 0 {
			t.Errorf("trashing taught %v", got)
		}
		if keys := f.purged.take(); len(keys) != 0 {
			t.Errorf("spam to trash purged %v", keys)
		}
		f.approve(c)
		if err := f.svc.Delete(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(f.purged.take(), content.KeyPost(f.post.ID)) {
			t.Error("deleting an approved comment did not purge the post")
		}
		if _, err := f.svc.Get(ctx, c.ID); err == nil {
			t.Error("deleted comment still there")
		}
	})
}

func TestThreadingAndDepth(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		f.settings(func(s *Settings) { s.ModerateFirst = false })
		reply := func(parent int64, text string) (*Comment, error) {
			sub := f.submission("rina@example.org", text)
			sub.ParentID = parent
			res, err := f.svc.Submit(ctx, sub)
			if err != nil {
				return nil, err
			}
			return res.Comment, nil
		}
		top, err := reply(0, "Level satu.")
		if err != nil || top.Depth != 1 || top.Status != Approved {
			t.Fatalf("top: %+v %v", top, err)
		}
		two, err := reply(top.ID, "Level dua.")
		if err != nil || two.Depth != 2 || two.ParentID != top.ID {
			t.Fatalf("reply: %+v %v", two, err)
		}
		three, err := reply(two.ID, "Level tiga.")
		if err != nil || three.Depth != 3 {
			t.Fatalf("depth 3: %+v %v", three, err)
		}
		if _, err := reply(three.ID, "Level empat."); code(err) != CodeTooDeep {
			t.Errorf("reply past depth 3: %v, want too_deep", err)
		}
		held, err := reply(top.ID, "Saya ragu-ragu.")
		if err != nil || held.Status != Pending {
			t.Fatalf("held reply: %+v %v", held, err)
		}
		if _, err := reply(held.ID, "Balasan untuk yang belum tayang."); code(err) != CodeBadParent {
			t.Errorf("reply to a pending comment: %v, want bad_parent", err)
		}
		if _, err := reply(999999, "Balasan untuk yang tidak ada."); code(err) != CodeBadParent {
			t.Errorf("reply to a missing comment: %v, want bad_parent", err)
		}
		elsewhere := f.submission("rina@example.org", "Di artikel lain.")
		elsewhere.PostID = f.other.ID
		elsewhere.TimeToken, _ = f.svc.TimeToken(ctx, f.other.ID)
		other, err := f.svc.Submit(ctx, elsewhere)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := reply(other.Comment.ID, "Balasan lintas artikel."); code(err) != CodeBadParent {
			t.Errorf("reply to another post's comment: %v, want bad_parent", err)
		}
		f.settings(func(s *Settings) { s.ModerateFirst = false; s.MaxDepth = 2 })
		if _, err := reply(two.ID, "Sekarang terlalu dalam."); code(err) != CodeTooDeep {
			t.Errorf("depth setting 2: %v, want too_deep", err)
		}
		thread, err := f.svc.Thread(ctx, f.post.ID)
		if err != nil {
			t.Fatal(err)
		}
		tree := Tree(thread)
		if len(tree) != 1 || len(tree[0].Replies) != 1 || len(tree[0].Replies[0].Replies) != 1 {
			t.Errorf("tree shape wrong: %d top", len(tree))
		}
	})
}

func TestRateLimitsAcrossServers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		f.settings(func(s *Settings) { s.IPLimit = 3; s.EmailLimit = 2 })
		// A second server: its own Service over the same database.
		second := New(db, Options{Content: f.content, Spam: f.spam, Now: f.clock.now})
		servers := []*Service{f.svc, second}
		send := func(i int, email, ip, text string) error {
			sub := f.submission(email, text)
			sub.IP = ip
			_, err := servers[i%2].Submit(ctx, sub)
			return err
		}
		for i, email := range []string{"a@example.org", "b@example.org", "c@example.org"} {
			if err := send(i, email, "198.51.100.9", "Komentar nomor "+email); err != nil {
				t.Fatalf("comment %d: %v", i, err)
			}
		}
		if err := send(3, "d@example.org", "198.51.100.9", "Komentar keempat"); code(err) != CodeRateLimited {
			t.Errorf("4th comment from one IP over two servers: %v, want rate_limited", err)
		}
		if err := send(0, "a@example.org", "192.0.2.1", "Dari alamat lain"); err != nil {
			t.Errorf("second comment of an address: %v", err)
		}
		if err := send(1, "a@example.org", "192.0.2.2", "Dari alamat ketiga"); code(err) != CodeRateLimited {
			t.Errorf("3rd comment of one address: %v, want rate_limited", err)
		}
		if err := send(0, "e@example.org", "[2001:db8:5:6::1]:80", "IPv6 satu"); err != nil {
			t.Fatal(err)
		}
		for i := range 2 {
			if err := send(i, "f"+string(rune('0'+i))+"@example.org", "[2001:db8:5:6::abcd]:80", "IPv6 lagi "+string(rune('a'+i))); err != nil {
				t.Fatal(err)
			}
		}
		if err := send(0, "g@example.org", "[2001:db8:5:6:ffff::9]:80", "IPv6 keempat"); code(err) != CodeRateLimited {
			t.Errorf("4th comment from one IPv6 /64: %v, want rate_limited", err)
		}
		var n int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM comments`).Scan(&n); err != nil || n != 7 {
			t.Errorf("%d comments stored, want 7 (refused ones are not)", n)
		}
		f.clock.add(25 * time.Minute)
		if err := send(1, "d@example.org", "198.51.100.9", "Setelah jeda"); err != nil {
			t.Errorf("after the window: %v", err)
		}
		f.clock.add(26 * time.Hour)
		if err := f.svc.Maintain(ctx); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM comment_rate`).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d rate counters left after a day, want 0", n)
		}
	})
}

func TestDuplicates(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		text := "Artikel yang bagus, semoga pemerintah daerah segera bertindak."
		f.submit(f.submission("budi@example.org", text))
		_, err := f.svc.Submit(ctx, f.submission("budi@example.org", "  "+strings.ToUpper(text[:1])+text[1:]+"  "))
		if code(err) != CodeDuplicate {
			t.Errorf("same text again: %v, want duplicate", err)
		}
		if c := f.submit(f.submission("ani@example.org", text)); c.Status != Pending {
			t.Errorf("someone else saying the same: %s", c.Status)
		}
		sub := f.submission("spammer@example.org", text)
		sub.PostID = f.other.ID
		sub.TimeToken, _ = f.svc.TimeToken(ctx, f.other.ID)
		res, err := f.svc.Submit(ctx, sub)
		if err != nil || !slices.Contains(res.Comment.Reasons, ReasonRepeated) {
			t.Errorf("same text on another post: %v, %v", res, err)
		}
		short := f.submission("budi@example.org", "Mantap!")
		f.submit(short)
		sub = f.submission("ani@example.org", "Mantap!")
		sub.PostID = f.other.ID
		sub.TimeToken, _ = f.svc.TimeToken(ctx, f.other.ID)
		if res, err := f.svc.Submit(ctx, sub); err != nil || slices.Contains(res.Comment.Reasons, ReasonRepeated) {
			t.Errorf("short thanks on another post flagged as repeated: %v %v", res, err)
		}
		f.clock.add(repeatWindow + time.Hour)
		sub = f.submission("lain@example.org", text)
		sub.PostID = f.other.ID
		sub.TimeToken, _ = f.svc.TimeToken(ctx, f.other.ID)
		if res, err := f.svc.Submit(ctx, sub); err != nil || slices.Contains(res.Comment.Reasons, ReasonRepeated) {
			t.Errorf("a day later still repeated: %v %v", res, err)
		}
	})
}

func TestClosedAndMissingPosts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		for _, tc := range []struct {
			name string
			post int64
			code string
		}{
			{"closed post", f.closed.ID, CodeClosed},
			{"draft", f.draft.ID, CodeNoPost},
			{"missing", 987654, CodeNoPost},
		} {
			sub := f.submission("budi@example.org", "Halo.")
			sub.PostID = tc.post
			sub.TimeToken, _ = f.svc.TimeToken(ctx, tc.post)
			if _, err := f.svc.Submit(ctx, sub); code(err) != tc.code {
				t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
			}
		}
		f.settings(func(s *Settings) { s.CloseAfterDays = 7 })
		sub := f.submission("budi@example.org", "Artikel lama.")
		sub.PostID = f.other.ID
		sub.TimeToken, _ = f.svc.TimeToken(ctx, f.other.ID)
		if _, err := f.svc.Submit(ctx, sub); code(err) != CodeClosed {
			t.Errorf("30-day-old post with a 7-day limit: %v, want closed", err)
		}
		if _, err := f.svc.Submit(ctx, f.submission("budi@example.org", "Artikel baru.")); err != nil {
			t.Errorf("new post with a 7-day limit: %v", err)
		}
		var n int
		if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM comments`).Scan(&n); err != nil || n != 1 {
			t.Errorf("%d comments stored, want 1", n)
		}
		st, _ := LoadSettings(ctx, db)
		if want := f.post.Published.AddDate(0, 0, 7); !st.ClosesAt(f.post).Equal(want) {
			t.Errorf("ClosesAt = %v, want %v", st.ClosesAt(f.post), want)
		}
		// Maintain purges the page of a post when its comments close.
		if err := f.svc.Maintain(ctx); err != nil {
			t.Fatal(err)
		}
		f.purged.take()
		f.clock.add(7 * 24 * time.Hour)
		if err := f.svc.Maintain(ctx); err != nil {
			t.Fatal(err)
		}
		if keys := f.purged.take(); !slices.Contains(keys, content.KeyPost(f.post.ID)) || slices.Contains(keys, content.KeyPost(f.other.ID)) {
			t.Errorf("closing purged %v; want the post that just closed only", keys)
		}
	})
}

func TestTimeTrapAndRules(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		sub := f.submission("budi@example.org", "Komentar.")
		if _, err := f.svc.Submit(ctx, sub); err != nil {
			t.Fatal(err)
		}
		if got := f.spam.lastInput().Elapsed; got != 10*time.Second {
			t.Errorf("elapsed given to the filter: %v, want 10s", got)
		}
		bad := []struct {
			name  string
			token func() string
		}{
			{"missing", func() string { return "" }},
			{"garbage", func() string { return "abc.def" }},
			{"other post", func() string { s, _ := f.svc.TimeToken(ctx, f.other.ID); return s }},
			{"tampered", func() string { s, _ := f.svc.TimeToken(ctx, f.post.ID); return "x" + s }},
			{"a day old", func() string {
				s, _ := f.svc.TimeToken(ctx, f.post.ID)
				f.clock.add(maxFormAge + time.Minute)
				return s
			}},
		}
		for i, b := range bad {
			s := f.submission("budi@example.org", "Komentar lain "+b.name)
			s.TimeToken = b.token()
			if _, err := f.svc.Submit(ctx, s); code(err) != CodeExpired {
				t.Errorf("%d %s token: %v, want expired", i, b.name, err)
			}
		}
		page, err := f.svc.PageToken(ctx, f.post.ID)
		if err != nil {
			t.Fatal(err)
		}
		f.clock.add(30 * 24 * time.Hour) // a page cached for a month still works
		s := f.submission("budi@example.org", "Tanpa skrip.")
		s.TimeToken = page
		res, err := f.svc.Submit(ctx, s)
		if err != nil || !slices.Contains(res.Comment.Reasons, ReasonNoScript) || res.Comment.Status != Pending {
			t.Errorf("page token: %+v %v, want pending with %s", res, err, ReasonNoScript)
		}
		s = f.submission("budi@example.org", "Tanpa centang aturan.")
		s.AcceptRules = false
		if _, err := f.svc.Submit(ctx, s); code(err) != CodeRules {
			t.Errorf("rules not accepted: %v, want rules", err)
		}
		f.settings(func(st *Settings) { st.RequireRules = false })
		if _, err := f.svc.Submit(ctx, s); err != nil {
			t.Errorf("rules not required: %v", err)
		}
		s = f.submission("budi@example.org", "Bot mengisi semua ruas.")
		s.Honeypot = "https://judi.example"
		res, err = f.svc.Submit(ctx, s)
		if err != nil || res.Comment.Status != Spam || f.spam.lastInput().Honeypot == "" {
			t.Errorf("honeypot: %+v %v", res, err)
		}
	})
}
