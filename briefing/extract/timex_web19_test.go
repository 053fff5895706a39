package extract

import "testing"

// TestTimexBracketedZoneDay: a clock time restated in the wire's zone in
// brackets takes the day named after the bracket ("at 11.59 p.m. (2059
// GMT) on Sunday evening"), not the sentence's earlier day; a bracket
// with a day of its own, or no day after it, leaves the clock as it was.
// Published Monday 3 June 2024.
func TestTimexBracketedZoneDay(t *testing.T) {
	const dct = "2024-06-03"
	cases := []struct{ name, text, span, value string }{
		{"day after the bracket", "The army on Saturday declared a truce from 10 p.m. (1900 GMT) on Sunday evening.", "10 p.m.", "2024-06-02T22:00"},
		{"colon clock in brackets", "Officials on Friday said the curfew began at 6 a.m. (03:00 GMT) on Sunday.", "6 a.m.", "2024-06-02T06:00"},
		{"comma before the day", "Polls opened on Saturday at 7 a.m. (0400 GMT), Sunday, in the north.", "7 a.m.", "2024-06-02T07:00"},
		// no day after the bracket: the day before the clock stays
		{"no day after", "The truce announced on Saturday began at 10 p.m. (1900 GMT) in the capital.", "10 p.m.", "2024-06-01T22:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexPluralAfterHarm: a plural noun right after a past form in -ed
// that the lexicon keeps as a word of harm ("wounded", "injured") is its
// object, no verb of a schedule: the weekday after it is the past one.
// A plural in -s after a subject still reads as a schedule ("the truce
// expires Friday"). Published Monday 3 June 2024.
func TestTimexPluralAfterHarm(t *testing.T) {
	const dct = "2024-06-03"
	cases := []struct{ name, text, span, value string }{
		{"wounded dozens", "A car bomb killed at least nine people, including two guards, and wounded dozens Sunday in the market.", "Sunday", "2024-06-02"},
		{"injured scores", "The blast killed two soldiers, a medic among them, and injured scores Friday near the base.", "Friday", "2024-05-31"},
		{"wounded civilians", "Shelling wounded civilians Saturday in the old town.", "Saturday", "2024-06-01"},
		// a schedule's present stays ahead
		{"schedule", "The truce expires Friday, the mediators said.", "Friday", "2024-06-07"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexOvernightInto: "overnight into <day>" is one night, the one
// before that day, whichever day the paper is of; a bare "overnight"
// keeps the night before the paper. Published Monday 3 June 2024.
func TestTimexOvernightInto(t *testing.T) {
	const dct = "2024-06-03"
	cases := []struct{ name, text, span, value string }{
		{"into the paper's day", "Drones struck the port overnight into Monday, the air force said.", "overnight into Monday", "2024-06-02TNI"},
		{"into an earlier day", "Shelling continued overnight into Saturday, residents said.", "overnight into Saturday", "2024-05-31TNI"},
		{"bare overnight", "Drones struck the port overnight, the air force said.", "overnight", "2024-06-02TNI"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexModalClockZone: three readings that decide a weekday's side of
// the paper around a clock time. A verb right after a modal is bare, not
// past ("will hit on Thursday", whose past form is the same word); the
// colon of a clock ("at 10:30 a.m. on Thursday") does not end the clause;
// a zone named in words ("Hawaii Standard Time", "Iraq time") and the
// clock's conversion in brackets belong to the clock. Published Wednesday
// 5 June 2024.
func TestTimexModalClockZone(t *testing.T) {
	const dct = "2024-06-05"
	cases := []struct{ name, text, span, value string }{
		{"will + bare verb", "Waves will hit on Thursday, the center said.", "Thursday", "2024-06-06"},
		{"could + bare verb", "The storm could cut power on Friday, forecasters said.", "Friday", "2024-06-07"},
		{"clock colon", "The storm could reach the coast at 10:30 a.m. on Thursday, the center said.", "10:30 a.m.", "2024-06-06T10:30"},
		{"zone in words and bracket", "The earliest arrival would be 3:06 a.m. Hawaii Standard Time (1306 GMT) on Thursday, the center said.",
			"3:06 a.m. Hawaii Standard Time", "2024-06-06T03:06"},
		// past stays past
		{"past verb", "Waves hit the coast on Monday, the center said.", "Monday", "2024-06-03"},
		{"past with clock", "The quake struck at 10:30 a.m. on Monday, officials said.", "10:30 a.m.", "2024-06-03T10:30"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexDoneAct: a day that dates a violent act a definite noun phrase
// names ("Wednesday's attack", "the killing of a police chief on
// Thursday") is past even in a clause of what the act will bring; an act
// told as planned stays ahead. Published Friday 7 June 2024.
func TestTimexDoneAct(t *testing.T) {
	const dct = "2024-06-07"
	cases := []struct{ name, text, span, value string }{
		{"possessive, future clause", "Officials fear Wednesday's attack will deter voters.", "Wednesday", "2024-06-05"},
		{"of-phrase, future clause", "Analysts say the killing of a powerful police chief on Thursday will scare off voters.", "Thursday", "2024-06-06"},
		{"possessive, expected", "Monday's bombing is expected to delay the talks.", "Monday", "2024-06-03"},
		// planned: ahead
		{"planned act", "The planned attack on Monday will not go ahead.", "Monday", "2024-06-10"},
		{"scheduled event", "Officials fear Sunday's vote will be marred by violence.", "Sunday", "2024-06-09"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexDayAsSubject: a weekday that opens its sentence as the subject
// of a present verb with an object ("Tuesday marks one year since …") is
// the nearest such day; a weekday before a plural noun ("Monday talks
// ended") keeps its sentence's past. Published Monday 5 February 2024.
func TestTimexDayAsSubject(t *testing.T) {
	const dct = "2024-02-05"
	cases := []struct{ name, text, span, value string }{
		{"marks one year", "Tuesday marks one year since the earthquake struck the border region.", "Tuesday", "2024-02-06"},
		{"sees the", "Wednesday sees the first aid flights land in the capital.", "Wednesday", "2024-02-07"},
		{"opens a", "Thursday opens a week of talks on the truce.", "Thursday", "2024-02-08"},
		{"brings a number", "Thursday brings 100 days since the siege began.", "Thursday", "2024-02-08"},
		// a plural noun after the day: the sentence's past
		{"plural noun", "Friday talks ended without a deal.", "Friday", "2024-02-02"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}
