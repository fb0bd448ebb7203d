package admin

import (
	"fmt"
	"strings"

	"warta/internal/i18n"
)

// translate returns the admin message for key in language l, formatted
// with args. The Indonesian text is the key; an unknown key is shown as
// it is (a test keeps every key used in both catalogs).
func translate(l i18n.Lang, key string, args ...any) string {
	cat := idMessages
	if l == i18n.EN {
		cat = enMessages
	}
	msg, ok := cat[key]
	if !ok {
		msg = key
	}
	if len(args) == 0 {
		return strings.ReplaceAll(msg, "%%", "%")
	}
	return fmt.Sprintf(msg, args...)
}

// t translates key into the request's language.
func (a *Admin) t(rq *request, key string, args ...any) string {
	return translate(rq.lang, key, args...)
}
