// Package story groups briefings that report the same event into stories,
// reconciles the figures that their sources give, and lays the events of a
// theatre (a region or country) out as one timeline.
//
// It works on Docs, the features of a briefing that Analyze computes from
// its metadata and body (entities, places, figures with their role, who
// said them and when, the timeline, the distinctive words), so that any
// store can keep them and hand them back: sitrep/briefing/index keeps them
// in SQLite. Everything here is a pure function of its input.
//
// It imports the domain (sitrep/briefing, extract, entity), never a UI
// package or a store.
package story

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"sitrep/briefing"
	"sitrep/briefing/entity"
	"sitrep/briefing/extract"
)

// Doc is what stories, reconciliation and timelines need of one briefing.
type Doc struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Published time.Time `json:"published"`
	Region    string    `json:"region"`
	Countries []string  `json:"countries"`
	// Entities are the entities named, by canonical name, with how often.
	Entities []Named `json:"entities"`
	// Figures are the key figures, with their role, place and speaker.
	Figures  []Figure                `json:"figures"`
	Timeline []extract.TimelineEntry `json:"timeline"`
	// Terms are the most frequent content words of the title and body,
	// with their counts, for text similarity.
	Terms []Count `json:"terms"`
}

// Named is an entity a briefing names and how often. A place keeps the
// spelling of its first mention; compare places with entity.PlaceKey.
type Named struct {
	Kind  entity.Kind `json:"kind"`
	Name  string      `json:"name"`
	Count int         `json:"count"`
}

// Count is a word and how often it occurs.
type Count struct {
	Word string `json:"w"`
	N    int    `json:"n"`
}

// Figure is a key figure of a briefing as reconciliation needs it.
type Figure struct {
	Role      string    `json:"role"`
	Category  string    `json:"category"`
	Value     float64   `json:"value"`
	Min       *float64  `json:"min,omitempty"`
	Max       *float64  `json:"max,omitempty"`
	Qualifier string    `json:"qualifier"`
	Text      string    `json:"text"`
	Sentence  string    `json:"sentence"`
	Place     string    `json:"place,omitempty"`  // the most specific place the sentence names
	Actors    []string  `json:"actors,omitempty"` // groups and people the sentence names
	Said      string    `json:"said,omitempty"`
	Date      time.Time `json:"date"`
	// Aggregate is true for a total over a period or a country ("3,600
	// killed in the first half of 2024"), which is not one event's count.
	Aggregate bool `json:"aggregate,omitempty"`
}

// maxTerms is how many content words a Doc keeps.
const maxTerms = 60

// Analyze computes the features of a briefing from its metadata and its
// (sanitized) Markdown body.
func Analyze(b *briefing.Briefing, body string) Doc {
	plain := Plain(body)
	d := Doc{ID: b.ID, Title: b.Title, Source: b.Source, Published: b.Published,
		Region: b.Region, Countries: b.Countries}
	gz := entity.Default()
	text := b.Title + "\n\n" + b.Summary + "\n\n" + plain
	recognised := entity.Recognise(text)
	d.Entities = named(append(recognised, entity.PlacesBeside(text, recognised)...))
	d.Figures, d.Timeline = extracted(body, plain, b, home(d.Entities, b.Countries, gz), gz)
	d.Terms = terms(b.Title + " " + b.Title + " " + plain)
	return d
}

// extracted are the key figures and the timeline of a briefing; none when
// the extractor fails on its text (a panic: a bug, briefing.Guarded), so
// that one such text is still indexed and found, without its panels, and
// the build goes on. The reader shows the failure when it opens the story
// (its own panels go through Guarded too).
func extracted(body, plain string, b *briefing.Briefing, home string, gz *entity.Gazetteer) (figs []Figure, line []extract.TimelineEntry) {
	if err := briefing.Guarded(b.Path, func() {
		figs, line = figures(body, b.Published, b.Countries, home, gz), extract.Timeline(plain, b.Published)
	}); err != nil {
		return nil, nil
	}
	return figs, line
}

// named counts mentions by entity.
func named(ms []entity.Mention) []Named {
	idx := map[string]int{}
	var out []Named
	for _, m := range ms {
		name := m.Name
		k := string(m.Kind) + "\x00" + entity.PlaceKey(name)
		if i, ok := idx[k]; ok {
			out[i].Count++
			continue
		}
		idx[k] = len(out)
		out = append(out, Named{Kind: m.Kind, Name: name, Count: 1})
	}
	return out
}

var mdLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// Plain is a Markdown body as plain text for search and analysis: links
// keep their text; heading, quote and list markers, emphasis and code
// marks go. Lines and paragraphs stay apart.
func Plain(md string) string {
	if strings.Contains(md, "](") {
		md = mdLink.ReplaceAllString(md, "$1")
	}
	var sb strings.Builder
	sb.Grow(len(md))
	for line := range strings.SplitAfterSeq(md, "\n") {
		sb.WriteString(stripMarks(stripLineMarker(line)))
	}
	return sb.String()
}

// stripLineMarker drops the block marker at the start of a line: "# ",
// "> ", "- ", "* ", "+ ", "1. ".
func stripLineMarker(line string) string {
	rest := strings.TrimLeft(line, " ")
	if len(line)-len(rest) > 3 {
		return line
	}
	switch {
	case strings.HasPrefix(rest, "#"):
		t := strings.TrimLeft(rest, "#")
		if len(rest)-len(t) <= 6 && (t == "" || t[0] == ' ' || t[0] == '\n') {
			return strings.TrimLeft(t, " ")
		}
	case strings.HasPrefix(rest, ">"):
		return strings.TrimPrefix(rest[1:], " ")
	case len(rest) > 1 && strings.ContainsRune("-*+", rune(rest[0])) && rest[1] == ' ':
		return rest[2:]
	default:
		i := 0
		for i < len(rest) && i < 9 && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i > 0 && i+1 < len(rest) && (rest[i] == '.' || rest[i] == ')') && rest[i+1] == ' ' {
			return rest[i+2:]
		}
	}
	return line
}

// stripMarks drops emphasis and code marks.
func stripMarks(s string) string {
	if !strings.ContainsAny(s, "*_`~") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '*', '_', '`', '~':
			return -1
		}
		return r
	}, s)
}

// stopwords are left out of a briefing's terms.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`the a an and or but of to in on at by for with from as is are was were be been
	being has have had it its this that these those their them they he she his her we our you your not no
	said says say will would could should may might can also than then there here which who whom whose what
	when where while after before over under more most less about into since until during between among
	against per including other some such only all any each both many much several people one two three four
	five six seven eight nine ten last first next week month year years months weeks days day new still
	told according added reported including around least nearly almost up down out off just very`) {
		m[w] = true
	}
	return m
}()

// terms are the most frequent content words of text.
func terms(text string) []Count {
	counts := map[string]int{}
	for _, w := range briefing.Words(text) {
		if len(w) < 3 || stopwords[w] || isNumber(w) {
			continue
		}
		counts[w]++
	}
	out := make([]Count, 0, len(counts))
	for w, n := range counts {
		out = append(out, Count{w, n})
	}
	slices.SortFunc(out, func(a, b Count) int { return cmp.Or(cmp.Compare(b.N, a.N), strings.Compare(a.Word, b.Word)) })
	return out[:min(len(out), maxTerms)]
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// maxKeyFigures is the most key figures a Doc keeps, five times the most
// a sample briefing has. Each is read again for its place, speaker and
// date in up to a kilobyte of sentence, and a hostile page of one long
// sentence of tolls ("gunmen killed 3 people in Goma, gunmen killed 4 …")
// has thousands: 256 KB of it took 14 s to analyse.
const maxKeyFigures = 100

// figures are the first maxKeyFigures key figures of body with role,
// place, speaker and date.
func figures(body string, published time.Time, countries []string, home string, gz *entity.Gazetteer) []Figure {
	var out []Figure
	for _, f := range extract.Figures(body) {
		if !f.Key {
			continue
		}
		if len(out) == maxKeyFigures {
			break
		}
		sent := f.Sentence
		fig := Figure{
			Role:      string(f.Role),
			Category:  string(f.Category),
			Value:     f.Value,
			Min:       f.Min,
			Max:       f.Max,
			Qualifier: string(f.Qualifier),
			Text:      f.Text,
			Sentence:  sent,
		}
		fig.Place, fig.Actors = sentencePlaces(sent, countries, home, gz)
		fig.Said, fig.Date = Speaker(sent, published)
		fig.Aggregate = aggregate(sent)
		out = append(out, fig)
	}
	return out
}

// sentencePlaces is the most specific place a sentence names (a town
// before a country; a country only if it is one the briefing is about,
// so that "the Saudi Hospital" in El Fasher is no place; the home
// country when the sentence names none but counts "the country" or "the
// population") and the actors it names.
func sentencePlaces(sent string, about []string, home string, gz *entity.Gazetteer) (string, []string) {
	var local, country string
	recognised := entity.Recognise(sent)
	for _, m := range entity.PlacesBeside(sent, recognised) {
		local = m.Name
		break
	}
	var actors []string
	for _, m := range recognised {
		switch m.Kind {
		case entity.Country, entity.Region:
			if country == "" && (len(about) == 0 || slices.ContainsFunc(about, func(c string) bool {
				e, ok := gz.Lookup(c)
				return ok && e.Name == m.Name
			})) {
				country = m.Name
			}
		case entity.Group, entity.Person:
			if !slices.Contains(actors, m.Name) {
				actors = append(actors, m.Name)
			}
		}
	}
	if local == "" && country == "" && national.MatchString(sent) {
		// "30.4 million people, well over half the population, need
		// aid": the figure is the country's, not the story's camp
		country = home
	}
	return cmp.Or(local, country), actors
}

// home is the country of about (a briefing's countries) that its text
// names most, the first on a tie; "" when it names none.
func home(named []Named, about []string, gz *entity.Gazetteer) string {
	best, most := "", 0
	for _, c := range about {
		e, ok := gz.Lookup(c)
		if !ok || e.Kind != entity.Country {
			continue
		}
		for _, n := range named {
			if n.Kind == entity.Country && n.Name == e.Name && n.Count > most {
				best, most = e.Name, n.Count
			}
		}
	}
	return best
}

// national marks a sentence whose figure counts a whole country, in any
// case: a sentence may open with it ("Nationwide, 4.2 million ...").
var national = regexp.MustCompile(`(?i)\b(the (whole |entire )?(country|population)|nationwide|countrywide)\b`)

// aggregateWords mark a total over a period or an area rather than one
// event's count.
var aggregateWords = regexp.MustCompile(`(?i)\b(since (the start|the beginning|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|so far this year|this year|in the first (half|quarter)|in 20\d\d\b|over the past|in the past (year|months)|across (the country|haiti|sudan|the region)|nationwide|in total|altogether|cumulative)`)

// aggregate reports a sentence whose figure is a total over a period.
func aggregate(sent string) bool {
	return aggregateWords.MatchString(sent)
}

// speechVerbs introduce who gave a figure.
var speechVerb = regexp.MustCompile(`\b(said|says|say|report|reported|reports|announced|told|stated|estimated|estimates|counted|confirmed|recorded|put the (toll|number|figure))\b`)

// pronouns stand for a speaker named elsewhere.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "which": true,
	"who": true, "we": true, "i": true, "this": true, "that": true}

// according matches "according to X".
var according = regexp.MustCompile(`(?i)according to (the )?([^,.;()]{2,60})`)

// Speaker finds who gave the figure of a sentence and when: "..., the mayor
// of nearby Saint-Marc said on Wednesday" is the mayor of nearby
// Saint-Marc, on the Wednesday before publication. The date is the day the
// sentence gives next to its verb, else the publication date.
func Speaker(sent string, published time.Time) (string, time.Time) {
	date := published
	if m := according.FindStringSubmatch(sent); m != nil {
		return strings.TrimSpace(m[2]), date
	}
	loc := speechVerb.FindStringIndex(sent)
	if loc == nil {
		return "", date
	}
	// who: back from the verb to a clause boundary, at most 8 words
	head := sent[:loc[0]]
	if i := strings.LastIndexAny(head, ",;:—–\"“”"); i >= 0 {
		head = head[i+1:]
	}
	if i := strings.LastIndex(head, " that "); i >= 0 {
		head = head[i+len(" that "):]
	}
	words := strings.Fields(head)
	who := strings.Join(words[max(0, len(words)-8):], " ")
	who = strings.TrimSpace(who)
	if i := strings.LastIndex(who, " ("); i > 0 && strings.HasSuffix(who, ")") {
		who = who[:i] // "the International Organization for Migration (IOM)"
	}
	who = strings.TrimSpace(strings.Trim(who, "()"))
	for _, conj := range []string{"but ", "and ", "while ", "as ", "where ", "when ", "But ", "And ", "While ", "As ", "Where ", "When "} {
		who = strings.TrimPrefix(who, conj)
	}
	if f := strings.Fields(strings.ToLower(who)); len(f) == 0 || pronouns[f[len(f)-1]] || pronouns[f[0]] {
		who = "" // "he said", "which it said": the speaker is named elsewhere
	}
	// when: a day right after the verb ("said on Friday")
	for _, t := range extract.Timexes(sent, published) {
		if t.Start < loc[1] || t.Start-loc[1] > 12 || t.Type != "DATE" || len(t.Value) != len(briefing.DateLayout) {
			continue
		}
		if d, err := time.Parse(briefing.DateLayout, t.Value); err == nil {
			date = d
		}
		break
	}
	return who, date
}
