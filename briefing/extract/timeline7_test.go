package extract

import (
	"strings"
	"testing"
	"time"
)

// tl7Case is one row of the timeline7 tables: the entries a text's
// timeline must hold (as "text=value", "text=value planned"), and the
// texts of dates that must give no entry.
type tl7Case struct {
	name, dct, text string
	want            []string
	none            []string
}

// checkTL7 runs the rows against Timeline.
func checkTL7(t *testing.T, cases []tl7Case) {
	t.Helper()
	for _, tc := range cases {
		pub, err := time.Parse(time.DateOnly, tc.dct)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		entries := Timeline(tc.text, pub)
		got := make([]string, 0, len(entries))
		for _, e := range entries {
			s := e.Text + "=" + e.Value
			if e.Planned {
				s += " planned"
			}
			got = append(got, s)
		}
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: no entry %q; entries %q", tc.name, w, got)
			}
		}
		for _, n := range tc.none {
			for _, e := range entries {
				if strings.Contains(e.Text, n) {
					t.Errorf("%s: entry %q = %s from %q; want none", tc.name, e.Text, e.Value, n)
				}
			}
		}
	}
}

// TestTimelineYearOfBareDates checks the year a day or month named without
// one takes from its clause: a past modal before "until" ("could not use
// the road until 12 November") says nothing of which side of the paper the
// day lies, so it is the nearest, not next year's; a "since" phrase that
// runs a few words ("since returning to power in January", "since his
// return to power in January") dates the past one. The neighbours keep
// the coming one: a weekday, a "will" clause, a date after "and will".
func TestTimelineYearOfBareDates(t *testing.T) {
	checkTL7(t, []tl7Case{
		{name: "until after a past modal, a day just past", dct: "2025-11-20",
			text: "Until 12 November the town's 9,000 residents could not use the road to Beledweyne, aid agencies said.",
			want: []string{"Until 12 November=2025-11-12"}},
		{name: "until after a past modal, a day just past (issue 12)", dct: "2025-02-05",
			text: "Residents could not leave the camp until 3 February.",
			want: []string{"until 3 February=2025-02-03"}},
		{name: "until after would, a day just past", dct: "2025-02-05",
			text: "The truce would last until 3 February, officials said.",
			want: []string{"until 3 February=2025-02-03"}},
		{name: "until after would, a day ahead", dct: "2025-01-20",
			text: "The truce would last until 3 February, officials said.",
			want: []string{"until 3 February=2025-02-03 planned"}},
		{name: "until a weekday after would is the coming one", dct: "2025-02-05",
			text: "Schools would stay shut until Monday.",
			want: []string{"until Monday=2025-02-10 planned"}},
		{name: "until after will is the coming one", dct: "2025-02-05",
			text: "Residents will not return until 3 February.",
			want: []string{"until 3 February=2026-02-03 planned"}},
		{name: "since a gerund phrase in December", dct: "2025-12-10",
			text: "Trump had boasted that the Rwanda-DRC conflict, which has raged on-and-off for years, was one of eight he has ended since returning to power in January.",
			want: []string{"in January=2025-01"}},
		{name: "since a noun phrase in December", dct: "2025-12-10",
			text: "He has ended wars since his return to power in January.",
			want: []string{"in January=2025-01"}},
		{name: "since, then and will", dct: "2025-12-10",
			text: "Schools have been shut since June and will reopen in January.",
			want: []string{"since June=2025-06", "in January=2026-01 planned"}},
		{name: "since a noun and a bare day", dct: "2025-06-15",
			text: "The military has escalated its raids since the Hamas-led attacks Oct. 7, saying it had arrested 2,000 people.",
			want: []string{"Oct. 7=2024-10-07"}},
	})
}

// TestTimelineYearAfterComma checks a day whose year is "last year", "this
// year" or "next year" set off by a comma, as wire copy writes it: one
// entry, not the day and a second entry for the whole year. A possessive
// "last year's" after the comma starts a noun phrase of its own.
func TestTimelineYearAfterComma(t *testing.T) {
	checkTL7(t, []tl7Case{
		{name: "since a day, last year", dct: "2025-04-13",
			text: "Since May 10, last year, fierce fighting has been raging in El Fasher between the army and the RSF.",
			want: []string{"Since May 10, last year=2024-05-10"}},
		{name: "day first, last year", dct: "2025-04-13",
			text: "The town fell on 3 March, last year, after a siege.",
			want: []string{"on 3 March, last year=2024-03-03"}},
		{name: "a possessive after the comma", dct: "2025-04-13",
			text: "On May 10, last year's winner spoke.",
			want: []string{"On May 10=2024-05-10", "last year=2024"}},
	})
	// "last year" is no entry of its own beside the day it dates.
	pub := time.Date(2025, 4, 13, 0, 0, 0, 0, time.UTC)
	for _, e := range Timeline("Since May 10, last year, fierce fighting has been raging in El Fasher.", pub) {
		if e.Text == "last year" {
			t.Errorf("a second entry %q = %s for the day's year", e.Text, e.Value)
		}
	}
}

// TestFurnitureBareDatelineAndBriefingNote checks two kinds of page
// furniture: a wire dateline a republisher printed without its agency and
// dash at the head of the story ("Khartoum, Oct 7 At least seven people
// …", after the store's date stamp or as the first line), and a briefing's
// note on itself (UNHCR's "This is a summary of what was said by … at the
// press briefing, on 10 July 2012"). Neither dates an event; the story's
// own dates stay.
func TestFurnitureBareDatelineAndBriefingNote(t *testing.T) {
	story := " At least seven people were killed in an artillery strike on the camp, a health official confirmed. The attack spanned two days, with two deaths on Sunday and five on Monday."
	checkTL7(t, []tl7Case{
		{name: "bare dateline after the store's stamp", dct: "2024-10-08",
			text: " date 2024-10-08 Khartoum, Oct 7" + story,
			want: []string{"on Sunday=2024-10-06", "on Monday=2024-10-07"}, none: []string{"Oct 7"}},
		{name: "bare dateline on the first line", dct: "2024-10-08",
			text: "New Delhi, Oct 7" + story,
			want: []string{"on Sunday=2024-10-06"}, none: []string{"Oct 7"}},
		{name: "bare dateline with its year", dct: "2024-10-08",
			text: "Khartoum, Oct 7, 2024" + story,
			want: []string{"on Monday=2024-10-07"}, none: []string{"Oct 7"}},
		{name: "a story that opens with a place and a date", dct: "2024-10-08",
			text: "Gaza, Oct 7 was the worst day of the war, residents said.",
			want: []string{"Oct 7=2024-10-07"}},
		{name: "UNHCR briefing note", dct: "2012-07-10",
			text: "Briefing Notes, 10 July 2012\n\nThis is a summary of what was said by UNHCR spokesperson Adrian Edwards to whom quoted text may be attributed at the press briefing, on 10 July 2012, at the Palais des Nations in Geneva.\n\nSix months ago refugees began fleeing Mali. Over 365,000 people are estimated to have been displaced since January.",
			want: []string{"since January=2012-01"}, none: []string{"10 July 2012"}},
		{name: "UN noon briefing transcript", dct: "2016-07-14",
			text: "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General, on 14 July 2016.\n\nThe Secretary-General met the Foreign Minister on Wednesday.",
			want: []string{"on Wednesday=2016-07-13"}, none: []string{"14 July 2016"}},
	})
	for _, text := range []string{
		" date 2024-10-08 Khartoum, Oct 7" + story,
		"This is a summary of what was said by UNHCR spokesperson Adrian Edwards to whom quoted text may be attributed at the press briefing, on 10 July 2012, at the Palais des Nations in Geneva.\n\nThe agency said 15,000 people arrived.",
	} {
		for _, f := range Figures(text) {
			if strings.Contains(f.Text, "Oct") || strings.Contains(f.Text, "2012") {
				t.Errorf("%q: a figure %q from furniture", text[:20], f.Text)
			}
		}
		if len(furniture(text)) == 0 {
			t.Errorf("%q: no furniture span", text[:20])
		}
	}
}

// TestEventAsides checks that an event reads its clause whole across an
// aside: a bracketed remark or an acronym inside the clause, and a
// non-restrictive relative between the subject and its verb. A relative
// inside a clause that has its verb already, and a bracket at the clause's
// end, stay as they were.
func TestEventAsides(t *testing.T) {
	pub := time.Date(2019, 8, 28, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, date, want string }{
		{"Last Friday, the insurgents, who are believed to be inspired by Islamic fundamentalism, killed two people, resident in Machava village, in Nangade district.",
			"Last Friday", "The insurgents killed two people"},
		{"Later on Friday, an insurgent group (possibly the same one) attacked an outlying neighbourhood of Nangade town itself, where they killed three people.",
			"on Friday", "An insurgent group attacked an outlying neighbourhood of Nangade town itself"},
		{"More than 114 civilians were killed in attacks by the paramilitary Rapid Support Forces (RSF) on two displacement camps in El Fasher on Saturday.",
			"on Saturday", "More than 114 civilians were killed in attacks by the paramilitary Rapid Support Forces on two displacement camps in El Fasher"},
		{"On Monday the UN, which runs the camp, said 12 people died.",
			"On Monday", "12 people died"},
		// a participle phrase set off by commas between subject and verb
		{"A group of gunmen, suspected to be herdsmen, attacked a village in northeast Nigeria in the early hours of Wednesday, killing at least 10 people.",
			"in the early hours of Wednesday", "A group of gunmen attacked a village in northeast Nigeria"},
		{"The army said the town, located in the north, was shelled on Sunday.",
			"on Sunday", "The town was shelled"},
		// a fronted participle whose subject is the next segment alone
		{"Confirming the incident on Wednesday, the lawmaker representing the constituency, Jonathan Agbidye, said the attackers fled.",
			"on Wednesday", "The lawmaker representing the constituency confirmed the incident"},
		// neighbours
		{"The rebels, who had seized the town in May, withdrew on Friday.",
			"on Friday", "The rebels withdrew"},
		{"Trump boasted on Monday that the conflict, which has raged for years, was one of eight he has ended.",
			"on Monday", "Trump boasted that the conflict"},
	}
	for _, tc := range cases {
		var got []string
		ok := false
		for _, e := range Timeline(tc.text, pub) {
			if e.Text == tc.date {
				got = append(got, e.Event)
				ok = ok || strings.HasPrefix(e.Event, tc.want)
			}
		}
		if !ok {
			t.Errorf("%q: events of %q are %q, want one opening %q", tc.text, tc.date, got, tc.want)
		}
	}
}

// TestTimelineSpeakerDayGlossed checks a quoted deictic an editor dates
// in brackets: "yesterday (Friday)", "Today (Saturday)", "Today
// (yesterday)" give one entry, the bracket's, not a second one a day late
// read from the paper's date. A clock and its conversion ("around 12.50 pm
// (0820 GMT)") are not a gloss: the first stays.
func TestTimelineSpeakerDayGlossed(t *testing.T) {
	checkTL7(t, []tl7Case{
		{name: "yesterday glossed by a weekday", dct: "2025-04-13",
			text: "“More than 100 civilians were killed on the Zamzam camp yesterday (Friday), with dozens injured,” Khatir said.",
			want: []string{"Friday=2025-04-11"}, none: []string{"yesterday"}},
		{name: "today glossed by yesterday", dct: "2025-04-13",
			text: "“Today (yesterday), 14 civilians were also killed, due to another militia attack on the camp,” he added.",
			want: []string{"yesterday=2025-04-12"}, none: []string{"Today"}},
		{name: "a clock and its conversion", dct: "2018-05-14",
			text: "It began around 12.50 pm (0820 GMT) when the militants detonated a car bomb.",
			want: []string{"around 12.50 pm=2018-05-14T12:50"}},
	})
}

// TestTimelineTwoTollsOfOneDay checks that two reports of one day that
// give different counts stay two entries ("14 civilians were also killed"
// by an official, "40 civilians were killed" by a volunteer group), while
// a story that says its event again with the same count keeps one.
func TestTimelineTwoTollsOfOneDay(t *testing.T) {
	pub := time.Date(2025, 4, 13, 0, 0, 0, 0, time.UTC)
	count := func(text string) int {
		n := 0
		for _, e := range Timeline(text, pub) {
			if e.Value == "2025-04-12" {
				n++
			}
		}
		return n
	}
	two := "Officials said 14 civilians were killed in an attack on the Abu Shouk camp on Saturday.\n\n" +
		"A volunteer group said 40 civilians were killed in the attack on the Abu Shouk camp on Saturday."
	if n := count(two); n != 2 {
		t.Errorf("two tolls of Saturday: %d entries, want 2", n)
	}
	one := "Gunmen killed 12 civilians in an attack on the Abu Shouk camp on Saturday.\n\n" +
		"The attack on the Abu Shouk camp on Saturday killed 12 civilians, including three children, officials said."
	if n := count(one); n != 1 {
		t.Errorf("one toll said twice: %d entries, want 1", n)
	}
}

// TestEventSaidInAStatement checks that the source a verb of saying names
// before its "that" goes with the attribution: "said in a statement that
// 40 civilians were killed" is "40 civilians were killed", not "In a
// statement that 40 civilians were killed".
func TestEventSaidInAStatement(t *testing.T) {
	pub := time.Date(2025, 4, 13, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Emergency Room, a volunteer group, said in a statement that 40 civilians were killed on Saturday.", "40 civilians were killed"},
		{"The Labor Department said in a report on Tuesday that job openings plummeted.", "The Labor Department said in a report that job openings plummeted"},
		{"The Labor Department said in a report that job openings plummeted on Tuesday.", "Job openings plummeted"},
		{"The company said on its earnings call that sales rose 15 percent on Tuesday.", "Sales rose 15 percent"},
	} {
		es := Timeline(tc.text, pub)
		if len(es) != 1 || es[0].Event != tc.want {
			var got []string
			for _, e := range es {
				got = append(got, e.Event)
			}
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFurnitureReadingTime checks a page's reading time alone on its line
// under the headline ("1 minute", "4 mins") gives no figure, while a
// sentence that says how long something took keeps its duration.
func TestFurnitureReadingTime(t *testing.T) {
	text := " date 2024-10-09 Russian drone attack on Ukraine’s Odesa region injures five people\n\n1 minute\n\nKYIV (Reuters) – A Russian drone attack injured five people, its governor said on Wednesday. The alert lasted 40 minutes.\n\n4 mins\n"
	var got []string
	for _, f := range Figures(text) {
		got = append(got, f.Text)
	}
	for _, bad := range []string{"1 minute", "4 mins"} {
		for _, g := range got {
			if g == bad {
				t.Errorf("figure %q from a reading time; figures %q", g, got)
			}
		}
	}
	found := false
	for _, g := range got {
		found = found || g == "40 minutes"
	}
	if !found {
		t.Errorf("the story's duration is lost; figures %q", got)
	}
}

// TestEventParticipleOfResult checks that a participle after a clause of
// its own, holding the entry's date, reads with that clause: "Rebels
// attacked the town, killing 12 people on Sunday" is not "Killing 12
// people". A participle after a bare subject still takes the subject.
func TestEventParticipleOfResult(t *testing.T) {
	pub := time.Date(2024, 8, 28, 0, 0, 0, 0, time.UTC)
	checkEvents(t, pub, []eventCase{
		{"Rebels attacked the town, killing 12 people on Sunday.", "on Sunday", "Rebels attacked the town, killing 12 people"},
		{"In May his government extended the transition by five years, pushing back elections until 2029.", "until 2029",
			"His government extended the transition by five years, pushing back elections until 2029"},
		{"The Iran-aligned Houthis seized Sanaa in 2014, prompting a Saudi-led military intervention the following year.", "the following year",
			"The Iran-aligned Houthis seized Sanaa, prompting a Saudi-led military intervention"},
		{"The army, having retaken the town in March, pushed north.", "in March", "The army had retaken the town"},
	})
}

// TestEventReportedClauseAfterDate checks that a date opening a reported
// clause after "that" or "how" ("residents said that on the evening of
// Sept. 21, about 40 men … opened fire") has that clause for its event, not
// the words before the date ("Residents said that", "He recalled how
// barely"). A date after "said" without "that", and one whose reported
// clause has no verb the lexicon knows, stay as they were.
func TestEventReportedClauseAfterDate(t *testing.T) {
	pub := time.Date(2022, 6, 21, 0, 0, 0, 0, time.UTC)
	checkEvents(t, pub, []eventCase{
		{"Birba and four other residents from the village of Pissélé, less than 100 miles north of the capital, said that on the evening of Sept. 21, about 40 men wielding Kalashnikov rifles came screeching to a halt and opened fire, killing eight people.",
			"on the evening of Sept. 21", "About 40 men wielding Kalashnikov rifles came screeching to a halt and opened fire"},
		{"He recalled how barely a week ago, they attacked the community and abducted six villagers.",
			"a week ago", "They attacked the community and abducted six villagers"},
		{"Reuters has reported that between April and June this year, the RSF and allied militias conducted weeks of systematic attacks.",
			"June this year", "The RSF and allied militias conducted weeks of systematic attacks"},
		{"The army said that on Monday, according to witnesses, rebels shelled the town.",
			"on Monday", "Rebels shelled the town"},
		// neighbours
		{"The governor said last week, the army had killed 20 bandits.",
			"last week", "The governor said: the army had killed 20 bandits"},
		{"Officials said that on Monday the talks had failed.",
			"on Monday", "The talks had failed"},
	})
}

// TestFurnitureCapsPlaceDateline checks a dateline of a place alone in
// capitals, closed by a dash ("GENEVA - The United Nations opened",
// "WASHINGTON — A helicopter crew", "LIBREVILLE -- A group of"): it is
// page furniture, and no event opens with it ("GENEVA - The United
// Nations opened …", "KADUNA officials said: …"). An acronym that opens a
// sentence, and a dash inside a sentence, are not datelines.
func TestFurnitureCapsPlaceDateline(t *testing.T) {
	pub := time.Date(2019, 2, 27, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ place, text, want string }{
		{"GENEVA", "GENEVA - The United Nations opened a third pledging conference Tuesday in hopes of drumming up $4 billion for Yemen.", "The United Nations opened a third pledging conference"},
		{"ALBAWABA", "Sudan: one year on\n\nALBAWABA - Today Sudanese people are marking one year of suffering.", "Sudanese people are marking one year of suffering"},
		{"NEW YORK", "NEW YORK — A helicopter crew was rescued on Tuesday.", "A helicopter crew was rescued"},
		{"KADUNA", "KADUNA, NIGERIA (BNO NEWS) -- At least 24 people were killed Sunday when gunmen stormed a village, officials said on Monday.", "At least 24 people were killed"},
	} {
		if len(furniture(tc.text)) == 0 {
			t.Errorf("%q: no furniture span", tc.text)
		}
		for _, e := range Timeline(tc.text, pub) {
			if !strings.Contains(strings.ToLower(e.Event), strings.ToLower(tc.want)) || strings.Contains(e.Event, tc.place) {
				t.Errorf("%q: event of %q is %q, want %q without %q", tc.text, e.Text, e.Event, tc.want, tc.place)
			}
		}
	}
	for _, text := range []string{
		"NATO — the alliance met on Tuesday.",
		"The UN - which met on Tuesday - said it would act.",
		"UN - The agency met on Tuesday.",
	} {
		if sp := furniture(text); len(sp) != 0 {
			t.Errorf("%q: furniture %q, want none", text, text[sp[0].Start:sp[0].End])
		}
	}
}

// TestTimelineComparisonBase checks that the base of a comparison ("8%
// more than a year earlier", "fewer births in 2023 than in 2013", "lower
// than for September to November 2013") is no timeline entry and stays in
// the events of its sentence ("was 1.7% higher than" read as dated a year
// earlier), while a date a comparison measures ("more than a year ago")
// and a deadline ("no later than 31 March") stay entries.
func TestTimelineComparisonBase(t *testing.T) {
	pub := time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string // "date=event"
		none []string // dates that are no entry
	}{
		{"Average rents in Berlin climbed to €14.60 per square metre, 8% more than a year earlier.", nil, []string{"a year earlier"}},
		{"There were 4 million fewer births in 2023 than in 2013.",
			[]string{"in 2023=There were 4 million fewer births than in 2013"}, []string{"in 2013"}},
		{"At 30.39 million for December 2013 to February 2014, employment was 239,000 higher than for September to November 2013 and 691,000 higher than a year earlier.",
			[]string{"December 2013=At 30.39 million, employment was 239,000 higher than for September to November 2013 and 691,000 higher than a year earlier"},
			[]string{"September", "November 2013", "a year earlier"}},
		// neighbours
		{"The war began more than a year ago.", []string{"more than a year ago=The war began"}, nil},
		{"The troops must leave no later than 31 March.", []string{"31 March="}, nil},
	}
	for _, tc := range cases {
		got := map[string]string{}
		for _, e := range Timeline(tc.text, pub) {
			got[e.Text] = e.Event
		}
		for _, w := range tc.want {
			date, event, _ := strings.Cut(w, "=")
			if ev, ok := got[date]; !ok || event != "" && ev != event {
				t.Errorf("%q: entry %q = %q (present %v), want %q", tc.text, date, ev, ok, event)
			}
		}
		for _, d := range tc.none {
			if ev, ok := got[d]; ok {
				t.Errorf("%q: %q is an entry (%q), want none", tc.text, d, ev)
			}
		}
	}
}

// TestEventDatesJoinedWithInto checks that two dates joined by "into" or
// "and into" leave no conjunction behind in either's event: "Fighting
// continued late Thursday and into Friday morning" read "Fighting
// continued and into" and "Fighting continued and".
func TestEventDatesJoinedWithInto(t *testing.T) {
	pub := time.Date(2024, 10, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, want string
		n          int
	}{
		{"Fighting continued late Thursday and into Friday morning, residents said.", "Fighting continued", 2},
		// "through the night" is how long the search went on, no entry
		// (wholePart); the early hours of Thursday are.
		{"Search and rescue operations continued through the night and into the early hours of Thursday, involving the Dignity One.", "Search and rescue operations continued", 1},
		{"Light snow showers are possible Friday night into early Saturday, with accumulations near 1 inch possible.", "Light snow showers are possible", 2},
	} {
		es := Timeline(tc.text, pub)
		if len(es) < tc.n {
			t.Errorf("%q: %d entries, want %d", tc.text, len(es), tc.n)
		}
		for _, e := range es {
			if !strings.HasPrefix(e.Event, tc.want) || strings.HasSuffix(e.Event, " and") || strings.HasSuffix(e.Event, " into") {
				t.Errorf("%q: event of %q is %q, want %q", tc.text, e.Text, e.Event, tc.want)
			}
		}
	}
}

// TestEventSubjectParticiple checks that a date inside a participle phrase
// that ends a clause's subject dates that phrase, read as a clause: "The
// schoolchildren abducted from the town of Kuriga earlier this month have
// been freed" gives "The schoolchildren were abducted from the town of
// Kuriga" for earlier this month, not the freeing. A participle with an
// object is a clause's own verb, a reporting verb is no participle here,
// and a relative keeps its clause.
func TestEventSubjectParticiple(t *testing.T) {
	pub := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	checkEvents(t, pub, []eventCase{
		{"The schoolchildren abducted from the town of Kuriga in Kaduna State earlier this month have been freed after 17 days in captivity.",
			"earlier this month", "The schoolchildren were abducted from the town of Kuriga in Kaduna State"},
		{"Dozens of students abducted from a school in northwest Nigeria last week have been rescued, the army said.",
			"last week", "Dozens of students were abducted from a school in northwest Nigeria"},
		{"The 276 girls kidnapped from Chibok in April 2014 remain a symbol of the insurgency.",
			"in April 2014", "The 276 girls were kidnapped from Chibok"},
		{"A 72-hour ceasefire agreed on Monday has largely held.",
			"on Monday", "A 72-hour ceasefire was agreed"},
		// neighbours
		{"Auto makers said car sales in mid-October were running 8% below the pace of a year ago.",
			"in mid-October", "Auto makers said car sales were running 8% below the pace"},
		{"Gunmen who seized 121 students at a high school in early March have released 28 of them.",
			"in early March", "Gunmen who seized 121 students at a high school have released 28 of them"},
		{"Gunmen killed 12 people on Sunday.", "on Sunday", "Gunmen killed 12 people"},
	})
}

// TestEventKeepsVerbParticle checks that a verb's particle before a date
// stays in the event ("to be handed over this Saturday" read "are due to
// be handed", "was sworn in on Monday" read "was sworn"), while a
// preposition that only led to the date goes ("dragged on over the
// weekend" is "dragged on").
func TestEventKeepsVerbParticle(t *testing.T) {
	pub := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Four more women are due to be handed over this Saturday, when displaced Palestinians are also meant to start returning.", "Four more women are due to be handed over"},
		{"The new president was sworn in on Monday.", "The new president was sworn in"},
		{"The army took over on Sunday.", "The army took over"},
		{"The talks dragged on over the weekend.", "The talks dragged on"},
		{"Troops arrived in the town over the weekend.", "Troops arrived in the town"},
	} {
		es := Timeline(tc.text, pub)
		if len(es) == 0 || es[0].Event != tc.want {
			t.Errorf("%q: entries %+v, want the event %q", tc.text, es, tc.want)
		}
	}
}

// TestEventDateAsSubject checks that a date that is its sentence's
// subject stays in the event ("2024 was the deadliest year on record" read
// "Was the deadliest year on record"; `"Today... marks the handover"` read
// `"Marks the handover`), while a date that opens its sentence as an
// adjunct goes, and a date after a comma inside a sentence is no subject.
func TestEventDateAsSubject(t *testing.T) {
	pub := time.Date(2025, 1, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, pub, []eventCase{
		{"2024 was the deadliest year on record for aid workers, the UN said.", "2024", "2024 was the deadliest year on record for aid workers"},
		{`"Today... marks the handover of the Abéché base," Defence Minister Issaka Malloua Djamouss said during an official ceremony on Saturday.`, "Today",
			`"Today marks the handover of the Abéché base," Defence Minister Issaka Malloua Djamouss said during an official ceremony`},
		{"Last week saw the heaviest fighting in months.", "Last week", "Last week saw the heaviest fighting in months"},
		// neighbours
		{"Yesterday, troops entered the town.", "Yesterday", "Troops entered the town"},
		{"The death count early, by prison, Wednesday is 34 in Cuenca.", "Wednesday", "The death count early is 34 in Cuenca"},
	})
}

// TestEventNounInfinitive checks that a date that ends the infinitive of
// a noun of intent after its clause's verb has that noun phrase for its
// event ("…as part of an agreement with the country's authorities to
// withdraw its military forces by the end of January" read "France handed
// over its second army base…", the Saturday entry's event), while a plan
// that is its clause's subject keeps the clause.
func TestEventNounInfinitive(t *testing.T) {
	pub := time.Date(2025, 1, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, pub, []eventCase{
		{"France on Saturday handed over its second army base in Chad as part of an agreement with the country's authorities to withdraw its military forces by the end of January.",
			"by the end of January", "An agreement with the country's authorities to withdraw its military forces"},
		{"The junta announced a plan to hold elections in December.", "in December", "A plan to hold elections"},
		// neighbours
		{"The plan to hold elections in December was approved.", "in December", "The plan to hold elections was approved"},
		{"France on Saturday handed over its second army base in Chad as part of an agreement with the country's authorities to withdraw its military forces by the end of January.",
			"on Saturday", "France handed over its second army base in Chad as part of an agreement with the country's authorities to withdraw its military forces"},
	})
}

// TestEventAdjunctAlone checks that a date inside a "with", "despite" or
// "amid" adjunct has the adjunct's noun phrase for its event, without the
// preposition ("Despite 11 interest rate hikes by the Federal Reserve" is
// "11 interest rate hikes by the Federal Reserve").
func TestEventAdjunctAlone(t *testing.T) {
	pub := time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)
	checkEvents(t, pub, []eventCase{
		{"Despite 11 interest rate hikes by the Federal Reserve in 2022 and 2023, the US economy has remained resilient.", "in 2022", "11 interest rate hikes by the Federal Reserve"},
		{"Four hostages are due to be freed this Saturday, with 33 more expected to be released by early March.", "by early March", "33 more expected to be released"},
		// neighbours
		{"With the rains, fighting stopped on Monday.", "on Monday", "Fighting stopped"},
	})
}

// eventCase is a sentence, one of its dates as the entry's text names it,
// and the event that entry should have.
type eventCase struct{ text, date, want string }

// checkEvents checks that each case's date has an entry whose event is
// want.
func checkEvents(t *testing.T, pub time.Time, cases []eventCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		ok := false
		for _, e := range Timeline(tc.text, pub) {
			if e.Text == tc.date {
				got = append(got, e.Event)
				ok = ok || e.Event == tc.want
			}
		}
		if !ok {
			t.Errorf("%q: events of %q are %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}
