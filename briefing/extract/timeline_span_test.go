package extract

import "testing"

// TestTimelineBoundaryEvents checks event texts that a reader could take
// for a different event: a subject cut inside a list of who did it, a
// noun phrase after a comma read as a clause, an "until" date given the
// text of its clause's own date, a "since" date given the text of what
// happened then, and a name that lost its article.
func TestTimelineBoundaryEvents(t *testing.T) {
	type entry struct {
		value   string
		planned bool
		event   string
	}
	for _, c := range []struct {
		text string
		want []entry
	}{
		// The whole list is the subject: the report, not UNICEF and the WFP.
		{"A report by the WHO, UNICEF and the WFP put the number of hungry children at two million in March.", []entry{
			{"2024-03", false, "A report by the WHO, UNICEF and the WFP put the number of hungry children at two million"},
		}},
		{"Britain, France and Germany condemned the strike on Monday.", []entry{
			{"2024-10-07", false, "Britain, France and Germany condemned the strike"},
		}},
		// A place or a phrase before the list is no part of the subject.
		{"In Gaza, the army and the police sealed the crossing on Monday.", []entry{
			{"2024-10-07", false, "The army and the police sealed the crossing"},
		}},
		{"The toll of the dead and missing rose again on Monday.", []entry{
			{"2024-10-07", false, "The toll of the dead and missing rose again"},
		}},
		// Who shipped the $4.5 billion the source does not say: the entry
		// quotes it rather than make up a clause or keep "a drop of".
		{"Exports reached $3 billion in 2024, a drop of a third from the $4.5 billion shipped the year before.", []entry{
			{"2023", false, "The $4.5 billion shipped the year before"},
			{"2024", false, "Exports reached $3 billion"},
		}},
		// "until" names an end: what ends, not a copy of the announcement.
		{"The army imposed a curfew on Monday until 20 October.", []entry{
			{"2024-10-07", false, "The army imposed a curfew"},
			{"2024-10-20", true, "A curfew until 20 October"},
		}},
		{"Schools will stay closed until 20 October.", []entry{
			{"2024-10-20", true, "Schools will stay closed until 20 October"},
		}},
		// "since" names a start: the date stays in the clause.
		{"The mission, which has patrolled the coast since March last year under a UN mandate, ends soon.", []entry{
			{"2023-03", false, "The mission has patrolled the coast since March last year under a UN mandate"},
		}},
		{"Fighting has displaced 40,000 people since January.", []entry{
			{"2024-01", false, "Fighting has displaced 40,000 people since January"},
		}},
		// A name keeps its article.
		{"Japan pledged $3 million, and the European Union, which has doubled its aid this year, sent a team.", []entry{
			{"2024", false, "The European Union has doubled its aid"},
		}},
	} {
		want := make([]tlWant, len(c.want))
		for i, w := range c.want {
			want[i] = tlWant{value: w.value, kind: "event", planned: w.planned, checkPlanned: true, event: w.event}
		}
		checkTimeline(t, c.text, want)
	}
}

// tlWant is an entry a test expects of Timeline; its planned mark is
// checked only with checkPlanned.
type tlWant struct {
	value, kind           string
	planned, checkPlanned bool
	event                 string
}

// checkTimeline checks the timeline of text, published on txFriday,
// against want, entry by entry.
func checkTimeline(t *testing.T, text string, want []tlWant) {
	t.Helper()
	got := Timeline(text, txFriday)
	if len(got) != len(want) {
		t.Errorf("%q: %d entries, want %d: %+v", text, len(got), len(want), got)
		return
	}
	for i, w := range want {
		g := got[i]
		if g.Value != w.value || string(g.Kind) != w.kind || w.checkPlanned && g.Planned != w.planned || g.Event != w.event {
			t.Errorf("%q: entry %d = %s %s planned=%v %q, want %s %s planned=%v %q",
				text, i, g.Value, g.Kind, g.Planned, g.Event, w.value, w.kind, w.planned, w.event)
		}
	}
}
