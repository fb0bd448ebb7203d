package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/demo"
	"warta/internal/setting"
)

// demoAdminEmail is the login of the administrator the demo creates.
const demoAdminEmail = "admin@demo.warta.invalid"

type demoLogin struct{ email, password string }

func runDemo(ctx context.Context, env *environment, args []string) error {
	cfg, rest, err := parseFlags(env, "demo", args, nil)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	a, err := openApp(ctx, env, cfg, false)
	if err != nil {
		return err
	}
	defer a.close()
	empty, err := siteIsEmpty(ctx, a)
	if err != nil {
		return err
	}
	if !empty {
		return fmt.Errorf("the site already has content; demo content loads only into an empty site")
	}
	login, err := loadDemo(ctx, a, env)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "Admin login: %s  password: %s\n", login.email, login.password)
	return nil
}

// loadDemoIfEmpty loads the demo when the site has no posts yet and
// returns the admin login it created, or nil.
func loadDemoIfEmpty(ctx context.Context, a *app, env *environment) (*demoLogin, error) {
	empty, err := siteIsEmpty(ctx, a)
	if err != nil || !empty {
		return nil, err
	}
	return loadDemo(ctx, a, env)
}

func siteIsEmpty(ctx context.Context, a *app) (bool, error) {
	var n int
	if err := a.db.QueryRow(ctx, `SELECT COUNT(*) FROM posts`).Scan(&n); err != nil {
		return false, fmt.Errorf("count posts: %w", err)
	}
	return n == 0, nil
}

// loadDemo writes the demo portal: settings, an administrator, authors,
// categories, static pages and articles with their generated images.
func loadDemo(ctx context.Context, a *app, env *environment) (*demoLogin, error) {
	st := setting.Defaults()
	st.Title, st.Tagline = demo.SiteTitle, demo.SiteTagline
	if err := setting.Save(ctx, a.db, st); err != nil {
		return nil, err
	}
	login := &demoLogin{email: demoAdminEmail, password: randomPassword()}
	admin, err := a.auth.AddUser(ctx, auth.NewUser{Email: login.email, Name: "Admin Redaksi", Slug: "admin", Role: auth.Administrator, Password: login.password})
	if err != nil {
		return nil, err
	}
	authors := map[string]int64{}
	for _, au := range demo.Authors() {
		u, err := a.auth.AddUser(ctx, auth.NewUser{Email: au.Email, Name: au.Name, Slug: au.Slug, Bio: au.Bio, Role: auth.Author})
		if err != nil {
			return nil, err
		}
		authors[au.Slug] = u.ID
	}
	for _, c := range demo.Categories() {
		in := content.TermInput{Name: c.Name, Slug: c.Slug, Description: c.Description, Parent: c.Parent}
		if _, err := a.content.CreateTerm(ctx, content.Category, in); err != nil {
			return nil, fmt.Errorf("category %s: %w", c.Slug, err)
		}
	}
	for _, p := range demo.Pages() {
		in := content.Input{Type: content.TypePage, Status: content.Published, Title: p.Title, Slug: p.Slug, Body: p.Body, AuthorID: admin.ID}
		if _, err := a.content.Create(ctx, in, admin.ID); err != nil {
			return nil, fmt.Errorf("page %s: %w", p.Slug, err)
		}
	}
	articles := demo.Articles()
	now := time.Now().In(a.cfg.Location)
	bar := newProgress(env.stderr, "demo articles", len(articles))
	for i, art := range articles {
		if err := a.loadDemoArticle(ctx, art, authors[art.Author], now); err != nil {
			return nil, fmt.Errorf("article %q: %w", art.Title, err)
		}
		bar.set(i + 1)
	}
	bar.done(fmt.Sprintf("%d articles, %d pages, %d categories, %d authors", len(articles), len(demo.Pages()), len(demo.Categories()), len(authors)))
	return login, nil
}

func (a *app) loadDemoArticle(ctx context.Context, art demo.Article, authorID int64, now time.Time) error {
	body := art.Body
	for i, img := range art.InlineImages {
		it, err := a.media.Save(ctx, img.Name, img.PNG(), img.Alt, img.Caption, authorID)
		if err != nil {
			return err
		}
		body = strings.ReplaceAll(body, fmt.Sprintf(`src="{{img:%d}}"`, i),
			fmt.Sprintf(`src="%s" width="%d" height="%d"`, it.URL, it.Width, it.Height))
	}
	feat, err := a.media.Save(ctx, art.Image.Name, art.Image.PNG(), art.Image.Alt, art.Image.Caption, authorID)
	if err != nil {
		return err
	}
	day := now.AddDate(0, 0, -art.DaysAgo)
	at := time.Date(day.Year(), day.Month(), day.Day(), art.Hour, art.Minute, 0, 0, now.Location())
	if at.After(now) {
		at = now.Add(-time.Duration(art.DaysAgo+1) * time.Minute)
	}
	_, err = a.content.Create(ctx, content.Input{
		Status: content.Published, Title: art.Title, Lead: art.Lead, Body: body, Excerpt: art.Excerpt,
		PublishAt: at, Categories: art.Categories, Tags: art.Tags, AuthorID: authorID,
		Image: content.Image{URL: feat.URL, Alt: art.Image.Alt, Caption: art.Image.Caption, Width: feat.Width, Height: feat.Height},
	}, authorID)
	return err
}

func randomPassword() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
