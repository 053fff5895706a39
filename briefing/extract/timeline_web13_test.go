package extract

import (
	"testing"
	"time"
)

// TestToLastPossessive: "to" before "last year's", "last week's" is the
// preposition of a noun the date determines, not the infinitive of the
// verb "last"; without the possessive the verb stays a verb.
func TestToLastPossessive(t *testing.T) {
	wantTimexValue(t, "2021-07-28", "Moscow brokered an end to last year's six-week war.", "last year", "2020")
	wantTimexValue(t, "2021-07-28", "The army said it was responding to last week's raid on a border post.", "last week", "2021-W29")
	published := time.Date(2021, 7, 28, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"The talks are expected to last weeks.",
		"Food stocks are not going to last year-round.",
		"The truce is unlikely to last, diplomats warned.",
	} {
		for _, x := range Timexes(s, published) {
			if x.Type == TypeDate {
				t.Errorf("%q: date %q = %s, want none (the verb 'last')", s, x.Text, x.Value)
			}
		}
	}
}

// TestPossessiveDateKeepsPreposition: a possessive date with no
// preposition of its own is a determiner, so the preposition before it
// stays with its noun in the event ("went to the victims").
func TestPossessiveDateKeepsPreposition(t *testing.T) {
	published := time.Date(2021, 7, 28, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, event string }{
		{"Emergency aid went to Friday's flood victims.", "Emergency aid went to the flood victims"},
		{"Moscow brokered an end to last year's six-week war.", "Moscow brokered an end to the six-week war"},
		{"Police linked the arrests to Monday's bombing in the market.", "Police linked the arrests to the bombing in the market"},
		// with the date's own preposition, the preposition leads the noun
		{"Talks stalled after Friday's shelling of the port.", "Talks stalled after the shelling of the port"},
	}
	for _, c := range cases {
		tl := Timeline(c.text, published)
		if len(tl) != 1 || tl[0].Event != c.event {
			t.Errorf("%q: timeline %+v, want one entry with event %q", c.text, tl, c.event)
		}
	}
}

// TestVerbBeforeDatePreposition: a date in a preposition phrase right
// after a verb takes that verb's tense, not the tense of the verb after
// the date ("that began in November continues").
func TestVerbBeforeDatePreposition(t *testing.T) {
	wantTimexValue(t, "2024-06-10", "Fighting that began in November continues across the state.", "November", "2023-11")
	wantTimexValue(t, "2024-06-10", "The offensive launched in March has stalled, commanders say.", "March", "2024-03")
	wantTimexValue(t, "2016-07-06", "The pause is to end at midnight on Friday, the army said.", "Friday", "2016-07-08")
	// the verb after the date still rules when none comes before it
	wantTimexValue(t, "2024-06-10", "In November the talks will resume in Geneva.", "November", "2024-11")
	wantTimexValue(t, "2024-06-10", "The convoy that left in November returns to the capital next week.", "November", "2023-11")
}

// TestAboutLikelyNeedTo: "is about"/"is likely" make a clause future only
// before "to"; "was about 340 miles off" is a past state with a count.
func TestAboutLikelyNeedTo(t *testing.T) {
	published := time.Date(2012, 12, 3, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct {
		text    string
		planned bool
	}{
		{"As of Monday afternoon, the storm was about 300 km off the coast.", false},
		{"By Monday evening the toll was likely the highest in a decade.", false},
		{"The storm is about to make landfall on Tuesday morning.", true},
		{"The storm is likely to strike the coast on Tuesday morning.", true},
	}
	for _, c := range cases {
		tl := Timeline(c.text, published)
		if len(tl) != 1 || tl[0].Planned != c.planned {
			t.Errorf("%q: timeline %+v, want one entry planned=%v", c.text, tl, c.planned)
		}
	}
}

// TestPassingMentionNotSameEvent: a later sentence of the same date whose
// long clause names the earlier event only in passing is its own entry; a
// retelling of the same event still merges.
func TestPassingMentionNotSameEvent(t *testing.T) {
	published := time.Date(2015, 4, 27, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct {
		name, text string
		want       int // entries for Sunday
	}{
		{"passing mention", "Aftershocks from the flood continued on Sunday. Twelve army helicopters and four cargo planes were flown to the capital on Sunday as part of the government's relief and rescue operations in the aftermath of the flood and its aftershocks.", 2},
		{"retelling", "Floodwaters swept through the valley on Sunday, killing 40 people. The floodwaters that swept through the valley on Sunday killed 40 people, officials said.", 1},
	}
	for _, c := range cases {
		n := 0
		for _, e := range Timeline(c.text, published) {
			if e.Value == "2015-04-26" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%s: %d entries for Sunday, want %d: %+v", c.name, n, c.want, Timeline(c.text, published))
		}
	}
}
