package briefing

import (
	"cmp"
	"context"
	"time"

	"sitrep/briefing/extract"
)

// Index answers the questions that cross briefings: search, stories,
// related briefings and theatre timelines. It is derived from the library
// (the Markdown files stay the source of truth); sitrep/briefing/index
// keeps one in an embedded SQLite database, and other stores may sit
// behind the same interface.
type Index interface {
	// Search returns the briefings that match q, best first, at most limit.
	Search(ctx context.Context, q Query, limit int) ([]Hit, error)
	// Stories groups the briefings that report the same event, with the
	// figures of each story reconciled across its sources.
	Stories(ctx context.Context) ([]Story, error)
	// StoryOf returns the story that holds a briefing.
	StoryOf(ctx context.Context, id string) (Story, bool, error)
	// Related lists the briefings that share entities or a story with id,
	// most related first, at most limit.
	Related(ctx context.Context, id string, limit int) ([]Related, error)
	// Theatre is the timeline of a region or country: one entry per event
	// however many briefings report it.
	Theatre(ctx context.Context, f TheatreFilter) ([]TheatreEvent, error)
}

// Hit is one briefing that a search found.
type Hit struct {
	ID        string
	Title     string
	Published time.Time // zero when undated
	Source    string
	Region    string
	Countries []string
	// Snippet is a short passage of the briefing around the match, on one
	// line, sanitized; Highlights locate the matched words in it.
	Snippet    string
	Highlights []Span
	// Score is the rank (BM25, higher is better); only the order matters.
	Score float64
}

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Story is the briefings that report one event, and its figures
// reconciled across them.
type Story struct {
	// ID names the story: the ID of its earliest briefing.
	ID    string
	Title string
	// Briefings are the members, by date then source.
	Briefings []StoryBriefing
	Places    []string // countries and regions
	Actors    []string // armed groups, organisations, people
	First     time.Time
	Last      time.Time
	Figures   []Reconciled
	// Related are other stories that share places and actors and dates
	// with this one without being the same event.
	Related []string
}

// StoryBriefing is one member of a story.
type StoryBriefing struct {
	ID        string
	Title     string
	Source    string
	Published time.Time
}

// Reconciled is one quantity of a story (a role, at a place) as each
// source reports it.
type Reconciled struct {
	Role    string // killed, injured, displaced, deployed...
	Place   string // the place the sentences name, or ""
	Reports []FigureReport
	// Latest is the report with the latest date; Min and Max the range of
	// the values reported.
	Latest   FigureReport
	Min, Max float64
	// Disagree is true when sources give values that do not fit together
	// (not one "at least" below a larger exact count, say).
	Disagree bool
}

// FigureReport is one source's number for a quantity.
type FigureReport struct {
	Value     float64
	Qualifier string // exact, about, at least...
	Text      string // the figure as written
	// Said is who gave the number where the sentence says ("the UN human
	// rights office"), else "".
	Said string
	// Date is when it was said or reported: the date the sentence gives,
	// else the briefing's publication date.
	Date     time.Time
	Briefing string // the briefing's ID
	Source   string // the briefing's source
	Sentence string
}

// Related is a briefing related to another, and why.
type Related struct {
	ID        string
	Title     string
	Published time.Time
	SameStory bool
	Shared    []string // the entities both name
	Score     float64
}

// TheatreFilter chooses the briefings of a theatre timeline.
type TheatreFilter struct {
	Region  string
	Country string
	Since   time.Time // zero: no lower bound
	// Today is the day after which events are planned (the zero time: now).
	Today time.Time
}

// TheatreEvent is one event of a theatre, with every briefing that
// reports it.
type TheatreEvent struct {
	Value   string // the date as extracted: 2024-10-03, 2024-10, 2024-W41
	Date    time.Time
	Event   string
	Planned bool // after the theatre's today
	Sources []EventSource
	// Entry is the timeline entry that dates the event (the most precise
	// of its sources'), its Period set, and Published the publication date
	// of its briefing, which bounds what a "later this month" names: they
	// give the event's label and its place in the timeline as typed values.
	Entry     extract.TimelineEntry
	Published time.Time
}

// Label writes the event's date as a briefing's timeline does: "Thu 3 Oct
// 2024", "Apr 2024", "H1 2024", "wkend of 12 Oct 2024", "2020s"
// (extract.TimelineEntry.Label); a period with no short form (a weekday
// of an unknown week) as its value, not as the words of one briefing
// ("on Friday"), which the theatre's reader cannot place.
func (ev TheatreEvent) Label() string {
	e := ev.Entry
	e.Text = ev.Value
	return e.Label()
}

// Compare orders the events of a theatre: past before planned (as of the
// theatre's today), then as a briefing's timeline orders its entries, by
// the stretch of the calendar each names (extract.CompareEntries), so that
// "later this month" comes after the days of the month already past; then
// by value and event, so that the order is total.
func (ev TheatreEvent) Compare(o TheatreEvent) int {
	return cmp.Or(boolCompare(ev.Planned, o.Planned),
		extract.CompareEntries(ev.Entry, ev.Published, o.Entry, o.Published),
		cmp.Compare(ev.Value, o.Value), cmp.Compare(ev.Event, o.Event))
}

// boolCompare orders false before true.
func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// EventSource is one briefing that reports an event.
type EventSource struct {
	Briefing string
	Title    string
	Source   string
	Text     string // the event as this briefing words it
	Phrase   string // the date as this briefing writes it ("six months ago"), found in its text
}
