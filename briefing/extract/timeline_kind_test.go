package extract

import (
	"testing"
	"time"
)

// TestEntryKind checks that a date governed by a verb of saying dates a
// report and any other date an event.
func TestEntryKind(t *testing.T) {
	published := time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, date string
		kind       EntryKind
	}{
		{"The UN said on Friday that at least 70 people had been killed.", "on Friday", KindReport},
		{"Gunmen stormed the town on 3 October, killing residents.", "on 3 October", KindEvent},
		{"Xinhua reported early Wednesday that 500 were dead.", "early Wednesday", KindReport},
		{"The mayor on Wednesday said the toll had risen to 115.", "on Wednesday", KindReport},
		{"The quake struck on Monday, officials said.", "on Monday", KindEvent},
		// A capitalised name ending in -ed is no verb: the walk back goes past it.
		{"Aid convoys would resume, said United Nations spokesman Stéphane Dujarric on Friday.", "on Friday", KindReport},
		{"The talks would go on, said Mohammed Ahmed on Tuesday.", "on Tuesday", KindReport},
	}
	for _, tc := range cases {
		found := false
		for _, e := range Timeline(tc.text, published) {
			if e.Text == tc.date {
				found = true
				if e.Kind != tc.kind {
					t.Errorf("%q in %q: kind %s, want %s", e.Text, tc.text, e.Kind, tc.kind)
				}
			}
		}
		if !found {
			t.Errorf("no entry %q in %q", tc.date, tc.text)
		}
	}
}

// TestPastAnchorsAreNotPlanned checks that anniversaries and "since"
// clauses are past events, never planned.
func TestPastAnchorsAreNotPlanned(t *testing.T) {
	published := time.Date(2024, 4, 14, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"The fighting has gone on since 15 April, when the army and the RSF clashed.",
		"The war began on 15 April and has displaced millions.",
		"Exactly a year has passed since April 15 and the fighting will go on.",
	} {
		for _, e := range Timeline(text, published) {
			if e.Planned {
				t.Errorf("%q in %q is planned", e.Text, text)
			}
		}
	}
}
