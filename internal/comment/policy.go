package comment

import (
	"slices"

	"warta/internal/spam"
)

// facts are what the policy knows about a new comment.
type facts struct {
	settings  Settings
	verdict   spam.Verdict // the content classifier's
	known     bool         // the address has an approved comment
	confirmed bool         // the address went through the one-time link
	script    bool         // the time token came from the script, not the cached page
	repeated  bool         // the same text went to other posts lately
}

// decide applies WordPress's default policy with Warta's extra flags: the
// classifier's spam is spam and its hold is pending; otherwise a comment
// is approved unless something below holds it. It returns the status and
// every reason the comment was held or marked spam.
func decide(f facts) (Status, []string) {
	var reasons []string
	if f.verdict.Decision != spam.Ham {
		reasons = append(reasons, f.verdict.Reasons...)
		if len(reasons) == 0 {
			reasons = append(reasons, "classifier")
		}
	}
	held := []struct {
		on     bool
		reason string
	}{
		{f.settings.ModerateAll, ReasonModerateAll},
		{f.settings.ModerateFirst && !f.known, ReasonFirst},
		{f.settings.RequireConfirm && !f.confirmed && !f.known, ReasonUnconfirmed},
		{!f.script, ReasonNoScript},
		{f.repeated, ReasonRepeated},
	}
	for _, h := range held {
		if h.on {
			reasons = append(reasons, h.reason)
		}
	}
	switch {
	case f.verdict.Decision == spam.Spam:
		return Spam, reasons
	case len(reasons) > 0:
		return Pending, reasons
	}
	return Approved, nil
}

// without returns reasons less drop.
func without(reasons []string, drop string) []string {
	return slices.DeleteFunc(slices.Clone(reasons), func(r string) bool { return r == drop })
}
