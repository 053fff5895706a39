package extract

import "strings"

// The current period named with "the": "the deadliest attack of the
// year", "the 31st homicide of the year", "the best round of the week",
// "a strong start to the year", "for the week", "during the week". They
// are the publication date's year or week (the year the sentence named,
// when it named one). They rank or sum something within the period and
// date no event, so the timeline leaves them out.

// theCurrentUnit matches "the week", "the month", "the year" at tokens
// [i, i+2) used of the current one: after "of" that closes a ranking
// ("the 22nd of the year", "the strongest field of the year"), after
// "start to" or "end to", or after "for", "during" or "throughout" (week
// only: "for the year" is matchTheYear's).
func (tg *tagger) theCurrentUnit(i int) (timexCand, bool) {
	u := tg.info(i + 1).unit
	if tg.info(i+1).unitPl || u != uWeek && u != uMonth && u != uYear || currentUnitStop[tg.lowerWord(i+2)] ||
		tg.punct(i+2, "-") || tg.isApostrophe(i+2) || tg.tok(i+1).upper {
		return noTimexCand, false // "the year-earlier period", "the year's", "Player of the Year"
	}
	switch p := tg.w(i - 1); {
	case p == "of" && tg.ranks(i-2):
	case p == "to" && (tg.lowerWord(i-2) == "start" || tg.lowerWord(i-2) == "end"):
	case (p == "for" || p == "during" || p == "throughout") && u == uWeek:
	default:
		return noTimexCand, false
	}
	v := tg.relUnit(u, 0)
	if u == uYear && tg.hasAnchor && tg.anchorSent == tg.sent && tg.anchor.y > 0 {
		v = timexVal{g: GrainYear, y: tg.anchor.y}
	}
	c, _ := timexDateCand(i+2, v)
	c.ref = refNoEntry
	return c, true
}

// currentUnitStop are the words after "the week" or "the year" that make
// it another period than the current one ("the week before", "the year
// ended June 30", "the week of 3 October").
var currentUnitStop = map[string]bool{
	"of": true, "before": true, "after": true, "ended": true, "ending": true, "since": true,
	"following": true, "prior": true, "to": true, "earlier": true, "ago": true, "leading": true,
	"when": true,
}

// ranks reports whether the noun phrase ending at token k ranks its head
// within a period: an ordinal ("the 22nd", "the first") or a superlative
// ("the strongest field", "the second-toughest hole") in the four tokens
// up to k.
func (tg *tagger) ranks(k int) bool {
	for p := k; p >= 0 && p > k-4; p-- {
		t := tg.tok(p)
		if t.kind != ttWord {
			continue
		}
		if t.info().ord > 0 {
			return true
		}
		w := tg.text[t.s:t.e]
		switch strings.ToLower(w) {
		case "st", "nd", "rd", "th":
			if q := tg.tok(p - 1); q.kind == ttNum && !t.sp {
				return true // "31st"
			}
		case "best", "worst", "most", "least", "last", "latest":
			return true
		}
		if len(w) > 5 && strings.HasSuffix(w, "est") && !t.upper && !notSuperlative[strings.ToLower(w)] {
			return true
		}
		if tg.isArticle(p) {
			return false
		}
	}
	return false
}

// notSuperlative are words in -est that rank nothing.
var notSuperlative = map[string]bool{
	"interest": true, "protest": true, "request": true, "harvest": true, "contest": true,
	"conquest": true, "forest": true, "arrest": true, "unrest": true, "inquest": true,
	"manifest": true, "suggest": true, "invest": true, "digest": true, "honest": true,
	"modest": true, "behest": true, "quest": true,
}

// theCalendarYear matches "the calendar year" after a preposition that
// spans it ("late in the calendar year"), as "the year".
func (tg *tagger) theCalendarYear(i int) (timexCand, bool) {
	if tg.w(i+2) != "year" {
		return noTimexCand, false
	}
	c, ok := tg.matchTheYear(i, i+3)
	c.ref = refNoEntry
	return c, ok
}

// matchAtThisTime matches "this time" after "at": the present ("remains
// unknown at this time"), not "at this time last year" or "at this time
// of year".
func (tg *tagger) matchAtThisTime(i int) (timexCand, bool) {
	if tg.w(i-1) != "at" || tg.w(i+1) != "time" {
		return noTimexCand, false
	}
	switch tg.lowerWord(i + 2) {
	case "of", "last", "next", "yesterday", "tomorrow", "a", "in", "on":
		return noTimexCand, false
	}
	return timexValueCand(i+2, TypeDate, "PRESENT_REF")
}

// matchToday matches "today", unless it is part of a name: written in
// capitals inside a sentence that is not ("a USA TODAY analysis", "NBC's
// TODAY show"), or after a word in capitals ("BBC Today").
func (tg *tagger) matchToday(i int) (timexCand, bool) {
	t := &tg.toks[i]
	if i > 0 && allCaps(tg.text[t.s:t.e]) {
		if n := tg.tok(i + 1); n.kind != ttWord || !allCaps(tg.text[n.s:n.e]) {
			return noTimexCand, false
		}
	}
	if p := tg.tok(i - 1); p.kind == ttWord && allCaps(tg.text[p.s:p.e]) && !allCaps(tg.text[t.s:t.e]) {
		return noTimexCand, false
	}
	return timexDateCand(i+1, tg.relUnit(uDay, 0))
}

// matchHolidayWeekend matches "holiday weekend": a weekend, resolved by
// tense as "the weekend" is ("It's been a rough holiday weekend for air
// travel" on a Saturday is this one).
func (tg *tagger) matchHolidayWeekend(i int) (timexCand, bool) {
	if tg.w(i+1) != "weekend" || tg.lowerIn(i-1, weekendNotOne) {
		return noTimexCand, false
	}
	return timexDateCand(i+2, tg.nearWeekend(tg.dir(i, i+2)))
}
