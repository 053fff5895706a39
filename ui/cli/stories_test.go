package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

const (
	haitiID = "2024-10-10-haiti-pont-sonde-massacre-toll-rises"
	kenyaID = "2024-10-11-kenya-to-send-600-more-police-officers-to-haiti"
)

func TestStoriesPontSonde(t *testing.T) {
	ix := sampleIndex(t)
	var out bytes.Buffer
	if err := Stories(context.Background(), &out, ix, StoriesOptions{Briefing: haitiID}); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{
		"== Death toll from Gran Grif attack on Pont-Sondé rises to 115  (1 briefing, 2024-10-10)",
		"killed at Pont-Sondé: latest ≥115; range 70–115\n",
		"≥70 — The UN human rights office, 4 Oct 2024 (UN OHCHR;",
		"≥115 — the mayor of nearby Saint-Marc, 9 Oct 2024 (UN OHCHR;",
		"≥115 — local officials, 11 Oct 2024 (Wire reports)",
		"related: " + kenyaID,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("story lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "disagree") {
		t.Errorf("a rising toll is flagged as a disagreement:\n%s", text)
	}
}

func TestStoriesJSON(t *testing.T) {
	ix := sampleIndex(t)
	var out bytes.Buffer
	if err := Stories(context.Background(), &out, ix, StoriesOptions{JSON: true}); err != nil {
		t.Fatal(err)
	}
	var stories []storyJSON
	if err := json.Unmarshal(out.Bytes(), &stories); err != nil {
		t.Fatal(err)
	}
	if len(stories) != 13 {
		t.Errorf("%d stories, want the 13 samples each its own", len(stories))
	}
	for _, s := range stories {
		if s.ID == kenyaID && (len(s.Briefings) != 1 || len(s.Related) != 1 || s.Related[0] != haitiID) {
			t.Errorf("Kenya story: %+v", s)
		}
	}
	if err := Stories(context.Background(), &out, ix, StoriesOptions{Briefing: "nope"}); err == nil || !strings.Contains(err.Error(), "no briefing") {
		t.Errorf("unknown briefing: %v", err)
	}
}

func TestTimelineCaribbean(t *testing.T) {
	ix := sampleIndex(t)
	var out bytes.Buffer
	today := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	if err := Timeline(context.Background(), &out, ix, TimelineOptions{Region: "caribbean", Today: today}); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if n := strings.Count(text, "Pont-Sondé before dawn"); n != 1 {
		t.Errorf("the massacre is listed %d times:\n%s", n, text)
	}
	entry := text[strings.Index(text, "2024-10-03"):]
	entry = entry[:strings.Index(entry, "\n2024-10-04")]
	for _, id := range []string{haitiID, kenyaID} {
		if !strings.Contains(entry, id) {
			t.Errorf("massacre entry lacks %s:\n%s", id, entry)
		}
	}
	rule := strings.Index(text, "---------- today, 2025-06-01 ----------")
	planned := strings.Index(text, "2026-02-07")
	if rule < 0 || planned < rule || !strings.Contains(text[planned:], "(planned)") {
		t.Errorf("the planned handover is not after today's rule:\n%s", text)
	}
	if err := Timeline(context.Background(), &out, ix, TimelineOptions{}); err != ErrNoTheatre {
		t.Errorf("no theatre: %v", err)
	}
	out.Reset()
	if err := Timeline(context.Background(), &out, ix, TimelineOptions{Country: "Atlantis"}); err != nil || !strings.Contains(out.String(), "No dated events") {
		t.Errorf("unknown country: %q, %v", out.String(), err)
	}
}
