package extract

import (
	"strings"
	"testing"
	"time"
)

// txFriday is the publication date of the table tests: Friday 11 October
// 2024, in ISO week 41.
var txFriday = time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)

type timexCase struct {
	sentence string
	text     string // the expected span
	typ      TimexType
	value    string
	mod      Mod
}

// checkTimexCases asserts that each sentence holds a timex with exactly
// the expected span, type, value and mod.
func checkTimexCases(t *testing.T, pub time.Time, cases []timexCase) {
	t.Helper()
	for _, c := range cases {
		got := Timexes(c.sentence, pub)
		var found *Timex
		for i := range got {
			if got[i].Text == c.text {
				found = &got[i]
				break
			}
		}
		if found == nil {
			t.Errorf("%q: no timex %q; got %+v", c.sentence, c.text, got)
			continue
		}
		if found.Type != c.typ || found.Value != c.value || found.Mod != c.mod {
			t.Errorf("%q: %q = %s %s %q, want %s %s %q", c.sentence, c.text,
				found.Type, found.Value, found.Mod, c.typ, c.value, c.mod)
		}
		if !validTimex(*found) {
			t.Errorf("%q: %+v is not well-formed TIMEX3", c.sentence, *found)
		}
		if c.sentence[found.Start:found.End] != found.Text {
			t.Errorf("%q: span [%d,%d) does not hold %q", c.sentence, found.Start, found.End, found.Text)
		}
	}
}

func TestTimexAbsoluteDates(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"The attack took place on October 3, 2024, near the border.", "October 3, 2024", "DATE", "2024-10-03", ""},
		{"The attack took place on 3 October 2024.", "3 October 2024", "DATE", "2024-10-03", ""},
		{"Gunmen struck on Oct. 3 and again later.", "Oct. 3", "DATE", "2024-10-03", ""},
		{"The vote was held on Sept. 24 in New York.", "Sept. 24", "DATE", "2024-09-24", ""},
		{"The decree is dated 2024-10-03.", "2024-10-03", "DATE", "2024-10-03", ""},
		{"The decree is dated 10/23/2024.", "10/23/2024", "DATE", "2024-10-23", ""},
		{"The decree is dated 23/10/2024.", "23/10/2024", "DATE", "2024-10-23", ""},
		{"Fighting resumed on the 3rd of October.", "the 3rd of October", "DATE", "2024-10-03", ""},
		{"Talks will resume on 20 October.", "20 October", "DATE", "2024-10-20", ""},
		{"The camp was overrun on 20 October.", "20 October", "DATE", "2023-10-20", ""}, // past: the last one
		{"The mission began in June.", "June", "DATE", "2024-06", ""},
		{"The mission began in June 2024.", "June 2024", "DATE", "2024-06", ""},
		{"Troops will arrive in November.", "November", "DATE", "2024-11", ""},
		{"Elections were held in November.", "November", "DATE", "2023-11", ""},
		{"The group was founded in 2023.", "2023", "DATE", "2023", ""},
		{"Coups were common in the 1990s.", "the 1990s", "DATE", "199", ""}, // TimeML keeps the article
		{"Exports doubled over 2014-2018.", "2018", "DATE", "2018", ""},
		{"He was detained in May last year.", "May last year", "DATE", "2023-05", ""},
		{"A landmark ruling of 19 November 2023 stands.", "19 November 2023", "DATE", "2023-11-19", ""},
		{"Friday, Oct. 4 was the worst day.", "Friday, Oct. 4", "DATE", "2024-10-04", ""},
	})
}

func TestTimexAmbiguousNumbersAreNotDates(t *testing.T) {
	for _, s := range []string{
		"The decree is dated 3/4/2024.",             // day and month could swap
		"About 2,900 troops have been pledged.",     // a count
		"Police said 1500 troops were deployed.",    // a count
		"Security Council Resolution 2699 passed.",  // a name
		"The council may decide to march on.",       // modal and verb
		"Prices fall as the market opens.",          // a verb, not a season
		"The fall of Kabul shocked the region.",     // an event, not a season
		"He said the Arab Spring changed the area.", // a name
		"Reporter April Ryan asked a question.",     // a name
	} {
		for _, x := range Timexes(s, txFriday) {
			if x.Type == "DATE" {
				t.Errorf("%q: unexpected date %q = %s", s, x.Text, x.Value)
			}
		}
	}
}

func TestTimexWeekdays(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"President Ruto announced on Friday that troops would go.", "Friday", "DATE", "2024-10-11", ""},
		{"Friday's attack killed 12 people.", "Friday", "DATE", "2024-10-11", ""},
		{"Gunmen attacked the town on Wednesday.", "Wednesday", "DATE", "2024-10-09", ""},
		{"Ministers will meet on Wednesday.", "Wednesday", "DATE", "2024-10-16", ""},
		{"The envoy arrived on Monday.", "Monday", "DATE", "2024-10-07", ""},
		{"The envoy arrived last Friday.", "last Friday", "DATE", "2024-10-04", ""},
		{"The envoy will arrive next Tuesday.", "next Tuesday", "DATE", "2024-10-15", ""},
		{"The envoy arrives this Saturday.", "this Saturday", "DATE", "2024-10-12", ""},
		{"The envoy arrived on Tuesday of last week.", "Tuesday of last week", "DATE", "2024-10-01", ""},
	})
}

func TestTimexRelative(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"Officials said yesterday that 70 died.", "yesterday", "DATE", "2024-10-10", ""},
		{"The envoy arrives today.", "today", "DATE", "2024-10-11", ""},
		{"The envoy arrives tomorrow.", "tomorrow", "DATE", "2024-10-12", ""},
		{"Last week, gangs attacked a farming town.", "Last week", "DATE", "2024-W40", ""},
		{"Talks continue this week in Nairobi.", "this week", "DATE", "2024-W41", ""},
		{"Kenya will deploy 600 officers next month.", "next month", "DATE", "2024-11", ""},
		{"The council extended the mandate last month.", "last month", "DATE", "2024-09", ""},
		{"Violence rose sharply last year.", "last year", "DATE", "2023", ""},
		{"Violence has risen earlier this year.", "earlier this year", "DATE", "2024", ""},
		{"Gunmen attacked on Wednesday. Earlier in the day, police had left.", "Earlier in the day", "DATE", "2024-10-09", ""},
		{"The vote is due later this month.", "later this month", "DATE", "2024-10", ""},
		{"Crops failed last summer.", "last summer", "DATE", "2023-SU", ""},
		{"Gangs seized the port two weeks ago.", "two weeks ago", "DATE", "2024-W39", ""},
		{"Gangs seized the port a week ago.", "a week ago", "DATE", "2024-10-04", ""},
		{"The group was founded three years ago.", "three years ago", "DATE", "2021", ""},
		{"The group was founded a year ago.", "a year ago", "DATE", "2023-10", ""},
		// An exact count names the very day: an anniversary's.
		{"The war began exactly one year ago.", "one year ago", "DATE", "2023-10-11", ""},
		{"The siege began precisely six months ago.", "six months ago", "DATE", "2024-04-11", ""},
		{"The camp was shelled exactly two weeks ago.", "two weeks ago", "DATE", "2024-09-27", ""},
		{"The displaced population was half of that six months ago.", "six months ago", "DATE", "2024-04", ""},
		{"Residents fled more than a year ago.", "more than a year ago", "DATE", "2023-10", "BEFORE"},
		// Whole days of hours move the day; fewer stay on it.
		{"The quake struck 24 hours earlier.", "24 hours earlier", "DATE", "2024-10-10", ""},
		{"Rebels took the town 48 hours ago.", "48 hours ago", "DATE", "2024-10-09", ""},
		{"Rebels took the town five hours ago.", "five hours ago", "DATE", "2024-10-11", ""},
		{"The Chibok abduction a decade ago shocked the world.", "a decade ago", "DATE", "2014", ""},
		{"Elections will be held in three months.", "three months", "DATE", "2025-01", ""},
		{"The town was attacked on 3 October. The army arrived the previous day.", "the previous day", "DATE", "2024-10-02", ""},
		{"The town was attacked on 3 October. The army arrived the next day.", "the next day", "DATE", "2024-10-04", ""},
		{"Revenue fell in 2024 from the record earned the year before.", "the year before", "DATE", "2023", ""},
		{"Gangs held the road the week of 30 September.", "the week of 30 September", "DATE", "2024-W40", ""},
		{"The truce ends next year.", "next year", "DATE", "2025", ""},
		{"Aid stalled in the third quarter of 2024.", "the third quarter of 2024", "DATE", "2024-Q3", ""},
		{"Sales fell in Q2 2024.", "Q2 2024", "DATE", "2024-Q2", ""},
		{"Sales fell in 2024 Q2.", "2024 Q2", "DATE", "2024-Q2", ""},
		{"Schools reopen in the first week of 2025.", "the first week of 2025", "DATE", "2025-W01", ""},
		{"Talks stalled in the last week of July.", "the last week of July", "DATE", "2024-W31", ""},
		{"More than 3,600 were killed in the first half of 2024.", "the first half of 2024", "DATE", "2024-H1", ""},
	})
}

func TestTimexModifiers(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"Fighting began in early December.", "early December", "DATE", "2023-12", "START"},
		{"The talks collapsed in late last July.", "late last July", "DATE", "2023-07", "END"},
		{"The economy shrank in mid-2023.", "mid-2023", "DATE", "2023", "MID"},
		{"The mandate ends at the end of the year.", "the end of the year", "DATE", "2024", "END"},
		{"The fighting eased by mid-October.", "mid-October", "DATE", "2024-10", "MID"},
		{"Israel released prisoners early on Monday.", "early on Monday", "DATE", "2024-10-07", "START"},
		{"The cabinet approved it in the early hours of Saturday.", "the early hours of Saturday", "DATE", "2024-10-05", "START"},
	})
}

func TestTimexHolidays(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"Fighting paused over Christmas 2023.", "Christmas 2023", "DATE", "2023-12-25", ""},
		{"A truce will hold over Christmas.", "Christmas", "DATE", "2024-12-25", ""},
		{"Rockets were fired on New Year's Day.", "New Year's Day", "DATE", "2024-01-01", ""},
		{"Strikes continued through Ramadan 2024.", "Ramadan 2024", "DATE", "2024-03", ""},
		{"Strikes continued through Ramadan.", "Ramadan", "DATE", "2024-03", ""},
		{"Prisoners were freed on Eid al-Fitr 2023.", "Eid al-Fitr 2023", "DATE", "2023-04-21", ""},
		{"The offensive began at Easter 2024.", "Easter 2024", "DATE", "2024-03-31", ""},
		{"Unions marched on May Day.", "May Day", "DATE", "2024-05-01", ""},
		{"Stores opened on Black Friday 2023.", "Black Friday 2023", "DATE", "2023-11-24", ""},
		{"The strike began on Labor Day 2024.", "Labor Day 2024", "DATE", "2024-09-02", ""},
	})
}

func TestTimexTimes(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"The truce took effect at 4 a.m. on Wednesday.", "4 a.m.", "TIME", "2024-10-09T04:00", ""},
		{"The council meets at 3 p.m. today.", "3 p.m. today", "TIME", "2024-10-11T15:00", ""}, // one TIMEX3, as TimeML has it
		{"Gunmen stormed the mall at midday Saturday.", "midday Saturday", "TIME", "2024-10-05T12:00", ""},
		{"Shelling resumed at 15:30 GMT.", "15:30 GMT", "TIME", "2024-10-11T15:30", ""},
		{"Gunmen attacked the camp on Sunday night.", "Sunday night", "TIME", "2024-10-06TNI", ""},
		{"Gunmen attacked the camp last night.", "last night", "TIME", "2024-10-10TNI", ""},
		{"Air raids hit the city this morning.", "this morning", "TIME", "2024-10-11TMO", ""},
		{"M23 entered Goma on the night of 26 September.", "the night of 26 September", "TIME", "2024-09-26TNI", ""},
		{"Shelling hit the town on Wednesday. In the evening, it stopped.", "the evening", "TIME", "2024-10-09TEV", ""},
		{"Shelling hit the town on Wednesday. It resumed the next morning.", "the next morning", "TIME", "2024-10-10TMO", ""},
		// "Overnight" in a past clause is the night that ended on the
		// publication day, dated by the day before; ahead, tonight.
		{"Shelling continued overnight.", "overnight", "TIME", "2024-10-10TNI", ""},
		{"Drones struck the port overnight, officials said.", "overnight", "TIME", "2024-10-10TNI", ""},
		{"The convoy will cross the border overnight.", "overnight", "TIME", "2024-10-11TNI", ""},
		{"Gunmen attacked on Wednesday and fled overnight.", "overnight", "TIME", "2024-10-09TNI", ""},
		{"GOMA, Oct 11 (Staff) — Rebels shelled the airport overnight.", "overnight", "TIME", "2024-10-10TNI", ""},
		{"The quake struck at 12:50 p.m. on 28 September.", "12:50 p.m.", "TIME", "2024-09-28T12:50", ""},
	})
}

func TestTimexDurations(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"The war has lasted for three years.", "three years", "DURATION", "P3Y", ""},
		{"The council approved a one-year extension.", "one-year", "DURATION", "P1Y", ""},
		{"Police deployed within hours.", "hours", "DURATION", "PTXH", ""},
		{"The siege lasted several days.", "several days", "DURATION", "PXD", ""},
		{"A war that has lasted more than 15 months.", "more than 15 months", "DURATION", "P15M", "MORE_THAN"},
		{"Talks dragged on for months.", "months", "DURATION", "PXM", ""},
		{"A 30-day ceasefire was agreed.", "30-day", "DURATION", "P30D", ""},
		{"A 24-hour curfew began.", "24-hour", "DURATION", "PT24H", ""},
		{"The siege lasted about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"},
		{"Casualties doubled over the past three years.", "the past three years", "DURATION", "P3Y", ""},
		{"Prices rose over the past week.", "the past week", "DURATION", "P1W", ""},
		{"The war entered its twenty-one months.", "twenty-one months", "DURATION", "P21M", ""},
		{"The sentence was a year and a half.", "a year and a half", "DURATION", "P1.5Y", ""},
		{"Crews worked for 2.5 hours.", "2.5 hours", "DURATION", "PT2.5H", ""},
		{"Talks dragged on for a decade.", "a decade", "DURATION", "P10Y", ""},
	})
}

func TestTimexSets(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"Convoys run every week.", "every week", "SET", "P1W", ""},
		{"Aid trucks arrive each day.", "each day", "SET", "P1D", ""},
		{"The council meets each Monday.", "each Monday", "SET", "XXXX-WXX-1", ""},
		{"Patrols leave every two weeks.", "every two weeks", "SET", "P2W", ""},
		{"Talks are held on Mondays.", "Mondays", "SET", "XXXX-WXX-1", ""},
		{"The report is published annually.", "annually", "SET", "P1Y", ""},
		{"Inspectors visit twice a year.", "twice a year", "SET", "P1Y", ""},
		{"The marathon is held every April.", "every April", "SET", "XXXX-04", ""},
		// Found by FuzzTimexes (issue 13): "each May" is a SET of the
		// month, in any case.
		{"000000000000eACh MAY", "eACh MAY", "SET", "XXXX-05", ""},
		{"Markets close each weekend.", "each weekend", "SET", "P1WE", ""},
	})
}

func TestTimexVague(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"However, as of now, only 430 troops are there.", "now", "DATE", "PRESENT_REF", ""},
		{"The town was recently retaken.", "recently", "DATE", "PAST_REF", ""},
		{"One of the deadliest attacks in recent years.", "recent years", "DATE", "PAST_REF", ""},
		{"Talks may resume in the future.", "the future", "DATE", "FUTURE_REF", ""},
		{"Aid is currently blocked.", "currently", "DATE", "PRESENT_REF", ""},
		{"More troops will arrive in the coming weeks.", "the coming weeks", "DURATION", "PXW", ""}, // like "the next few weeks"
	})
}

// TestTimexWithoutPublicationDate checks that absolute dates still resolve
// and relative ones stay unresolved but well-formed.
func TestTimexWithoutPublicationDate(t *testing.T) {
	checkTimexCases(t, time.Time{}, []timexCase{
		{"The attack took place on October 3, 2024.", "October 3, 2024", "DATE", "2024-10-03", ""},
		{"The mission began in June.", "June", "DATE", "XXXX-06", ""},
		{"Gangs attacked last week.", "last week", "DATE", "XXXX-WXX", ""},
		{"Officials said yesterday that 70 died.", "yesterday", "DATE", "XXXX-XX-XX", ""},
		{"Troops will deploy next month.", "next month", "DATE", "XXXX-XX", ""},
		{"The envoy arrived on Friday.", "Friday", "DATE", "XXXX-WXX-5", ""},
		{"The war has lasted for three years.", "three years", "DURATION", "P3Y", ""},
	})
}

// TestTimexSpansExcludePrepositions pins the TimeML span rule.
func TestTimexSpansExcludePrepositions(t *testing.T) {
	s := "The mission began in June and troops arrived on Friday, within hours of the order."
	var texts []string
	for _, x := range Timexes(s, txFriday) {
		texts = append(texts, x.Text)
	}
	if got, want := strings.Join(texts, "|"), "June|Friday|hours"; got != want {
		t.Errorf("spans = %s, want %s", got, want)
	}
}

func TestTimexRatesAndCompounds(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"More than 300 trucks a day entered Gaza.", "a day", "SET", "P1D", ""},
		{"Patrols pass three times a week.", "a week", "SET", "P1W", ""},
		{"The town fell a year and a half ago.", "a year and a half ago", "DATE", "2023-04", ""},
		{"Schools were attacked a decade ago.", "a decade ago", "DATE", "2014", ""},
		{"The mandate ends at the end of the year.", "the end of the year", "DATE", "2024", "END"},
		{"The war lasted two years and three months.", "two years and three months", "DURATION", "P2Y3M", ""},
		{"A 40-year-old man was arrested.", "40-year-old", "DURATION", "P40Y", ""},
		{"Revenue fell in fiscal 2023.", "fiscal 2023", "DATE", "FY2023", ""},
		{"Profit rose in the first nine months.", "the first nine months", "DURATION", "P9M", ""},
		{"The bank reported second-quarter profit of $2 billion.", "second-quarter", "DATE", "2024-Q2", ""},
		// the midnight that ends Sunday (TimeML's T24:00, as TempEval-a and the dev timelines write it)
		{"The ceasefire will expire at midnight on Sunday.", "midnight", "TIME", "2024-10-13T24:00", ""},
		{"The summit opens March 12 in Addis Ababa.", "March 12", "DATE", "2025-03-12", ""},
		{"The law expires Dec. 31.", "Dec. 31", "DATE", "2024-12-31", ""},
		{"Officials met two weeks after 3 May.", "two weeks after 3 May", "DATE", "2024-05-17", ""},
	})
	for _, s := range []string{"The army announced a night-time curfew."} {
		if got := Timexes(s, txFriday); len(got) != 0 {
			t.Errorf("%q: unexpected %+v", s, got)
		}
	}
}

// txThursday98 is a Thursday in the first quarter of 1998, the kind of
// publication date of the Wall Street Journal texts TimeBank annotates.
var txThursday98 = time.Date(1998, 2, 26, 0, 0, 0, 0, time.UTC)

// TestTimexNewsConventions pins TimeML conventions of financial and wire
// news: articles kept with decades and counted durations (but not with a
// compound adjective), quarters referred back to, rates, schedules, and
// counts with an adjective before the unit.
func TestTimexNewsConventions(t *testing.T) {
	checkTimexCases(t, txThursday98, []timexCase{
		{"Lending boomed in the late 1980s.", "the late 1980s", "DATE", "198", "END"},
		{"The dispute dates to the 19th century.", "the 19th century", "DATE", "18", ""},
		{"It will be finished by the year 2000.", "the year 2000", "DATE", "2000", ""},
		{"The yield on the 30-year bond rose.", "30-year", "DURATION", "P30Y", ""},
		{"The first-half results were weak.", "first-half", "DATE", "1998-H1", ""},
		{"Sales in the 12 months ended June 30 rose.", "the 12 months", "DURATION", "P12M", ""},
		{"Analysts had expected a loss for the quarter.", "the quarter", "DATE", "1997-Q4", ""},
		{"Profit in the latest quarter fell.", "the latest quarter", "DATE", "1997-Q4", ""},
		{"Margins in the most recent quarter fell.", "the most recent quarter", "DATE", "1997-Q4", ""},
		{"The current quarter will be hurt by the strike.", "The current quarter", "DATE", "1998-Q1", ""},
		{"Net rose in the third quarter from $5 million a year earlier.", "a year earlier", "DATE", "1996-Q3", ""},
		{"Net fell 8% in 1997 from the year-earlier period.", "the year-earlier period", "DATE", "1996", ""},
		{"The company will pay $3 million a year.", "a year", "SET", "P1Y", ""},
		{"Shifts last up to 10 hours a day.", "a day", "SET", "P1D", ""},
		{"Research costs $100 million per year.", "per year", "SET", "P1Y", ""},
		{"The notes pay interest semiannually.", "semiannually", "SET", "P6M", ""},
		{"Stocks fell for three consecutive days.", "three consecutive days", "DURATION", "P3D", ""},
		{"The talks took an extra week.", "an extra week", "DURATION", "P1W", ""},
		{"The army ended a month-long siege.", "month-long", "DURATION", "P1M", ""},
		{"Weeks-long protests ended.", "Weeks-long", "DURATION", "PXW", ""},
		{"Banks closed on Saturday, March 7, and stay shut.", "Saturday, March 7", "DATE", "1998-03-07", ""}, // the weekday picks the year
		{"Lawmakers have until Monday to agree.", "Monday", "DATE", "1998-03-02", ""},
		{"Rain could fall through Monday.", "Monday", "DATE", "1998-03-02", ""},
		{"The window opened Monday and runs through Jan. 31.", "Jan. 31", "DATE", "1999-01-31", ""},
		{"Lawmakers voted late Monday night.", "late Monday night", "TIME", "1998-02-23TNI", "END"},
		{"The blast came at about 10:30 a.m. on Monday.", "about 10:30 a.m.", "TIME", "1998-02-23T10:30", "APPROX"},
		{"Schools were closed until Monday.", "Monday", "DATE", "1998-02-23", ""},
		{"Job gains for January were revised up.", "January", "DATE", "1998-01", ""},
		{"The speaker called a session for 9 January.", "9 January", "DATE", "1999-01-09", ""},
		{"Shares have fallen since peaking in October.", "October", "DATE", "1997-10", ""},
		{"The operation could last several weeks.", "several weeks", "DURATION", "PXW", ""},
		{"The payments will be spread over three years.", "three years", "DURATION", "P3Y", ""},
		{"He has led the party for over three years.", "over three years", "DURATION", "P3Y", "MORE_THAN"},
		{"Volume was 150 million shares, against 176 million shares Friday.", "Friday", "DATE", "1998-02-20", ""},
		{"The government declared a week of mourning starting Monday.", "Monday", "DATE", "1998-03-02", ""},
		{"The measure expires at the end of the session on Sept. 30.", "Sept. 30", "DATE", "1998-09-30", ""},
		{"At year-end, the bank held $4 billion.", "year-end", "DATE", "1997", "END"},
		{"Talks may resume in the near future.", "the near future", "DATE", "FUTURE_REF", ""},
		{"Officials met the other day.", "the other day", "DATE", "PAST_REF", ""},
		{"He has waited years for the ruling.", "years", "DURATION", "PXY", ""},
		{"For the full year, the bank earned $2 billion.", "the full year", "DATE", "1997", ""},
		{"Attacks have continued throughout the year.", "the year", "DATE", "1998", ""},
		{"Over the years, the rivalry has grown.", "the years", "DURATION", "PXY", ""},
		{"More sanctions will follow in the days ahead.", "the days ahead", "DURATION", "PXD", ""},
		{"Output fell in the final quarter of last year.", "the final quarter of last year", "DATE", "1997-Q4", ""},
	})
	for _, s := range []string{
		"The March 23 Movement denies the charge.",       // a name holding a date
		"The Sunday Times reported the deal.",            // a newspaper
		"Markets recalled Black Monday's crash of 1987.", // a name holding a weekday
		"Israel won the Six-Day War.",                    // a name holding a duration
		"He starred in the film Thirteen Days.",          // a title
	} {
		for _, x := range Timexes(s, txThursday98) {
			if x.Value != "1987" {
				t.Errorf("%q: unexpected date %q = %s", s, x.Text, x.Value)
			}
		}
	}
}

// TestTimexNewsForms pins forms of news copy that name a day or a time in
// ways the other tables do not: British dotted clock times, a part of the
// day with its day, a day with "next year", a month or season of the year
// last named ("that March"), "weekend" before the event it dates, a weekday
// of next or last week, a year written once at the end of a range, a day
// counted from a holiday, "the week before last", clock ranges on one day,
// and a price before a month that is no day.
func TestTimexNewsForms(t *testing.T) {
	checkTimexCases(t, txFriday, []timexCase{
		{"It began around 12.50 pm when militants struck.", "around 12.50 pm", "TIME", "2024-10-11T12:50", "APPROX"},
		{"The quake struck at 4.17 a.m. on Tuesday.", "4.17 a.m.", "TIME", "2024-10-08T04:17", ""},
		{"Troops crossed at 10.20 GMT on Friday.", "10.20 GMT", "TIME", "2024-10-11T10:20", ""},
		{"Survivors gathered at dawn on Thursday to mark the anniversary.", "dawn on Thursday", "TIME", "2024-10-10TMO", ""},
		{"The convoy left at dusk on 3 October.", "dusk on 3 October", "TIME", "2024-10-03TEV", ""},
		{"Rebels attacked in the morning on Monday.", "the morning on Monday", "TIME", "2024-10-07TMO", ""},
		{"Gunmen swept into the town before dawn on 3 October.", "3 October", "DATE", "2024-10-03", ""},
		{"A memorial will be unveiled on 6 February next year.", "6 February next year", "DATE", "2025-02-06", ""},
		{"The town fell on October 3 last year.", "October 3 last year", "DATE", "2023-10-03", ""},
		{"Gunmen took 279 girls in 2021; they were freed that March.", "that March", "DATE", "2021-03", ""},
		{"The siege began in 2022 and ended that summer.", "that summer", "DATE", "2022-SU", ""},
		{"The attack follows a deadly weekend siege of the hotel.", "weekend", "DATE", "2024-W40-WE", ""},
		{"Envoys will hold weekend talks in Doha.", "weekend", "DATE", "2024-W41-WE", ""},
		{"Talks resume on Tuesday next week.", "Tuesday next week", "DATE", "2024-10-15", ""},
		{"Talks resume next week on Tuesday.", "next week on Tuesday", "DATE", "2024-10-15", ""},
		{"Envoys met on Monday last week.", "Monday last week", "DATE", "2024-09-30", ""},
		{"Fighting raged from January to April 2015.", "January", "DATE", "2015-01", ""},
		{"Floods hit in Nov-Feb 2017.", "Nov", "DATE", "2016-11", ""},
		{"The summit ran Nov 18-Dec 19, 2015.", "Nov 18", "DATE", "2015-11-18", ""},
		{"Clashes erupted between April and June this year.", "April", "DATE", "2024-04", ""},
		{"Rebels held the town in March and April 2023.", "March", "DATE", "2023-03", ""},
		{"Rebels struck two days before Christmas.", "two days before Christmas", "DATE", "2023-12-23", ""},
		{"Troops left the week before last.", "the week before last", "DATE", "2024-W39", ""},
		{"Elections come the year after next.", "the year after next", "DATE", "2026", ""},
		{"Talks ran from 9 a.m. to 5 p.m. on Monday.", "9 a.m.", "TIME", "2024-10-07T09:00", ""},
		{"Shops open from 9 to 11 a.m.", "9", "TIME", "2024-10-11T09:00", ""},
		{"Fighting went on between 2 and 4 p.m.", "2", "TIME", "2024-10-11T14:00", ""},
		{"Fighting went on from 3 to 12 March 2024.", "3", "DATE", "2024-03-03", ""},
		{"Clashes erupted between 3 and 12 March.", "3", "DATE", "2024-03-03", ""},
		{"Envoys met on 12-13 October 2023.", "12", "DATE", "2023-10-12", ""},
		{"They met on the weekend of 12-13 October 2024.", "the weekend of 12-13 October 2024", "DATE", "2024-W41-WE", ""},
		{"They met on the weekend of 5 October.", "the weekend of 5 October", "DATE", "2024-W40-WE", ""},
		{"Profits fell in the 1st quarter of 2013.", "1st quarter of 2013", "DATE", "2013-Q1", ""},
		{"Growth slowed in the 2nd half of 2023.", "2nd half of 2023", "DATE", "2023-H2", ""},
		{"The war began two years and three months ago.", "two years and three months ago", "DATE", "2022-07", ""},
		{"The siege began two weeks and two days ago.", "two weeks and two days ago", "DATE", "2024-09-25", ""},
		{"The truce lasted two years and three months.", "two years and three months", "DURATION", "P2Y3M", ""},
		{"The fund paid $12 December 27 bonuses.", "December 27", "DATE", "2023-12-27", ""},
	})
	// Not times: a price or a rate with a dot, a month after a verb of
	// saying, "weekend" before a noun that names no event, "dawn" with no
	// day.
	for _, s := range []string{
		"Fuel rose to 12.50 euros a litre.",
		"Rates rose 3.75 percent.",
		"In 2021 officials said that March was the worst month.",
		"Weekend markets reopened in the old town.",
		"The army struck at dawn.",
		"Between 2 and 4 people died.",
		"Prices rose from 3 to 12 percent.",
		"He came 1st in the race.",
	} {
		for _, x := range Timexes(s, txFriday) {
			if x.Text != "2021" {
				t.Errorf("%q: unexpected timex %q = %s", s, x.Text, x.Value)
			}
		}
	}
}
