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
