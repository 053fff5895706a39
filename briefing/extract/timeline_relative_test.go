package extract

import (
	"strings"
	"testing"
	"time"
)

// TestRelativeEvents checks the event of a date inside a relative clause:
// the relative takes the phrase it tells of, never the subject of the
// clause before it, and when that phrase is not sure the event keeps the
// clause and its relative as written.
func TestRelativeEvents(t *testing.T) {
	published := time.Date(2024, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, date, event string }{
		{"The deal, brokered by the United States and France, is built on Security Council Resolution 1701, which ended the 2006 war.",
			"2006", "Security Council Resolution 1701 ended the war"},
		{"The plan rests on Resolution 1701, which the council passed in 2006.",
			"in 2006", "The plan rests on Resolution 1701, which the council passed"}, // "plan" may be the verb: not sure
		{"Police arrested the gang leader, who escaped from prison in March.",
			"in March", "The gang leader escaped from prison"},
		{"Rights groups have warned for months that the paramilitaries, which have besieged El Fasher since May last year, are starving the city.",
			"since May last year", "The paramilitaries have besieged El Fasher since May last year"},
		{"Since then the number of displaced Iraqis has grown to more than 3.3 million, many of them from Anbar province, which Islamic State overran in 2014.",
			"in 2014", "Islamic State overran Anbar province"},
		{"The rate was taken into account for this decision, which rose from 8.09% in May.",
			"in May", "The rate was taken into account for this decision, which rose from 8.09%"},
		{"Fighting spread to Kharkiv, according to regional officials, who on Monday ordered an evacuation.",
			"on Monday", "Regional officials ordered an evacuation"},
		// A relative of two words or three keeps its own verb.
		{"The court convicted the former president, who ruled in 2010.",
			"in 2010", "The former president ruled"},
		{"Officials said the talks, which began on Monday, had stalled.",
			"on Monday", "The talks began"},
		// A preposition after the verb opens the phrase the relative
		// tells of.
		{"Fighting resumed after the truce, which took effect on 27 November.",
			"on 27 November", "The truce took effect"},
		{"The army destroyed that bridge, which was built in 1998.",
			"in 1998", "That bridge was built"},
	} {
		found := false
		for _, e := range Timeline(c.text, published) {
			if e.Text != c.date {
				continue
			}
			found = true
			if e.Event != c.event {
				t.Errorf("%q\n%q: event %q, want %q", c.text, c.date, e.Event, c.event)
			}
		}
		if !found {
			t.Errorf("%q: no entry %q", c.text, c.date)
		}
	}
}

// TestEventsCloseTheirQuotation: an event cut at the comma after a
// quotation keeps the quotation closed, and a quoted sentence whose
// speaker follows keeps its opening mark.
func TestEventsCloseTheirQuotation(t *testing.T) {
	published := time.Date(2025, 4, 4, 0, 0, 0, 0, time.UTC)
	text := `Late on Wednesday the junta announced a ceasefire until 22 April "to speed up relief and reconstruction", a 20-day pause that followed unilateral pledges by its opponents.`
	for _, e := range Timeline(text, published) {
		if strings.Count(e.Event, `"`)%2 == 1 {
			t.Errorf("%q: event %q leaves a quotation open", e.Text, e.Event)
		}
	}
	for in, want := range map[string]string{
		`The junta announced a ceasefire "to speed up relief`: `The junta announced a ceasefire "to speed up relief"`,
		`He said the "worst day" had passed`:                  `He said the "worst day" had passed`,
		`relief and reconstruction" was the aim`:              `relief and reconstruction" was the aim`,
		`They called it “a truce`:                             `They called it “a truce”`,
		`There is no peace to keep," it said in a statement`:  `"There is no peace to keep," it said in a statement`,
		`Time is running out,” the White Helmets said`:        `“Time is running out,” the White Helmets said`,
	} {
		if got := closeQuotation(in); got != want {
			t.Errorf("closeQuotation(%q) = %q, want %q", in, got, want)
		}
	}
}
