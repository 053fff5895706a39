package story

import (
	"fmt"
	"slices"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/entity"
	"sitrep/content"
)

// sampleDocs analyses the embedded sample library.
func sampleDocs(t testing.TB) []Doc {
	t.Helper()
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	var docs []Doc
	for _, b := range lib.Briefings() {
		body, err := lib.Body(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Analyze(b, body))
	}
	return docs
}

func sampleIndex(docs []Doc, id string) int {
	for i, d := range docs {
		if d.ID == id {
			return i
		}
	}
	return -1
}

const (
	haiti = "2024-10-10-haiti-pont-sonde-massacre-toll-rises"
	kenya = "2024-10-11-kenya-to-send-600-more-police-officers-to-haiti"
)

// TestSampleStories: the Kenya briefing is a story of its own (a police
// deployment) that shows the massacre as related; no other sample joins
// either.
func TestSampleStories(t *testing.T) {
	docs := sampleDocs(t)
	groups := Cluster(docs, DefaultOptions())
	stories := Build(docs, groups)
	if len(stories) != len(docs) {
		for _, s := range stories {
			t.Logf("%s: %d briefings", s.ID, len(s.Briefings))
		}
		t.Fatalf("%d stories of %d samples, want each its own", len(stories), len(docs))
	}
	byID := map[string]int{}
	for g, s := range stories {
		byID[s.ID] = g
	}
	h, k := byID[haiti], byID[kenya]
	if !slices.Contains(stories[k].Related, haiti) || !slices.Contains(stories[h].Related, kenya) {
		t.Errorf("Kenya related %q, Haiti related %q: want each other", stories[k].Related, stories[h].Related)
	}
	for g, s := range stories {
		if g == h || g == k {
			continue
		}
		if slices.Contains(s.Related, haiti) || slices.Contains(s.Related, kenya) {
			t.Errorf("%s is related to a Haiti briefing", s.ID)
		}
	}
}

// TestReconcilePontSonde: the massacre's toll across the two briefings.
func TestReconcilePontSonde(t *testing.T) {
	docs := sampleDocs(t)
	stories := Build(docs, Cluster(docs, DefaultOptions()))
	var s briefing.Story
	for _, st := range stories {
		if st.ID == haiti {
			s = st
		}
	}
	var killed *briefing.Reconciled
	for i, r := range s.Figures {
		t.Logf("%s @ %s: %d reports, latest %s, range %g-%g, disagree %v", r.Role, r.Place, len(r.Reports), FormatReport(r.Latest), r.Min, r.Max, r.Disagree)
		for _, rep := range r.Reports {
			t.Logf("    %s [%s]", FormatReport(rep), rep.Briefing)
		}
		if r.Role == "killed" && entity.PlaceKey(r.Place) == "pont sonde" {
			killed = &s.Figures[i]
		}
	}
	if killed == nil {
		t.Fatal("no killed @ Pont-Sondé")
	}
	var got []string
	for _, rep := range killed.Reports {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", FormatValue(rep.Value, rep.Qualifier), rep.Said, rep.Date.Format("2006-01-02"), rep.Briefing))
	}
	want := []string{
		"≥70|The UN human rights office|2024-10-04|" + haiti,
		"≥115|the mayor of nearby Saint-Marc|2024-10-09|" + haiti,
		"≥115|local officials|2024-10-11|" + kenya,
	}
	if !slices.Equal(got, want) {
		t.Errorf("killed at Pont-Sondé:\n got %q\nwant %q", got, want)
	}
	if killed.Latest.Briefing != kenya || killed.Min != 70 || killed.Max != 115 || killed.Disagree {
		t.Errorf("latest %+v, range %g-%g, disagree %v", killed.Latest, killed.Min, killed.Max, killed.Disagree)
	}
}

// TestSampleStoryPlaces: the story view names each figure at a place the
// figure is about, not at a headline's words, a people's adjective or
// the story's camp for a count of the whole country.
func TestSampleStoryPlaces(t *testing.T) {
	docs := sampleDocs(t)
	stories := Build(docs, Cluster(docs, DefaultOptions()))
	at := map[string]string{} // story ID, role and value: place
	for _, s := range stories {
		for _, r := range s.Figures {
			for _, rep := range r.Reports {
				at[fmt.Sprintf("%s %s %g", s.ID, r.Role, rep.Value)] = r.Place
			}
		}
	}
	tests := []struct{ figure, want string }{
		{kenya + " killed 115", "Haiti"}, // was "Peacekeeping Proposal", a headline's words
		{kenya + " pledged 2900", "Haiti"},
		{"2025-02-06-drc-goma-toll-nears-3000 killed 17", "South Africa"}, // was "African"
		{"2025-04-14-sudan-rsf-overruns-zamzam-camp in_need 3.04e+07", "Sudan"},
		{"2025-04-14-sudan-rsf-overruns-zamzam-camp killed 400", "Zamzam"},
		{"2025-04-28-somalia-aussom-funding-gap deployed 12626", "Somalia"}, // was "Entebbe", the summit's venue
	}
	// a part of a toll and a count of households are not the toll's reports
	for _, gone := range []string{"2025-04-14-sudan-rsf-overruns-zamzam-camp killed 9",
		"2025-04-14-sudan-rsf-overruns-zamzam-camp displaced 60000", kenya + " pledged 10"} {
		if p, ok := at[gone]; ok {
			t.Errorf("%s is reconciled at %q", gone, p)
		}
	}
	for _, tt := range tests {
		got, ok := at[tt.figure]
		if !ok {
			t.Errorf("%s: no such reconciled figure", tt.figure)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: at %q, want %q", tt.figure, got, tt.want)
		}
	}
}
