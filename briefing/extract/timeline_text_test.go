package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// eventTexts returns strings for the event helpers: some by hand, the rest
// random runs of words, punctuation, white space of every kind, control
// and format characters, dashes and broken UTF-8.
func eventTexts() []string {
	cases := []string{
		"", " ", "a", "  a  b  ", "And then, however, the army said", "The UN said: 70 people—at least—died",
		"2,900 troops; (about) 430 deployed – so far,", "So  also\tyet\nMeanwhile", "ADDITIONALLY, Kenya",
		"x\u200bY\u00a0z\u2028w\u0085v", "\xff\xfe broken \xe2\x80", "\xe2\x80\x94\xe2\x80\x93,:;()",
		"Officials said that 70 people had died in the attack", "told reporters that the force was stretched",
		"Police SAID the gangs controlled the capital", benchArticle,
	}
	parts := []string{
		"and", "And", "but", "however,", "Also", "yet", "so", "then", "meanwhile", "additionally",
		"said", "Said", "told", "that", "That", "reporters", "announced", "the", "The", "army", "KENYA",
		"deployment", "deploy", "Ünïcode", "ÉTAT", "straße", "\u212aelvin", "x", "20", "2,900", "3.5",
		",", ", ", ":", ": ", ";", "(", ")", "—", "–", "-", ".", "\"", "“", "’s", "'s",
		" ", "  ", "\t", "\n", "\r", "\v", "\x00", "\x1f", "\x7f", "\u0085", "\u00a0", "\u2003", "\u3000",
		"\u200b", "\u200f", "\ufeff", "\u00ad", "\xff", "\xe2\x80", "\xe2",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 4000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		cases = append(cases, b.String())
	}
	return cases
}

// TestCollapseSpace checks the one-pass collapseSpace against joining the
// fields between white space and control characters, which it replaced.
func TestCollapseSpace(t *testing.T) {
	sep := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }
	for _, s := range eventTexts() {
		if got, want := collapseSpace(s), strings.Join(strings.FieldsFunc(s, sep), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
	// A string with nothing to change is returned without a copy.
	s := "troops arrived on Monday"
	if got := collapseSpace(" " + s + "\n"); got != s {
		t.Fatalf("collapseSpace trims to %q", got)
	}
	if n := testing.AllocsPerRun(10, func() { collapseSpace(s + " ") }); n != 0 {
		t.Errorf("collapseSpace of a clean string allocates %v times", n)
	}
}

// TestCleanEventLinkingWords checks that linking words are dropped in any
// case, as the lower-casing version did, and that a word merely starting
// like one stays.
func TestCleanEventLinkingWords(t *testing.T) {
	for in, want := range map[string]string{
		"And then, the army withdrew":        "the army withdrew",
		"HOWEVER the talks failed":           "the talks failed",
		"Meanwhile, also, troops arrived":    "troops arrived",
		"Andrew said the talks failed":       "Andrew said the talks failed",
		"Sober officials said":               "Sober officials said",
		"yet":                                "",
		"\u212and the army said":             "\u212and the army said",
		"Additionally\u200b, aid was cut.":   "aid was cut",
		"  Then\tthe\n\nconvoy   left —  ":   "the convoy left",
		"\u00c9tat officials said on Monday": "\u00c9tat officials said on Monday",
	} {
		if got := cleanEvent(in); got != want {
			t.Errorf("cleanEvent(%q) = %q, want %q", in, got, want)
		}
	}
	for _, s := range eventTexts() {
		if got, want := isLinkingWord(s), linkingWordByLower(s); got != want {
			t.Fatalf("isLinkingWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// linkingWordByLower is the test isLinkingWord replaced.
func linkingWordByLower(w string) bool {
	switch lowerKey(w) {
	case "and", "but", "however", "additionally", "meanwhile", "then", "so", "also", "yet":
		return true
	}
	return false
}

// TestClauseSegments checks the byte scan against the rune scan it
// replaced: the same cuts, broken UTF-8 included (the commas of a list,
// listComma, cut neither).
func TestClauseSegments(t *testing.T) {
	slow := func(s string) []Span {
		var out []Span
		start := 0
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			cut := false
			switch r {
			case ';', '(', ')', '—', '–':
				cut = true
			case ',', ':':
				cut = i+n >= len(s) || s[i+n] == ' ' || s[i+n] == '\n'
				cut = cut && !(r == ',' && listComma(s, start, i)) // "a church, a school and"
			}
			if cut {
				out = append(out, Span{start, i})
				start = i + n
			}
			i += n
		}
		return append(out, Span{start, len(s)})
	}
	for _, s := range append(eventTexts(), "a\xe2\xe2\x80\x94b", "\xf0\x9f\xe2\x80\x93,") {
		if got, want := clauseSegments(s), slow(s); !slices.Equal(got, want) {
			t.Fatalf("clauseSegments(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContentStems checks the packed stems against the strings they
// replaced: two events share a stem exactly when they shared the string.
func TestContentStems(t *testing.T) {
	slow := func(s string) []string {
		var out []string
		for i := 0; i < len(s) && len(out) < 24; {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
			j := i + n
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				j += n
			}
			w := lowerKey(s[i:j])
			i = j
			if len(w) < 3 || eventStopwords[w] {
				continue
			}
			out = append(out, w[:min(len(w), 5)])
		}
		return out
	}
	texts := eventTexts()
	for k, s := range texts {
		want := slow(s)
		got := contentStems(nil, s)
		if len(got) != len(want) {
			t.Fatalf("contentStems(%q): %d stems, want %d (%q)", s, len(got), len(want), want)
		}
		for i := range want {
			if got[i] != stemOf(want[i]) {
				t.Fatalf("contentStems(%q)[%d] is not the stem of %q", s, i, want[i])
			}
		}
		o := texts[(k*7+1)%len(texts)]
		if a, b := sameEvent(got, contentStems(nil, o)), sameEventStrings(want, slow(o)); a != b {
			t.Fatalf("sameEvent(%q, %q) = %v, want %v", s, o, a, b)
		}
	}
	if stemOf("deploy") != stemOf("deployment") || stemOf("dep") == stemOf("dep\x00") {
		t.Error("stems of different strings are equal, or of equal stems different")
	}
}

// sameEventStrings is sameEvent on the string stems it used to take.
func sameEventStrings(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return 2*n >= min(len(a), len(b)) && 4*n >= max(len(a), len(b))
}

// TestWordHelpers checks lowerIn against a lookup of lowerKey, trimSet
// against strings.Trim, and nextField against strings.Fields.
func TestWordHelpers(t *testing.T) {
	set := map[string]bool{"said": true, "that": true, "état": true, "kelvin": true}
	for _, s := range append(eventTexts(), "SAID", "Said", "ÉTAT", "\u212aelvin", strings.Repeat("a", 30)) {
		if got, want := lowerIn(set, s), set[lowerKey(s)]; got != want {
			t.Fatalf("lowerIn(%q) = %v, want %v", s, got, want)
		}
		for _, cut := range []string{`"'“”‘’()`, ".,;:!?\"'”’", " ,;:.-—–\"'“”‘’", "", "x"} {
			if got, want := trimSet(s, cut), strings.Trim(s, cut); got != want {
				t.Fatalf("trimSet(%q, %q) = %q, want %q", s, cut, got, want)
			}
		}
		var got []string
		for i := 0; ; {
			a, b := nextField(s, i)
			if a == b {
				break
			}
			got, i = append(got, s[a:b]), b
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("nextField splits %q into %q, want %q", s, got, want)
		}
	}
}
