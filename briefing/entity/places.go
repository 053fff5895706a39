package entity

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Place is the kind of a town, camp, district or other place below a
// country that no gazetteer lists but the text introduces as a place.
const Place Kind = "place"

// spatial words introduce a place: "in Pont-Sondé", "near Tawila",
// "the town of Goma", "fled Zamzam".
var spatial = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "around": true,
	"from": true, "into": true, "towards": true, "toward": true, "to": true, "across": true,
	"of": true, "fled": true, "reached": true, "stormed": true, "captured": true, "seized": true,
	"took": true, "entered": true, "overran": true, "attacked": true, "besieged": true, "shelled": true,
	"struck": true, "hit": true, "nearby": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "on": true}

// geoNouns follow a place's name: "Zamfara state", "Catatumbo region".
var geoNouns = map[string]bool{"state": true, "province": true, "region": true, "district": true,
	"territory": true, "governorate": true, "county": true, "valley": true, "camp": true,
	"town": true, "city": true, "village": true, "prefecture": true, "department": true}

// notPlaces are capitalised words that follow a spatial word without being
// a place: months, days, titles, the first words of organisations.
var notPlaces = map[string]bool{"January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "The": true, "A": true,
	"An": true, "His": true, "Her": true, "Their": true, "Its": true, "This": true, "That": true,
	"These": true, "Those": true, "President": true, "Prime": true, "Minister": true, "General": true,
	"Security": true, "Resolution": true, "Route": true, "Ministry": true, "Office": true,
	"Council": true, "Mission": true, "Parliament": true, "Government": true, "Christmas": true,
	"Ramadan": true, "Eid": true, "Easter": true, "Tuesday's": true, "Monday's": true}

// Places finds towns, camps and districts that the text introduces after
// a spatial word ("in Pont-Sondé", "near Tawila", "the town of Goma") and
// that the gazetteer does not know; each is then found wherever the text
// repeats it. Mentions are in order, without overlaps. Names keep their
// spelling; PlaceKey compares them.
func (gz *Gazetteer) Places(text string) []Mention {
	toks := tokenize(text)
	known := gz.Find(text)
	isKnown := func(start, end int) bool {
		for _, k := range known {
			if start < k.End && k.Start < end {
				return true
			}
		}
		return false
	}
	found := map[string]bool{}
	// "Zamfara state", "the Catatumbo region", "Cabo Delgado province"
	for i := 1; i < len(toks); i++ {
		if !geoNouns[strings.ToLower(toks[i].text)] || !joined(text[toks[i-1].end:toks[i].start]) {
			continue
		}
		j := i
		for j > 0 && i-j < 3 && capitalised(toks[j-1].text) && !notPlaces[toks[j-1].text] &&
			joined(text[toks[j-1].end:toks[j].start]) && text[toks[j-1].end:toks[j].start] == " " {
			j--
		}
		if j < i && !isKnown(toks[j].start, toks[i-1].end) && !(j > 0 && titleAt(toks[j-1:], text) > 0) {
			found[text[toks[j].start:toks[i-1].end]] = true
		}
	}
	for i := 1; i < len(toks); i++ {
		if !spatial[strings.ToLower(toks[i-1].text)] || !joined(text[toks[i-1].end:toks[i].start]) {
			continue
		}
		n := placeLength(toks[i:], text)
		if n == 0 {
			continue
		}
		start, end := toks[i].start, toks[i+n-1].end
		if isKnown(start, end) || precededByTitle(toks, i, text) {
			continue
		}
		found[text[start:end]] = true
		i += n - 1
	}
	if len(found) == 0 {
		return nil
	}
	var es []Entity
	for name := range found {
		es = append(es, Entity{Kind: Place, Name: name})
	}
	var out []Mention
	for _, m := range New(es...).Find(text) {
		if !isKnown(m.Start, m.End) {
			out = append(out, m)
		}
	}
	return out
}

// placeLength is how many capitalised tokens from toks[0] make a place
// name, at most three ("Pont-Sondé", "North Darfur", "El Fasher").
func placeLength(toks []token, text string) int {
	n := 0
	for n < len(toks) && n < 3 {
		t := toks[n].text
		if n > 0 && text[toks[n-1].end:toks[n].start] != " " {
			break
		}
		if !capitalised(t) || notPlaces[t] || notNames[t] && t != "Jr" {
			break
		}
		n++
	}
	return n
}

// precededByTitle reports "President Ruto" after "to": a person, not a place.
func precededByTitle(toks []token, i int, text string) bool {
	return titleAt(toks[i:], text) > 0
}

// PlaceKey folds a place name for comparison across briefings: case,
// accents and hyphens do not count ("Pont-Sondé" and "Pont Sonde" are one).
func PlaceKey(name string) string {
	s := name
	if !isASCII(s) {
		t := accentFolders.Get().(transform.Transformer)
		if out, _, err := transform.String(t, name); err == nil {
			s = out
		}
		accentFolders.Put(t)
		s = strings.ReplaceAll(s, "’", "'")
	}
	s = strings.ToLower(s)
	if strings.IndexByte(s, '-') < 0 && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " ")
}

// accentFolders hold transformers that drop accents: building one
// allocates some kilobytes of buffers, and PlaceKey runs for every place
// of every briefing a library's stories compare. transform.String resets
// the one it is given.
var accentFolders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
