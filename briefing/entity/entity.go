// Package entity recognises the places, armed groups, organisations and
// people that briefings name: a gazetteer of countries (every UN member,
// with short names and demonyms: "DRC", "Congolese", "Haitian") and of the
// regions analysts file briefings under ("Sahel", "Horn of Africa", "Red
// Sea"), a curated and extendable list of armed groups and organisations
// ("M23", "RSF", "the Houthis", "Gran Grif", "AUSSOM", UN agencies), and a
// recogniser of people introduced by a title ("President William Ruto").
//
// Everything here is a pure function of its input; the package imports
// nothing of the project.
package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind is what sort of thing an entity is.
type Kind string

// The kinds of entity.
const (
	Country Kind = "country"
	Region  Kind = "region"
	Group   Kind = "group"        // an armed group or force
	Org     Kind = "organisation" // an agency, mission or other organisation
	Person  Kind = "person"
)

// Entity is one thing that text can name, under its canonical Name or any
// of its Aliases.
type Entity struct {
	Kind    Kind
	Name    string
	Aliases []string
	// Countries are, for a region, the countries it usually covers.
	Countries []string
}

// Mention is one place in a text where an entity is named. Start and End
// are byte offsets into the text; Text is text[Start:End].
type Mention struct {
	Kind  Kind   `json:"kind"`
	Name  string `json:"name"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func c(name string, aliases ...string) Entity {
	return Entity{Kind: Country, Name: name, Aliases: aliases}
}

func r(name string, aliases []string, members ...string) Entity {
	return Entity{Kind: Region, Name: name, Aliases: aliases, Countries: members}
}

func g(kind Kind, name string, aliases ...string) Entity {
	return Entity{Kind: kind, Name: name, Aliases: aliases}
}

// Gazetteer finds the entities it knows in text. It is immutable and safe
// for concurrent use.
type Gazetteer struct {
	entities []Entity
	// byFirst holds every alias by its first token, folded to lower case;
	// each list is longest first so that the longest name wins.
	byFirst map[string][]alias
	// byName finds an entity by any of its names, folded.
	byName map[string]int
}

// alias is one written form of an entity, as tokens.
type alias struct {
	tokens []string
	entity int
}

// New builds a gazetteer of the given entities.
func New(entities ...Entity) *Gazetteer {
	gz := &Gazetteer{
		entities: slices.Clone(entities),
		byFirst:  make(map[string][]alias),
		byName:   make(map[string]int),
	}
	for i, e := range gz.entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			toks := tokenStrings(name)
			if len(toks) == 0 {
				continue
			}
			key := fold(toks[0])
			gz.byFirst[key] = append(gz.byFirst[key], alias{toks, i})
			if _, dup := gz.byName[fold(name)]; !dup {
				gz.byName[fold(name)] = i
			}
		}
	}
	for _, list := range gz.byFirst {
		slices.SortStableFunc(list, func(a, b alias) int { return cmp.Compare(len(b.tokens), len(a.tokens)) })
	}
	return gz
}

// With returns a new gazetteer that knows the entities of gz and more.
func (gz *Gazetteer) With(more ...Entity) *Gazetteer {
	return New(append(slices.Clone(gz.entities), more...)...)
}

// Default is the built-in gazetteer: countries, regions, armed groups and
// organisations. It is built once and shared (it is immutable).
var Default = sync.OnceValue(func() *Gazetteer {
	all := make([]Entity, 0, len(countries)+len(regions)+len(groups))
	all = append(append(append(all, countries...), regions...), groups...)
	return New(all...)
})

// Entities lists what the gazetteer knows, in the order given to New.
func (gz *Gazetteer) Entities() []Entity { return gz.entities }

// Lookup finds an entity by its name or any alias, ignoring case:
// Lookup("drc") is DR Congo, Lookup("sahel") the Sahel.
func (gz *Gazetteer) Lookup(name string) (Entity, bool) {
	i, ok := gz.byName[fold(strings.TrimSpace(name))]
	if !ok {
		return Entity{}, false
	}
	return gz.entities[i], true
}

// Find returns the mentions of known entities in text, in order, without
// overlaps: where names overlap the longest wins ("Democratic Republic of
// the Congo" is one mention, not two). A name written with a capital must
// be written so in the text ("Chad" is not "chad", "US" is not "us"); one
// written in lower case may start with a capital ("al-Shabaab",
// "Al-Shabaab").
func (gz *Gazetteer) Find(text string) []Mention {
	toks := tokenize(text)
	var out []Mention
	for i := 0; i < len(toks); {
		best, n := -1, 0
		for _, a := range gz.byFirst[fold(toks[i].text)] {
			if len(a.tokens) > len(toks)-i || len(a.tokens) <= n {
				continue
			}
			if matches(a.tokens, toks[i:i+len(a.tokens)], text) {
				best, n = a.entity, len(a.tokens)
			}
		}
		if best < 0 {
			i++
			continue
		}
		e := gz.entities[best]
		start, end := toks[i].start, toks[i+n-1].end
		out = append(out, Mention{Kind: e.Kind, Name: e.Name, Text: text[start:end], Start: start, End: end})
		i += n
	}
	return out
}

// matches reports whether the tokens of a name match the tokens of the
// text, adjacent (only spaces or one separator between them).
func matches(name []string, toks []token, text string) bool {
	for j, want := range name {
		if !sameToken(want, toks[j].text) {
			return false
		}
		if j > 0 && !joined(text[toks[j-1].end:toks[j].start]) {
			return false
		}
	}
	return true
}

// joined reports whether the text between two tokens keeps them in one
// name: spaces, or a single slash, dot or hyphen.
func joined(gap string) bool {
	if strings.TrimSpace(gap) == "" {
		return !strings.Contains(gap, "\n\n")
	}
	return gap == "/" || gap == "." || gap == "-" || gap == " / "
}

// sameToken compares a token of a name with one of the text: exactly,
// except that a name token written in lower case matches any case of its
// first letter, and apostrophes are one.
func sameToken(name, text string) bool {
	if name == text {
		return true
	}
	name, text = normApos(name), normApos(text)
	if name == text {
		return true
	}
	r, size := utf8.DecodeRuneInString(name)
	if !unicode.IsLower(r) {
		return false
	}
	tr, tsize := utf8.DecodeRuneInString(text)
	return unicode.ToLower(tr) == r && name[size:] == text[tsize:]
}

// fold is the case- and apostrophe-insensitive form of a name.
func fold(s string) string { return strings.ToLower(normApos(s)) }

func normApos(s string) string {
	if !strings.Contains(s, "’") {
		return s
	}
	return strings.ReplaceAll(s, "’", "'")
}

// token is a word of the text with its byte offsets.
type token struct {
	text       string
	start, end int
}

// tokenize splits text into words: letters and digits, with apostrophes
// and hyphens inside a word kept ("Jama'at", "al-Shabaab", "Guinea-Bissau").
// A possessive "'s" is left out of the word ("Haiti's" is "Haiti").
func tokenize(text string) []token {
	var toks []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		for _, poss := range []string{"'s", "’s", "'", "’"} {
			if len(w) > len(poss) && strings.HasSuffix(w, poss) {
				w = w[:len(w)-len(poss)]
				break
			}
		}
		w = strings.TrimRight(w, "-'’")
		if w != "" {
			toks = append(toks, token{w, start, start + len(w)})
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’' || r == '-') && start >= 0:
			// inside a word; trailing ones are trimmed by flush
		default:
			flush(i)
		}
	}
	flush(len(text))
	return toks
}

// tokenStrings is the words of a name.
func tokenStrings(name string) []string {
	toks := tokenize(name)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// Recognise returns every mention in text: the default gazetteer's and
// the people named (a person's name that is also a known entity is left to
// the gazetteer), in order of position.
func Recognise(text string) []Mention {
	known := Default().Find(text)
	people := People(text)
	out := known
	for _, p := range people {
		overlap := false
		for _, k := range known {
			if p.Start < k.End && k.Start < p.End {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// Names returns the distinct canonical names of the mentions of one kind,
// in order of first mention.
func Names(ms []Mention, kind Kind) []string {
	var out []string
	for _, m := range ms {
		if m.Kind == kind && !slices.Contains(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
}
