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

func TestReportsDeadlineAndThreshold(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		f.settings(func(s *Settings) { s.ReportHide = 2 })
		c := f.approve(f.submit(f.submission("budi@example.org", "Komentar yang dilaporkan.")))
		pending := f.submit(f.submission("ani@example.org", "Belum tayang."))
		bad := []struct {
			name string
			in   ReportInput
			code string
		}{
			{"unknown reason", ReportInput{CommentID: c.ID, Reason: "boring", IP: "192.0.2.1"}, CodeInvalid},
			{"long note", ReportInput{CommentID: c.ID, Reason: "abuse", Note: strings.Repeat("x", MaxNote+1), IP: "192.0.2.1"}, CodeTooLong},
			{"pending comment", ReportInput{CommentID: pending.ID, Reason: "spam", IP: "192.0.2.1"}, CodeBadParent},
			{"missing comment", ReportInput{CommentID: 424242, Reason: "spam", IP: "192.0.2.1"}, CodeBadParent},
		}
		for _, b := range bad {
			if err := f.svc.Report(ctx, b.in); code(err) != b.code {
				t.Errorf("%s: %v, want %s", b.name, err, b.code)
			}
		}
		reportedAt := f.clock.now()
		if err := f.svc.Report(ctx, ReportInput{CommentID: c.ID, Reason: "abuse", Note: "Menghina\nwarga.", IP: "192.0.2.1"}); err != nil {
			t.Fatal(err)
		}
		if err := f.svc.Report(ctx, ReportInput{CommentID: c.ID, Reason: "spam", IP: "192.0.2.1:999"}); err != nil {
			t.Fatal(err) // the same reader again: nothing changes
		}
		list, total, err := f.svc.List(ctx, ListQuery{Reported: true})
		if err != nil || total != 1 || len(list[0].Reports) != 1 {
			t.Fatalf("reported list: %d %v", total, err)
		}
		r := list[0].Reports[0]
		if r.Reason != "abuse" || r.Note != "Menghina warga." || !r.Due.Equal(reportedAt.Add(48*time.Hour)) || !r.Created.Equal(reportedAt) {
			t.Errorf("report %+v; want abuse, due 48h after %v", r, reportedAt)
		}
		if got, _ := f.svc.Get(ctx, c.ID); got.Status != Approved {
			t.Errorf("one report hid the comment (threshold 2)")
		}
		f.purged.take()
		if err := f.svc.Report(ctx, ReportInput{CommentID: c.ID, Reason: "hoax", IP: "192.0.2.2"}); err != nil {
			t.Fatal(err)
		}
		got, _ := f.svc.Get(ctx, c.ID)
		if got.Status != Pending || !slices.Contains(got.Reasons, ReasonReported) {
			t.Errorf("two reports: %s %q, want pending (reported)", got.Status, got.Reasons)
		}
		if !slices.Contains(f.purged.take(), content.KeyPost(f.post.ID)) {
			t.Error("hiding a reported comment did not purge its post")
		}
		if _, err := f.svc.SetStatus(ctx, c.ID, Approved, 0); err != nil {
			t.Fatal(err)
		}
		if _, total, _ := f.svc.List(ctx, ListQuery{Reported: true}); total != 0 {
			t.Errorf("%d reported after the moderator decided, want 0", total)
		}
		for i := range reportLimit + 1 {
			err := f.svc.Report(ctx, ReportInput{CommentID: c.ID, Reason: "spam", IP: "198.51.100.50"})
			if i == reportLimit && code(err) != CodeRateLimited {
				t.Errorf("report %d: %v, want rate_limited", i+1, err)
			}
		}
	})
}

func TestEmailConfirmation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		f.settings(func(s *Settings) { s.RequireConfirm = true; s.ModerateFirst = false; s.Notify = false })
		c := f.submit(f.submission("Nina@Example.org", "Menunggu konfirmasi."))
		if c.Status != Pending || !slices.Equal(c.Reasons, []string{ReasonUnconfirmed}) {
			t.Fatalf("unconfirmed: %s %q", c.Status, c.Reasons)
		}
		f.svc.Wait()
		mails := f.mail.take()
		if len(mails) != 1 || !slices.Equal(mails[0].to, []string{"nina@example.org"}) {
			t.Fatalf("confirmation mails: %+v", mails)
		}
		_, token, ok := strings.Cut(mails[0].body, "https://warta.example"+ConfirmPath+"?t=")
		if !ok {
			t.Fatalf("no link in %q", mails[0].body)
		}
		token = strings.Fields(token)[0]
		second := f.submit(f.submission("nina@example.org", "Komentar kedua sebelum konfirmasi."))
		f.svc.Wait()
		f.mail.take()
		if _, err := f.svc.ConfirmTarget(ctx, "wrong"); err == nil {
			t.Error("a wrong token found a comment")
		}
		target, err := f.svc.ConfirmTarget(ctx, token)
		if err != nil || target.ID != c.ID {
			t.Fatalf("target: %v %v", target, err)
		}
		got, err := f.svc.Confirm(ctx, token)
		if err != nil || got.Status != Approved || len(got.Reasons) != 0 {
			t.Fatalf("confirmed: %+v %v", got, err)
		}
		if again, _ := f.svc.Get(ctx, second.ID); again.Status != Approved {
			t.Errorf("the address's other held comment: %s, want approved", again.Status)
		}
		if !slices.Contains(f.purged.take(), content.KeyPost(f.post.ID)) {
			t.Error("confirmation did not purge the post")
		}
		if _, err := f.svc.Confirm(ctx, token); err == nil {
			t.Error("a confirmation link worked twice")
		}
		if c := f.submit(f.submission("nina@example.org", "Setelah konfirmasi.")); c.Status != Approved {
			t.Errorf("after confirmation: %s", c.Status)
		}
		// A link expires after a week; the first-comment rule still applies.
		f.settings(func(s *Settings) { s.RequireConfirm = true; s.Notify = false })
		late := f.submit(f.submission("lambat@example.org", "Konfirmasi terlambat."))
		f.svc.Wait()
		mails = f.mail.take()
		_, token, _ = strings.Cut(mails[0].body, "?t=")
		token = strings.Fields(token)[0]
		f.clock.add(confirmTTL + time.Minute)
		if _, err := f.svc.Confirm(ctx, token); err == nil {
			t.Error("an expired link worked")
		}
		if got, _ := f.svc.Get(ctx, late.ID); got.Status != Pending {
			t.Errorf("comment of an expired link: %s", got.Status)
		}
	})
}

func TestModeratorNotice(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		c := f.submit(f.submission("rahasia@example.org", "Mohon ditinjau."))
		f.svc.Wait()
		mails := f.mail.take()
		if len(mails) != 1 || !slices.Equal(mails[0].to, []string{"redaksi@example.invalid"}) {
			t.Fatalf("notices %+v; want one to the editor", mails)
		}
		m := mails[0]
		for _, want := range []string{f.post.Title, "Budi Santoso", "Mohon ditinjau.", ReasonFirst, "https://warta.example/" + f.post.Slug + "/"} {
			if !strings.Contains(m.subject+m.body, want) {
				t.Errorf("notice lacks %q:\n%s\n%s", want, m.subject, m.body)
			}
		}
		if strings.Contains(m.body, "rahasia@") {
			t.Error("the notice shows the commenter's address")
		}
		f.approve(c)
		f.submit(f.submission("rahasia@example.org", "Sudah dikenal."))
		f.submit(f.submission("rahasia@example.org", "slot gacor"))
		f.svc.Wait()
		if mails := f.mail.take(); len(mails) != 0 {
			t.Errorf("approved and spam comments sent notices: %+v", mails)
		}
		f.settings(func(s *Settings) { s.NotifyTo = []string{"moderator@example.net"} })
		f.submit(f.submission("baru@example.org", "Baru lagi."))
		f.svc.Wait()
		if mails := f.mail.take(); len(mails) != 1 || !slices.Equal(mails[0].to, []string{"moderator@example.net"}) {
			t.Errorf("notice with NotifyTo: %+v", mails)
		}
	})
}

func TestOwnComment(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		res, err := f.svc.Submit(ctx, f.submission("budi@example.org", "Punyaku."))
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.svc.Own(ctx, res.ViewToken)
		if err != nil || got.ID != res.Comment.ID || got.Status != Pending {
			t.Fatalf("own: %+v %v", got, err)
		}
		if _, err := f.svc.Own(ctx, res.ViewToken+"x"); err == nil {
			t.Error("a tampered token works")
		}
		if _, err := f.svc.Own(ctx, "v"); err == nil {
			t.Error("a garbage token works")
		}
		junk, err := f.svc.Submit(ctx, f.submission("budi@example.org", "slot gacor"))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := f.svc.Own(ctx, junk.ViewToken); err != nil || got.Status != Pending {
			t.Errorf("own spam shows as %v, %v; want pending", got, err)
		}
		if _, err := f.svc.SetStatus(ctx, res.Comment.ID, Trash, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Own(ctx, res.ViewToken); err == nil {
			t.Error("a trashed comment is shown to its writer")
		}
		f.clock.add(pendingTTL + time.Second)
		if _, err := f.svc.Own(ctx, junk.ViewToken); err == nil {
			t.Error("an expired view token works")
		}
	})
}

func TestEvaluateStoresNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		ev, err := f.svc.Evaluate(ctx, Probe{PostID: f.post.ID, Fields: Fields{Author: "X", Email: "x@example.org", Content: "Daftar slot gacor"}})
		if err != nil || ev.Status != Spam || ev.Score != 0.99 || !slices.Equal(ev.Reasons, []string{"gambling", ReasonFirst}) {
			t.Errorf("evaluate spam: %+v %v", ev, err)
		}
		ev, err = f.svc.Evaluate(ctx, Probe{PostID: f.closed.ID, Fields: Fields{Author: "X", Email: "x@example.org", Content: "Biasa saja"}})
		if err != nil || ev.Status != Pending || !slices.Equal(ev.Reasons, []string{"looks fine", ReasonFirst, "closed"}) {
			t.Errorf("evaluate ham on a closed post: %+v %v", ev, err)
		}
		if _, err := f.svc.Evaluate(ctx, Probe{PostID: f.post.ID, Fields: Fields{Author: "X", Email: "nope", Content: "x"}}); code(err) != CodeInvalid {
			t.Errorf("evaluate bad email: %v", err)
		}
		var n int
		if err := db.QueryRow(ctx, `SELECT (SELECT COUNT(*) FROM comments) + (SELECT COUNT(*) FROM comment_rate)`).Scan(&n); err != nil || n != 0 {
			t.Errorf("evaluate stored %d rows", n)
		}
	})
}

func TestStaffReply(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		reader := f.approve(f.submit(f.submission("budi@example.org", "Pertanyaan untuk redaksi?")))
		f.purged.take()
		by := Staff{ID: 1, Name: "Dewi Redaksi", Email: "redaksi@example.invalid"}
		c, err := f.svc.Reply(ctx, f.closed.ID, 0, "Kolom komentar ditutup, tetapi redaksi menjawab.", by)
		if err != nil || c.Status != Approved || !c.IsStaff() {
			t.Fatalf("reply on a closed post: %+v %v", c, err)
		}
		c, err = f.svc.Reply(ctx, f.post.ID, reader.ID, "Terima kasih, Budi.", by)
		if err != nil || c.Depth != 2 || c.ParentID != reader.ID {
			t.Fatalf("reply: %+v %v", c, err)
		}
		if !slices.Contains(f.purged.take(), content.KeyPost(f.post.ID)) {
			t.Error("staff reply did not purge")
		}
		if _, err := f.svc.Reply(ctx, f.other.ID, reader.ID, "Salah artikel.", by); code(err) != CodeBadParent {
			t.Errorf("reply under another post's comment: %v", err)
		}
		if _, err := f.svc.Reply(ctx, f.draft.ID, 0, "Draf.", by); code(err) != CodeNoPost {
			t.Errorf("reply on a draft: %v", err)
		}
	})
}

func TestSettingsRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		want := DefaultSettings()
		want.ModerateAll, want.CloseAfterDays, want.MaxDepth = true, 14, 5
		want.MinElapsed, want.BlockWords, want.BlockDomains = 7*time.Second, []string{"judi", "togel"}, []string{"judi.example"}
		want.NotifyTo = []string{"mod@example.org"}
		if err := SaveSettings(ctx, db, want); err != nil {
			t.Fatal(err)
		}
		got, err := f.svc.Settings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got.ModerateAll != true || got.CloseAfterDays != 14 || got.MaxDepth != 5 || got.MinElapsed != 7*time.Second ||
			!slices.Equal(got.BlockWords, want.BlockWords) || !slices.Equal(got.NotifyTo, want.NotifyTo) || !got.ModerateFirst {
			t.Errorf("settings %+v, want %+v", got, want)
		}
		if _, err := f.svc.Settings(ctx); err != nil {
			t.Fatal(err)
		}
		if len(f.spam.rules) != 1 || !slices.Equal(f.spam.rules[0].BlockWords, want.BlockWords) || f.spam.rules[0].MinElapsed != 7*time.Second {
			t.Errorf("rules given to the filter: %+v; want once, as saved", f.spam.rules)
		}
		for _, bad := range []func(*Settings){
			func(s *Settings) { s.MaxDepth = 0 },
			func(s *Settings) { s.RulesPage = "../x" },
			func(s *Settings) { s.RateWindow = time.Second },
			func(s *Settings) { s.NotifyTo = []string{"not an address"} },
			func(s *Settings) { s.CloseAfterDays = -1 },
		} {
			s := DefaultSettings()
			bad(&s)
			if err := SaveSettings(ctx, db, s); err == nil {
				t.Errorf("saved invalid settings %+v", s)
			}
		}
	})
}
