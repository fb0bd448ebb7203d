package api

import (
	"errors"
	"net/http"
	"strings"

	"warta/internal/auth"
	"warta/internal/store"
)

// authenticate returns the user owning the request's bearer token, or nil
// for a request without an Authorization header. A header that is present
// but wrong is an error even on public routes, so that a client with an
// expired token learns about it instead of silently seeing less.
func (a *api) authenticate(r *http.Request) (*auth.User, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return nil, nil
	}
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return nil, errInvalidToken("the Authorization header must be \"Bearer <token>\"")
	}
	u, err := a.auth.Authenticate(r.Context(), strings.TrimSpace(token))
	if errors.Is(err, store.ErrNotFound) {
		return nil, errInvalidToken("the bearer token is not valid")
	}
	if err != nil {
		return nil, err
	}
	return u, nil
}
