package extract

import (
	"strings"
	"time"
)

// The matcher: at each token, the longest temporal expression starting
// there. Expressions never cross a sentence; every function looks at a
// bounded number of tokens, so a pass is linear in the text.

// timexCand is a matched expression before it is recorded.
type timexCand struct {
	j      int // end token, exclusive
	typ    TimexType
	v      timexVal // value of a DATE or TIME
	value  string   // value when not a calendar one (durations, sets, vague refs)
	mod    Mod
	future bool // its clause is future tense (set by the caller)
	ago    bool // a date counted back from the publication date ("a year ago")
	// holiday marks a holiday's name ("World Refugee Day", "last
	// Ramadan"): what a day was marked as, which the timeline prefers to
	// the weekday it fell on.
	holiday bool
	// ref marks a date that refers back ("the year-earlier period",
	// refAnaphor), which must not become the anchor of the next one, or
	// that also dates no event ("the deadliest attack of the year",
	// refNoEntry), which the timeline leaves out. One byte: the candidate
	// is copied at every match.
	ref uint8
	// rule and modRule name the rules that made it and its modifier
	// (timex_rules.go), timeRule the one that extended a day to a time.
	timeRule      timeRuleKind
	rule, modRule ruleID
}

// timexDateCand is a DATE candidate ending at token j.
func timexDateCand(j int, v timexVal) (timexCand, bool) {
	return timexCand{j: j, typ: TypeDate, v: v}, true
}

// timexValueCand is a candidate with a literal value (a duration, a set,
// a vague reference).
func timexValueCand(j int, typ TimexType, value string) (timexCand, bool) {
	return timexCand{j: j, typ: typ, value: value}, true
}

var noTimexCand = timexCand{}

// The values of timexCand.ref.
const (
	refNone    uint8 = iota
	refAnaphor       // refers back: no anchor
	refNoEntry       // refers back and dates no event: no timeline entry
)

// tok returns token k, or noTimexToken (of kind 0) before the first and
// past the last.
func (tg *tagger) tok(k int) *timexToken {
	if k < 0 || k >= len(tg.toks) {
		return &noTimexToken
	}
	return &tg.toks[k]
}

// noTimexToken stands for a token before the first or past the last: of
// no kind (a rule asks t.kind == 0) and empty, so that a rule that looks
// past the sentence's end without asking ("nobody expected that") reads
// nothing there instead of dereferencing nil. It is never written.
var noTimexToken timexToken

// w returns the lexicon word of token k, "" when it is none.
func (tg *tagger) w(k int) string {
	if k < 0 || k >= len(tg.toks) {
		return ""
	}
	return tg.toks[k].w()
}

// info returns the lexicon entry of token k (the empty one when none).
func (tg *tagger) info(k int) *timexLexInfo {
	if k < 0 || k >= len(tg.toks) {
		return &timexLexicon[0]
	}
	return tg.toks[k].info()
}

// punct reports whether token k is the punctuation mark p.
func (tg *tagger) punct(k int, p string) bool {
	t := tg.tok(k)
	return t.kind != 0 && t.kind == ttPunct && tg.text[t.s:t.e] == p
}

// dash reports whether token k is a hyphen or an en dash, the marks that
// join the two ends of a range ("10-11 October", "2019–2021").
func (tg *tagger) dash(k int) bool { return tg.punct(k, "-") || tg.punct(k, "–") }

// adj reports whether token k directly follows token k-1, without space.
func (tg *tagger) adj(k int) bool {
	t := tg.tok(k)
	return t.kind != 0 && k > 0 && !t.sp
}

// num returns the value of number token k, or -1.
func (tg *tagger) num(k int) int {
	t := tg.tok(k)
	if t.kind == 0 || t.kind != ttNum {
		return -1
	}
	return int(t.num)
}

// matchAt returns the expression starting at token i, if any.
func (tg *tagger) matchAt(i int) (timexCand, bool) {
	t := &tg.toks[i]
	switch {
	case t.kind == ttPunct:
		c, ok := tg.matchDecadeApostrophe(i)
		if ok {
			c.rule = ruleDecadeApostrophe
		}
		return c, ok
	case t.kind == ttWord && !t.info().starts:
		return noTimexCand, false // no rule starts at this word
	}
	c, ok := tg.matchModified(i)
	if !ok {
		c, ok = tg.matchCore(i)
	}
	if !ok {
		return noTimexCand, false
	}
	c = tg.extendTime(c)
	if c.typ == TypeDate && (tg.namesSomething(c.j) || tg.namesPaper(i, c.j)) {
		return noTimexCand, false // "the March 23 Movement"
	}
	if c.typ == TypeDate || c.typ == TypeTime {
		c.future = tg.tense(i, c.j) == cueFuture
		if c.future && tg.onPublicationDay(c.v) {
			// "A conference opens in London today", "rescuers continue to
			// search … Tuesday": a schedule on the day of publication is
			// that day's news; only a future said as such is planned ("the
			// UN is to launch an appeal on Tuesday").
			tg.plainPresent = true
			c.future = tg.tense(i, c.j) == cueFuture
			tg.plainPresent = false
		}
		if !c.future && c.typ == TypeTime && tg.onPublicationDay(c.v) && tg.predictedToday(i) {
			c.future = true // "said waves could hit the coast at 8:30 p.m.": foreseen later that day
		}
		if !c.future && c.mod == ModEnd && tg.endAhead(c.v) && (tg.infinitiveBefore(i) || tg.tense(i, c.j) != cuePast) {
			// "to withdraw its forces by the end of January" in a paper of
			// 11 January: the end of the period now running is still ahead.
			c.future = true
		}
		if !c.future && c.mod == ModEnd && tg.w(i-1) == "by" && tg.deadlineAhead(c.v) && tg.projectedBefore(i-1) {
			// A projection to the end of the period now running is ahead
			// whatever the clause's tense, up to its last day: "the March
			// appeal projected 100,000 refugees by the end of this year"
			// in September names what is still to come.
			c.future = true
		}
	}
	return c, true
}

// infinitiveBefore reports whether the verb nearest before token i is an
// infinitive ("an agreement to withdraw its forces by …"): what it names
// is meant, not done, whatever the tense of the sentence.
func (tg *tagger) infinitiveBefore(i int) bool {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		if tg.isClauseBreak(k) || tg.cueAt(k) != cueNone {
			return false
		}
		if t := &tg.toks[k]; t.kind == ttWord && !t.upper && t.lx == 0 && tg.w(k-1) == "to" {
			return true
		}
	}
	return false
}

// projectedBefore reports whether a word of projection ("projected", "a
// forecast 700,000 refugees") comes a few words before token k in its
// clause: what it counts by a date is foreseen, not done. ("an estimated"
// is left out: it qualifies tolls already counted.)
func (tg *tagger) projectedBefore(k int) bool {
	lo, _ := tg.clause(k, k+1)
	for b := k - 1; b >= lo && b >= k-projectionReach; b-- {
		if tg.lowerIn(b, projectionWords) {
			return true
		}
	}
	return false
}

// projectionReach bounds how far back projectedBefore looks.
const projectionReach = 12

// projectionWords foresee what they count.
var projectionWords = map[string]bool{"forecast": true, "forecasts": true, "projected": true, "projects": true,
	"projection": true, "projections": true, "predicted": true, "predicts": true, "prediction": true,
	"predictions": true, "target": true, "targets": true, "targeted": true}

// periodBegun returns the bounds of v when v is a dated period of a week
// or longer that has begun by the publication date: the period whose end
// deadlineAhead and endAhead ask about.
func (tg *tagger) periodBegun(v timexVal) (start, end time.Time, ok bool) {
	if !tg.hasDCT || v.y == 0 || v.rel || v.g < GrainWeek {
		return start, end, false
	}
	if start = v.start(); start.After(tg.dct) {
		return start, end, false
	}
	return start, v.end(), true
}

// deadlineAhead reports whether v is a period of a week or longer that
// holds the publication date and ends after it.
func (tg *tagger) deadlineAhead(v timexVal) bool {
	_, e, ok := tg.periodBegun(v)
	return ok && e.After(tg.dct.AddDate(0, 0, 1))
}

// endAhead reports whether v is a period that holds the publication date
// and whose last third (what "the end of" names) lies after it.
func (tg *tagger) endAhead(v timexVal) bool {
	s, e, ok := tg.periodBegun(v)
	return ok && tg.dct.Before(s.Add(e.Sub(s)*2/3))
}

// onPublicationDay reports whether v is the publication day or a time of
// it.
func (tg *tagger) onPublicationDay(v timexVal) bool {
	if !tg.hasDCT || v.g == 0 || v.g > GrainDay || v.y == 0 || v.m == 0 || v.d == 0 {
		return false
	}
	y, m, d := tg.dct.Date()
	return v.y == y && v.m == int(m) && v.d == d
}

// extendTime turns a day followed by a part of the day ("Sunday night",
// "yesterday morning") or a clock time ("Friday 3 p.m.") into a TIME.
func (tg *tagger) extendTime(c timexCand) timexCand {
	if c.typ != TypeDate || c.value != "" || c.v.g != GrainDay {
		return c
	}
	if p := tg.info(c.j).part; p != "" && tg.w(c.j) != "tonight" && !tg.info(c.j).unitPl {
		// "late Monday night" keeps its modifier
		c.typ, c.v.g, c.v.part, c.timeRule = TypeTime, GrainTime, p, timePartOfDay
		c.j++
		return c
	}
	if c.mod != ModNone {
		return c
	}
	if hh, mm, j, ok := tg.clock(c.j); ok {
		c.typ, c.v.g, c.v.hh, c.v.mm, c.v.clock, c.timeRule = TypeTime, GrainTime, hh, mm, true, timeClockAfterDay
		c.j = j
	}
	return c
}

// matchModified matches an expression with a leading modifier: "about three
// years", "more than 15 months", "early December", "mid-2023", "the end of
// the year", "late last July".
func (tg *tagger) matchModified(i int) (timexCand, bool) {
	mod, k, modRule := ModNone, 0, ruleNone
	var phrases []*timexModPhrase
	if g := tg.info(i).mods; g != 0 {
		phrases = timexModGroups[g-1]
	}
	for _, ph := range phrases {
		if tg.wordsAt(i, ph.words) && !(ph.notPreposition && tg.overIsPreposition(i)) {
			mod, k, modRule = ph.mod, len(ph.words), ph.id
			break
		}
	}
	if k > 0 {
		if !tg.startsQuantity(i+k) && !(mod == ModApprox && tg.isYearAt(i+k)) {
			return noTimexCand, false
		}
		c, ok := tg.matchCore(i + k)
		if ok && c.ago {
			c.mod, c.modRule = agoMod(mod), modRule
			return c, true
		}
		if !ok || (c.typ != TypeDuration && !(mod == ModApprox && c.typ == TypeDate && c.v.g == GrainYear) &&
			!(mod == ModApprox && c.typ == TypeTime && c.v.clock)) {
			return noTimexCand, false
		}
		if c.mod == ModNone {
			c.mod, c.modRule = mod, modRule
		}
		return c, true
	}
	return tg.matchPartMod(i)
}

// agoMod turns the modifier of a quantity into that of the date it counts
// back to: "more than a year ago" lies before the date a year ago.
func agoMod(mod Mod) Mod {
	switch mod {
	case ModMoreThan:
		return ModBefore
	case ModLessThan:
		return ModAfter
	case ModEqualOrMore:
		return ModOnOrBefore
	case ModEqualOrLess:
		return ModOnOrAfter
	}
	return mod
}

// startsQuantity reports whether token k begins a counted amount.
func (tg *tagger) startsQuantity(k int) bool {
	t := tg.tok(k)
	if t.kind == 0 {
		return false
	}
	if t.kind == ttNum {
		return true
	}
	in := t.info()
	return in.num != 0 || in.word == "half" || in.word == "several" || in.word == "few" ||
		in.word == "couple" || in.word == "another" || in.word == "whole" || in.word == "full" ||
		in.word == "entire"
}

// partModLeader reports whether matchPartMod may match at the word w.
func partModLeader(w string) bool {
	switch w {
	case "early", "late", "mid", "the", "end", "beginning", "start", "middle":
		return true
	}
	return false
}

// matchPartMod matches "early", "mid", "late", "the end of", "the beginning
// of", "the middle of", "the early hours of", "early on" before a date.
func (tg *tagger) matchPartMod(i int) (timexCand, bool) {
	mod, k := ModNone, 0
	w := tg.w(i)
	if !partModLeader(w) {
		return noTimexCand, false
	}
	modWord := w // the word whose rule the modifier is, looked up on a match
	switch w {
	case "early", "late", "mid":
		mod, k = partModWords[w], 1
		if w == "mid" && tg.punct(i+1, "-") || w != "mid" && (tg.w(i+1) == "on" || tg.w(i+1) == "in") {
			k = 2
		}
	case "the", "end", "beginning", "start", "middle":
		j := i
		if w == "the" {
			j++
		}
		modWord = tg.w(j)
		switch tg.w(j) {
		case "end", "beginning", "start", "middle":
			mod = periodPartWords[tg.w(j)]
		case "early", "small", "late":
			if c, ok := tg.partHoursOf(j + 1); ok {
				return c, true
			}
			if (tg.w(j+1) == "hours" || tg.info(j+1).part != "") && tg.w(j+2) == "of" {
				c, ok := tg.matchCore(j + 3)
				if ok && c.typ == TypeDate && c.v.g == GrainDay {
					c.mod, c.modRule = ModStart, ruleEarlyHoursOf
					if tg.w(j) == "late" {
						c.mod, c.modRule = ModEnd, ruleLateHoursOf
					}
					return c, true
				}
			}
			return noTimexCand, false
		}
		if mod == ModNone || tg.w(j+1) != "of" {
			return noTimexCand, false
		}
		k = j + 2 - i
		u0 := i + k
		if tg.w(u0) == "the" || tg.w(u0) == "this" {
			u0++
		}
		if u := tg.info(u0).unit; u != uNone && !tg.info(u0).unitPl && tg.info(u0+1).unit == uNone {
			if u < uWeek || u == uFortnight || u == uWeekend {
				return noTimexCand, false
			}
			c, _ := timexDateCand(u0+1, tg.relUnit(u, 0))
			c.mod, c.modRule, c.rule = mod, partModRules[modWord], rulePartOfThisUnit
			return c, true
		}
	}
	if k == 0 {
		return noTimexCand, false
	}
	c, ok := tg.matchCore(i + k)
	if !ok && (w == "early" || w == "late" || w == "mid") {
		c, ok = tg.partOfDayMod(i + k)
	}
	if !ok || (c.typ != TypeDate && c.typ != TypeTime) || c.value != "" || c.mod != ModNone {
		return noTimexCand, false
	}
	c.mod, c.modRule = mod, partModRules[modWord]
	return c, true
}

// partHoursOf matches a part of the day, "hours of" and a day at k, after
// "the early": "the early morning hours of Monday" is that part of that
// day (a TIME), as "the early hours of Monday morning" is; without the part
// ("the early hours of Monday") the day itself is meant.
func (tg *tagger) partHoursOf(k int) (timexCand, bool) {
	part := tg.info(k).part
	if part == "" || tg.info(k).unitPl || tg.w(k+1) != "hours" || tg.w(k+2) != "of" {
		return noTimexCand, false
	}
	c, ok := tg.matchCore(k + 3)
	if !ok || c.typ != TypeDate || c.v.g != GrainDay || c.value != "" || c.mod != ModNone {
		return noTimexCand, false
	}
	c.typ, c.v.g, c.v.part, c.timeRule = TypeTime, GrainTime, part, timePartOfDay
	return c, true
}

// matchCore dispatches on the first token of an unmodified expression,
// through the rules of timexCoreRules in order.
func (tg *tagger) matchCore(i int) (timexCand, bool) {
	t := tg.tok(i)
	if t.kind == 0 || t.kind != ttNum && (t.kind != ttWord || t.lx == 0) {
		return noTimexCand, false
	}
	in := t.info()
	for k := range timexCoreRules {
		r := &timexCoreRules[k]
		if !r.gate.open(t, in) {
			continue
		}
		// The core rules are all match rules: called directly, without
		// apply, since this runs at every token.
		if c, ok := r.match(tg, i); ok {
			if c.rule == ruleNone {
				c.rule = r.id
			}
			return c, true
		}
		if !r.orElse {
			return noTimexCand, false
		}
	}
	return noTimexCand, false
}

// partOfDayMod matches the part of the day at k after "early", "late" or
// "mid-" ("by mid-afternoon on Sunday", "late afternoon"): that part of
// the day named after it, else of the day a bare clock time would take.
// A part with no day of its own after a word that is no preposition
// ("the late afternoon sun") is left alone.
func (tg *tagger) partOfDayMod(k int) (timexCand, bool) {
	in := tg.info(k)
	if in.part == "" || in.unitPl || tg.w(k) == "overnight" || tg.w(k) == "tonight" {
		return noTimexCand, false
	}
	if c, ok := tg.partOnDay(k+1, in.part); ok {
		return c, true
	}
	if n := tg.tok(k + 1); n.kind == ttWord && !n.upper && !partFollowers[tg.lowerWord(k+1)] {
		return noTimexCand, false // "late afternoon sun": a noun follows
	}
	v := tg.clockDay()
	v.g, v.part = GrainTime, in.part
	return timexCand{j: k + 1, typ: TypeTime, v: v, rule: rulePartOfDay}, true
}

// overIsPreposition reports whether "over" at i spans a period ("disbursed
// over three years", "rose 5% over two years") rather than exceeding it
// ("for over three years"): after a passive participle or an amount.
func (tg *tagger) overIsPreposition(i int) bool {
	p := tg.tok(i - 1)
	if p.kind == 0 {
		return false
	}
	if p.kind == ttNum || (p.kind == ttPunct && tg.text[p.s:p.e] == "%") {
		return true
	}
	switch tg.lowerWord(i - 1) {
	case "percent", "points", "million", "billion", "times":
		return true
	}
	if changeNouns[tg.lowerWord(i-1)] {
		return true // "a 10% increase over a week ago"
	}
	k := i - 1
	if w := tg.lowerWord(k); strings.HasSuffix(w, "ly") {
		k-- // "paid quarterly over three years"
	}
	w := tg.lowerWord(k)
	switch w {
	case "spread", "paid", "made", "held", "set", "cut", "put", "spent", "sold", "built", "split",
		"repaid", "phased", "laid", "run":
	default:
		if len(w) < 4 || !strings.HasSuffix(w, "ed") {
			return false
		}
	}
	switch tg.lowerWord(k - 1) {
	case "be", "been", "being", "is", "are", "was", "were":
		return true
	}
	return false
}

// namesSomething reports whether the capitalised word at k makes the date
// before it part of a name: "the March 23 Movement", "the April 6 Youth
// Movement", "October 6 Bridge".
func (tg *tagger) namesSomething(k int) bool {
	t := tg.tok(k)
	if t.kind == 0 || t.kind != ttWord || !t.upper {
		return false
	}
	if t.lx == 0 && k+1 < len(tg.toks) && tg.toks[k+1].upper && tg.toks[k+1].kind == ttWord {
		k++ // one more capitalised word: "Youth Movement"
	}
	return tg.lowerIn(k, nameHeads)
}

// nameHeads are the nouns that end names holding a date.
var nameHeads = map[string]bool{
	"movement": true, "revolution": true, "agreement": true, "accord": true, "accords": true,
	"party": true, "coalition": true, "alliance": true, "group": true, "brigade": true,
	"brigades": true, "front": true, "square": true, "street": true, "avenue": true, "bridge": true,
	"stadium": true, "university": true, "declaration": true, "uprising": true,
	"organisation": true, "organization": true, "army": true, "battalion": true, "regiment": true,
	"division": true, "war": true,
}

// namesPaper reports whether a lone weekday at [i, j) names a newspaper:
// "The Sunday Times", "the Sunday Telegraph".
func (tg *tagger) namesPaper(i, j int) bool {
	if j != i+1 || tg.info(i).wday == 0 {
		return false
	}
	t := tg.tok(j)
	return t.kind != 0 && t.kind == ttWord && t.upper && tg.lowerIn(j, paperHeads)
}

// paperHeads are the nouns of newspapers named after a weekday.
var paperHeads = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "post": true, "herald": true,
	"observer": true, "tribune": true, "mail": true, "star": true, "independent": true,
	"sport": true, "edition": true,
}

// lowerIn reports whether word k, in lower case, is in set, without
// allocating.
func (tg *tagger) lowerIn(k int, set map[string]bool) bool {
	t := tg.tok(k)
	if t.kind == 0 || t.kind != ttWord || t.e-t.s > 24 {
		return false
	}
	var buf [24]byte
	n := 0
	for p := int(t.s); p < int(t.e); p++ {
		c := tg.text[p]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return set[string(buf[:n])]
}
