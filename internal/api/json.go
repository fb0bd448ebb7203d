package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
)

// maxRequest bounds every request body.
const maxRequest = 4 << 20

// writeJSON encodes v completely before writing anything, so an encoding
// failure can still be answered with a clean 500.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return fmt.Errorf("api: encode response: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
	return nil
}

// fields is the set of top-level keys a JSON object holds, lower-cased as
// encoding/json matches them to struct fields.
type fields map[string]bool

// has reports whether the object held key.
func (f fields) has(key string) bool { return f[key] }

// readJSON decodes the request's JSON object into v, rejecting unknown
// fields and values of the wrong type, and returns which fields the object
// held (so PATCH can tell "absent" from "set to empty"). An empty body is
// an error unless optional, when it reads as {}.
func readJSON(w http.ResponseWriter, r *http.Request, v any, optional bool) (fields, error) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequest))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, err
		}
		return nil, errBadRequest("malformed_json", "", "the request body could not be read")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if optional {
			return fields{}, nil
		}
		return nil, errBadRequest("malformed_json", "", "the request body is empty; a JSON object is expected")
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, decodeError(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return nil, decodeError(err)
	}
	present := make(fields, len(raw))
	for k := range raw {
		present[strings.ToLower(k)] = true
	}
	return present, nil
}

// decodeError turns an encoding/json error into a 400 naming the field
// where possible.
func decodeError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return errBadRequest("malformed_json", "", fmt.Sprintf("malformed JSON at byte %d: %s", syntax.Offset, syntax.Error()))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errBadRequest("malformed_json", "", "malformed JSON: the body ends too early")
	case errors.As(err, &typ):
		if typ.Field == "" {
			return errBadRequest("wrong_type", "", "the request body must be a JSON object")
		}
		return errBadRequest("wrong_type", typ.Field,
			fmt.Sprintf("%s must be %s, not a JSON %s", typ.Field, describe(typ.Type), typ.Value))
	}
	// encoding/json has no typed error for unknown fields.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name = strings.Trim(name, `"`)
		return errBadRequest("unknown_field", name, fmt.Sprintf("unknown field %q", name))
	}
	return errBadRequest("malformed_json", "", "malformed JSON")
}

// describe names a Go type the way a JSON client thinks of it.
func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(describe(t.Elem()), "a "), "an ") + "s"
	case reflect.Pointer:
		return describe(t.Elem())
	}
	return "an object"
}
