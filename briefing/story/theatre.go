package story

import (
	"cmp"
	"slices"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/entity"
	"sitrep/briefing/extract"
)

// InTheatre reports whether a doc belongs to a theatre: its region is the
// filter's region (or, when it gives none, one of its countries is in that
// region), or its countries hold the filter's country.
func InTheatre(d Doc, f briefing.TheatreFilter) bool {
	gz := entity.Default()
	if f.Region != "" {
		want := canonical(f.Region)
		if d.Region != "" {
			if canonical(d.Region) != want {
				return false
			}
		} else {
			e, ok := gz.Lookup(f.Region)
			if !ok || !slices.ContainsFunc(d.Countries, func(c string) bool {
				return slices.ContainsFunc(e.Countries, func(m string) bool { return canonical(m) == canonical(c) })
			}) {
				return false
			}
		}
	}
	if f.Country != "" {
		want := canonical(f.Country)
		if !slices.ContainsFunc(d.Countries, func(c string) bool { return canonical(c) == want }) {
			return false
		}
	}
	return true
}

// canonical is the folded gazetteer name of a place.
func canonical(s string) string {
	if e, ok := entity.Default().Lookup(s); ok {
		s = e.Name
	}
	return entity.PlaceKey(s)
}

// Theatre lays out the timeline entries of the docs of a theatre as one
// list of events in date order: entries of several briefings that report
// one event (overlapping dates, the same place or armed group named, or
// the same words) are one event with each briefing as a source, dated by
// the most precise of them, in the order of TheatreEvent.Compare (a
// briefing timeline's). Entries before f.Since, and those whose date
// is unresolved, are left out. An event is planned when a briefing
// reported it as planned and its period is not over by f.Today (the zero
// time: now).
func Theatre(docs []Doc, f briefing.TheatreFilter) []briefing.TheatreEvent {
	today := f.Today
	if today.IsZero() {
		today = time.Now().UTC()
	}
	var items []tItem
	for _, d := range docs {
		if !InTheatre(d, f) {
			continue
		}
		for _, e := range d.Timeline {
			p, ok := extract.ParsePeriod(e.Value) // not kept in a Doc's JSON
			start, end, ok := periodDays(p, ok)
			if !ok || !f.Since.IsZero() && !end.After(f.Since) {
				continue
			}
			e.Period = p
			items = append(items, tItem{start: start, end: end, entry: e, published: d.Published,
				marks: textMarks(e.Event + " " + e.Text), words: contentWords(e.Event),
				src: briefing.EventSource{Briefing: d.ID, Title: d.Title, Source: d.Source, Text: e.Event, Phrase: e.Text}})
		}
	}
	slices.SortStableFunc(items, func(a, b tItem) int {
		return cmp.Or(a.start.Compare(b.start), cmp.Compare(b.end.Sub(b.start), a.end.Sub(a.start)))
	})
	var events []*tEvent
	for _, it := range items {
		var into *tEvent
		for _, ev := range events {
			if ev.matches(it) {
				into = ev
				break
			}
		}
		if into == nil {
			events = append(events, &tEvent{best: it, marks: map[string]bool{}, items: []tItem{it}})
			into = events[len(events)-1]
		} else {
			into.items = append(into.items, it)
			if it.end.Sub(it.start) < into.best.end.Sub(into.best.start) {
				into.best = it
			}
		}
		for m := range it.marks {
			into.marks[m] = true
		}
		into.words = append(into.words, it.words...)
	}
	out := make([]briefing.TheatreEvent, 0, len(events))
	for _, ev := range events {
		b := ev.best
		te := briefing.TheatreEvent{Value: b.entry.Value, Date: b.start, Event: b.entry.Event,
			Planned: b.entry.Planned && b.end.After(today), Entry: b.entry, Published: b.published}
		for _, it := range ev.items {
			if !slices.ContainsFunc(te.Sources, func(s briefing.EventSource) bool { return s.Briefing == it.src.Briefing }) {
				te.Sources = append(te.Sources, it.src)
			}
		}
		out = append(out, te)
	}
	slices.SortStableFunc(out, briefing.TheatreEvent.Compare)
	return out
}

// tItem is one timeline entry of one briefing.
type tItem struct {
	start, end time.Time             // the days of its period (periodDays)
	entry      extract.TimelineEntry // its Period set
	published  time.Time             // of the entry's briefing
	marks      map[string]bool
	words      []string
	src        briefing.EventSource
}

// tEvent is entries merged into one event.
type tEvent struct {
	best  tItem
	marks map[string]bool
	words []string
	items []tItem
}

// matches reports whether an entry reports this event: its period and the
// event's overlap, one within the other, it is planned as the event is,
// and it names a place or armed group of the event, or shares most of its
// words.
func (ev *tEvent) matches(it tItem) bool {
	b := ev.best
	if it.entry.Planned != b.entry.Planned {
		return false
	}
	within := !it.start.Before(b.start) && !it.end.After(b.end) || !b.start.Before(it.start) && !b.end.After(it.end)
	if !within {
		// a finer entry of the event may have set best; compare with every entry
		ok := false
		for _, o := range ev.items {
			if !it.start.Before(o.start) && !it.end.After(o.end) || !o.start.Before(it.start) && !o.end.After(it.end) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for m := range it.marks {
		if ev.marks[m] {
			return true
		}
	}
	return overlap(it.words, ev.words) >= 0.5
}

// textMarks are the places below a country and the armed groups a text names.
func textMarks(text string) map[string]bool {
	marks := map[string]bool{}
	gz := entity.Default()
	for _, m := range gz.Places(text) {
		marks["p:"+entity.PlaceKey(m.Name)] = true
	}
	for _, m := range gz.Find(text) {
		if m.Kind == entity.Group {
			marks["g:"+m.Name] = true
		}
	}
	return marks
}

func contentWords(s string) []string {
	var out []string
	for _, w := range briefing.Words(s) {
		if len(w) > 3 && !stopwords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// overlap is the share of the smaller word list found in the other.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// periodDays is the first day and the day after the last of p, a
// timeline value as the extractor reads it back (extract.ParsePeriod, ok
// its answer): a day (2024-10-03, or a time on it), a weekend, an ISO week
// (2024-W40), a month, a quarter (2024-Q3), a half (2024-H1), a season
// (2024-SU), a year, a decade or a century. ok is false for values that
// name no calendar period (PAST_REF, XXXX-06).
func periodDays(p extract.Period, ok bool) (start, end time.Time, _ bool) {
	if !ok || p.Start.IsZero() || !p.End.After(p.Start) {
		return time.Time{}, time.Time{}, false
	}
	start = time.Date(p.Start.Year(), p.Start.Month(), p.Start.Day(), 0, 0, 0, 0, time.UTC)
	end = time.Date(p.End.Year(), p.End.Month(), p.End.Day(), 0, 0, 0, 0, time.UTC)
	if !end.After(start) {
		end = start.AddDate(0, 0, 1)
	}
	return start, end, true
}
