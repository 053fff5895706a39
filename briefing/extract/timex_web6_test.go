package extract

import (
	"testing"
	"time"
)

// TestTimexWeb6 checks the temporal classes that made web-page timelines
// wrong: a date of page furniture taken as the day of a later clock time,
// a headline read in the tense of the paragraph the sentence splitter joins
// it to, a plural noun before a relative "that" read as a present verb,
// a date that lies "ahead of", "beyond" or "into" its clause, a possessive
// day taken as the day of a clock time it does not own, and a year after
// a possessive.
func TestTimexWeb6(t *testing.T) {
	long := " The army said the attackers came on motorbikes, burned the market and the clinic, and left before dawn, taking cattle with them."
	cases := []struct {
		name, dct, text, span, value string
	}{
		// A date in furniture dates the page, not the story's event.
		{"clock after a store's date stamp", "2021-11-04",
			" date 2021-11-04 Left Menu\n\nGunmen attacked a village in the early hours of Wednesday, killing seven. They invaded the village at about 2 a.m. local time, police said.",
			"about 2 a.m. local time", "2021-11-03T02:00"},
		{"clock after a published stamp", "2025-03-11",
			"Published 11 March 2025, 08:05 GMT\n\nMilitia fighters killed 23 people on Sunday night, the governor said. Survivors said the attackers arrived shortly after 10 p.m.",
			"10 p.m.", "2025-03-09T22:00"},
		{"clock after a dateline", "2024-06-14",
			"BAMAKO, June 14 (Reuters) - Jihadists attacked an army post in central Mali on Wednesday, the army said. The assault began at 5 a.m. and lasted two hours.",
			"5 a.m.", "2024-06-12T05:00"},
		{"the stamp's own clock keeps the page's day", "2021-11-04",
			"Gunmen attacked a village on Wednesday, killing seven.\n\nANI | Adamawa | Updated: 04-11-2021 12:06 IST\n\nPolice said more would follow.",
			"12:06", "2021-11-04T12:06"},
		// A headline joined to the paragraph below keeps its own tense.
		{"headline over a past paragraph", "2025-01-11",
			"France hands over second army base in Chad ahead of 31 January deadline\nFrance on Saturday handed over its second army base in Chad as part of an agreement to withdraw its forces by the end of January." + long,
			"31 January", "2025-01-31"},
		{"headline with a bare day over a past paragraph", "2024-10-02",
			"Mali sets 21 October for the vote on a new constitution\nThe junta announced on Tuesday that it had postponed the referendum twice, after talks with the parties broke down in Bamako last week." + long,
			"21 October", "2024-10-21"},
		// The plural noun before "that" and a verb is the relative's
		// antecedent, not a verb of the present.
		{"aftershocks that rattled", "2025-03-31",
			"People camped out because they were nervous about the repeated aftershocks that rattled the city over the weekend.",
			"the weekend", "2025-W13-WE"},
		{"strikes that hit", "2024-07-03",
			"Residents counted the ruins left by the strikes that hit the port on Monday.",
			"Monday", "2024-07-01"},
		// "ahead of" and "beyond" look forward from the clause.
		{"beyond a deadline in a present perfect clause", "2016-12-08",
			"The House has passed a stopgap bill to keep the government open beyond Friday's midnight deadline.",
			"Friday", "2016-12-09"},
		{"ahead of a day in a present clause", "2025-01-11",
			"Officials are preparing ballots ahead of the 3 February vote.", "3 February", "2025-02-03"},
		{"ahead of a weekday in a past clause takes the nearest", "2025-01-13",
			"Rebels attacked polling stations ahead of Sunday's vote.", "Sunday", "2025-01-12"},
		{"into a weekday in a present clause", "2019-01-19",
			"Airlines have canceled 4,100 flights since Friday, with disruptions already extending into Monday.",
			"Monday", "2019-01-21"},
		{"into a weekday in a past clause takes the nearest", "2024-07-02",
			"Fighting in the north continued into Monday, residents said.", "Monday", "2024-07-01"},
		// A possessive day dates its noun, not a clock time later in the
		// sentence; right before the clock it is the clock's day.
		{"clock after a possessive day", "2008-03-31",
			"Results were issued by the commission on Monday. It started announcing the results from Saturday's election shortly before 7 a.m.",
			"7 a.m.", "2008-03-31T07:00"},
		// A possessive day that opens the text dates its sentence's clock
		// ("Sunday's blast at 8 a.m."): a regression of an attempt to
		// date "Results from Saturday's vote … 7 a.m." to the paper's day.
		{"clock after a possessive day that opens the text", "2024-03-06",
			"Sunday's blast at 8 a.m. killed 12 people.",
			"8 a.m.", "2024-03-03T08:00"},
		{"clock in the sentence after a possessive lead", "2025-03-10",
			"Saturday's attack killed 12 people. It began at 5 a.m.",
			"5 a.m.", "2025-03-08T05:00"},
		{"clock after a plain lead", "2025-03-10",
			"Gunmen attacked the village on Saturday shortly before 7 a.m.",
			"7 a.m.", "2025-03-08T07:00"},
		{"clock right after a possessive day", "2016-12-08",
			"Talks stalled on Tuesday. Negotiators now face Wednesday's 5 p.m. deadline.",
			"5 p.m.", "2016-12-07T17:00"},
		// A possessive before a year and its noun makes it a year.
		{"year after a possessive", "2018-10-24",
			"Their 2015 convictions were rejected on appeal.", "2015", "2015"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, c.dct, c.text, c.span, c.value) })
	}
}

// TestApposedYearIsNoEntry checks that "the same year" or "that year" set
// beside a finer date names that date's year, not an event of its own,
// while the same words opening a clause still date its event.
func TestApposedYearIsNoEntry(t *testing.T) {
	published := time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		entry bool
	}{
		{"In November 2024, Chad ended the pact. On December 10, the same year, French troops began to leave.", false},
		{"Rebels took Goma in March 2019. They left on 3 June that year.", false},
		{"The war began in April 2023. In June, the same month, talks failed.", false},
		{"Rebels took the town in March 2019. That year, the army left the north.", true},
		{"Rebels took the town in March 2019. The same year, the army left the north.", true},
	} {
		var got bool
		for _, e := range Timeline(c.text, published) {
			switch e.Text {
			case "the same year", "that year", "That year", "The same year", "the same month":
				got = true
			}
		}
		if got != c.entry {
			t.Errorf("%q: an entry for the year anaphor is %v, want %v; got %+v", c.text, got, c.entry, Timeline(c.text, published))
		}
	}
}

// TestEndOfCurrentPeriodIsPlanned checks that "the end of" the month or
// year now running is planned when the clause means it (an infinitive, a
// future, no tense), and past when the clause says it happened.
func TestEndOfCurrentPeriodIsPlanned(t *testing.T) {
	published := time.Date(2025, 1, 11, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, entry string
		planned     bool
	}{
		{"France handed over its base as part of an agreement to withdraw its forces by the end of January.", "by the end of January", true},
		{"Officials pledged to complete the handover by the end of the year, the ministry said.", "by the end of the year", true},
		{"By the end of January, 300 people had died.", "By the end of January", false},
		{"Troops went to Goma by the end of January.", "by the end of January", false},
		{"Talks collapsed at the end of last month.", "at the end of last month", false},
	} {
		found := false
		for _, e := range Timeline(c.text, published) {
			if e.Text == c.entry {
				found = true
				if e.Planned != c.planned {
					t.Errorf("%q: %q planned %v, want %v", c.text, c.entry, e.Planned, c.planned)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entry %q in %+v", c.text, c.entry, Timeline(c.text, published))
		}
	}
}
