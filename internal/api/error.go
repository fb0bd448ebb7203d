package api

import (
	"errors"
	"net/http"

	"warta/internal/content"
	"warta/internal/store"
)

// apiError is an error whose text is meant for the client.
type apiError struct {
	status  int
	code    string // stable, for programs
	field   string // the JSON field or query parameter at fault, if any
	message string // for people
	bearer  string // RFC 6750 error for WWW-Authenticate, on 401 only
}

func (e *apiError) Error() string {
	if e.field != "" {
		return "api: " + e.field + ": " + e.message
	}
	return "api: " + e.message
}

func errBadRequest(code, field, message string) error {
	return &apiError{status: http.StatusBadRequest, code: code, field: field, message: message}
}

func errUnauthorized(message string) error {
	return &apiError{status: http.StatusUnauthorized, code: "unauthorized", message: message}
}

func errInvalidToken(message string) error {
	return &apiError{status: http.StatusUnauthorized, code: "unauthorized", message: message, bearer: "invalid_token"}
}

func errForbidden(message string) error {
	return &apiError{status: http.StatusForbidden, code: "forbidden", message: message}
}

func errPostNotFound() error {
	return &apiError{status: http.StatusNotFound, code: "not_found", message: "no such post"}
}

// errorBody is the JSON shape of every error response.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Field   string `json:"field,omitempty"`
		Message string `json:"message"`
	} `json:"error"`
}

// publicError maps err to what the client may see. ok is false for
// internal errors, whose cause must be logged and not shown.
func publicError(err error) (e *apiError, ok bool) {
	var ae *apiError
	var fe *content.FieldError
	switch {
	case errors.As(err, &ae):
		return ae, true
	case errors.As(err, &fe):
		return &apiError{status: http.StatusUnprocessableEntity, code: fe.Code, field: fe.Field, message: fe.Message}, true
	case errors.Is(err, store.ErrNotFound):
		return &apiError{status: http.StatusNotFound, code: "not_found", message: "not found"}, true
	case errors.Is(err, content.ErrConflict):
		return &apiError{status: http.StatusConflict, code: "conflict",
			message: "the post was changed since you loaded it; load it again and reapply your change"}, true
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large",
			message: "the request body is larger than 4 MiB"}, true
	}
	return &apiError{status: http.StatusInternalServerError, code: "internal", message: "internal error"}, false
}

// writeError answers err. Internal errors are logged with their cause.
func (a *api) writeError(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := publicError(err)
	if !ok {
		a.log.ErrorContext(r.Context(), "api request failed",
			"method", r.Method, "path", r.URL.Path, "err", err)
	}
	if e.status == http.StatusUnauthorized {
		v := `Bearer realm="warta"`
		if e.bearer != "" {
			v += `, error="` + e.bearer + `"`
		}
		w.Header().Set("WWW-Authenticate", v)
	}
	var body errorBody
	body.Error.Code, body.Error.Field, body.Error.Message = e.code, e.field, e.message
	if err := writeJSON(w, e.status, body); err != nil {
		a.log.ErrorContext(r.Context(), "api error response failed", "err", err)
	}
}
