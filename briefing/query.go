package briefing

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
)

// Limits on a search query, so that no input makes a search slow.
const (
	MaxQueryLen   = 1024 // bytes
	MaxQueryTerms = 32
	maxWordLen    = 64 // bytes; longer words are cut
)

// Query is a parsed search: every term must match (words, prefixes,
// phrases), and every field filter given. The zero Query matches every
// briefing.
type Query struct {
	Terms     []Term
	Regions   []string // region:R, any of them
	Countries []string // country:C, any of them
	Sources   []string // source:S, any of them (a word or words of the source)
	Roles     []string // role:killed, any of them
	Since     time.Time
	Until     time.Time // inclusive: the last day
}

// Term is one thing the text must hold: a word, a prefix (a word ending in
// *) or a phrase (words in this order, "in quotes" or joined by hyphens).
type Term struct {
	Words  []string // lower case, letters and digits only
	Prefix bool     // the last word is a prefix
}

// Empty reports whether the query has neither terms nor filters.
func (q Query) Empty() bool {
	return len(q.Terms) == 0 && len(q.Regions) == 0 && len(q.Countries) == 0 &&
		len(q.Sources) == 0 && len(q.Roles) == 0 && q.Since.IsZero() && q.Until.IsZero()
}

// String writes the query back in the syntax ParseQuery reads, normalised.
func (q Query) String() string {
	var parts []string
	for _, t := range q.Terms {
		s := strings.Join(t.Words, " ")
		if len(t.Words) > 1 {
			s = `"` + s + `"`
		}
		if t.Prefix {
			s += "*"
		}
		parts = append(parts, s)
	}
	field := func(name string, vals []string) {
		for _, v := range vals {
			if strings.ContainsAny(v, " \"") {
				v = `"` + strings.ReplaceAll(v, `"`, "") + `"`
			}
			parts = append(parts, name+":"+v)
		}
	}
	field("region", q.Regions)
	field("country", q.Countries)
	field("source", q.Sources)
	field("role", q.Roles)
	if !q.Since.IsZero() {
		parts = append(parts, "since:"+q.Since.Format(DateLayout))
	}
	if !q.Until.IsZero() {
		parts = append(parts, "until:"+q.Until.Format(DateLayout))
	}
	return strings.Join(parts, " ")
}

// Roles are what a figure counts, for role: filters. Until figures carry
// a role of their own, each role stands for the extractor's category that
// holds it (killed, injured and missing are casualties), narrowed by the
// words of the figure's sentence where the index can (see
// sitrep/briefing/index).
var roleCategories = map[string]extract.Category{
	"killed": extract.Casualties, "injured": extract.Casualties, "missing": extract.Casualties,
	"casualties": extract.Casualties,
	"displaced":  extract.Displacement, "refugees": extract.Displacement, "displacement": extract.Displacement,
	"deployed": extract.Deployment, "pledged": extract.Deployment, "withdrawn": extract.Deployment,
	"deployment": extract.Deployment,
	"in_need":    extract.Humanitarian, "affected": extract.Humanitarian, "humanitarian": extract.Humanitarian,
	"held": extract.Detention, "detained": extract.Detention, "released": extract.Detention,
	"detention": extract.Detention,
	"money":     extract.Money, "duration": extract.Duration,
}

// RoleCategory is the figure category a role belongs to.
func RoleCategory(role string) (extract.Category, bool) {
	c, ok := roleCategories[role]
	return c, ok
}

// KnownRoles lists the roles a role: filter accepts, sorted.
func KnownRoles() []string {
	var out []string
	for r := range roleCategories {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// QueryError is a query that cannot be run, with what is wrong in words
// a user can act on.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return "query: " + e.Msg }

// ParseQuery reads a search query:
//
//	tawila              a word (any case, accents ignored)
//	tawi*               a prefix
//	"gran grif"         a phrase; Pont-Sondé is the phrase "pont sondé"
//	region:sahel        a field: region, country, source, role (values in
//	country:"dr congo"  quotes may hold spaces; several values of one field
//	since:2024-06-01    are alternatives), since and until (YYYY-MM-DD,
//	until:2024-10       YYYY-MM or YYYY, inclusive)
//
// Everything else is text: operators and punctuation of other search
// syntaxes (AND, NEAR, parentheses, ^, -) are words or separators, never
// syntax, and an unbalanced quote runs to the end. Errors are QueryErrors.
func ParseQuery(s string) (Query, error) {
	var q Query
	if len(s) > MaxQueryLen {
		return q, &QueryError{fmt.Sprintf("longer than %d characters", MaxQueryLen)}
	}
	s = sanitize.Line(strings.ToValidUTF8(s, " "))
	for p := 0; p < len(s); {
		r, size := utf8.DecodeRuneInString(s[p:])
		if unicode.IsSpace(r) {
			p += size
			continue
		}
		var raw string
		var quoted bool
		raw, quoted, p = nextToken(s, p)
		if err := q.add(raw, quoted); err != nil {
			return Query{}, err
		}
		if len(q.Terms) > MaxQueryTerms {
			return Query{}, &QueryError{fmt.Sprintf("more than %d words and phrases", MaxQueryTerms)}
		}
	}
	return q, nil
}

// nextToken reads one token from s[p:]: a quoted phrase, or a run up to
// the next space, in which a quote opens a phrase (field:"two words").
func nextToken(s string, p int) (tok string, quoted bool, next int) {
	if s[p] == '"' {
		end := strings.IndexByte(s[p+1:], '"')
		if end < 0 {
			return s[p+1:], true, len(s)
		}
		next = p + 1 + end + 1
		if next < len(s) && s[next] == '*' {
			return s[p+1:p+1+end] + "*", true, next + 1
		}
		return s[p+1 : p+1+end], true, next
	}
	start := p
	for p < len(s) {
		r, size := utf8.DecodeRuneInString(s[p:])
		if unicode.IsSpace(r) {
			break
		}
		if r == '"' {
			// field:"value with spaces"
			end := strings.IndexByte(s[p+1:], '"')
			if end < 0 {
				return s[start:p] + s[p+1:], false, len(s)
			}
			return s[start:p] + s[p+1:p+1+end], false, p + 1 + end + 1
		}
		p += size
	}
	return s[start:p], false, p
}

// add puts one token into the query: a field filter or a term.
func (q *Query) add(tok string, quoted bool) error {
	if !quoted {
		if name, val, ok := strings.Cut(tok, ":"); ok && val != "" {
			if done, err := q.addField(strings.ToLower(name), strings.TrimSpace(val)); done || err != nil {
				return err
			}
		}
	}
	prefix := strings.HasSuffix(tok, "*")
	words := Words(tok)
	if len(words) == 0 {
		return nil
	}
	q.Terms = append(q.Terms, Term{Words: words, Prefix: prefix})
	return nil
}

// addField sets a field filter; done is false when name is no field (the
// token is then text: "10:30" is two words).
func (q *Query) addField(name, val string) (done bool, err error) {
	if val == "" { // region:"" filters nothing: the token is dropped
		switch name {
		case "region", "country", "source", "role", "since", "until":
			return true, nil
		}
	}
	switch name {
	case "region":
		q.Regions = append(q.Regions, val)
	case "country":
		q.Countries = append(q.Countries, val)
	case "source":
		q.Sources = append(q.Sources, val)
	case "role":
		r := strings.ToLower(val)
		if _, ok := roleCategories[r]; !ok {
			return true, &QueryError{fmt.Sprintf("role %q is not known (known: %s)", sanitize.Line(val), strings.Join(KnownRoles(), ", "))}
		}
		q.Roles = append(q.Roles, r)
	case "since", "until":
		from, to, err := parsePeriod(val)
		if err != nil {
			return true, &QueryError{fmt.Sprintf("%s: %v", name, err)}
		}
		if name == "since" {
			q.Since = from
		} else {
			q.Until = to
		}
	default:
		return false, nil
	}
	return true, nil
}

var errPeriod = errors.New("want a date: YYYY-MM-DD, YYYY-MM or YYYY")

// parsePeriod reads a day, month or year as its first and last day.
func parsePeriod(s string) (from, to time.Time, err error) {
	for _, l := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{DateLayout, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(l.layout, s); err == nil && len(s) == len(l.layout) {
			return t, t.AddDate(l.years, l.months, l.days-1), nil
		}
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%q: %w", sanitize.Line(s), errPeriod)
}

// Words splits text into lower-case words of letters and digits (with
// the marks that go with them), as the index does; a run of marks alone
// is no word. Each is cut to a bounded length.
func Words(s string) []string {
	var out []string
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	}) {
		if !strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		w := strings.ToLower(f)
		if len(w) > maxWordLen {
			w = strings.ToValidUTF8(w[:maxWordLen], "")
		}
		out = append(out, w)
	}
	return out
}
