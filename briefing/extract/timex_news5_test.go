package extract

import (
	"testing"
	"time"
)

// timexDatedCase is a timex table row with its own publication date.
type timexDatedCase struct {
	pub string // publication date, YYYY-MM-DD
	timexCase
}

// checkDatedCases runs checkTimexCases row by row, each against its own
// publication date.
func checkDatedCases(t *testing.T, cases []timexDatedCase) {
	t.Helper()
	for _, c := range cases {
		pub, err := time.Parse(time.DateOnly, c.pub)
		if err != nil {
			t.Fatalf("%q: bad publication date %q", c.sentence, c.pub)
		}
		checkTimexCases(t, pub, []timexCase{c.timexCase})
	}
}

// TestTimexPluralNounBeforeWeekday: a word in -s after a preposition is a
// plural noun, not a simple present that schedules the weekday after it
// ("searched for survivors Sunday" is last Sunday, not next).
func TestTimexPluralNounBeforeWeekday(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2024-10-14", timexCase{"Rescuers searched for survivors Sunday.", "Sunday", TypeDate, "2024-10-13", ""}},
		{"2024-10-14", timexCase{"Police clashed with protesters Saturday in the capital.", "Saturday", TypeDate, "2024-10-12", ""}},
		{"2024-10-14", timexCase{"The army sent reinforcements to villages Friday.", "Friday", TypeDate, "2024-10-11", ""}},
		// a simple present of a schedule still looks ahead
		{"2024-10-14", timexCase{"The mandate expires Friday.", "Friday", TypeDate, "2024-10-18", ""}},
	})
}

// TestTimexBareDayNearPublication: a day and month without a year that
// the clause's tense would put eleven months away is the one within a
// month on the other side of the publication date; farther ones keep the
// tense's year.
func TestTimexBareDayNearPublication(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2008-12-24", timexCase{"The rebels declared a truce from December 31 to January 1.", "December 31", TypeDate, "2008-12-31", ""}},
		{"2008-12-24", timexCase{"The rebels declared a truce from December 31 to January 1.", "January 1", TypeDate, "2009-01-01", ""}},
		{"2008-12-24", timexCase{"The attack came a day before a Christmas ceasefire took effect.", "Christmas", TypeDate, "2008-12-25", ""}},
		{"2024-12-20", timexCase{"The ministry said schools would close from 2 January to 10 January.", "2 January", TypeDate, "2025-01-02", ""}},
		// a preposition ties the day to the clause's verb: tense decides
		{"2024-10-11", timexCase{"The camp was overrun on 20 October.", "20 October", TypeDate, "2023-10-20", ""}},
		// five months away: tense decides
		{"2024-10-11", timexCase{"The attack on May 3 killed 12 people.", "May 3", TypeDate, "2024-05-03", ""}},
		{"2024-10-11", timexCase{"The vote will be held on January 20.", "January 20", TypeDate, "2025-01-20", ""}},
	})
}

// TestTimexQuarterJustEnded: in a future clause, the quarter or half that
// has just ended is that one (its results are still to come), not the
// same period next year.
func TestTimexQuarterJustEnded(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2015-10-29", timexCase{"Earnings are expected to fall during the third quarter.", "the third quarter", TypeDate, "2015-Q3", ""}},
		{"2016-01-20", timexCase{"The bank will report fourth-quarter results on Friday.", "fourth-quarter", TypeDate, "2015-Q4", ""}},
		{"2024-07-15", timexCase{"The company is expected to post a loss for the first half.", "the first half", TypeDate, "2024-H1", ""}},
		// a period further back is next year's in a future clause
		{"2015-10-29", timexCase{"The company expects growth to return in the first quarter.", "the first quarter", TypeDate, "2016-Q1", ""}},
	})
}

// TestTimexCurrentPeriod: "the year", "the week" used of the current one
// — a ranking within it, a start to it, a sum over it — take the
// publication date's, and date no timeline event.
func TestTimexCurrentPeriod(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2019-09-29", timexCase{"It was the deadliest attack of the year in the province.", "the year", TypeDate, "2019", ""}},
		{"2019-09-29", timexCase{"The killing was the 40th of the year in the city.", "the year", TypeDate, "2019", ""}},
		{"2023-05-14", timexCase{"He posted the lowest round of the week on Saturday.", "the week", TypeDate, "2023-W19", ""}},
		{"2015-02-10", timexCase{"Investors saw it as a strong start to the year.", "the year", TypeDate, "2015", ""}},
		{"2023-05-04", timexCase{"For the week, the index lost 2.6%.", "the week", TypeDate, "2023-W18", ""}},
		{"2007-07-14", timexCase{"These are the bills the Senate passed during the week.", "the week", TypeDate, "2007-W28", ""}},
		{"2020-11-03", timexCase{"Sales of the model slumped throughout the calendar year.", "the calendar year", TypeDate, "2020", ""}},
		{"2020-11-03", timexCase{"Whether it will reach Florida remains unknown at this time.", "this time", TypeDate, "PRESENT_REF", ""}},
	})
	// Not the current period.
	for _, s := range []string{
		"He was named Player of the Year in 2019.",
		"Troops arrived in the week before the vote.",
		"At this time last year, the camp was empty.",
		"The protest of the year was a small one.",
	} {
		for _, x := range Timexes(s, txFriday) {
			if x.Value == "2024" || x.Value == "2024-W41" || x.Value == "PRESENT_REF" {
				t.Errorf("%q: tagged %q = %s, want no current period", s, x.Text, x.Value)
			}
		}
	}
	// No timeline entry for a ranking within the year.
	if tl := Timeline("It was the deadliest attack of the year, officials said on Monday.", txFriday); len(tl) != 1 || tl[0].Value != "2024-10-07" {
		t.Errorf("timeline = %+v, want the Monday only", tl)
	}
}

// TestTimexWrittenForms: forms of wire copy the tagger missed — a
// fraction sign after a count ("6½ years"), two months spanning a quarter
// or half ("January-March"), a day before a colon that ends a line ("as
// of 1 p.m. Tuesday, Nov. 3:").
func TestTimexWrittenForms(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2018-10-24", timexCase{"Prosecutors had sought at least 6½ years in prison.", "at least 6½ years", TypeDuration, "P6.5Y", ModEqualOrMore}},
		{"2018-10-24", timexCase{"He was sentenced to four years, 2½ years less than before.", "2½ years", TypeDuration, "P2.5Y", ""}},
		{"2018-10-24", timexCase{"The talks lasted 1¼ hours.", "1¼ hours", TypeDuration, "PT1.25H", ""}},
		{"2017-04-21", timexCase{"Growth picked up in January-March, the bureau said.", "January-March", TypeDate, "2017-Q1", ""}},
		{"2017-04-21", timexCase{"Exports fell in July-September 2016.", "July-September 2016", TypeDate, "2016-Q3", ""}},
		{"2017-04-21", timexCase{"Output fell in July-December.", "July-December", TypeDate, "2016-H2", ""}},
		{"2020-11-03", timexCase{"Here is the forecast as of 1 p.m. Tuesday, Nov. 3:", "1 p.m. Tuesday, Nov. 3", TypeTime, "2020-11-03T13:00", ""}},
		{"2020-11-03", timexCase{"Polls close at 8 p.m. on Nov. 3:", "Nov. 3", TypeDate, "2020-11-03", ""}},
		// a clock time is still one
		{"2020-11-03", timexCase{"The storm hit at 3:30 on Tuesday.", "3:30", TypeTime, "2020-11-03T03:30", ""}},
	})
	// Two months that do not span a quarter stay two; a name is no date.
	for _, c := range []struct{ s, text string }{
		{"Exports fell in January-February.", "January"},
		{"The figures come from a USA TODAY analysis.", ""},
		{"She told NBC's TODAY show that she would run.", ""},
		{"He told the BBC Today programme he would run.", ""},
	} {
		got := Timexes(c.s, txFriday)
		if c.text == "" && len(got) > 0 || c.text != "" && (len(got) == 0 || got[0].Text != c.text) {
			t.Errorf("%q: got %+v, want first %q", c.s, got, c.text)
		}
	}
}

// TestTimexAgoAsBase: "a week ago", "a year ago" as the base of a
// comparison name the whole period (TempEval's week and year); as the
// date of an event they name its day or month.
func TestTimexAgoAsBase(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2021-03-06", timexCase{"The average was 2,470, down 5% from 2,587 a week ago.", "a week ago", TypeDate, "2021-W08", ""}},
		{"2021-07-05", timexCase{"That is a 10% increase over a week ago, she said.", "a week ago", TypeDate, "2021-W26", ""}},
		{"1989-10-31", timexCase{"Sales were running 8% below the pace of a year ago.", "a year ago", TypeDate, "1988", ""}},
		{"2021-03-06", timexCase{"Prices are higher than a month ago.", "a month ago", TypeDate, "2021-02", ""}},
		// events keep the day or month
		{"2024-10-11", timexCase{"Gangs seized the port a week ago.", "a week ago", TypeDate, "2024-10-04", ""}},
		{"2024-10-11", timexCase{"The group was founded a year ago.", "a year ago", TypeDate, "2023-10", ""}},
	})
}

// TestTimexDaysOfNews: US holidays of a fixed weekday ("Mother's Day",
// "Father's Day", "Memorial Day"), a part of the day after "early",
// "late" or "mid-" with no clock ("by mid-afternoon on Sunday"), and a
// "holiday weekend".
func TestTimexDaysOfNews(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2023-05-14", timexCase{"Playing on Mother’s Day, he finished 23 under.", "Mother’s Day", TypeDate, "2023-05-14", ""}},
		{"2024-06-20", timexCase{"He called his father on Father's Day.", "Father's Day", TypeDate, "2024-06-16", ""}},
		{"2024-06-01", timexCase{"Travel peaked over Memorial Day.", "Memorial Day", TypeDate, "2024-05-27", ""}},
		{"2013-12-09", timexCase{"More than 400 departures were cancelled by mid-afternoon on Sunday.", "mid-afternoon on Sunday", TypeTime, "2013-12-08TAF", ModMid}},
		{"2013-12-09", timexCase{"Fighting resumed on Sunday and lasted until late afternoon.", "late afternoon", TypeTime, "2013-12-08TAF", ModEnd}},
		{"2019-01-19", timexCase{"It has been a rough holiday weekend for air travel.", "holiday weekend", TypeDate, "2019-W03-WE", ""}},
	})
	for _, s := range []string{
		"They sat in the late afternoon sun.",
		"Most holiday weekends are busy.",
		"She is a mother's day-to-day helper.",
	} {
		if got := Timexes(s, txFriday); len(got) > 0 {
			t.Errorf("%q: got %+v, want no timex", s, got)
		}
	}
}

// TestTimexAnchoredParts: "the night before" and "the morning after" are
// that part of the day before or after the one last named; "this
// calendar year" is "this year".
func TestTimexAnchoredParts(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2013-12-09", timexCase{"Some 2,000 passengers slept at the airport on Saturday night, down from 4,000 the night before.", "the night before", TypeTime, "2013-12-06TNI", ""}},
		{"2013-12-09", timexCase{"Rebels attacked on Saturday. The morning after, troops arrived.", "The morning after", TypeTime, "2013-12-08TMO", ""}},
		{"2019-05-05", timexCase{"Exports have grown this calendar year.", "this calendar year", TypeDate, "2019", ""}},
		{"2019-05-05", timexCase{"Exports fell last calendar year.", "last calendar year", TypeDate, "2018", ""}},
	})
}

// TestTimexDegreeModifiers: a degree word before "more than", "over" or
// "under" is part of the modifier's extent.
func TestTimexDegreeModifiers(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2023-05-14", timexCase{"He won a little more than a year after losing his mother.", "a little more than a year", TypeDuration, "P1Y", ModMoreThan}},
		{"2023-05-14", timexCase{"The talks lasted just over two weeks.", "just over two weeks", TypeDuration, "P2W", ModMoreThan}},
		{"2023-05-14", timexCase{"The siege lasted well over a decade.", "well over a decade", TypeDuration, "P10Y", ModMoreThan}},
		{"2023-05-14", timexCase{"The vote took just under three hours.", "just under three hours", TypeDuration, "PT3H", ModLessThan}},
		{"2023-05-14", timexCase{"The war began slightly more than a year ago.", "slightly more than a year ago", TypeDate, "2022-05", ModBefore}},
	})
}

// TestTimexWeekdayRange: the weekday that closes a range ("from Friday
// through Monday") is the first one after the day that opens it, whatever
// the tense; a list ("Monday and Friday") is no range.
func TestTimexWeekdayRange(t *testing.T) {
	checkDatedCases(t, []timexDatedCase{
		{"2019-01-19", timexCase{"About 3,900 flights had been canceled from Friday through Monday.", "Monday", TypeDate, "2019-01-21", ""}},
		{"2024-10-11", timexCase{"Markets were shut from Monday to Wednesday.", "Wednesday", TypeDate, "2024-10-09", ""}},
		{"2024-10-09", timexCase{"The festival ran Saturday-Monday.", "Monday", TypeDate, "2024-10-07", ""}},
		{"2024-10-09", timexCase{"Talks were held Monday and Friday.", "Friday", TypeDate, "2024-10-04", ""}},
	})
}
