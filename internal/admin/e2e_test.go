package admin_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"warta/internal/browsertest"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"warta/internal/content"
	"warta/internal/storetest"
)

// browser starts headless Chromium for one test, or skips the test when
// there is none (outside CI only: CI must run these tests). Every console
// error, CSP violation and uncaught exception is collected in problems.
func browser(t *testing.T) (ctx context.Context, problems func() []string) {
	t.Helper()
	return browsertest.Start(t, 90*time.Second)
}

// shot saves a screenshot when WARTA_E2E_SHOTS names a directory.
func shot(t *testing.T, ctx context.Context, name string) {
	dir := os.Getenv("WARTA_E2E_SHOTS")
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(80))
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	_ = os.WriteFile(filepath.Join(dir, name+".jpg"), buf, 0o644)
}

// testPNG is a small generated picture.
func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 150, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestBrowserWriteScheduleRestore(t *testing.T) {
	t.Parallel()
	ctx, problems := browser(t)
	ts := newTestSite(t, storetest.SQLite(t), true)
	bg := context.Background()
	if _, err := ts.content.CreateTerm(bg, content.Category, content.TermInput{Name: "Lingkungan"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.media.Upload(bg, "pantai.png", bytes.NewReader(testPNG(t, 1000, 560)), "Ombak di pantai berpasir", "Pantai di pagi hari.", ts.users["editor"].ID); err != nil {
		t.Fatal(err)
	}
	base := ts.srv.URL
	when := ts.clock.now().In(jakarta(t)).Add(2 * time.Hour).Format("2006-01-02T15:04")
	err := chromedp.Do(ctx, append(loginSteps(base, "/admin/", "editor@example.invalid"), writeSteps(base, when)...)...)
	if err != nil {
		t.Fatalf("writing: %v (problems: %v)", err, problems())
	}
	// Paste from Word: its list paragraphs become a list, its styles go.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](wordPaste)); err != nil {
		t.Fatalf("paste: %v", err)
	}
	shot(t, ctx, "editor")
	slug, err := chromedp.Run(ctx, chromedp.Value(`#slug`))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(`button[value=schedule]`),
		chromedp.WaitVisible(`p.notice`),
	); err != nil {
		t.Fatalf("scheduling: %v", err)
	}
	shot(t, ctx, "scheduled")
	if slug != "hutan-bakau-kembali-tumbuh" {
		t.Errorf("slug from title = %q", slug)
	}
	p, err := ts.content.BySlug(bg, content.TypePost, "hutan-bakau-kembali-tumbuh")
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != content.Scheduled || len(p.Categories) != 1 {
		t.Fatalf("saved as %s with %d categories", p.Status, len(p.Categories))
	}
	for _, want := range []string{"<h2>Hasil setahun</h2>", "<li><p><strong>Luas:</strong> dua belas hektare</p></li><li><p><strong>Bibit:</strong> empat ribu batang</p></li></ul>",
		`alt="Ombak di pantai berpasir"`, "<figcaption>Pantai di pagi hari.</figcaption>",
		"<li><p><strong>Dana:</strong> dua miliar</p></li><li><p><strong>Relawan:</strong> tiga ratus</p></li>", "<p>Teks biasa dari Word.</p>"} {
		if !strings.Contains(p.Body, want) {
			t.Errorf("body lacks %s:\n%s", want, p.Body)
		}
	}
	for _, junk := range []string{"mso", "Calibri", "color:", "o:p", "·"} {
		if strings.Contains(p.Body, junk) {
			t.Errorf("pasted Word junk %q survived:\n%s", junk, p.Body)
		}
	}
	url := ts.srv.URL + strings.TrimPrefix(mustURL(t, ts, p), "http://warta.test")
	if res := get(t, url); res.status != 404 {
		t.Errorf("scheduled post visible before its time: %d", res.status)
	}
	ts.clock.advance(2*time.Hour + time.Minute)
	if ids, err := ts.content.PublishDue(bg); err != nil || len(ids) != 1 {
		t.Fatalf("PublishDue = %v, %v", ids, err)
	}
	res := get(t, url)
	if res.status != 200 || !strings.Contains(res.body, "Hasil setahun") || !strings.Contains(res.body, "Pantai di pagi hari.") {
		t.Fatalf("published article: %d", res.status)
	}
	if !strings.Contains(res.body, `type="image/webp"`) || !strings.Contains(res.body, `-480.webp 480w`) || !strings.Contains(res.body, `width="1000" height="560"`) {
		t.Errorf("featured image without srcset, WebP or size:\n%s", res.body)
	}

	restoreFirstRevision(t, ctx, ts, p)
	if ps := problems(); len(ps) > 0 {
		t.Errorf("browser reported problems (CSP violations, errors): %v", ps)
	}
}

// enter presses Enter once (SendKeys' "\r" also sends a char event, which
// the editor takes as a second Enter).
func enter() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
			p := input.DispatchKeyEventParams{Type: typ, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13}
			if typ == input.DispatchKeyEventTypeKeyDown {
				p.Text = "\r"
			}
			if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestBrowserMediaDrop(t *testing.T) {
	t.Parallel()
	ctx, problems := browser(t)
	ts := newTestSite(t, storetest.SQLite(t), true)
	b64 := base64.StdEncoding.EncodeToString(testPNG(t, 700, 400))
	drop := `(() => {
		const bin = Uint8Array.from(atob("` + b64 + `"), c => c.charCodeAt(0));
		const dt = new DataTransfer();
		dt.items.add(new File([bin], "tenda-pengungsi.png", {type: "image/png"}));
		document.querySelector("[data-dropzone]").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true;
	})()`
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.srv.URL+"/admin/login"),
		chromedp.WaitVisible(`#email`),
		chromedp.SendKeys(`#email`, "author@example.invalid"),
		chromedp.SendKeys(`#password`, password),
		chromedp.Click(`button[type=submit].primary`),
		chromedp.WaitVisible(`a[href="/admin/posts/new"]`),
		chromedp.Navigate(ts.srv.URL+"/admin/media"),
		chromedp.WaitVisible(`[data-dropzone]`),
	)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](drop)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`p.notice`), chromedp.WaitVisible(`.media-grid img`)); err != nil {
		t.Fatalf("after drop: %v", err)
	}
	shot(t, ctx, "media")
	items, total, err := ts.media.List(context.Background(), "tenda", 10, 0)
	if err != nil || total != 1 || items[0].Width != 700 {
		t.Fatalf("dropped file not stored: %d %v", total, err)
	}
	if ps := problems(); len(ps) > 0 {
		t.Errorf("browser reported problems: %v", ps)
	}
}

func TestBrowserModerateComment(t *testing.T) {
	t.Parallel()
	ctx, problems := browser(t)
	ts := newTestSite(t, storetest.SQLite(t), true)
	fx := newFixture(t, ts)
	c := ts.submit(t, fx.pubA.ID, "Pembaca Pesisir", "Apakah jadwal penanaman berikutnya sudah ada?")
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.srv.URL+"/admin/comments"),
		chromedp.WaitVisible(`#email`),
		chromedp.SendKeys(`#email`, "editor@example.invalid"),
		chromedp.SendKeys(`#password`, password),
		chromedp.Click(`button[type=submit].primary`),
		chromedp.WaitVisible(`#c-`+itoa(c.ID)),
		chromedp.Click(`#c-`+itoa(c.ID)+` summary`),
		chromedp.SendKeys(`#reply-`+itoa(c.ID), "Jadwal berikutnya diumumkan pekan depan."),
		chromedp.Click(`#c-`+itoa(c.ID)+` details button[type=submit]`),
		chromedp.WaitVisible(`p.notice`),
	)
	if err != nil {
		t.Fatalf("moderating: %v (problems: %v)", err, problems())
	}
	shot(t, ctx, "comments")
	got, err := ts.comments.Get(context.Background(), c.ID)
	if err != nil || got.Status != "approved" {
		t.Fatalf("the replied comment is %v (%v), want approved", got, err)
	}
	public := get(t, ts.srv.URL+strings.TrimPrefix(mustURL(t, ts, fx.pubA), "http://warta.test"))
	if !strings.Contains(public.body, "Apakah jadwal penanaman") || !strings.Contains(public.body, "Jadwal berikutnya diumumkan") {
		t.Error("the approved comment and the reply are not on the article")
	}
	// Mark a second comment as spam with the bulk form.
	c2 := ts.submit(t, fx.pubA.ID, "Penjual Obat", "Beli sekarang, murah sekali!")
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.srv.URL+"/admin/comments?status=pending"),
		chromedp.WaitVisible(`#sel-`+itoa(c2.ID)),
		chromedp.Click(`#sel-`+itoa(c2.ID)),
		chromedp.SetValue(`#bulk_action`, "spam"),
		chromedp.Click(`#bulk-comments button[type=submit]`),
		chromedp.WaitVisible(`p.notice`),
	); err != nil {
		t.Fatalf("bulk spam: %v", err)
	}
	if got, _ := ts.comments.Get(context.Background(), c2.ID); got.Status != "spam" {
		t.Errorf("bulk spam left %s", got.Status)
	}
	if ps := problems(); len(ps) > 0 {
		t.Errorf("browser reported problems: %v", ps)
	}
}

// loginSteps sign in as email from the login page path redirects to.
func loginSteps(base, path, email string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + path),
		chromedp.WaitVisible(`#email`),
		chromedp.SendKeys(`#email`, email),
		chromedp.SendKeys(`#password`, password),
		chromedp.Click(`button[type=submit].primary`),
		chromedp.WaitVisible(`a[href="/admin/posts/new"]`),
	}
}

// writeSteps write an article with a paragraph, a heading, a list with
// bold lead-ins and a captioned library image, pick a category and a
// featured image, and set its publication time.
func writeSteps(base, when string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + "/admin/posts/new"),
		chromedp.WaitVisible(`.wysiwyg-content`),
		chromedp.SendKeys(`#title`, "Hutan bakau kembali tumbuh"),
		chromedp.Click(`.wysiwyg-content`),
		chromedp.SendKeys(`.wysiwyg-content`, "Warga menanam bibit bakau sepanjang pesisir."),
		enter(),
		chromedp.Click(`button[data-cmd=h2]`),
		chromedp.SendKeys(`.wysiwyg-content`, "Hasil setahun"),
		enter(),
		chromedp.Click(`button[data-cmd=bullet]`),
		chromedp.Click(`button[data-cmd=bold]`),
		chromedp.SendKeys(`.wysiwyg-content`, "Luas:"),
		chromedp.Click(`button[data-cmd=bold]`),
		chromedp.SendKeys(`.wysiwyg-content`, " dua belas hektare"),
		enter(),
		chromedp.Click(`button[data-cmd=bold]`),
		chromedp.SendKeys(`.wysiwyg-content`, "Bibit:"),
		chromedp.Click(`button[data-cmd=bold]`),
		chromedp.SendKeys(`.wysiwyg-content`, " empat ribu batang"),
		enter(),
		enter(),
		chromedp.Click(`button[data-cmd=image]`),
		chromedp.WaitVisible(`#media-picker .media-choice`),
		chromedp.Click(`#media-picker .media-choice`),
		chromedp.WaitVisible(`.wysiwyg-content figure figcaption`),
		chromedp.Click(`label[for^="cat-"]`),
		chromedp.Click(`button[data-pick-featured]`),
		chromedp.WaitVisible(`#media-picker .media-choice`),
		chromedp.Click(`#media-picker .media-choice`),
		chromedp.WaitVisible(`#featured-preview`),
		chromedp.SetValue(`#publish_at`, when),
	}
}

// wordPaste pastes what Word puts on the clipboard for a two-item bulleted
// list with bold lead-ins and a styled paragraph.
const wordPaste = `(() => {
	const html = '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span><b>Dana:</b> dua miliar<o:p></o:p></p>' +
		'<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span><b>Relawan:</b> tiga ratus<o:p></o:p></p>' +
		'<p class=MsoNormal style="color:red"><span style="font-family:Calibri">Teks biasa dari Word.</span></p>';
	const dt = new DataTransfer();
	dt.setData("text/html", html);
	dt.setData("text/plain", "Dana: dua miliar");
	const ed = document.querySelector(".wysiwyg-content");
	ed.focus();
	ed.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	return true;
	})()`

// restoreFirstRevision saves p under a wrong title, compares the two
// latest revisions and restores the first, which brings the title back.
func restoreFirstRevision(t *testing.T, ctx context.Context, ts *testSite, p *content.Post) {
	t.Helper()
	base, bg := ts.srv.URL, context.Background()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/admin/posts/"+itoa(p.ID)),
		chromedp.WaitVisible(`.wysiwyg-content`),
		chromedp.SetValue(`#title`, "Judul yang keliru"),
		chromedp.Click(`button[value=save]`),
		chromedp.WaitVisible(`p.notice`),
		chromedp.Navigate(base+"/admin/posts/"+itoa(p.ID)+"/revisions"),
		chromedp.WaitVisible(`table.list`),
		chromedp.Click(`button.primary`),
		chromedp.WaitVisible(`.diff-lines`),
	); err != nil {
		t.Fatalf("revisions: %v", err)
	}
	shot(t, ctx, "compare")
	revs, _ := ts.content.Revisions(bg, p.ID)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/admin/posts/"+itoa(p.ID)+"/revisions"),
		chromedp.WaitVisible(`table.list`),
		chromedp.Click(`button[form="restore-`+itoa(revs[len(revs)-1].ID)+`"]`),
		chromedp.WaitVisible(`p.notice`),
	); err != nil {
		t.Fatalf("restore: %v", err)
	}
	if p2, _ := ts.content.Get(bg, p.ID); p2.Title != "Hutan bakau kembali tumbuh" {
		t.Errorf("after restore the title is %q", p2.Title)
	}
}
