package extract

// scheduledTense mends the tense of a date whose event is scheduled and
// may still be ahead while its sentence's verb is past (issue 12): "an
// attack that highlighted the threat of a parliamentary election
// Saturday", "fears about the security during the general election on
// Monday", "before the final count on May 16", "the concert was pushed
// from Friday to Thursday". The verb tells of the report, not of the
// event, so the date is the nearest one, whichever side of the paper it
// lies. c is the clause's tense; only a past or missing cue is changed.
func (tg *tagger) scheduledTense(i int, c uint8) uint8 {
	if c != cuePast && c != cueNone {
		return c
	}
	if tg.rescheduled(i) {
		return cuePresent
	}
	k := i - 1
	switch tg.w(k) {
	case "on", "in":
		k-- // "elections in March", as "the election on Monday"
	}
	if tg.adj(i+1) && tg.isApostrophe(i+1) && tg.adj(i+2) && tg.w(i+2) == "s" && tg.lowerIn(i+3, scheduledEvents) {
		k = i // "Saturday's poll": the day names its event, which follows
	} else if !tg.lowerIn(k, scheduledEvents) {
		return c
	}
	// The event must be told as anticipated: a word of anticipation a
	// few words before its noun, with no verb between ("killed at a
	// rally on Friday" keeps the past).
	lo, _ := tg.clause(i, i+1)
	for b := k - 1; b >= lo && b >= k-scheduledReach; b-- {
		if tg.lowerIn(b, anticipation) {
			return cuePresent
		}
		if tg.cueAt(b) != cueNone && !tg.punct(b-1, "-") { // "violence-marred" is an adjective
			return c
		}
	}
	return c
}

// scheduledReach bounds how many words before an event's noun the word of
// anticipation may stand, a hyphen counting as one ("fears about the security during the general
// election").
const scheduledReach = 8

// scheduledEvents are the nouns of events news reports by their planned
// date: polls, counts, meetings and shows.
var scheduledEvents = map[string]bool{"election": true, "elections": true, "vote": true, "voting": true,
	"polls": true, "poll": true, "ballot": true, "referendum": true, "runoff": true, "run-off": true,
	"count": true, "summit": true, "talks": true, "meeting": true, "conference": true, "concert": true,
	"ceremony": true, "inauguration": true, "hearing": true, "session": true, "parade": true,
	"festival": true, "deadline": true}

// anticipation are the words that put an event ahead of the report:
// a threat or fear of it, the time before it.
var anticipation = map[string]bool{"threat": true, "threats": true, "fear": true, "fears": true,
	"concern": true, "concerns": true, "worries": true, "security": true, "before": true, "ahead": true,
	"upcoming": true, "forthcoming": true, "threatened": true, "threaten": true, "run-up": true, "preparations": true, "awaiting": true}

// rescheduled reports whether the one-word day at token i is an end of a
// rescheduling ("was pushed from Friday to Thursday", "moved to Monday"):
// both days name when the event is planned, and they make no stretch.
func (tg *tagger) rescheduled(i int) bool {
	switch tg.w(i - 1) {
	case "from":
		return deadlineVerbs[tg.lowerWord(i-2)]
	case "to", "until":
		return deadlineVerbs[tg.lowerWord(i-2)] || tg.w(i-3) == "from" && deadlineVerbs[tg.lowerWord(i-4)]
	}
	return false
}

// pastVerbAt reports whether token k is a verb in the past, as a word in
// -ed that the lexicon calls an adjective also is right after a date
// ("militias Sunday wounded nine"): the word in -s before that date is
// then the plural noun of its subject, not a verb of schedule.
func (tg *tagger) pastVerbAt(k int) bool {
	if k >= len(tg.toks) {
		return false
	}
	if tg.cueAt(k) == cuePast {
		return true
	}
	t := &tg.toks[k]
	if t.kind != ttWord || t.upper {
		return false
	}
	w := tg.text[t.s:t.e]
	return len(w) >= 5 && w[len(w)-2:] == "ed" && w[len(w)-3] != 'e' // not "need", "speed"
}

// relWeekdayAfterClock reads, at k, a weekday that a relative word names
// right after a clock time: "at 12:51 p.m. last Tuesday" is one time of
// that day, not a clock on the paper's day and a day of its own.
func (tg *tagger) relWeekdayAfterClock(k int) (timexCand, bool) {
	if in := tg.info(k + 1); in.wday == 0 || in.wdayPl {
		return noTimexCand, false
	}
	return tg.matchRelative(k, k)
}

// objectOfPast reports whether the word in -s at token k follows a verb in
// the past of its own clause, within a few words and with no relative
// word between: a clause has one finite verb, so the word is a noun of its
// object ("was preceded by weaker aftershocks overnight"), not a present
// of schedule ("the summit opens March 12").
func (tg *tagger) objectOfPast(k int) bool {
	lo, _ := tg.clause(k, k+1)
	for b := k - 1; b >= lo && b >= k-objectReach; b-- {
		if tg.lowerIn(b, relativePronouns) || tg.w(b) == "that" {
			return false // "the law that was passed expires Dec. 31"
		}
		if tg.cueAt(b) == cuePast {
			return true
		}
	}
	return false
}

// objectReach bounds how far back objectOfPast looks for the past verb.
const objectReach = 8

// doneActDate reports whether the day at token i dates a violent act that
// a definite noun phrase names as known — "Wednesday's attack", "the
// killing of a police chief on Thursday", "Monday's powerful earthquake" —
// which has happened, whatever the tense of the clause that tells what it
// will bring ("will scare off voters", "is expected to delay the talks").
// An act told as feared or planned ("a threatened attack on Monday",
// "fears of an attack on Monday") has no definite article before its noun
// and is not read.
func (tg *tagger) doneActDate(i int) bool {
	if tg.adj(i+1) && tg.isApostrophe(i+1) && tg.adj(i+2) && tg.w(i+2) == "s" {
		for k := i + 3; k <= i+5; k++ {
			if tg.lowerIn(k, doneActs) {
				return true
			}
			if t := tg.tok(k); t.kind == 0 || t.kind != ttWord || t.upper || tg.cueAt(k) != cueNone {
				return false
			}
		}
		return false
	}
	if tg.w(i-1) != "on" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-actReach; k-- {
		if tg.isClauseBreak(k) || tg.cueAt(k) != cueNone {
			return false
		}
		if tg.lowerIn(k, doneActs) {
			return tg.w(k-1) == "the" || tg.w(k-2) == "the" && !tg.lowerIn(k-1, plannedActWords)
		}
	}
	return false
}

// actReach bounds how far before "on <day>" doneActDate looks for the
// act's noun: "the killing of a powerful police chief on Thursday".
const actReach = 8

// doneActs are the nouns of violent acts and disasters news names once
// they have happened.
var doneActs = map[string]bool{"attack": true, "attacks": true, "killing": true, "killings": true, "bombing": true,
	"bombings": true, "assassination": true, "shooting": true, "massacre": true, "ambush": true, "explosion": true,
	"blast": true, "raid": true, "airstrike": true, "airstrikes": true, "assault": true, "clashes": true,
	"quake": true, "earthquake": true}

// plannedActWords before an act's noun make it one not yet done: "the
// planned attack on Monday", "the threatened strike".
var plannedActWords = map[string]bool{"planned": true, "threatened": true, "expected": true, "feared": true,
	"possible": true, "next": true, "coming": true, "upcoming": true}
