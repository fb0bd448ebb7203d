package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language Warta publishes in, as its ISO 639-1 code.
type Lang string

// The languages Warta ships catalogs for. ID is the default.
const (
	ID Lang = "id"
	EN Lang = "en"
)

// Langs returns every supported language, the default first.
func Langs() []Lang { return []Lang{ID, EN} }

// Parse returns the Lang named by s ("id" or "en", any case, surrounding
// space ignored).
func Parse(s string) (Lang, error) {
	switch Lang(strings.ToLower(strings.TrimSpace(s))) {
	case ID:
		return ID, nil
	case EN:
		return EN, nil
	}
	return "", fmt.Errorf("i18n: unsupported language %q (want id or en)", s)
}

// T returns the message for key in language l, formatted with args the way
// fmt.Sprintf does. An unknown key is returned as it is, unformatted; an
// unknown language uses the Indonesian catalog.
func T(l Lang, key string, args ...any) string {
	msg, ok := catalog(l)[key]
	if !ok {
		return key
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// Has reports whether language l's catalog has a message for key.
func Has(l Lang, key string) bool {
	_, ok := catalog(l)[key]
	return ok
}

// catalog returns the read-only message table of l.
func catalog(l Lang) map[string]string {
	if l == EN {
		return enMessages
	}
	return idMessages
}
