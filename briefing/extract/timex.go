package extract

import (
	"strings"
	"time"
)

// Timexes returns every temporal expression in text, in order of
// appearance, resolved against published (the zero time when unknown).
//
// Spans follow TimeML: they hold the expression, its modifiers and its
// article ("early December", "more than 15 months", "the past three
// years", "the 1990s", "the nine months") but not the preposition that
// introduces it ("in June" is tagged "June", "on Friday" "Friday", "within
// hours" "hours"), nor the article of a noun a compound qualifies ("the
// 30-year bond" is tagged "30-year"). A clock time keeps the day right
// after it ("noon Friday"). The timeline, which shows phrases to a reader,
// puts that preposition back (see Timeline).
//
// Financial news refers back to periods: "the quarter" and "the latest
// quarter" are the quarter last named, else the last one completed; "a
// year earlier" beside a quarter is that quarter a year before; "for the
// year" is the year reported on. Rates after an amount are SETs ("$2
// million a year", "12 hours a day").
//
// Bare months, days and weekdays take their year or week from the tense of
// their clause: the most recent one in a past-tense clause, the next one in
// a future-tense clause, the nearest in a present-tense clause, and the most
// recent when the clause gives no cue (news reports what happened). A
// weekday equal to the publication day is that day. Without a publication
// date, absolute dates still resolve and relative ones keep an unresolved
// value ("XXXX-06", "XXXX-WXX", "XXXX-XX-XX").
//
// Bare months and dates without a year follow the same tense rule but
// resolve to the nearest one when the clause gives no cue, since news dates
// cluster around the publication date; "for 9 January" looks ahead,
// "since January" back, "until 22 April" to the nearest. A count of units
// from the publication date names a period of that unit ("two weeks ago"
// is a week, "three years ago" a year), but a single unit names the point
// one step finer ("a week ago" is a day, "a year ago" a month). Clock
// times take the day named with them, else the first day the text reports
// an event on, else the publication date.
func Timexes(text string, published time.Time) []Timex {
	prepare()
	taggedTimex := tagText(text, published)
	out := make([]Timex, len(taggedTimex))
	for i := range taggedTimex {
		out[i] = taggedTimex[i].Timex
	}
	return out
}

// taggedTimex is a temporal expression with what the timeline needs beyond its
// TIMEX3 attributes.
type taggedTimex struct {
	Timex
	v       timexVal // calendar value of a DATE or TIME (v.g == 0 for vague ones)
	future  bool     // its clause is future tense
	noEntry bool     // dates no event: not a timeline entry
	// base marks the base of a comparison ("8% more than a year
	// earlier"): not a timeline entry, and a word of its sentence's events.
	base bool
	// holiday says it names a holiday (timexCand.holiday).
	holiday bool
	pre     int // start of the preposition before it ("in June"), else Start
	sent    Span
}

// tagger holds the state of one pass over a text.
type tagger struct {
	text   string
	dct    time.Time
	hasDCT bool
	toks   []timexToken // tokens of the current sentence
	sent   Span
	// anchor is the last day-precise date mentioned, the reference of "the
	// next day" and of a bare clock time.
	anchor     timexVal
	hasAnchor  bool
	anchorSent Span
	// anchorOwner is the end of the "'s" after the anchor when it is a
	// possessive ("Saturday's election"), else -1: it dates its noun, and
	// a clock time elsewhere in the sentence is not of that day.
	anchorOwner int
	// lead is the first day-precise date of the text that dates an event
	// rather than a statement ("said on Saturday"), the day of a bare clock
	// time in a later sentence.
	lead    timexVal
	hasLead bool
	// period is the last quarter or half named in the current sentence,
	// what "a year earlier" compares with in a report of results.
	period     timexVal
	periodSent Span
	hasPeriod  bool
	// plainPresent reads the simple present of a schedule ("the summit
	// opens") as a present, not a future: on the publication day itself
	// it says what happens that day.
	plainPresent bool
	// byDeadline says the date being read follows "by" ("confirms by 15
	// May that progress has been made"): a perfect near it tells what
	// must be done by then, not a finished act (perfectOfPast).
	byDeadline bool
	at         int // offset of the token a match is tried at
	out        []taggedTimex
}

// tagText runs the tagger over text, sentence by sentence.
func tagText(text string, published time.Time) []taggedTimex {
	tg := &tagger{text: text}
	if !published.IsZero() {
		y, m, d := published.Date()
		tg.dct = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		tg.hasDCT = true
	}
	buf := make([]timexToken, 0, 64)
	sentences := Sentences(text)
	// News names a date in about one sentence of two. A tagged expression
	// is large, and append would grow the list by a quarter at a time past
	// a few hundred: emit doubles it instead.
	tg.out = make([]taggedTimex, 0, len(sentences)/2+8)
	for _, s := range sentences {
		tg.sent = s
		if n := (s.End - s.Start) / 4; cap(buf) < n {
			// A long sentence: room for a token every four bytes at once,
			// rather than growing the buffer step by step.
			buf = make([]timexToken, 0, n)
		}
		tg.toks = timexTokenize(buf[:0], text, s.Start, s.End)
		tg.scanSentence()
		buf = tg.toks
	}
	return tg.out
}

// scanSentence tags the expressions of the current sentence, left to right,
// taking the longest match at each token.
func (tg *tagger) scanSentence() {
	for i := 0; i < len(tg.toks); {
		if t := &tg.toks[i]; t.kind == ttWord && !t.info().starts {
			i++ // no rule starts at this word (see matchAt)
			continue
		}
		tg.at = int(tg.toks[i].s)
		c, ok := tg.matchAt(i)
		if !ok || c.j <= i {
			i++
			continue
		}
		tg.emit(i, c)
		i = c.j
	}
}

// modifiesNoun reports whether the timex that ends before token k stands
// before a noun it modifies, a lower-case word the date lexicon does not
// know ("the 2020 election", "the March 3 ceasefire"): its "the" is the
// noun's, and the preposition before it stays in the event ("won a
// majority in the election").
func (tg *tagger) modifiesNoun(k int) bool {
	t := tg.tok(k)
	return t.kind == ttWord && !t.upper && t.lx == 0
}

// emit records the candidate spanning tokens [i, c.j).
func (tg *tagger) emit(i int, c timexCand) {
	s, e := int(tg.toks[i].s), int(tg.toks[c.j-1].e)
	t := taggedTimex{
		Timex: Timex{Text: tg.text[s:e], Start: s, End: e, Type: c.typ, Mod: c.mod,
			rules: [3]ruleID{c.rule, c.modRule, c.timeRule.id()}},
		pre:  s,
		sent: tg.sent,
	}
	if c.value != "" {
		t.Value = c.value
	} else {
		t.Value = c.v.String()
		t.v = c.v
		if c.ref == refNone {
			if tg.noteAnchor(c.v, tg.isAttributionDate(i, c.j), s) {
				tg.anchorOwner = -1
				if c.j+1 < len(tg.toks) && tg.isApostrophe(c.j) && tg.w(c.j+1) == "s" {
					tg.anchorOwner = int(tg.toks[c.j+1].e) // "Saturday's election"
				}
			}
		}
	}
	t.future, t.noEntry, t.holiday = c.future, c.ref == refNoEntry, c.holiday
	if i > 0 && isTimexPrep(tg.toks[i-1].w()) {
		t.pre = int(tg.toks[i-1].s)
	} else if i > 1 && tg.toks[i-1].w() == "the" && isTimexPrep(tg.toks[i-2].w()) && !tg.modifiesNoun(c.j) {
		t.pre = int(tg.toks[i-2].s) // "since the last World Refugee Day"
	}
	if len(tg.out) == cap(tg.out) {
		tg.out = append(make([]taggedTimex, 0, 2*cap(tg.out)+8), tg.out...)
	}
	tg.out = append(tg.out, t)
}

// isTimexPrep reports whether w is a preposition that introduces a date
// ("in June", "on Friday") and that TimeML leaves out of the span.
func isTimexPrep(w string) bool {
	switch w {
	case "in", "on", "at", "since", "by", "until", "till", "during", "from", "before", "after",
		"within", "throughout":
		return true
	}
	return false
}

// furnitureDate reports whether the date at offset at of text lies in
// page furniture on its line — a date line, a stamp, a byline, a caption
// with its credit, a dateline: it dates the page, not an event, and is no
// lead for the clock times of later sentences ("date 2021-11-04"
// above a story of Wednesday's attack "at about 2 a.m.").
func furnitureDate(text string, at int) bool {
	// Furniture is a short line, or a dateline or stamp that opens one:
	// a date far into a long line is story, and the scans stay short.
	const reach = 400
	from := max(0, at-reach)
	ls := strings.LastIndexByte(text[from:at], '\n') + 1
	if ls == 0 && from > 0 {
		return false
	}
	ls += from
	le := strings.IndexByte(text[at:min(len(text), ls+maxFurnitureLine)], '\n')
	if le < 0 {
		le = min(len(text), ls+maxFurnitureLine) - at
	}
	line := text[ls : at+le]
	if n := stampPrefix(line); n > at-ls {
		return true
	}
	if n := dateline(line); n > at-ls {
		return true
	}
	return furnitureLine(line) || creditLine(line)
}

// maxFurnitureLine bounds the line furnitureDate reads: no furniture
// line is longer (creditLine reads 800 bytes at most).
const maxFurnitureLine = 800

// noteAnchor remembers a mentioned date, at offset at, as the reference
// of later anchored expressions ("the next day", "the year before"), and
// reports whether it did.
func (tg *tagger) noteAnchor(v timexVal, attribution bool, at int) bool {
	if v.y == 0 || v.g == 0 || v.g > GrainYear || v.rel {
		return false
	}
	if v.g == GrainQuarter || v.g == GrainHalf {
		tg.period, tg.periodSent, tg.hasPeriod = v, tg.sent, true
	}
	if v.g == GrainTime {
		v.g, v.clock, v.part = GrainDay, false, ""
	}
	tg.anchor, tg.hasAnchor, tg.anchorSent = v, true, tg.sent
	if v.g == GrainDay && !tg.hasLead && !attribution && !furnitureDate(tg.text, at) {
		tg.lead, tg.hasLead = v, true
	}
	return true
}

// isAttributionDate reports whether the date at tokens [i, j) dates a
// statement: "said on Saturday", "announced Friday", "Saturday said".
func (tg *tagger) isAttributionDate(i, j int) bool {
	k := i - 1
	if tg.w(k) == "on" {
		k--
	}
	if eventReportingVerbs[tg.lowerWord(k)] {
		return true
	}
	return eventReportingVerbs[tg.lowerWord(j)]
}
