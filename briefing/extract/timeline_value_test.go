package extract

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestParsePeriod checks that the period of a timeline entry read back
// from its value (an entry kept as JSON) is the one Timeline gave it, for
// every entry of the sample briefings, and that values naming no period
// are refused.
func TestParsePeriod(t *testing.T) {
	n := 0
	for _, d := range txGoldTimelines(t) {
		for _, e := range Timeline(d.body, d.pub) {
			p, ok := ParsePeriod(e.Value)
			if !ok || !reflect.DeepEqual(p, e.Period) {
				t.Errorf("%s: %q: ParsePeriod(%q) = %+v, %v; Timeline gave %+v", d.path, e.Text, e.Value, p, ok, e.Period)
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("checked %d entries, want the samples' (50 or more)", n)
	}
	labels := map[string]string{"2024-H1": "H1 2024", "2024-04": "Apr 2024", "2024-10-03": "Thu 3 Oct 2024",
		"2024-W40": "wk of 30 Sep 2024", "2024-SU": "Summer 2024", "2024-Q3": "Q3 2024", "2024": "2024",
		"2024-10-11T15:00": "Fri 11 Oct 2024 15:00", "XXXX-06": "Jun",
		"2024-WI": "Winter 2024", "2024-SP": "Spring 2024", "2024-FA": "Autumn 2024",
		"2024-W41-WE": "wkend of 12 Oct 2024", "202": "2020s", "20": "21st century", "11": "12th century"}
	for v, want := range labels {
		p, ok := ParsePeriod(v)
		if got := (TimelineEntry{Value: v, Period: p, Text: "?"}).Label(); !ok || got != want {
			t.Errorf("ParsePeriod(%q): label %q (ok %v), want %q", v, got, ok, want)
		}
	}
	for _, v := range []string{"", "PAST_REF", "PRESENT_REF", "XXXX-XX", "2024-13", "2024-02-30x", "2024-W60", "P1Y", "2024-H3", "abcd"} {
		if p, ok := ParsePeriod(v); ok {
			t.Errorf("ParsePeriod(%q) = %+v, want none", v, p)
		}
	}
}

// TestCompareEntries checks that CompareEntries orders entries as Timeline
// does: within the past and within the planned entries of every sample,
// and across briefings each cut at its own publication date.
func TestCompareEntries(t *testing.T) {
	for _, d := range txGoldTimelines(t) {
		es := Timeline(d.body, d.pub)
		for i := 1; i < len(es); i++ {
			a, b := es[i-1], es[i]
			if a.Planned == b.Planned && CompareEntries(a, d.pub, b, d.pub) > 0 {
				t.Errorf("%s: CompareEntries puts %s %q after %s %q; Timeline before", d.path, a.Value, a.Text, b.Value, b.Text)
			}
		}
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	entry := func(v string, planned bool) TimelineEntry {
		p, _ := ParsePeriod(v)
		return TimelineEntry{Value: v, Period: p, Planned: planned}
	}
	cases := []struct {
		name string
		a    TimelineEntry
		aPub string
		b    TimelineEntry
		bPub string
		want int
	}{
		{"later this month after 3 October", entry("2024-10", true), "2024-10-10", entry("2024-10-03", false), "2024-10-10", 1},
		{"later this month after a day of the month in another briefing", entry("2024-10", true), "2024-10-10", entry("2024-10-11", false), "2024-10-11", 1},
		{"earlier this month before a later day", entry("2024-10", false), "2024-10-10", entry("2024-10-12", false), "2024-10-15", -1},
		{"a month after the days it holds, undated", entry("2024-10", false), "", entry("2024-10-31", false), "", 1},
		{"late July after 6 July", TimelineEntry{Value: "2024-07", Period: entry("2024-07", false).Period, Mod: ModEnd}, "2024-08-01", entry("2024-07-06", false), "2024-08-01", 1},
		{"a value Timeline never writes goes last", entry("PAST_REF", false), "", entry("2024-07-06", false), "", 1},
	}
	for _, c := range cases {
		var ap, bp time.Time
		if c.aPub != "" {
			ap = day(c.aPub)
		}
		if c.bPub != "" {
			bp = day(c.bPub)
		}
		if got := CompareEntries(c.a, ap, c.b, bp); got != c.want {
			t.Errorf("%s: CompareEntries = %d, want %d", c.name, got, c.want)
		}
		if got := CompareEntries(c.b, bp, c.a, ap); got != -c.want {
			t.Errorf("%s, swapped: CompareEntries = %d, want %d", c.name, got, -c.want)
		}
	}
}

// TestParsePeriodDev checks that every value the extractor gives on the
// dev batches 1–3 (the timelines' articles and the figure and quantity
// sets' sentences) parses back to the entry's period, so that the theatre
// labels and orders it as the briefing's timeline does. Batch 4 is held
// out.
func TestParsePeriodDev(t *testing.T) {
	dir := filepath.Join("testdata", "dev")
	type doc struct {
		text string
		pub  time.Time
	}
	var docs []doc
	for _, b := range []string{"", "-b2", "-b3"} {
		for _, a := range devLoadArticles(t, filepath.Join(dir, "timelines"+b+".jsonl")) {
			pub, _ := time.Parse(time.DateOnly, a.Published)
			docs = append(docs, doc{a.Text, pub})
		}
		pub := time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC) // the sentences have no date of their own
		for _, set := range []string{"figures-roles", "quantities"} {
			for _, s := range devLines[devSentence](t, filepath.Join(dir, set+b+".jsonl")) {
				docs = append(docs, doc{s.Text, pub})
			}
		}
	}
	n, seasons := 0, 0
	for _, d := range docs {
		for _, e := range Timeline(d.text, d.pub) {
			n++
			if e.Period.Grain == GrainSeason {
				seasons++
			}
			if p, ok := ParsePeriod(e.Value); !ok || !reflect.DeepEqual(p, e.Period) {
				t.Errorf("%q: ParsePeriod(%q) = %+v, %v; Timeline gave %+v", e.Text, e.Value, p, ok, e.Period)
			}
		}
	}
	if n < 500 || seasons == 0 {
		t.Errorf("checked %d entries (%d seasons), want the dev sets' 500 or more, seasons among them", n, seasons)
	}
}
