package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// titles introduce a person's name: "President William Ruto", "Gen. Min
// Aung Hlaing", "the UN aid chief, Tom Fletcher". Several may follow one
// another ("spokesman Major General Edward Buba"). Those written in lower
// case match either case.
var titles = [][]string{
	{"President"}, {"Vice", "President"}, {"Prime", "Minister"}, {"Minister"},
	{"Foreign", "Minister"}, {"Defence", "Minister"}, {"Defense", "Minister"}, {"Interior", "Minister"},
	{"Secretary-General"}, {"Secretary", "General"}, {"Secretary", "of", "State"}, {"Secretary"},
	{"General"}, {"Gen"}, {"Lieutenant", "General"}, {"Lt", "Gen"}, {"Lt-Gen"}, {"Major", "General"},
	{"Maj", "Gen"}, {"Brigadier", "General"}, {"Brig", "Gen"}, {"Colonel"}, {"Col"}, {"Major"},
	{"Captain"}, {"Capt"}, {"Commander"}, {"Admiral"}, {"Marshal"}, {"Field", "Marshal"},
	{"Ambassador"}, {"mayor"}, {"governor"}, {"King"}, {"Queen"}, {"Crown", "Prince"}, {"Prince"},
	{"Emir"}, {"Sheikh"}, {"Pope"}, {"Dr"}, {"Mr"}, {"Mrs"}, {"Ms"}, {"Senator"}, {"Chancellor"},
	{"Speaker"}, {"spokesman"}, {"spokeswoman"}, {"spokesperson"}, {"envoy"}, {"chief"},
	{"leader"}, {"commander"}, {"Pastor"}, {"Bishop"}, {"Archbishop"}, {"Imam"},
}

// particles may stand inside a name in lower case ("Mohamed bin Salman",
// "Abdel Fattah al-Sisi"; "al-" words are one token).
var particles = map[string]bool{"bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"dos": true, "du": true, "van": true, "von": true, "der": true, "ould": true, "wa": true}

// notNames are capitalised words that follow a title without being a name
// (headlines capitalise every word: "Minister Praises Quick Police Response").
var notNames = map[string]bool{"The": true, "A": true, "An": true, "Of": true, "And": true, "In": true,
	"On": true, "For": true, "To": true, "At": true, "Says": true, "Said": true, "Praises": true,
	"Visits": true, "Calls": true, "Warns": true, "Urges": true, "Meets": true, "Quick": true,
	"Police": true, "Response": true, "Staff": true, "Office": true, "Council": true,
	"Assembly": true, "Ministry": true, "Government": true, "Army": true, "Forces": true, "Mission": true,
	"Who": true, "Whose": true, "This": true, "That": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "Jr": false}

// People finds people named in text after a title: "President William Ruto"
// gives "William Ruto". A full name found so is also found where the text
// repeats it without the title. Mentions are in order, without overlaps.
func People(text string) []Mention {
	toks := tokenize(text)
	var out []Mention
	names := map[string]bool{}
	for i := 0; i < len(toks); {
		j := skipTitles(toks, i, text)
		if j == i {
			i++
			continue
		}
		n := nameLength(toks[j:], text)
		if n == 0 {
			i = j
			continue
		}
		start, end := toks[j].start, toks[j+n-1].end
		name := text[start:end]
		out = append(out, Mention{Kind: Person, Name: name, Text: name, Start: start, End: end})
		if n > 1 {
			names[name] = true
		}
		i = j + n
	}
	return addRepeats(out, names, toks, text)
}

// skipTitles returns the index after the titles starting at toks[i] (i
// when there is none), with the comma of an apposition ("chief, Tom").
func skipTitles(toks []token, i int, text string) int {
	j := i
	for j < len(toks) {
		n := titleAt(toks[j:], text)
		if n == 0 {
			break
		}
		j += n
		if j == len(toks) {
			return i
		}
		switch gap := strings.TrimRight(text[toks[j-1].end:toks[j].start], " "); {
		case gap == "", gap == ",":
		case gap == "." && isAbbrev(toks[j-1].text):
		default:
			return i
		}
	}
	return j
}

func isAbbrev(s string) bool {
	switch s {
	case "Gen", "Lt", "Maj", "Brig", "Col", "Capt", "Dr", "Mr", "Mrs", "Ms":
		return true
	}
	return false
}

// titlesByFirst holds the titles by their first word, folded.
var titlesByFirst = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, t := range titles {
		k := fold(t[0])
		m[k] = append(m[k], t)
	}
	return m
})

// titleAt is the number of tokens of the longest title at toks[0], or 0.
func titleAt(toks []token, text string) int {
	if len(toks) == 0 {
		return 0
	}
	best := 0
	for _, t := range titlesByFirst()[fold(toks[0].text)] {
		if len(t) > len(toks) || len(t) <= best {
			continue
		}
		if matches(t, toks[:len(t)], text) {
			best = len(t)
		}
	}
	return best
}

// nameLength is how many tokens from toks[0] make a name: capitalised
// words and particles, joined by single spaces, ending on a capitalised
// word, at most five.
func nameLength(toks []token, text string) int {
	n, last := 0, 0
	for n < len(toks) && n < 5 {
		t := toks[n].text
		if n > 0 && !joined(text[toks[n-1].end:toks[n].start]) {
			break
		}
		switch {
		case t == "Jr" && n > 0:
		case capitalised(t) && !notNames[t]:
		case n > 0 && (particles[t] || hasParticlePrefix(t)):
		default:
			return last
		}
		n++
		if !particles[t] {
			last = n
		}
	}
	return last
}

// capitalised reports whether a word starts with an upper-case letter and
// is not all capitals (an acronym: "UN", "RSF").
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	return strings.ToUpper(s) != s || utf8.RuneCountInString(s) == 1
}

// hasParticlePrefix reports a name word such as "al-Sisi" or "el-Sharaa".
func hasParticlePrefix(s string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "bin-", "ben-"} {
		if rest, ok := strings.CutPrefix(s, p); ok && capitalised(rest) {
			return true
		}
	}
	return false
}

// addRepeats adds the places where the text repeats a full name without a
// title, keeping mentions in order and without overlaps.
func addRepeats(found []Mention, names map[string]bool, toks []token, text string) []Mention {
	if len(names) == 0 {
		return found
	}
	gz := New(func() []Entity {
		var es []Entity
		for n := range names {
			es = append(es, Entity{Kind: Person, Name: n})
		}
		return es
	}()...)
	var out []Mention
	k := 0
	for _, m := range gz.Find(text) {
		for k < len(found) && found[k].End <= m.Start {
			out = append(out, found[k])
			k++
		}
		if k < len(found) && found[k].Start < m.End {
			continue // already found with its title
		}
		out = append(out, m)
	}
	return append(out, found[k:]...)
}
