package metric

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// exposition is a parsed scrape: series value by "name{a="x",b="y"}" with
// labels sorted, and the TYPE of every family.
type exposition struct {
	values map[string]float64
	types  map[string]string
}

// mustParse parses a scrape and fails t if it is not valid.
func mustParse(t *testing.T, text string) exposition {
	t.Helper()
	e, err := parseExposition(text)
	if err != nil {
		t.Fatalf("invalid exposition: %v\n%s", err, text)
	}
	return e
}

// parseExposition checks text against the Prometheus text format 0.0.4 the
// way a strict scraper would and reports the first violation.
func parseExposition(text string) (exposition, error) {
	e := exposition{values: map[string]float64{}, types: map[string]string{}}
	if text == "" || !strings.HasSuffix(text, "\n") {
		return e, fmt.Errorf("exposition must end with a newline")
	}
	helps := map[string]bool{}
	done := map[string]bool{} // families whose block has ended
	current := ""
	hist := map[string][]bucket{} // histogram series (without le) -> buckets
	for n, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		fail := func(format string, args ...any) (exposition, error) {
			return e, fmt.Errorf("line %d %q: %s", n+1, line, fmt.Sprintf(format, args...))
		}
		if strings.HasPrefix(line, "#") {
			f := strings.SplitN(line, " ", 4)
			if len(f) < 3 || (f[1] != "HELP" && f[1] != "TYPE") {
				return fail("comment is neither HELP nor TYPE")
			}
			name := f[2]
			if !validName(name) || done[name] {
				return fail("bad or repeated family %q", name)
			}
			enter(&current, name, done)
			switch f[1] {
			case "HELP":
				if helps[name] {
					return fail("second HELP")
				}
				helps[name] = true
				if len(f) == 4 && strings.ContainsAny(strings.ReplaceAll(strings.ReplaceAll(f[3], `\\`, ""), `\n`, ""), "\\\n") {
					return fail("bad escape in HELP")
				}
			case "TYPE":
				if _, ok := e.types[name]; ok || len(f) != 4 || !slices.Contains([]string{"counter", "gauge", "histogram", "summary", "untyped"}, f[3]) {
					return fail("bad or repeated TYPE")
				}
				e.types[name] = f[3]
			}
			continue
		}
		name, labels, value, err := parseSample(line)
		if err != "" {
			return fail("%s", err)
		}
		family, suffix := name, ""
		for _, s := range []string{"_bucket", "_sum", "_count"} {
			if base := strings.TrimSuffix(name, s); base != name && e.types[base] == "histogram" {
				family, suffix = base, s
			}
		}
		if e.types[family] == "" || family != current {
			return fail("sample of %q outside its family block (TYPE first)", family)
		}
		if e.types[family] == "histogram" && suffix == "" {
			return fail("histogram sample without _bucket/_sum/_count")
		}
		if e.types[family] == "counter" && (value < 0 || math.IsNaN(value)) {
			return fail("negative counter")
		}
		key := seriesKey(name, labels)
		if _, dup := e.values[key]; dup {
			return fail("duplicate series")
		}
		e.values[key] = value
		if suffix == "_bucket" {
			le, ok := labels["le"]
			if !ok {
				return fail("bucket without le")
			}
			delete(labels, "le")
			b := seriesKey(family, labels)
			bound, perr := parseValue(le)
			if perr != nil {
				return fail("bad le %q", le)
			}
			hist[b] = append(hist[b], bucket{bound, value})
		}
	}
	for series, bs := range hist {
		for i := 1; i < len(bs); i++ {
			if bs[i].le <= bs[i-1].le || bs[i].n < bs[i-1].n {
				return e, fmt.Errorf("%s: buckets not ascending and cumulative: %v", series, bs)
			}
		}
		last := bs[len(bs)-1]
		name, rest, _ := strings.Cut(series, "{")
		count, ok := e.values[name+"_count{"+rest]
		if _, hasSum := e.values[name+"_sum{"+rest]; !math.IsInf(last.le, 1) || !ok || count != last.n || !hasSum {
			return e, fmt.Errorf("%s: needs a +Inf bucket equal to _count (%v) and a _sum", series, count)
		}
	}
	return e, nil
}

type bucket struct{ le, n float64 }

func enter(current *string, name string, done map[string]bool) {
	if *current != name {
		if *current != "" {
			done[*current] = true
		}
		*current = name
	}
}

// parseSample reads `name{l="v",...} value` (labels optional).
func parseSample(line string) (name string, labels map[string]string, value float64, problem string) {
	labels = map[string]string{}
	i := strings.IndexAny(line, "{ ")
	if i <= 0 || !validName(line[:i]) {
		return "", nil, 0, "bad metric name"
	}
	name, rest := line[:i], line[i:]
	if rest[0] == '{' {
		rest = rest[1:]
		for {
			if strings.HasPrefix(rest, "}") {
				rest = rest[1:]
				break
			}
			eq := strings.IndexByte(rest, '=')
			if eq <= 0 || !validLabelName(rest[:eq]) || len(rest) < eq+2 || rest[eq+1] != '"' {
				return "", nil, 0, "bad label"
			}
			lname := rest[:eq]
			rest = rest[eq+2:]
			var v strings.Builder
			closed := false
			for len(rest) > 0 && !closed {
				c := rest[0]
				rest = rest[1:]
				switch c {
				case '"':
					closed = true
				case '\\':
					if len(rest) == 0 {
						return "", nil, 0, "dangling escape"
					}
					switch rest[0] {
					case '\\':
						v.WriteByte('\\')
					case '"':
						v.WriteByte('"')
					case 'n':
						v.WriteByte('\n')
					default:
						return "", nil, 0, "unknown escape"
					}
					rest = rest[1:]
				case '\n':
					return "", nil, 0, "raw newline in label"
				default:
					v.WriteByte(c)
				}
			}
			if !closed {
				return "", nil, 0, "unterminated label value"
			}
			if _, dup := labels[lname]; dup {
				return "", nil, 0, "duplicate label"
			}
			labels[lname] = v.String()
			rest = strings.TrimPrefix(rest, ",")
		}
	}
	if !strings.HasPrefix(rest, " ") || strings.Contains(rest[1:], " ") {
		return "", nil, 0, "want exactly one space then a value (no timestamp)"
	}
	f, err := parseValue(rest[1:])
	if err != nil {
		return "", nil, 0, "bad value"
	}
	return name, labels, f, ""
}

func parseValue(s string) (float64, error) {
	switch s {
	case "+Inf":
		return math.Inf(1), nil
	case "-Inf":
		return math.Inf(-1), nil
	case "NaN":
		return math.NaN(), nil
	}
	return strconv.ParseFloat(s, 64)
}

func validLabelName(s string) bool { return validName(s) && !strings.Contains(s, ":") }

// seriesKey is name{a="x",b="y"} with labels sorted and values quoted by Go rules.
func seriesKey(name string, labels map[string]string) string {
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + strconv.Quote(labels[k])
	}
	return name + "{" + strings.Join(parts, ",") + "}"
}

func TestParseExpositionRejects(t *testing.T) {
	t.Parallel()
	// The checker itself must catch what it claims to catch.
	bad := map[string]string{
		"no TYPE":          "x 1\n",
		"no newline":       "# TYPE x gauge\nx 1",
		"bad escape":       "# TYPE x gauge\nx{a=\"\\q\"} 1\n",
		"split family":     "# TYPE x gauge\nx 1\n# TYPE y gauge\ny 1\nx{a=\"b\"} 1\n",
		"missing +Inf":     "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n",
		"not cumulative":   "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n",
		"count mismatch":   "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 1\n",
		"duplicate series": "# TYPE x counter\nx{a=\"1\"} 1\nx{a=\"1\"} 2\n",
		"bad name":         "# TYPE 1x gauge\n1x 1\n",
	}
	for name, text := range bad {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if _, err := parseExposition(text); err == nil {
				t.Errorf("checker accepted %q", text)
			}
		})
	}
}
