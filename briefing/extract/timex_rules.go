package extract

import "strings"

// The rules of the temporal tagger, as HeidelTime and Duckling keep theirs:
// each has a name, an example it fires on, the words that lead it and
// either a value (a pattern that always means the same thing) or a
// function (a rule that needs logic). The tagger records the name of the
// rule behind each expression (Timex.Rules).

// verdict is what a rule made of the text at a token.
type verdict uint8

const (
	miss verdict = iota // the rule does not apply: try the next
	hit                 // the rule matched
	veto                // the rule applies and says there is no expression here
)

// final turns the result of a rule that decides alone into a verdict: a
// match is a hit, anything else a veto.
func final(c timexCand, ok bool) (timexCand, verdict) {
	if ok {
		return c, hit
	}
	return c, veto
}

// timexRule is one named rule of the tagger.
type timexRule struct {
	id      ruleID // set when the tables are built
	name    string
	example string
	// words are the lexicon words that lead the expression (for the rules
	// of timexWordRules).
	words []string
	// A value rule makes a literal value of type typ, spanning the word.
	typ   TimexType
	value string
	// match is the rule's logic; orElse says that when it does not match,
	// the rules for words of a class (timexClassRules) may still.
	match  func(tg *tagger, i int) (timexCand, bool)
	orElse bool
	// decide is the logic of a class rule, which may also veto.
	decide func(tg *tagger, i int) (timexCand, verdict)
	// dispatch marks a rule that only hands over to a table of rules,
	// which name what they make: it is not a rule of its own.
	dispatch bool
	// gate is a cheap test of the token a rule starts from (for the rules
	// after "the", the word after it) that it needs to pass to run.
	gate coreGate
}

// coreGate is what the first token of an expression must be for a core
// rule to run.
type coreGate uint8

const (
	gateAny        coreGate = iota
	gateNumber              // digits
	gateMonth               // a month name
	gateWeekday             // a weekday name
	gateLeader              // a word that leads a rule of matchWord
	gateOrdinal             // an ordinal word
	gateQuantity            // a word that may start a quantity
	gateUnit                // a unit of time of a minute or more
	gateRelative            // a relative word ("last", "next")
	gateSeason              // a season
	gateHoliday             // the first word of a holiday
	gatePluralUnit          // a unit of time in the plural
)

// open reports whether token t (with lexicon entry in) passes the gate.
func (g coreGate) open(t *timexToken, in *timexLexInfo) bool {
	switch g {
	case gateNumber:
		return t.kind == ttNum
	case gateMonth:
		return in.month != 0
	case gateWeekday:
		return in.wday != 0
	case gateLeader:
		return in.leads
	case gateOrdinal:
		return in.ord != 0
	case gateQuantity:
		return in.quantity
	case gateUnit:
		return in.unit >= uMinute
	case gateRelative:
		return in.rel
	case gateSeason:
		return in.season != ""
	case gateHoliday:
		return in.holiday
	case gatePluralUnit:
		return in.unitPl
	}
	return true
}

// apply runs the rule at token i and names the expression it makes.
func (r *timexRule) apply(tg *tagger, i int) (c timexCand, v verdict) {
	switch {
	case r.decide != nil:
		c, v = r.decide(tg, i)
	case r.match != nil:
		var ok bool
		if c, ok = r.match(tg, i); ok {
			v = hit
		} else if !r.orElse {
			v = veto
		}
	default:
		return timexCand{j: i + 1, typ: r.typ, value: r.value, rule: r.id}, hit
	}
	if v == hit && c.rule == ruleNone {
		c.rule = r.id
	}
	return c, v
}

// timexWordRules are the rules led by one word, found through the
// lexicon (timexLexInfo.wordRule). They are filled in by init, since their functions reach
// back to the tables.
var timexWordRules []timexRule

func wordRules() []timexRule {
	return []timexRule{
		{name: "today", example: "today", words: []string{"today"},
			match: (*tagger).matchToday},
		{name: "yesterday", example: "yesterday", words: []string{"yesterday"},
			match: func(tg *tagger, i int) (timexCand, bool) { return timexDateCand(i+1, tg.relUnit(uDay, -1)) }},
		{name: "tomorrow", example: "tomorrow", words: []string{"tomorrow"},
			match: func(tg *tagger, i int) (timexCand, bool) { return timexDateCand(i+1, tg.relUnit(uDay, 1)) }},
		{name: "tonight", example: "tonight", words: []string{"tonight"}, match: (*tagger).matchTonight},
		{name: "overnight", example: "shelling overnight", words: []string{"overnight"}, match: (*tagger).matchOvernight},
		{name: "present-ref", example: "now", words: []string{"now", "currently", "nowadays"}, typ: TypeDate, value: "PRESENT_REF"},
		{name: "past-ref", example: "recently", words: []string{"recently", "lately"}, typ: TypeDate, value: "PAST_REF"},
		{name: "recent-units", example: "in recent years", words: []string{"recent"}, match: (*tagger).matchRecentUnits, orElse: true},
		{name: "at-present", example: "at present", words: []string{"present"}, match: (*tagger).matchAtPresent, orElse: true},
		{name: "at-this-time", example: "at this time", words: []string{"this"}, match: (*tagger).matchAtThisTime, orElse: true},
		{name: "these-days", example: "these days", words: []string{"these"}, match: (*tagger).matchTheseDays, orElse: true},
		{name: "the", dispatch: true, words: []string{"the"}, match: (*tagger).matchThe},
		{name: "that-unit", example: "On 3 October 2024 they left; that week the rains came.", words: []string{"that"}, match: (*tagger).matchThatUnit, orElse: true},
		{name: "earlier-later", example: "later this month", words: []string{"earlier", "later"}, match: (*tagger).matchEarlierLater},
		{name: "every", example: "every week", words: []string{"every", "each"}, match: (*tagger).matchEvery},
		{name: "frequency-word", example: "weekly", words: mapKeys(frequencyValues), match: (*tagger).matchFrequencyWord},
		{name: "once-twice", example: "twice a year", words: []string{"once", "twice"}, match: (*tagger).matchOnceTwice},
		{name: "holiday-weekend", example: "a rough holiday weekend", words: []string{"holiday"}, match: (*tagger).matchHolidayWeekend, orElse: true},
		{name: "weekend-event", example: "a deadly weekend siege", words: []string{"weekend"}, match: (*tagger).matchWeekendEvent, orElse: true},
		{name: "eve-of", example: "on the eve of Eid al-Adha", words: []string{"eve"}, match: (*tagger).matchEveOf, orElse: true},
		{name: "dawn-on-day", example: "at dawn on Thursday", words: []string{"dawn", "dusk"}, match: (*tagger).matchDawnOnDay},
		{name: "noon-midnight", example: "at midnight", words: []string{"noon", "midday", "midnight"}, match: (*tagger).matchNoonMidnight},
		{name: "quarter-code", example: "Q3 2024", words: []string{"q", "h"}, match: (*tagger).matchQuarterCode},
		{name: "per-unit", example: "$2 million per year", words: []string{"per"}, match: (*tagger).matchPerUnit, orElse: true},
		{name: "year-end", example: "by year-end", words: []string{"year", "yearend", "year-end"}, match: (*tagger).matchYearEnd, orElse: true},
		{name: "fiscal-year", example: "fiscal 2024", words: []string{"fiscal"}, match: (*tagger).matchFiscalYear, orElse: true},
		{name: "decade-word", example: "the nineties", words: mapKeys(decadeDigits), match: (*tagger).matchDecadeWord, orElse: true},
	}
}

// timexClassRules are tried in order for a word that leads no rule of its
// own, or whose rule did not match: a unit, a relative word, a season, a
// holiday.
var timexClassRules []timexRule

func classRules() []timexRule {
	return []timexRule{
		{name: "unit-long", example: "a month-long siege", gate: gateUnit, match: (*tagger).matchUnitLong, orElse: true},
		{name: "last-week-of", example: "last week of 2016", gate: gateRelative, match: (*tagger).matchLastWeekOf, orElse: true},
		{name: "relative", example: "last week", gate: gateRelative, decide: (*tagger).matchRelativeWord},
		{name: "season", example: "summer 2023", gate: gateSeason, decide: (*tagger).matchSeasonWord},
		{name: "holiday", dispatch: true, match: (*tagger).matchHoliday},
	}
}

// theWordRules are the rules of expressions that start with "the", found
// through the lexicon by the word after it (timexLexInfo.theRule).
var theWordRules []timexRule

func theRules() []timexRule {
	return []timexRule{
		{name: "the-day-before-after", example: "On 3 October 2024 they left; the day after, the rains came.", words: []string{"day"}, match: (*tagger).theDayBeforeAfter},
		{name: "the-period", example: "in the year 2000", words: []string{"week", "month", "year"}, match: (*tagger).thePeriod},
		{name: "the-calendar-year", example: "this late in the calendar year", words: []string{"calendar"}, match: (*tagger).theCalendarYear},
		{name: "the-full-year", example: "profits for the full year", words: []string{"full", "whole", "entire"}, match: (*tagger).theFullYear},
		{name: "the-same-unit", example: "On 3 October 2024 they left; the same day, the rains came.", words: []string{"same"}, match: (*tagger).theSameUnit},
		{name: "the-relative", example: "the past three years", words: []string{"previous", "next", "following", "past", "last", "coming", "final"}, match: (*tagger).theRelative},
		{name: "the-future", example: "in the future", words: []string{"future"}, match: (*tagger).theFuture},
		{name: "the-near-future", example: "in the near future", words: []string{"near", "distant", "foreseeable", "immediate"}, match: (*tagger).theNearFuture},
		{name: "the-other-day", example: "the other day", words: []string{"other"}, match: (*tagger).theOtherDay},
		{name: "the-part-of-decade", dispatch: true, words: []string{"early", "late", "mid"}, match: (*tagger).thePartDecade},
		{name: "the-number", example: "the 3rd of October", words: []string{""}, match: (*tagger).theNumber},
		{name: "the-current-period", example: "the latest quarter", words: []string{"current", "latest", "most"}, match: (*tagger).matchPeriodAnaphor},
		{name: "the-quarter", example: "profits fell in the quarter", words: []string{"quarter"}, match: (*tagger).theQuarter},
		{name: "the-part-of-day", example: "in the morning", words: []string{"morning", "afternoon", "evening", "night"}, match: (*tagger).thePartOfDay},
		{name: "the-present", example: "at present and in the present", words: []string{"present"}, match: (*tagger).thePresent, orElse: true},
		{name: "the-moment", example: "at the moment", words: []string{"moment"}, match: (*tagger).theMoment, orElse: true},
		{name: "the-weekend", example: "over the weekend", words: []string{"weekend"}, match: (*tagger).theWeekend},
		{name: "the-ordinal", example: "the first nine months", words: []string{"first", "second", "third", "fourth"}, match: (*tagger).theOrdinal},
	}
}

// theClassRules are tried in order after "the" when the word after it
// leads no rule, or its rule did not match.
var theClassRules []timexRule

func theTailRules() []timexRule {
	return []timexRule{
		{name: "the-season", example: "the summer of 2023", gate: gateSeason, decide: (*tagger).theSeason},
		{name: "the-ordinal-word", example: "the fifth week of 2024", gate: gateOrdinal, decide: (*tagger).theOrdinalWord},
		{name: "the-vague-stretch", example: "over the years", gate: gatePluralUnit, decide: (*tagger).theVagueStretch},
		{name: "the-quantity", example: "the nine months", match: (*tagger).matchTheQuantity},
	}
}

// relativeWords relate a period to the publication date, with the step
// they take.
var relativeWords = map[string]int{
	"last": -1, "past": -1, "previous": -1,
	"this": 0, "current": 0,
	"next": 1, "coming": 1, "upcoming": 1, "following": 1,
}

// frequencyValues are the SET values of "daily", "weekly" and the like.
var frequencyValues = map[string]string{
	"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
	"quarterly": "P3M", "semiannual": "P6M", "semiannually": "P6M", "biannual": "P6M",
	"biannually": "P6M", "hourly": "PT1H", "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y",
}

// decadeDigits are the decades of the twentieth century in words.
var decadeDigits = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
	"eighties": 8, "nineties": 9,
}

// buildTimexRules fills the rule tables and the word index.
func buildTimexRules() {
	timexWordRules, timexClassRules = wordRules(), classRules()
	timexCoreRules, timexNumberRules = coreRules(), numberRules()
	theWordRules, theClassRules = theRules(), theTailRules()
	for _, table := range [][]timexRule{timexCoreRules, timexNumberRules, timexWordRules, timexClassRules, theWordRules, theClassRules} {
		for k := range table {
			if !table[k].dispatch {
				table[k].id = register("timex", table[k].name, table[k].example)
			}
		}
	}
	for k := range timexModPhrases {
		ph := &timexModPhrases[k]
		ph.id = register("timex-mod", ph.name, strings.Join(ph.words, " ")+" three years")
		if in := lexiconInfo(ph.words[0]); in != nil {
			if in.mods == 0 {
				timexModGroups = append(timexModGroups, nil)
				in.mods = uint8(len(timexModGroups))
			}
			timexModGroups[in.mods-1] = append(timexModGroups[in.mods-1], ph)
		}
	}
	ruleDayRangeStart = register("timex", "day-range-start", "from 3 to 12 March 2024")
	ruleOrdinalPeriod = register("timex", "ordinal-period", "1st quarter of 2013")
	partModRules = map[string]ruleID{}
	for _, w := range []string{"early", "late", "mid"} {
		partModRules[w] = register("timex-mod", w, w+" December")
	}
	for _, w := range []string{"end", "beginning", "start", "middle"} {
		partModRules[w] = register("timex-mod", w+"-of", "the "+w+" of June")
	}
	for k := range timexWordRules {
		for _, w := range timexWordRules[k].words {
			if in := lexiconInfo(w); in != nil {
				in.wordRule = uint8(k + 1)
			}
		}
	}
	for k := range theWordRules {
		for _, w := range theWordRules[k].words {
			if in := lexiconInfo(w); in != nil {
				in.theRule = uint8(k + 1)
			}
		}
	}
	for w := range relativeWords {
		if in := lexiconInfo(w); in != nil {
			in.rel = true
		}
	}
}

// lexiconInfo returns the lexicon entry of w ("" is entry 0, the one of
// every word outside the lexicon), or nil: a word outside the lexicon
// leads no rule, since the tagger sees it as "".
func lexiconInfo(w string) *timexLexInfo {
	if w == "" {
		return &timexLexicon[0]
	}
	if len(w) <= 16 {
		if i := timexLexTable.find(packWord(w)); i != 0 {
			return &timexLexicon[i]
		}
		return nil
	}
	if i, ok := timexLexIndex[w]; ok {
		return &timexLexicon[i]
	}
	return nil
}

// markLeaders marks the words that may lead a rule of matchWord: a word
// rule, or a class rule (a unit, a relative word, a season, a holiday).
func markLeaders() {
	for k := range timexLexicon {
		in := &timexLexicon[k]
		in.leads = in.wordRule != 0 || in.unit >= uMinute || in.rel || in.season != "" || in.holiday
		switch in.word {
		case "half", "several", "few", "couple", "another", "whole", "full", "entire", "many", "some", "all":
			in.quantity = true
		}
		in.quantity = in.quantity || in.num != 0 || in.unitPl
	}
	markStarts()
}

// markStarts marks the words at which matchAt may find an expression:
// those matchModified tries (a word with modifier phrases, a leader of
// matchPartMod) and those that open the gate of a core rule. At any other
// word both return no match, so the tagger skips it.
func markStarts() {
	for k := range timexLexicon {
		in := &timexLexicon[k]
		t := timexToken{kind: ttWord, lx: int16(k)}
		in.starts = k != 0 && (in.mods != 0 || partModLeader(in.word))
		for r := range timexCoreRules {
			in.starts = in.starts || k != 0 && timexCoreRules[r].gate.open(&t, in)
		}
	}
}

// mapKeys returns the keys of m.
func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// timexCoreRules dispatch on the first token of an expression without a
// modifier, in order.
var timexCoreRules []timexRule

func coreRules() []timexRule {
	return []timexRule{
		{name: "number", dispatch: true, gate: gateNumber, match: (*tagger).matchNumber},
		{name: "month", example: "October 3, 2024", gate: gateMonth, match: (*tagger).matchMonth, orElse: true},
		{name: "weekday", example: "on Friday", gate: gateWeekday, match: (*tagger).matchWeekday, orElse: true},
		{name: "word", dispatch: true, gate: gateLeader, match: (*tagger).matchWord, orElse: true},
		{name: "quantity-words", example: "three months", gate: gateQuantity, match: (*tagger).matchQuantity},
		{name: "ordinal", example: "first week of June", gate: gateOrdinal, match: (*tagger).matchOrdinalFirst},
	}
}

// orNext turns the result of a rule that leaves the rest to the next rules
// into a verdict: a match is a hit, anything else a miss.
func orNext(c timexCand, ok bool) (timexCand, verdict) {
	if ok {
		return c, hit
	}
	return c, miss
}

// timexNumberRules are the rules for expressions that start with digits,
// in order; the last, a quantity, decides.
var timexNumberRules []timexRule

func numberRules() []timexRule {
	return []timexRule{
		{name: "numeric-date", example: "2024-10-03", match: (*tagger).matchNumericDate, orElse: true},
		{name: "day-month", example: "3 October 2024", match: (*tagger).matchDayMonth, orElse: true},
		{name: "clock", example: "at 3 p.m.", decide: func(tg *tagger, i int) (timexCand, verdict) {
			if hh, mm, j, ok := tg.clock(i); ok {
				return final(tg.clockCand(j, hh, mm))
			}
			if hh, ok := tg.rangeStartHour(i); ok {
				return final(tg.clockCand(i+1, hh, 0)) // "between 2 and 4 p.m."
			}
			return tg.numberRange(i)
		}},
		{name: "century", example: "the 21st century", match: (*tagger).matchCentury, orElse: true},
		{name: "year", example: "in 2023", decide: func(tg *tagger, i int) (timexCand, verdict) {
			t := &tg.toks[i]
			if t.nd == 4 && !t.dec && !t.grp && t.num >= 1000 && t.num <= 2999 {
				return orNext(tg.matchYear(i))
			}
			return noTimexCand, miss
		}},
		{name: "quantity-digits", example: "for 15 months", match: (*tagger).matchQuantity},
	}
}

// timexModPhrase is a modifier before a quantity of time or a year: "more
// than 15 months", "about three years", "around 2020".
type timexModPhrase struct {
	id    ruleID
	name  string
	words []string
	mod   Mod
	// notPreposition: the phrase is no modifier where it spans a period
	// ("disbursed over three years").
	notPreposition bool
}

// timexModPhrases are the modifiers of quantities, found through the
// lexicon by their first word (timexLexInfo.mods, an index in
// timexModGroups).
var timexModPhrases = []timexModPhrase{
	{name: "more-than", words: []string{"more", "than"}, mod: ModMoreThan},
	{name: "less-than", words: []string{"less", "than"}, mod: ModLessThan},
	{name: "at-least", words: []string{"at", "least"}, mod: ModEqualOrMore},
	{name: "at-most", words: []string{"at", "most"}, mod: ModEqualOrLess},
	{name: "up-to", words: []string{"up", "to"}, mod: ModEqualOrLess},
	{name: "no-more-than", words: []string{"no", "more", "than"}, mod: ModEqualOrLess},
	{name: "no-less-than", words: []string{"no", "less", "than"}, mod: ModEqualOrMore},
	{name: "about", words: []string{"about"}, mod: ModApprox},
	{name: "around", words: []string{"around"}, mod: ModApprox},
	{name: "approximately", words: []string{"approximately"}, mod: ModApprox},
	{name: "roughly", words: []string{"roughly"}, mod: ModApprox},
	{name: "some", words: []string{"some"}, mod: ModApprox},
	{name: "nearly", words: []string{"nearly"}, mod: ModApprox},
	{name: "almost", words: []string{"almost"}, mod: ModApprox},
	{name: "over", words: []string{"over"}, mod: ModMoreThan, notPreposition: true},
	{name: "under", words: []string{"under"}, mod: ModLessThan},
	// degree words before them belong to the modifier: "a little more
	// than a year", "just over two weeks", "well over a decade"
	{name: "a-little-more-than", words: []string{"a", "little", "more", "than"}, mod: ModMoreThan},
	{name: "a-little-less-than", words: []string{"a", "little", "less", "than"}, mod: ModLessThan},
	{name: "a-little-over", words: []string{"a", "little", "over"}, mod: ModMoreThan},
	{name: "slightly-more-than", words: []string{"slightly", "more", "than"}, mod: ModMoreThan},
	{name: "slightly-less-than", words: []string{"slightly", "less", "than"}, mod: ModLessThan},
	{name: "just-over", words: []string{"just", "over"}, mod: ModMoreThan},
	{name: "just-under", words: []string{"just", "under"}, mod: ModLessThan},
	{name: "well-over", words: []string{"well", "over"}, mod: ModMoreThan},
}

// timexModGroups are the modifier phrases, grouped by first word.
var timexModGroups [][]*timexModPhrase

// partModWords modify a period by its part: "early December", "mid-2023".
var partModWords = map[string]Mod{"early": ModStart, "late": ModEnd, "mid": ModMid}

// periodPartWords name a part of a period before "of": "the end of the
// year".
var periodPartWords = map[string]Mod{"end": ModEnd, "beginning": ModStart, "start": ModStart, "middle": ModMid}

// ruleDayRangeStart and ruleOrdinalPeriod name the number forms that
// numberRange reads after the clock rule.
var ruleDayRangeStart, ruleOrdinalPeriod ruleID

// partModRules are the rules of those words, by word.
var partModRules map[string]ruleID

// wordsAt reports whether the words from token i are ws.
func (tg *tagger) wordsAt(i int, ws []string) bool {
	for k, w := range ws {
		if tg.w(i+k) != w {
			return false
		}
	}
	return true
}
