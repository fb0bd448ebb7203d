package wordpress

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"warta/internal/auth"
	"warta/internal/content"
	"warta/internal/store"
)

// converterVersion is part of every checksum: when the conversion
// changes, a re-run rewrites what it converted differently.
const converterVersion = "1"

// checksum identifies what an object was written from.
func checksum(parts ...any) string {
	b, _ := json.Marshal(parts) // plain values only: cannot fail
	s := sha256.Sum256(append(b, converterVersion...))
	return hex.EncodeToString(s[:16])
}

// writeAuthors makes a user, without a password until someone invites
// them, for every author of the export and every login items name.
func (r *run) writeAuthors(ctx context.Context) error {
	r.users, r.authorIDs = map[string]int64{}, map[int64]int64{}
	err := eachOf(r.sp.authors, func(a *Author) error {
		return r.author(ctx, *a)
	})
	if err != nil {
		return err
	}
	logins := make([]string, 0, len(r.found.creators))
	for login := range r.found.creators {
		logins = append(logins, login)
	}
	sort.Strings(logins)
	for _, login := range logins {
		if r.found.authors[login] {
			continue
		}
		if err := r.author(ctx, Author{Line: r.found.creators[login], Login: login}); err != nil {
			return err
		}
	}
	return nil
}

func (r *run) author(ctx context.Context, a Author) error {
	c := r.sum.Counts[KindAuthors]
	item := fmt.Sprintf("author %q", a.Login)
	if a.Login == "" {
		r.sum.warn(a.Line, "author", "no login; posts naming no author are imported without one")
		c.Failed++
		return nil
	}
	name := a.DisplayName
	if name == "" {
		name = strings.TrimSpace(a.FirstName + " " + a.LastName)
	}
	if name == "" {
		name = a.Login
	}
	sum := checksum(a.Login, a.Email, name)
	db := r.im.db
	m, ok, err := getMap(ctx, db, kindUser, a.Login)
	if err != nil {
		return err
	}
	if ok {
		if _, err := r.im.Auth.UserByID(ctx, m.ID); err == nil {
			r.users[a.Login] = m.ID
			if a.ID > 0 {
				r.authorIDs[a.ID] = m.ID
			}
			c.Unchanged++ // people edit their own profiles in Warta: an import never overwrites them
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	id, err := r.account(ctx, a, name, item)
	if err != nil || id == 0 {
		return err
	}
	r.users[a.Login] = id
	if a.ID > 0 {
		r.authorIDs[a.ID] = id
	}
	return r.im.db.InTx(ctx, func(tx *store.Tx) error {
		if err := putMap(ctx, tx, kindUser, a.Login, id, sum); err != nil {
			return err
		}
		if a.ID > 0 {
			if err := putMap(ctx, tx, kindAuthorID, strconv.FormatInt(a.ID, 10), id, ""); err != nil {
				return err
			}
		}
		for _, p := range authorPaths(a.Login) {
			if err := putRedirect(ctx, tx, p, targetAuthor, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// account finds the user an author is (by email) or adds one, and
// returns its id (0 when it could not be added; a warning says why).
func (r *run) account(ctx context.Context, a Author, name, item string) (int64, error) {
	c := r.sum.Counts[KindAuthors]
	email, err := auth.NormalizeEmail(a.Email)
	if err != nil {
		email = content.Slugify(a.Login) + "@wordpress-import.invalid"
		if content.Slugify(a.Login) == "" {
			email = fmt.Sprintf("author-%d@wordpress-import.invalid", a.ID)
		}
		if a.Email != "" {
			r.sum.warn(a.Line, item, "invalid email address; the account gets %s until someone corrects it", email)
		}
	}
	u, err := r.im.Auth.UserByEmail(ctx, email)
	if err == nil {
		c.Unchanged++ // an existing account: the same person
		return u.ID, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return 0, err
	}
	u, err = r.im.Auth.AddUser(ctx, auth.NewUser{Email: email, Name: name, Slug: nicename(a.Login), Role: auth.Author})
	if err != nil {
		r.sum.warn(a.Line, item, "not imported: %v", err)
		c.Failed++
		return 0, nil
	}
	c.Created++
	return u.ID, nil
}

// nicename approximates WordPress's user_nicename, the author's URL slug.
func nicename(login string) string {
	if s := content.Slugify(login); s != "" {
		return s
	}
	return "penulis"
}

var reLoginPath = regexp.MustCompile(`^[a-z0-9._-]+$`)

// authorPaths are the old archive URLs of an author.
func authorPaths(login string) []string {
	paths := []string{"/author/" + nicename(login)}
	if raw := strings.ToLower(login); raw != nicename(login) && reLoginPath.MatchString(raw) {
		paths = append(paths, "/author/"+raw)
	}
	return paths
}
