package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Place is the kind of a town, camp, district or other place below a
// country that no gazetteer lists but the text introduces as a place.
const Place Kind = "place"

// spatial words introduce a place: "in Pont-Sondé", "near Tawila",
// "the town of Goma", "fled Zamzam". "on" is not one: it introduces days
// ("on Friday"), platforms ("on Twitter", "on X") and topics far more
// often than a place, and an island said so is named elsewhere too.
var spatial = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "around": true,
	"from": true, "into": true, "towards": true, "toward": true, "to": true, "across": true,
	"of": true, "fled": true, "reached": true, "stormed": true, "captured": true, "seized": true,
	"took": true, "entered": true, "overran": true, "attacked": true, "besieged": true, "shelled": true,
	"struck": true, "hit": true, "nearby": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true}

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
	"Ramadan": true, "Eid": true, "Easter": true, "Tuesday's": true, "Monday's": true,
	// month abbreviations of datelines and live blogs ("at 11:00 Sept 19")
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	// platforms a statement is posted to ("said in a post to X")
	"Twitter": true, "X": true, "Facebook": true, "Telegram": true, "YouTube": true,
	"WhatsApp": true, "Instagram": true, "TikTok": true, "Signal": true, "Bluesky": true,
	"Threads": true, "Reddit": true, "WeChat": true, "Weibo": true, "VKontakte": true}

// compass words begin places ("North Darfur") but are none alone: "in
// North and South Kivu".
var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true,
	"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true,
	"Upper": true, "Lower": true}

// Places finds towns, camps and districts that the text introduces after
// a spatial word ("in Pont-Sondé", "near Tawila", "the town of Goma") and
// that the gazetteer does not know; each is then found wherever the text
// repeats it. Mentions are in order, without overlaps. Names keep their
// spelling; PlaceKey compares them.
func (gz *Gazetteer) Places(text string) []Mention {
	return places(text, gz.Find(text), false)
}

// PlacesBeside is Places of the default gazetteer for a text whose
// mentions Recognise has already found: it does not look for them again.
func PlacesBeside(text string, recognised []Mention) []Mention {
	return places(text, recognised, true)
}

// places are the places of text beside the known mentions (in order,
// without overlaps), which include the people named when withPeople.
func places(text string, known []Mention, withPeople bool) []Mention {
	toks := tokenize(text)
	// a person's name is none either: "the eve of Donald Trump's
	// inauguration", "Secretary of State Antony Blinken"; people are found
	// only when a candidate needs them (most sentences have none)
	var people []Mention
	peopleFound := withPeople
	isKnown := func(start, end int) bool {
		if overlaps(known, start, end) {
			return true
		}
		if !peopleFound {
			people, peopleFound = People(text), true
		}
		return overlaps(people, start, end)
	}
	found := map[string]bool{}
	heads := &headlines{text: text}
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
		if !joined(text[toks[i-1].end:toks[i].start]) {
			continue
		}
		on := strings.EqualFold(toks[i-1].text, "on")
		if !spatial[strings.ToLower(toks[i-1].text)] && !on {
			continue
		}
		n := placeLength(toks[i:], text)
		if n == 0 || on && !(i >= 2 && attackNouns[strings.ToLower(toks[i-2].text)]) && !onPlaces[toks[i+n-1].text] {
			continue
		}
		start, end := toks[i].start, toks[i+n-1].end
		if isKnown(start, end) || precededByTitle(toks, i, text) ||
			n == 1 && (compass[toks[i].text] || demonym(toks[i:], text)) || heads.at(start) {
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

// "on" introduces a place after a noun of attack ("strikes on Beirut",
// "the assault on Sudzha"), or one whose name ends in onPlaces ("on
// Independence Square", "on Kharg Island").
var onPlaces = map[string]bool{"Square": true, "Street": true, "Avenue": true, "Road": true,
	"Boulevard": true, "Highway": true, "Bridge": true, "Island": true, "Islands": true,
	"Coast": true, "Peninsula": true, "Front": true}

// attackNouns take "on" before the place they hit.
var attackNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true,
	"airstrike": true, "airstrikes": true, "assault": true, "raid": true, "raids": true,
	"offensive": true, "advance": true, "march": true, "push": true, "shelling": true,
	"bombardment": true, "bombing": true, "bombings": true, "drive": true}

// demonymEndings end the adjectives of peoples and regions that the
// gazetteer does not list as a country's ("African", "European", "Arab"
// is none, "Somali").
var demonymEndings = []string{"ian", "can", "ean", "ese", "ish", "i"}

// demonym reports a word that reads as the adjective of a people: it has
// a demonym's ending and a lower-case noun follows it ("the southern
// African force", "in Somali waters"), where a place is followed by a
// word that ends its phrase ("in Nairobi on Friday", "from Tawila and").
func demonym(toks []token, text string) bool {
	w := toks[0].text
	if !slices.ContainsFunc(demonymEndings, func(e string) bool { return strings.HasSuffix(w, e) }) ||
		len(toks) < 2 || text[toks[0].end:toks[1].start] != " " {
		return false
	}
	next := toks[1].text
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !phraseEnds[next] && !geoNouns[next]
}

// phraseEnds are lower-case words that may follow a place's name: words
// that end a noun phrase, not nouns an adjective would qualify.
var phraseEnds = map[string]bool{"and": true, "or": true, "but": true, "on": true, "in": true,
	"at": true, "to": true, "of": true, "for": true, "from": true, "with": true, "by": true,
	"as": true, "near": true, "after": true, "before": true, "since": true, "until": true,
	"during": true, "is": true, "was": true, "are": true, "were": true, "has": true, "had": true,
	"have": true, "will": true, "would": true, "said": true, "says": true, "last": true,
	"this": true, "that": true, "which": true, "where": true, "when": true, "while": true,
	"yesterday": true, "today": true, "overnight": true, "earlier": true, "later": true,
	"late": true, "early": true, "again": true, "alone": true, "itself": true, "into": true,
	"over": true, "under": true, "than": true, "the": true, "a": true, "an": true}

// headlines tell whether the line at an offset of a text is written in
// Title Case (most of its words capitalised), as headlines, section
// headings and source lines are: there "to Send Additional" and "to
// Peacekeeping Proposal" are verbs and nouns, not places. Offsets are
// asked in increasing order, so each line is read once.
type headlines struct {
	text       string
	start, end int // the line last read, [start, end)
	is         bool
}

func (h *headlines) at(off int) bool {
	if off < h.start || off >= h.end {
		from := h.end
		if off < h.start || from > off {
			from = 0
		}
		h.start = from + strings.LastIndexByte(h.text[from:off], '\n') + 1
		h.end = len(h.text)
		if e := strings.IndexByte(h.text[off:], '\n'); e >= 0 {
			h.end = off + e
		}
		h.is = titleCase(h.text[h.start:h.end])
	}
	return h.is
}

// titleCase reports a line of four words or more, past minor words, most
// of them capitalised, that does not end as a sentence does (a sentence
// dense with names, "Fighting spread from North Darfur to South Kivu.",
// is no headline).
func titleCase(line string) bool {
	if t := strings.TrimRightFunc(line, unicode.IsSpace); strings.HasSuffix(t, ".") {
		return false
	}
	words, caps := 0, 0
	for w := range strings.FieldsSeq(line) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" || minorWords[strings.ToLower(w)] {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 4 && caps*5 >= words*4
}

// minorWords stay in lower case in a Title Case headline.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true,
	"but": true, "nor": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"by": true, "as": true, "from": true, "with": true, "into": true, "over": true, "amid": true,
	"vs": true, "via": true, "per": true}

// overlaps reports whether a mention of ms (in order, without overlaps)
// overlaps [start, end).
func overlaps(ms []Mention, start, end int) bool {
	i, _ := slices.BinarySearchFunc(ms, start, func(m Mention, at int) int {
		if m.End <= at {
			return -1
		}
		return 1
	})
	return i < len(ms) && ms[i].Start < end
}

// placeLength is how many capitalised tokens from toks[0] make a place
// name, at most three ("Pont-Sondé", "North Darfur", "El Fasher").
//
// A lower-case particle may stand between two of its words ("Dar es
// Salaam", "Rio de Janeiro", "Ras al Ain"); it does not count.
func placeLength(toks []token, text string) int {
	n, words := 0, 0
	for n < len(toks) && words < 3 {
		t := toks[n].text
		if n > 0 && text[toks[n-1].end:toks[n].start] != " " {
			break
		}
		if n > 0 && placeParticles[t] && n+1 < len(toks) && text[toks[n].end:toks[n+1].start] == " " &&
			capitalised(toks[n+1].text) && !notPlaces[toks[n+1].text] && !notNames[toks[n+1].text] {
			n++
			continue
		}
		if !capitalised(t) || notPlaces[t] || notNames[t] && t != "Jr" {
			break
		}
		n++
		words++
	}
	return n
}

// placeParticles stand in lower case inside a place's name.
var placeParticles = map[string]bool{"es": true, "el": true, "al": true, "de": true, "del": true,
	"da": true, "dos": true, "das": true, "la": true, "le": true, "les": true,
	"ez": true, "ad": true, "ash": true}

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
