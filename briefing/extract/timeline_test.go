package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// published is the publication date of the shared fixture, a Friday.
var txFixturePublished = time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)

// TestTimelineFixture checks the shared fixture's hand-made timeline: the
// five entries with their values and phrases, "next month" planned, and
// the other expressions tagged with the right type and value.
func TestTimelineFixture(t *testing.T) {
	text, g := fixture(t)
	pub, err := time.Parse(time.DateOnly, g.Published)
	if err != nil {
		t.Fatalf("gold published date: %v", err)
	}
	tl := Timeline(text, pub)
	if len(tl) != len(g.Timeline) {
		t.Errorf("timeline has %d entries, gold %d: %+v", len(tl), len(g.Timeline), tl)
	}
	for i, want := range g.Timeline {
		if i >= len(tl) {
			t.Errorf("missing entry %q (%s)", want.Text, want.Value)
			continue
		}
		got := tl[i]
		if got.Value != want.Value || got.Text != want.Text {
			t.Errorf("entry %d = %q %s, want %q %s", i, got.Text, got.Value, want.Text, want.Value)
		}
		if text[got.Start:got.End] != got.Text {
			t.Errorf("entry %q: span [%d,%d) holds %q", got.Text, got.Start, got.End, text[got.Start:got.End])
		}
		if got.Event == "" || len(got.Event) > maxEventLen {
			t.Errorf("entry %q: event %q is empty or too long", got.Text, got.Event)
		}
		if wantPlanned := want.Value == "2024-11"; got.Planned != wantPlanned {
			t.Errorf("entry %q: planned = %v, want %v", got.Text, got.Planned, wantPlanned)
		}
	}
	tx := Timexes(text, pub)
	for _, want := range g.AlsoTimexes {
		start := strings.Index(text, want.Text)
		if start < 0 {
			t.Fatalf("gold timex %q not in the fixture", want.Text)
		}
		end := start + len(want.Text)
		found := false
		for _, x := range tx {
			if x.Start < end && start < x.End {
				found = true
				if x.Type != want.Type || x.Value != want.Value {
					t.Errorf("%q tagged %s %s, want %s %s", want.Text, x.Type, x.Value, want.Type, want.Value)
				}
			}
		}
		if !found {
			t.Errorf("%q not tagged", want.Text)
		}
	}
}

// txGoldTimelines loads the sample briefings' gold files with their bodies.
func txGoldTimelines(t *testing.T) []txGoldDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.gold.json"))
	if err != nil {
		t.Fatalf("glob gold files: %v", err)
	}
	var docs []txGoldDoc
	for _, p := range paths {
		g := loadGold(t, p)
		if len(g.Timeline) == 0 {
			continue
		}
		raw, err := os.ReadFile(filepath.Join("..", "..", "content", "briefings", g.File))
		if err != nil {
			t.Fatalf("%s: read briefing: %v", p, err)
		}
		pub, err := time.Parse(time.DateOnly, g.Published)
		if err != nil {
			t.Fatalf("%s: published: %v", p, err)
		}
		docs = append(docs, txGoldDoc{path: p, body: txStripFrontMatter(string(raw)), pub: pub, g: g})
	}
	return docs
}

type txGoldDoc struct {
	path string
	body string
	pub  time.Time
	g    gold
}

// txStripFrontMatter returns the body of a briefing after its YAML front
// matter (between "---" lines at the top).
func txStripFrontMatter(s string) string {
	if !strings.HasPrefix(s, "---\n") {
		return s
	}
	end := strings.Index(s[4:], "\n---\n")
	if end < 0 {
		return s
	}
	return s[4+end+5:]
}

// TestTimelineGoldF1 measures the timelines of the sample briefings against
// their gold timelines. Entries match on value alone (as a multiset per
// briefing): the date is what the panel must get right; the phrase and
// event text are a reader's aid and are not scored.
func TestTimelineGoldF1(t *testing.T) {
	docs := txGoldTimelines(t)
	if len(docs) == 0 {
		t.Skip("no gold timelines in testdata yet")
	}
	tp, fp, fn := 0, 0, 0
	for _, d := range docs {
		got := Timeline(d.body, d.pub)
		want := map[string]int{}
		for _, e := range d.g.Timeline {
			want[e.Value]++
		}
		for _, e := range got {
			if e.Start < 0 || e.End > len(d.body) || d.body[e.Start:e.End] != e.Text {
				t.Errorf("%s: entry %q has a bad span", d.path, e.Text)
			}
			if want[e.Value] > 0 {
				want[e.Value]--
				tp++
			} else {
				fp++
				t.Logf("%s: extra %s %q (%s)", d.path, e.Value, e.Text, e.Event)
			}
		}
		for v, n := range want {
			for range n {
				fn++
				t.Logf("%s: missed %s", d.path, v)
			}
		}
	}
	p, r, f := txPRF(tp, fp, fn)
	t.Logf("timeline value P=%.3f R=%.3f F1=%.3f over %d briefings (tp=%d fp=%d fn=%d)", p, r, f, len(docs), tp, fp, fn)
	if f < 0.95 {
		t.Errorf("timeline value F1 = %.3f, want >= 0.95", f)
	}
}

func txPRF(tp, fp, fn int) (float64, float64, float64) {
	p, r := 0.0, 0.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// TestTimelinePlanned pins when an entry is planned: after the publication
// date, or holding it in a future-tense clause.
func TestTimelinePlanned(t *testing.T) {
	for _, c := range []struct {
		text    string
		value   string
		planned bool
	}{
		{"Troops will deploy to the north this month.", "2024-10", true},
		{"Troops deployed to the north this month.", "2024-10", false},
		{"The council votes on 20 October on the mandate.", "2024-10-20", true},
		{"The envoy arrived in the capital on Friday.", "2024-10-11", false},
		{"The envoy will arrive in the capital on Friday.", "2024-10-11", true},
		{"Aid convoys resumed last week across the border.", "2024-W40", false},
		{"Elections are scheduled for next year in the country.", "2025", true},
		// The simple present of a schedule on the publication day is that
		// day's news; a future said as such is still planned.
		{"A donor conference opens in Geneva today.", "2024-10-11", false},
		{"Rescuers search the rubble of collapsed buildings Friday.", "2024-10-11", false},
		{"The UN is to launch an appeal on Friday.", "2024-10-11", true},
		{"A donor conference opens in Geneva on Monday.", "2024-10-14", true},
	} {
		tl := Timeline(c.text, txFriday)
		if len(tl) != 1 || tl[0].Value != c.value || tl[0].Planned != c.planned {
			t.Errorf("%q: timeline %+v, want one entry %s planned=%v", c.text, tl, c.value, c.planned)
		}
	}
}

// TestTimelineVagueClock checks that a clock time made vague by a degree
// adverb, with no day, is no entry, while one with its day is.
func TestTimelineVagueClock(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Despite the release taking place well after midnight, crowds gathered.", 0},
		{"Fighting went on long after midnight.", 0},
		{"Shelling resumed shortly after midnight on Sunday.", 1},
		{"Crowds gathered after midnight.", 1},
	} {
		if tl := Timeline(c.text, txFriday); len(tl) != c.want {
			t.Errorf("%q: %d entries %+v, want %d", c.text, len(tl), tl, c.want)
		}
	}
}

// TestTimelineMerges checks that two mentions of one event date make one
// entry, and that different events on the same date stay apart.
func TestTimelineMerges(t *testing.T) {
	same := "Kenya will deploy 600 more police officers to Haiti next month. " +
		"Ruto said the 600 additional officers would be ready for deployment next month."
	if tl := Timeline(same, txFriday); len(tl) != 1 || tl[0].Value != "2024-11" || !tl[0].Planned {
		t.Errorf("same event: %+v, want one planned 2024-11 entry", tl)
	}
	apart := "Kenya will deploy 600 more police officers to Haiti next month. " +
		"Separately, Chad holds parliamentary elections next month."
	if tl := Timeline(apart, txFriday); len(tl) != 2 {
		t.Errorf("different events: %+v, want two entries", tl)
	}
	sentence := "The truce took effect at 4 a.m. on Wednesday, officials said."
	if tl := Timeline(sentence, txFriday); len(tl) != 1 || tl[0].Value != "2024-10-09T04:00" {
		t.Errorf("time and day of one sentence: %+v, want one 2024-10-09T04:00 entry", tl)
	}
	// Two mentions of one day in a sentence: the one that names it stays.
	for _, s := range []string{
		"Exactly one year ago, on 11 October 2023, the rebels took the town.",
		"The rebels took the town on 11 October 2023, exactly one year ago.",
	} {
		if tl := Timeline(s, txFriday); len(tl) != 1 || tl[0].Text != "on 11 October 2023" {
			t.Errorf("%q: %+v, want one entry named \"on 11 October 2023\"", s, tl)
		}
	}
}

// TestTimelineWithoutPublicationDate pins the ordering rule of undated
// briefings: full dates by date, then dates without a year in calendar
// order, then relative ones by their offset from the unknown present.
func TestTimelineWithoutPublicationDate(t *testing.T) {
	text := "Aid was cut next month, officials warned. Gangs attacked the town last week. " +
		"The mayor spoke yesterday. The mission began in June. The decree of 3 October 2024 stands. " +
		"Fighting first broke out on 2 March."
	var got []string
	for _, e := range Timeline(text, time.Time{}) {
		got = append(got, e.Text)
		if !validTimex(Timex{Type: "DATE", Value: e.Value}) {
			t.Errorf("entry %q has malformed value %q", e.Text, e.Value)
		}
	}
	if tl := Timeline("Aid fell last month and will rise next month, officials said.", time.Time{}); len(tl) != 2 {
		t.Errorf("last month and next month of an undated text merged: %+v", tl)
	}
	want := "3 October 2024|on 2 March|in June|last week|yesterday|next month"
	if strings.Join(got, "|") != want {
		t.Errorf("order = %s\nwant    %s", strings.Join(got, "|"), want)
	}
}

// TestTimelineEvents checks that an event drops its date phrase and
// attribution and fits the side panel.
func TestTimelineEvents(t *testing.T) {
	for _, c := range []struct{ text, event string }{
		{"Gunmen stormed the town of Pont-Sondé last week, the mayor said.", "Gunmen stormed the town of Pont-Sondé"},
		{"Last month, the Security Council extended the mandate.", "The Security Council extended the mandate"},
		{"Officials said on Monday that 70 people had been killed in the attack.", "Officials said 70 people had been killed in the attack"},
		{"Secretary Powell, who arrived on Thursday night, met the president.", "Secretary Powell arrived"},
		{"A spokesman said troops had rescued 137 hostages, 76 girls and 61 boys, in Zamfara State on Sunday.",
			"Troops had rescued 137 hostages in Zamfara State"},
	} {
		tl := Timeline(c.text, txFriday)
		if len(tl) != 1 || tl[0].Event != c.event {
			t.Errorf("%q: events %+v, want %q", c.text, tl, c.event)
		}
	}
}

// TestTimelineEventsAreWholeClauses: an event is its clause however long
// (the panel fits it to its rows), and only its own clause, not the next
// entry's; a run-on text without a break is bounded and cut at a word.
func TestTimelineEventsAreWholeClauses(t *testing.T) {
	pub := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		events map[string]string
	}{
		{"The National Unity Government, the parallel administration formed by ousted lawmakers, declared a two-week " +
			"halt to offensive operations by its forces from 30 March, and the Three Brotherhood Alliance of ethnic armed " +
			"groups announced a one-month truce on Tuesday.", map[string]string{
			"from 30 March": "The National Unity Government declared a two-week halt to offensive operations by its forces",
			"on Tuesday":    "The Three Brotherhood Alliance of ethnic armed groups announced a one-month truce",
		}},
		{"The UN Human Rights Council will hold a special session on eastern Congo in Geneva on Friday, and leaders " +
			"of the East African Community will meet in Dar es Salaam on Saturday.", map[string]string{
			"on Friday":   "The UN Human Rights Council will hold a special session on eastern Congo in Geneva",
			"on Saturday": "Leaders of the East African Community will meet in Dar es Salaam",
		}},
		{"Leaders of the countries that send troops to Somalia ended a summit in Entebbe on Friday without finding " +
			"the money to keep the African Union's new mission running, as al-Shabaab fighters retake towns.", map[string]string{
			"on Friday": "Leaders of the countries that send troops to Somalia ended a summit in Entebbe without finding " +
				"the money to keep the African Union's new mission running",
		}},
	} {
		got := map[string]string{}
		for _, e := range Timeline(c.text, pub) {
			got[e.Text] = e.Event
		}
		for phrase, want := range c.events {
			if got[phrase] != want {
				t.Errorf("%q: %q event %q, want %q", c.text, phrase, got[phrase], want)
			}
		}
	}
	runOn := "On Friday the council" + strings.Repeat(" met again and talked", 200) + "."
	tl := Timeline(runOn, txFriday)
	if len(tl) != 1 || len(tl[0].Event) > maxEventLen || !strings.HasSuffix(tl[0].Event, "…") ||
		strings.HasSuffix(strings.TrimSuffix(tl[0].Event, "…"), " ") {
		t.Errorf("run-on event not bounded and cut at a word: %+v", tl)
	}
}

// TestTimelineCoordinatedDates: of two dates joined by "and" or a range's
// "through", each entry's event drops the other date with the word that
// joined them, not leaving "held the town and".
func TestTimelineCoordinatedDates(t *testing.T) {
	for text, want := range map[string]string{
		"Amtrak will run a reduced service on Saturday and Sunday because of the storm.": "Amtrak will run a reduced service because of the storm",
		"The rebels held the town in 2014 and early 2015.":                               "The rebels held the town",
		"Flights were cancelled from Friday through Monday.":                             "Flights were cancelled",
	} {
		tl := Timeline(text, txFriday)
		if len(tl) != 2 {
			t.Errorf("%q: %d entries, want 2: %+v", text, len(tl), tl)
		}
		for _, e := range tl {
			if e.Event != want {
				t.Errorf("%q: %q event %q, want %q", text, e.Text, e.Event, want)
			}
		}
	}
}
