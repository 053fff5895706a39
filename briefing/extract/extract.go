// Package extract finds what the side panels of sitrep show: the figures a
// briefing reports (how many killed, displaced, deployed, pledged) and the
// temporal expressions that give its timeline (what happened when).
//
// Everything here is a pure function of text and, for time, a publication
// date. Offsets are byte offsets into the text exactly as given, so that
// text[f.Start:f.End] == f.Text always holds and the reader can jump to and
// highlight the span. The definitions follow ../shared/docs/extraction.md.
//
// The extractor is rules kept as data, as Duckling and HeidelTime keep
// theirs: each rule has a name, the rules of one dimension live together in
// a table (timex_rules.go for temporal expressions, with the holidays in
// timex_holiday.go; figures_rules.go, figures_exclude.go and
// number_units.go for figures), and Rules lists them all. Every Figure and
// Timex records the rules that made it (Figure.Rules, Timex.Rules), which
// `sitrep extract --explain` prints. The word lists and tables are built
// once, in lexicon.go; the word helpers every layer uses are in words.go.
//
// It imports nothing of the project.
package extract

// Category is what a figure counts, in the analyst's terms.
type Category string

// The categories of extraction.md section 1.
const (
	Casualties   Category = "casualties"
	Displacement Category = "displacement"
	Deployment   Category = "deployment"
	Humanitarian Category = "humanitarian"
	Detention    Category = "detention"
	Money        Category = "money"
	Duration     Category = "duration"
	Other        Category = "other"
)

// Figure is a number that counts or measures something, as written in the
// text: "at least 115 people", "around 2,900 troops", "a one-year extension".
type Figure struct {
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Value     float64   `json:"value"`
	Min       *float64  `json:"min"`
	Max       *float64  `json:"max"`
	Qualifier Qualifier `json:"qualifier"`
	Change    Change    `json:"change"`
	Unit      string    `json:"unit"`
	Role      Role      `json:"role"`
	Category  Category  `json:"category"`
	Key       bool      `json:"key"`
	// Lead marks the one figure a briefing leads with (see Lead).
	Lead bool `json:"lead"`
	// why holds the rules that made the figure (see Rules); its 14 bytes
	// sit beside the two flags, in the word they would pad.
	why figureWhy
	// Timex is the TIMEX3 duration value of a duration figure ("P1Y"), else empty.
	Timex    string `json:"timex,omitempty"`
	Sentence string `json:"sentence"`
	// SentenceStart and SentenceEnd locate Sentence in the text.
	SentenceStart int `json:"-"`
	SentenceEnd   int `json:"-"`
}

// Timex is a temporal expression in TIMEX3 (TimeML 1.2) terms, resolved
// against the publication date where one is known.
type Timex struct {
	Text  string    `json:"text"`
	Start int       `json:"start"`
	End   int       `json:"end"`
	Type  TimexType `json:"type"`
	Value string    `json:"value"`
	Mod   Mod       `json:"mod"`
	// rules are the rules that made it, its modifier and its time of day
	// (see Rules).
	rules [3]ruleID
}

// Granularity is how precise a timeline entry's date is.
type Granularity string

// Granularities of timeline entries.
const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Season  Granularity = "season"
	Year    Granularity = "year"
	Vague   Granularity = "vague"
)

// TimelineEntry is one dated event of a briefing: the date expression, its
// resolved value, and what happened then: the clause that holds the date,
// whole and without it (a panel fits it to its rows).
type TimelineEntry struct {
	Value       string      `json:"value"`
	Granularity Granularity `json:"granularity"`
	Text        string      `json:"text"`
	Start       int         `json:"start"`
	End         int         `json:"end"`
	Planned     bool        `json:"planned"`
	Event       string      `json:"event"`
	// Kind says whether the date is of what happened ("event") or of
	// when it was reported ("report": "the UN said on 4 October").
	Kind EntryKind `json:"kind"`
	Mod  Mod       `json:"mod,omitempty"`
	// Period is the date as structured values, for a program to read
	// rather than Value.
	Period Period `json:"-"`
	// SentenceStart and SentenceEnd locate the sentence holding the entry.
	SentenceStart int `json:"-"`
	SentenceEnd   int `json:"-"`
}

// EntryKind is what a timeline entry's date is the date of.
type EntryKind string

// The kinds of timeline entries (extraction.md section 2).
const (
	KindEvent  EntryKind = "event"
	KindReport EntryKind = "report"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}
