package extract

import (
	"regexp"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// timex3Value matches the TIMEX3 values the tagger may produce, by type.
// It is a validator for tests, written from the TimeML 1.2 value grammar:
// dates with X for unknown digits, ISO weeks and weekends, quarters,
// halves, seasons, decades and centuries, times with a clock or a part of
// the day, durations (with X for an unspecified amount), sets, and the
// vague references.
// Parts of the value grammar.
const (
	rxMonth = `(?:0[1-9]|1[0-2]|XX)`
	rxDay   = `(?:0[1-9]|[12][0-9]|3[01]|XX)`
	rxWeek  = `(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)`
	rxYear  = `[0-9X]{4}`
	rxDate  = rxYear + `-(?:` + rxMonth + `-` + rxDay + `|WXX-[1-7])`
	rxClock = `(?:[01][0-9]|2[0-4]):[0-5][0-9]`
)

var (
	timex3Date = regexp.MustCompile(`^(?:PRESENT_REF|PAST_REF|FUTURE_REF|FY[0-9]{4}|[0-9X]{2}|[0-9X]{3}|` + rxYear +
		`(?:-(?:` + rxMonth + `(?:-` + rxDay + `)?|W` + rxWeek + `(?:-(?:WE|[1-7]))?|WXX-[1-7]|Q[1-4]|H[12]|SP|SU|FA|WI))?)$`)
	timex3Time     = regexp.MustCompile(`^` + rxDate + `T(?:` + rxClock + `|MO|AF|EV|NI)$`)
	timex3Duration = regexp.MustCompile(`^P(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:Y|M|W|D|WE|DE|CE))*(?:T(?:(?:[0-9]+(?:\.[0-9]+)?|X)[HMS])+)?$`)
	// A SET is a duration ("every week", P1W; "each weekend", P1WE) or a
	// date with the year left open ("each Monday", XXXX-WXX-1; "each May",
	// XXXX-05, as HeidelTime's rule set_r1c writes it).
	timex3Set = regexp.MustCompile(`^(?:P(?:[0-9]+|X)(?:Y|M|W|D|WE)|PT(?:[0-9]+|X)[HMS]|XXXX-(?:WXX-[1-7]|(?:0[1-9]|1[0-2])|SP|SU|FA|WI))$`)
)

// validTimex reports whether x has a known type and a well-formed value
// for it, and a mod from TimeML's list.
func validTimex(x Timex) bool {
	switch x.Mod {
	case "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
		"EQUAL_OR_LESS", "EQUAL_OR_MORE", "MORE_THAN", "LESS_THAN":
	default:
		return false
	}
	switch x.Type {
	case "DATE":
		return timex3Date.MatchString(x.Value) || timex3Time.MatchString(x.Value)
	case "TIME":
		return timex3Time.MatchString(x.Value)
	case "DURATION":
		return x.Value != "P" && x.Value != "PT" && timex3Duration.MatchString(x.Value)
	case "SET":
		return timex3Set.MatchString(x.Value)
	}
	return false
}

func TestValidTimexRejectsMalformed(t *testing.T) {
	for _, x := range []Timex{
		{Type: "DATE", Value: "2024-13"}, {Type: "DATE", Value: "2024-W4"}, {Type: "DATE", Value: ""},
		{Type: "TIME", Value: "2024-10-11T25:00"}, {Type: "DURATION", Value: "P"},
		{Type: "DURATION", Value: "3Y"}, {Type: "SET", Value: "every week"}, {Type: "DATE", Value: "2024", Mod: "SOON"},
		{Type: "WHEN", Value: "2024"}, {Type: "SET", Value: "XXXX-13"}, {Type: "SET", Value: "2024-05"},
	} {
		if validTimex(x) {
			t.Errorf("validTimex(%+v) = true", x)
		}
	}
	for _, x := range []Timex{
		{Type: "DATE", Value: "2024-W40"}, {Type: "DATE", Value: "XXXX-06"}, {Type: "DATE", Value: "199"},
		{Type: "TIME", Value: "2024-10-06TNI"}, {Type: "TIME", Value: "2024-10-06T15:30"}, {Type: "DURATION", Value: "PTXH"}, {Type: "DURATION", Value: "P1Y2M3DT4H"},
		{Type: "SET", Value: "XXXX-WXX-1"}, {Type: "DATE", Value: "2023-SU", Mod: "END"},
		{Type: "SET", Value: "XXXX-05"}, {Type: "SET", Value: "P1WE"},
	} {
		if !validTimex(x) {
			t.Errorf("validTimex(%+v) = false", x)
		}
	}
}

// FuzzTimexes checks that no input makes the tagger or the timeline panic,
// that spans are in range, on rune boundaries and equal to their text, and
// that every value is well-formed TIMEX3.
func FuzzTimexes(f *testing.F) {
	for _, s := range []string{
		"Kenya will deploy 600 officers to Haiti next month, Ruto announced on Friday.",
		"Last week, gunmen killed at least 115 people; as of now, 430 troops are there.",
		"The truce took effect at 4 a.m. on Wednesday, 27 November 2024, within hours.",
		"On 3 October, Oct. 3, 2024-10-03 and 10/23/2024 in the 1990s and mid-2023.",
		"every two weeks, each Monday, twice a year, the past three years, a one-year",
		"early December, late last July, the early hours of Saturday, Christmas 2023",
		"two weeks ago, in three months, the previous day, the year before, Q3 2024",
		"New Year's Day, Ramadan, Eid al-Fitr 2023, the night of 26 January, 12:50 p.m.",
		"9999-99-99 0/0/0000 99:99 p.m. '90s 1990's mid- the week of",
		"\xff\xfe Friday\x00 'twenty-one years' ― 3rd of",
		"The talks ended on Monday. Nobody expected that", // a rule looked past the last token
		"MOGADISHU (Wire)", // a dateline that ends the text at its source
		"that", "in", "the", "last", "on Monday that", "March 3,", "since", "Friday,",
	} {
		f.Add(s, int64(1728604800))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var pub time.Time
		if unix > 0 && unix < 1<<35 {
			pub = time.Unix(unix, 0).UTC()
		}
		for _, x := range Timexes(text, pub) {
			txCheckSpan(t, text, x.Start, x.End, x.Text)
			if !validTimex(x) {
				t.Errorf("malformed timex %+v in %q", x, text)
			}
		}
		for _, e := range Timeline(text, pub) {
			txCheckSpan(t, text, e.Start, e.End, e.Text)
			if !validTimex(Timex{Type: "DATE", Value: e.Value, Mod: e.Mod}) {
				t.Errorf("malformed timeline value %q in %q", e.Value, text)
			}
			if len(e.Event) > maxEventLen {
				t.Errorf("event %q longer than %d bytes", e.Event, maxEventLen)
			}
			if !utf8.ValidString(e.Event) {
				t.Errorf("event %q is not valid UTF-8", e.Event)
			}
			for _, r := range e.Event {
				if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
					t.Errorf("event %q holds control or format character %U", e.Event, r)
				}
			}
		}
	})
}

func txCheckSpan(t *testing.T, text string, start, end int, span string) {
	t.Helper()
	if start < 0 || end > len(text) || start > end {
		t.Fatalf("span [%d,%d) out of range for %d bytes", start, end, len(text))
	}
	if !txRuneBoundary(text, start) || !txRuneBoundary(text, end) {
		t.Errorf("span [%d,%d) not on rune boundaries in %q", start, end, text)
	}
	if text[start:end] != span {
		t.Errorf("span [%d,%d) = %q, text %q", start, end, text[start:end], span)
	}
}

// txRuneBoundary reports whether off falls between two runes of text as
// decoding reads it (an invalid byte is a rune of its own).
func txRuneBoundary(text string, off int) bool {
	for i := 0; i < len(text); {
		if i == off {
			return true
		}
		if i > off {
			return false
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return off == len(text)
}
