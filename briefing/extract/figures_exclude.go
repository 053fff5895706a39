package extract

import (
	"strconv"
)

// notFigure reports whether the number p is not a figure: a year, a date, a
// time of day, a list number, a phone number, an age or part of a name (the
// rules of figureExclusions, in order). It returns the token to continue
// from.
func notFigure(text string, toks []ntoken, p numParse) (bool, int) {
	// The tests run in the order of figureExclusions, written out rather
	// than looped over, and each first asks the cheap question its test
	// would ask first (a plain literal, a word number, the token before),
	// so that most numbers pass most tests without a call.
	first, last, n := p.first, p.last, len(toks)
	var h exHit
	switch {
	case toks[0].kind == ntPunct && text[toks[0].start] == '#' && toks[0].nl && h.try(true, last+1):
		// A Markdown heading repeats the story's figures and gives none.
	case last+2 < n && !toks[last+1].space && toks[last+2].kind == ntNum && h.try(exChain(text, toks, &p)):
	case first >= 2 && !toks[first].space && toks[first-2].kind == ntNum && h.try(exChainTail(text, toks, &p)):
	case p.plain && p.digits >= 3 && h.try(exLeadingZero(text, toks, &p)):
	case p.words && p.frac && h.try(exFractionOrdinal(text, toks, &p)):
	case p.value < 130 && first >= 2 && h.try(exAge(text, toks, &p)):
	case first > 0 && !toks[first].space && toks[first-1].kind == ntPunct && h.try(exPhonePlus(text, toks, &p)):
	case p.plain && last+2 < n && !toks[last+1].space && h.try(exScore(text, toks, &p)):
	case first > 0 && !toks[first].space && h.try(exAttachedName(text, toks, &p)):
	case p.frac && p.slash && h.try(exSlash(text, toks, &p)):
	case first >= 2 && !toks[first].space && h.try(exDotted(text, toks, &p)):
	case p.words && (p.value == 0.5 || p.value == 0.25) && h.try(exHalf(text, toks, &p)):
	case first == last && toks[first].kind == ntWord && h.try(exPronounOne(text, toks, &p)):
	case last+1 < n && h.try(exTimeOfDay(text, toks, &p)):
	case p.plain && h.try(exDate(text, toks, &p)):
	case p.plain && p.digits == 4 && h.try(exYear(text, toks, &p)):
	case h.try(exNameAfter(text, toks, &p)):
	case p.words && first == last && toks[first].upper && h.try(exCapitalised(text, toks, &p)):
	case first > 0 && h.try(exNameBefore(text, toks, &p)):
	case p.plain && h.try(exListNumber(text, toks, &p)):
	case (p.plain || p.words) && p.value < 130 && h.try(exAgeAfterName(text, toks, &p)):
	}
	if h.skip {
		return true, h.next
	}
	return false, last + 1
}

// exHit is the answer of the exclusion that skipped a number: skip, and
// the token to continue from.
type exHit struct {
	skip bool
	next int
}

// try keeps a test's answer and reports whether it skips the number.
func (h *exHit) try(skip bool, next int) bool {
	h.skip, h.next = skip, next
	return skip
}

// exclusion is a named rule that says a number is not a figure.
type exclusion struct {
	name    string
	example string
	kind    exclusionKind
}

// exclusionKind names an exclusion; figureExclusions holds them in the
// order of their kinds, which is the order notFigure tries them in.
type exclusionKind uint8

const (
	exclusionHeading exclusionKind = iota
	exclusionChain
	exclusionChainTail
	exclusionLeadingZero
	exclusionFractionOrdinal
	exclusionAge
	exclusionPhonePlus
	exclusionScore
	exclusionAttachedName
	exclusionSlash
	exclusionDotted
	exclusionHalf
	exclusionPronounOne
	exclusionTimeOfDay
	exclusionDate
	exclusionYear
	exclusionNameAfter
	exclusionCapitalised
	exclusionNameBefore
	exclusionListNumber
	exclusionAgeAfterName
)

// figureExclusions are the exclusions, tried in order.
var figureExclusions = []exclusion{
	{"heading", "## Thousands shelter in Saint-Marc", exclusionHeading},
	{"number-chain", "the decree of 5/17/2018", exclusionChain},
	{"chain-tail", "the score was 3-1", exclusionChainTail},
	{"leading-zero", "call 0800 123 456", exclusionLeadingZero},
	{"fraction-as-ordinal", "a fifth term", exclusionFractionOrdinal},
	{"age", "children under five", exclusionAge},
	{"phone-plus", "call +1 222 333 4444", exclusionPhonePlus},
	{"score", "a 52-48 vote", exclusionScore},
	{"attached-to-name", "the F-16 jets", exclusionAttachedName},
	{"slash-not-fraction", "since 9/11", exclusionSlash},
	{"dotted-name", "the B.1.351 variant", exclusionDotted},
	{"half-idiom", "his half-brother", exclusionHalf},
	{"pronoun-one", "that one was worse", exclusionPronounOne},
	{"time-of-day", "at 10:30", exclusionTimeOfDay},
	{"date", "on 3 October", exclusionDate},
	{"year", "in 2023", exclusionYear},
	{"name-after", "the Three Brotherhood Alliance", exclusionNameAfter},
	{"capitalised-name", "Air Force One landed", exclusionCapitalised},
	{"name-before", "Resolution 2699", exclusionNameBefore},
	{"list-number", "1. Introduction", exclusionListNumber},
	{"age-after-name", "Mr Ruto, 57, said", exclusionAgeAfterName},
}

// Chains of numbers joined by '-', '/' or '.': dates, phone numbers, versions.
func exChain(text string, toks []ntoken, p *numParse) (bool, int) {
	if end, links := chainEnd(text, toks, p.last); links >= 2 || (links == 1 && yearLike(*p) && yearTail(text, toks[end])) ||
		links == 1 && p.plain && p.value <= 31 && dayThenMonth(text, toks, end) {
		return true, end + 1 // "5/17/2018", "2024-10", "2019-2020", "on 23-24 May"
	}
	return false, 0
}

// dayThenMonth reports whether token end is a day of the month (1 to 31,
// no leading zero) followed by a month's name: the last day of "23-24
// May".
func dayThenMonth(text string, toks []ntoken, end int) bool {
	if end+1 >= len(toks) || toks[end+1].lx == nil || toks[end+1].lx.cls&clsMonth == 0 || !toks[end+1].upper {
		return false
	}
	d, err := strconv.Atoi(ntText(text, toks[end]))
	return err == nil && d >= 1 && d <= 31 && text[toks[end].start] != '0'
}

// exChainTail skips the tail of a date or score.
func exChainTail(text string, toks []ntoken, p *numParse) (bool, int) {
	first := p.first
	if first > 0 && !toks[first].space && toks[first-1].kind == ntPunct && first > 1 && toks[first-2].kind == ntNum && !toks[first-1].space {
		if s := ntText(text, toks[first-1]); s == "/" || s == "-" || s == ":" || s == "." {
			return true, p.last + 1
		}
	}
	return false, 0
}

func exLeadingZero(text string, toks []ntoken, p *numParse) (bool, int) {
	if p.plain && p.digits >= 3 && text[toks[p.first].start] == '0' {
		return true, phoneEnd(text, toks, p.last) + 1 // "0800 123 456", "020 7946 0000": a phone number or a code
	}
	return false, 0
}

func exFractionOrdinal(text string, toks []ntoken, p *numParse) (bool, int) {
	return fractionAsOrdinal(text, toks, *p), p.last + 1 // "a fifth term", "a third straight day"
}

func exAge(text string, toks []ntoken, p *numParse) (bool, int) {
	// "under the age of five", "children under five", "as young as four"
	return ageOf(text, toks, *p) || asYoungAs(text, toks, p.first), p.last + 1
}

func exPhonePlus(text string, toks []ntoken, p *numParse) (bool, int) {
	if p.first > 0 && ntText(text, toks[p.first-1]) == "+" && !toks[p.first].space && !signedMove(text, toks, *p) {
		return true, phoneEnd(text, toks, p.last) + 1 // "+1 222 ..."
	}
	return false, 0
}

func exScore(text string, toks []ntoken, p *numParse) (bool, int) {
	last, n := p.last, len(toks)
	if p.plain && last+2 < n && ntIsPunct(text, toks[last+1], '-') && !toks[last+1].space && !toks[last+2].space && toks[last+2].kind == ntNum {
		if q, _, _, ok := parseLiteral(ntText(text, toks[last+2])); ok && q <= p.value && q == float64(int(q)) {
			return true, last + 2 // a score or a vote: "52-48", "3-1"
		}
	}
	return false, 0
}

func exAttachedName(text string, toks []ntoken, p *numParse) (bool, int) {
	return attachedToName(text, toks, p.first), p.last + 1
}

func exSlash(text string, toks []ntoken, p *numParse) (bool, int) {
	last := p.last
	if p.frac && p.slash && (!commonFraction(p.value) || last+1 < len(toks) && toks[last+1].lx != nil && toks[last+1].lx.cls&clsMonth != 0) {
		return true, last + 1 // "9/11", "24/7", "on 4/5 July"
	}
	return false, 0
}

func exDotted(text string, toks []ntoken, p *numParse) (bool, int) {
	first := p.first
	if first > 1 && !toks[first].space && ntIsPunct(text, toks[first-1], '.') && !toks[first-1].space && toks[first-2].kind == ntWord {
		return true, p.last + 1 // "B.1.351": a name with dots
	}
	return false, 0
}

func exHalf(text string, toks []ntoken, p *numParse) (bool, int) {
	return (p.value == 0.5 || p.value == 0.25) && p.words && halfIsNotCount(text, toks, *p), p.last + 1
}

func exPronounOne(text string, toks []ntoken, p *numParse) (bool, int) {
	first, last := p.first, p.last
	return pronounOne(text, toks, *p) || (first == last && ntIsWord(toks[first], "one") && first+1 < len(toks) && ntIsWord(toks[first+1], "of")) ||
		first == last && atOnePoint(text, toks, first), last + 1 // "at one point" (number_counted.go)
}

func exTimeOfDay(text string, toks []ntoken, p *numParse) (bool, int) {
	return timeOfDay(text, toks, *p), p.last + 1
}

func exDate(text string, toks []ntoken, p *numParse) (bool, int) {
	return p.plain && isDate(text, toks, *p), p.last + 1
}

func exYear(text string, toks []ntoken, p *numParse) (bool, int) {
	if year, ok := rangeYear(text, toks, p.first); ok && p.first == p.last {
		return year, p.last + 1 // "from 1500 to 2000" counts
	}
	if !p.plain || p.digits != 4 || p.value < 1800 || p.value > 2100 {
		return false, p.last + 1
	}
	if p.last+1 < len(toks) && toks[p.last+1].kind == ntWord && lowerIn(yearNouns, ntText(text, toks[p.last+1])) {
		return true, p.last + 1 // "above 2015 figures", "below 2011 levels": a year after a qualifier too, as the date tagger reads it
	}
	return !countedAfter(toks, p.last) && !qualified(text, toks, p.first), p.last + 1
}

func exNameAfter(text string, toks []ntoken, p *numParse) (bool, int) {
	return nameAfter(text, toks, *p), p.last + 1 // "1 Division", "the Three Brotherhood Alliance", "magnitude 7.7"
}

// exCapitalised: "Air Force One", "Apollo Eleven".
func exCapitalised(text string, toks []ntoken, p *numParse) (bool, int) {
	first := p.first
	return p.words && first == p.last && toks[first].upper && first > 1 && toks[first-1].kind == ntWord && toks[first-1].upper &&
		!toks[first].nl && (toks[first-1].lx == nil || toks[first-1].lx.cls&(clsMonth|clsWeekday|clsDet|clsStop) == 0), p.last + 1
}

// exNameBefore: "Resolution 2699", "Route Nationale 1", "No. 5".
func exNameBefore(text string, toks []ntoken, p *numParse) (bool, int) {
	first := p.first
	return (p.plain || !p.words && first > 0 && toks[first-1].lx != nil && toks[first-1].lx.cls&clsNameHead != 0) && nameBefore(text, toks, first), p.last + 1
}

func exListNumber(text string, toks []ntoken, p *numParse) (bool, int) {
	return p.plain && listNumber(text, toks, *p), p.last + 1
}

func exAgeAfterName(text string, toks []ntoken, p *numParse) (bool, int) {
	if p.value < 130 && ageAfterName(text, toks, *p) {
		if q, _, ok := rangeAfter(text, toks, *p); ok {
			return true, q.last + 1 // "aged 40 to 65"
		}
		return true, p.last + 1
	}
	return false, 0
}

// chainEnd follows numbers joined without spaces by '-', '/' or '.' after
// token k ("2024-10-11", "5/17/2018", "020-7946-0958") and returns the last
// token of the chain and the number of links.
func chainEnd(text string, toks []ntoken, k int) (int, int) {
	links := 0
	for k+2 < len(toks) && !toks[k+1].space && !toks[k+2].space && toks[k+2].kind == ntNum {
		s := ntText(text, toks[k+1])
		if s != "-" && s != "/" && s != "." {
			break
		}
		k += 2
		links++
	}
	return k, links
}

// phoneEnd returns the last token of a phone number that starts at k.
func phoneEnd(text string, toks []ntoken, k int) int {
	for k+1 < len(toks) {
		t := toks[k+1]
		if t.kind == ntNum || (t.kind == ntPunct && !t.space && (ntText(text, t) == "-" || ntText(text, t) == "(" || ntText(text, t) == ")")) {
			k++
			continue
		}
		break
	}
	return k
}

// commonFraction reports whether v is a fraction written with a slash in
// prose ("1/2", "3/4"), not a date or a slogan.
func commonFraction(v float64) bool {
	for _, d := range []float64{2, 3, 4, 5, 8, 10} {
		for n := 1.0; n < d; n++ {
			if v == n/d {
				return true
			}
		}
	}
	return false
}

// halfIsNotCount reports whether "half" is part of a date or an idiom: "the
// first half of 2024", "half-brother", "half an hour".
func halfIsNotCount(text string, toks []ntoken, p numParse) bool {
	if p.first > 0 {
		switch tokenWord(text, toks[p.first-1]) {
		case "first", "second", "third", "fourth", "final", "last", "latter", "former", "other", "later", "earlier", "back", "top", "bottom":
			return true
		}
	}
	if p.last+1 < len(toks) && ntIsPunct(text, toks[p.last+1], '-') && !toks[p.last+1].space {
		return true
	}
	if p.first == p.last && p.first > 0 && foldEq(ntText(text, toks[p.first]), "quarter") && !(p.last+1 < len(toks) && ntIsWord(toks[p.last+1], "of")) {
		switch tokenWord(text, toks[p.first-1]) {
		case "the", "this", "that", "each", "every", "per", "next", "previous", "same", "a":
			return true // "in the quarter", "each quarter": a period, not a fraction
		}
		if t := toks[p.first-1]; t.kind == ntWord && (t.lx == nil || t.lx.num == nkNone) {
			return true // "the diplomatic quarter", "the old quarter": a district
		}
	}
	if p.last+2 < len(toks) && ntIsWord(toks[p.last+1], "of") && toks[p.last+2].kind == ntNum {
		return true
	}
	return false
}

// timeOfDay reports whether p is a clock time: "8:30", "10 a.m.", "0600 GMT",
// "3 o'clock".
func timeOfDay(text string, toks []ntoken, p numParse) bool {
	k := p.last + 1
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if ntIsPunct(text, t, ':') && !t.space && k+1 < len(toks) && toks[k+1].kind == ntNum && !toks[k+1].space {
		_, _, race := clockDuration(text, toks, p) // "won in 2:05:30": a duration (number_clock.go)
		return !race
	}
	if !p.plain && !p.words {
		return dottedClock(text, toks, p) // "4.45 pm"
	}
	w := tokenWord(text, t)
	switch w {
	case "am", "pm", "gmt", "utc", "hrs", "h", "oclock", "est", "edt", "cet", "eat", "wat", "cat", "bst", "local":
		return w != "local" || (k+1 < len(toks) && ntIsWord(toks[k+1], "time"))
	case "a", "p":
		return k+2 < len(toks) && ntIsPunct(text, toks[k+1], '.') && tokenWord(text, toks[k+2]) == "m"
	case "o":
		return k+2 < len(toks) && (ntText(text, toks[k+1]) == "'" || ntText(text, toks[k+1]) == "’") && tokenWord(text, toks[k+2]) == "clock"
	}
	return false
}

// isDate reports whether a plain number is the day or year of a date: "3
// October", "October 3", "on 12 May".
func isDate(text string, toks []ntoken, p numParse) bool {
	if p.value > 31 && !(p.digits == 4 && p.value >= 1800 && p.value <= 2100) {
		return false
	}
	if k := p.last + 1; k < len(toks) {
		t := toks[k]
		if t.lx != nil && t.lx.cls&clsMonth != 0 && t.upper {
			return true
		}
		if ntIsWord(t, "of") && k+1 < len(toks) && toks[k+1].lx != nil && toks[k+1].lx.cls&clsMonth != 0 && toks[k+1].upper {
			return true
		}
	}
	if k := p.first - 1; k >= 0 {
		t := toks[k]
		if t.lx != nil && t.lx.cls&(clsMonth|clsWeekday) != 0 && t.upper {
			return true
		}
		if ntIsPunct(text, t, '.') && k > 0 && toks[k-1].lx != nil && toks[k-1].lx.cls&clsMonth != 0 {
			return true // "Sept. 30"
		}
		// "October 3, 2024": the year after a day.
		if ntIsPunct(text, t, ',') && k > 1 && toks[k-1].kind == ntNum && toks[k-2].lx != nil && toks[k-2].lx.cls&clsMonth != 0 {
			return true
		}
		// "between March 8 and 20": the last day of a span of dates.
		if k > 1 && toks[k-1].kind == ntNum && toks[k-1].end-toks[k-1].start <= 2 && toks[k-2].upper && toks[k-2].lx != nil &&
			toks[k-2].lx.cls&clsMonth != 0 && (ntIsWord(t, "and") || ntIsWord(t, "to") || ntIsWord(t, "through") || ntIsWord(t, "until")) &&
			p.value <= 31 && !countedAfter(toks, p.last) {
			d, err := strconv.Atoi(ntText(text, toks[k-1]))
			return err == nil && float64(d) < p.value // a span runs forward: not "began on January 19 to 18"
		}
	}
	return false
}

// countedAfter reports whether a counted noun follows token k: "2000
// people", "1500 troops".
func countedAfter(toks []ntoken, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		lx := toks[j].lx
		if lx == nil {
			return false
		}
		if lx.cls&clsPerson != 0 || lx.head != "" {
			return true
		}
		if lx.cls&clsAdj == 0 && lx.marks&markNationality == 0 {
			return false
		}
	}
	return false
}

// qualified reports whether a qualifier precedes token k: "some 2000".
func qualified(text string, toks []ntoken, k int) bool {
	_, _, ok := matchBefore(text, toks, k)
	return ok
}

// nameBefore reports whether the number at token k names something: it
// follows a capitalised word that is not the start of the sentence
// ("Resolution 2699", "Route Nationale 1"), a naming word ("article 5"), or
// "No."/"#".
func nameBefore(text string, toks []ntoken, k int) bool {
	if k == 0 {
		return false
	}
	t := toks[k-1]
	if ntIsPunct(text, t, '#') {
		return true
	}
	if ntIsPunct(text, t, '.') && k >= 2 {
		w := tokenWord(text, toks[k-2])
		return w == "no" || w == "nos" || w == "nr" || w == "nrs" || w == "art" || w == "para" || w == "sec" || w == "vol" || w == "p" || w == "pp"
	}
	if t.kind != ntWord {
		return false
	}
	if t.lx != nil && t.lx.cls&clsNameHead != 0 {
		return t.upper || k < 2 || !ntIsWord(toks[k-2], "a")
	}
	if !t.upper && !camelCase(ntText(text, t)) {
		return false
	}
	if k-1 == 0 {
		// At the start of a sentence only a word the lexicon does not know,
		// before a verb or a stop: "Interstate 95 was closed".
		n := k + 1
		return t.lx == nil && n < len(toks) && (toks[n].kind == ntPunct && !ntIsPunct(text, toks[n], '%') ||
			toks[n].lx != nil && toks[n].lx.cls&(clsAux|clsStop) != 0)
	}
	if t.lx != nil && (t.lx.cls&(clsMonth|clsWeekday|clsDet|clsStop|clsAux) != 0 || t.lx.num != nkNone || t.lx.trig != trigNone || t.lx.currency) {
		return false // "USD 300", "INR 300": a currency, not a name
	}
	if _, _, ok := matchBefore(text, toks, k); ok {
		return false
	}
	// A capitalised word inside the sentence, then a number with no counted noun.
	return !countedAfter(toks, k)
}

// camelCase reports whether a word starts lower-case and has a capital
// later: a brand such as "iPhone" or "eBay".
func camelCase(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// listNumber reports whether a number opens a list item or is a note mark:
// "1. ", "2) ", "[3]".
func listNumber(text string, toks []ntoken, p numParse) bool {
	k := p.last + 1
	if p.first == 0 || toks[p.first].nl {
		if k < len(toks) && (ntIsPunct(text, toks[k], '.') || ntIsPunct(text, toks[k], ')')) && !toks[k].space {
			return true
		}
	}
	if p.first > 0 && k < len(toks) && (ntIsPunct(text, toks[p.first-1], '[') || ntIsPunct(text, toks[p.first-1], '^')) && ntIsPunct(text, toks[k], ']') {
		return true // "[3]", "[^1]": a note mark
	}
	return p.first > 0 && p.first == 1 && ntIsPunct(text, toks[0], '(') && k < len(toks) && ntIsPunct(text, toks[k], ')')
}

// asYoungAs reports whether the number at token f follows "as young as"
// or "as old as": an age, not a count ("children as young as four").
func asYoungAs(text string, toks []ntoken, f int) bool {
	if f < 3 || tokenWord(text, toks[f-1]) != "as" || tokenWord(text, toks[f-3]) != "as" || toks[f-2].kind != ntWord {
		return false
	}
	a := text[toks[f-2].start:toks[f-2].end]
	return foldEq(a, "young") || foldEq(a, "old")
}

// ageAfterName reports whether a number is an age: after a name and a comma
// ("Romi Gonen, 24,"), in brackets after a name ("Ruto (57)"), or after
// "aged".
func ageAfterName(text string, toks []ntoken, p numParse) bool {
	f, k := p.first, p.last+1
	if f > 0 {
		w := tokenWord(text, toks[f-1])
		if w == "aged" || w == "age" || w == "ages" {
			return true
		}
		if w == "between" && f >= 2 && (tokenWord(text, toks[f-2]) == "aged" || tokenWord(text, toks[f-2]) == "ages") {
			return true // "aged between 18 and 25"
		}
		if (w == "and" || w == "or" || w == "to") && f >= 3 && toks[f-2].kind == ntNum {
			if w2 := tokenWord(text, toks[f-3]); w2 == "aged" || w2 == "ages" {
				return true // "aged 24 and 31"
			}
		}
	}
	if !p.plain {
		// Number words are ages only after "aged" ("with ages between
		// eight and 15"); "Gonen, eight," is no age the copy writes.
		return false
	}
	closes := k >= len(toks) || ntIsPunct(text, toks[k], ',') || ntIsPunct(text, toks[k], ')') || ntIsPunct(text, toks[k], ';') ||
		ntIsPunct(text, toks[k], '.')
	if !closes || f < 2 {
		return false
	}
	open := toks[f-1]
	if !(ntIsPunct(text, open, ',') || ntIsPunct(text, open, '(')) {
		return false
	}
	name := toks[f-2]
	if name.kind == ntWord && name.lx != nil && personTitle[name.lx.w] && ntIsPunct(text, open, ',') && k < len(toks) && ntIsPunct(text, toks[k], ',') {
		return true // "the president, 81, said"
	}
	return name.kind == ntWord && name.upper && (name.lx == nil || name.lx.cls&(clsMonth|clsWeekday) == 0 && name.lx.head == "" && name.lx.cls&clsPerson == 0)
}

// fractionAsOrdinal reports whether "a third", "a fifth" is an ordinal
// before its noun ("a fifth term", "a third straight day") rather than a
// fraction ("a fifth of", "fell by a third last year", "a third more").
func fractionAsOrdinal(text string, toks []ntoken, p numParse) bool {
	if !p.words || !p.frac || p.first == p.last {
		return false
	}
	if a := tokenWord(text, toks[p.first]); a != "a" && a != "an" {
		return false
	}
	switch tokenWord(text, toks[p.last]) {
	case "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
	default:
		return false
	}
	k := p.last + 1
	if k >= len(toks) || toks[k].kind != ntWord || !toks[k].space {
		return false
	}
	w := tokenWord(text, toks[k])
	if lexHas(toks[k], clsAux) && countBefore(text, toks, p.first, toks[p.last].lx) {
		return true // "two attackers were killed and a third was arrested": the third attacker
	}
	if lx := toks[k].lx; lx != nil && (lx.cls&(clsStop|clsDet|clsAux|clsMonth|clsWeekday) != 0 || lx.num != nkNone || lx.percent || lx.cls&clsGeneric != 0) {
		return false
	}
	switch w {
	case "more", "less", "fewer", "this", "year", "percent", "and", "or", "but":
		return false
	}
	return !adverb(w)
}

// countBefore reports whether a count one below the ordinal ord stands
// before token k in the sentence ("two attackers ... a third"), so that the
// ordinal names the next one of them.
func countBefore(text string, toks []ntoken, k int, ord *numLex) bool {
	if ord == nil || ord.num != nkOrdinal {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		t := toks[j]
		if lx := t.lx; lx != nil && lx.num == nkUnit && lx.val == ord.val-1 {
			return true
		}
		if t.kind == ntNum && ntText(text, t) == strconv.Itoa(int(ord.val)-1) {
			return true
		}
	}
	return false
}

// ageOf reports whether a small number is an age limit: "under the age of
// five", "children under five", "over-65s" aside.
func ageOf(text string, toks []ntoken, p numParse) bool {
	f, k := p.first, p.last+1
	if p.value >= 130 || f < 2 || k < len(toks) && toks[k].kind == ntWord && toks[k].lx != nil && toks[k].lx.timeUnit != "" {
		return false
	}
	before := tokenWord(text, toks[f-1])
	if (before == "of" || before == "to" || before == "at" || before == "from") && foldEq(ntText(text, toks[f-2]), "age") {
		return true // "the age of five", "the voting age to 16"
	}
	if before == "to" && f >= 4 && toks[f-2].kind == ntNum && tokenWord(text, toks[f-3]) == "from" && foldEq(ntText(text, toks[f-4]), "age") {
		return true // "lowered the age from 27 to 25"
	}
	if p.plain && (k >= len(toks) || toks[k].kind != ntWord || toks[k].lx != nil && toks[k].lx.cls&(clsStop|clsAux) != 0) {
		if foldIn(ntText(text, toks[f-1]), "turned", "turns", "turning", "turn") {
			return true // "who turned 80 last month"
		}
	}
	if before != "under" && before != "over" {
		return false
	}
	switch tokenWord(text, toks[f-2]) {
	case "children", "child", "kids", "babies", "infants", "girls", "boys", "those", "people", "adults", "everyone", "anyone":
		return k >= len(toks) || toks[k].kind != ntWord || toks[k].lx == nil || toks[k].lx.head == "" && toks[k].lx.cls&clsPerson == 0
	}
	return false
}

// yearLike reports whether p could be a year.
func yearLike(p numParse) bool { return p.plain && p.digits == 4 && p.value >= 1800 && p.value <= 2100 }

// yearTail reports whether t ends a year span or a year-month: "-24", "-10", "-2020".
func yearTail(text string, t ntoken) bool {
	s := ntText(text, t)
	return len(s) == 2 || (len(s) == 4 && s >= "1800" && s <= "2100")
}

// nameAfter reports whether a number is part of a name or a measure on a
// scale: "the army's 1 Division", "the Three Brotherhood Alliance", "a 7.7
// magnitude quake", "magnitude 7.7".
func nameAfter(text string, toks []ntoken, p numParse) bool {
	// The entry of each token beside the number is loaded once and compared
	// with the few that make a name or a scale (only a word has an entry).
	k := p.last + 1
	if p.first > 0 {
		if lx := toks[p.first-1].lx; lx != nil && (lx == lexMagnitude || lx == lexLevel || lx == lexCategory || lx == lexMeasuring && p.decimal) {
			return true // "measuring 6.8 on the Richter scale"
		}
	}
	if k < len(toks) {
		if lx := toks[k].lx; lx != nil && (lx == lexMagnitude || lx == lexOn && k+2 < len(toks) && hasLex(toks[k+2], lexRichter)) {
			return true
		}
	}
	if k+1 < len(toks) && ntIsPunct(text, toks[k], '-') && isLex(toks[k+1], lexMagnitude) {
		return true
	}
	if k >= len(toks) || toks[k].kind != ntWord || !toks[k].upper {
		return false
	}
	next := toks[k].lx
	if p.plain && next != nil && next.cls&clsNameHead != 0 {
		return true
	}
	// A capitalised number word inside a sentence, before a capitalised word.
	first := toks[p.first]
	return p.words && first.kind == ntWord && first.upper && p.first > 0 && !toks[p.first].nl &&
		toks[p.first-1].kind != ntPunct && (next == nil || next.cls&(clsPerson|clsMonth|clsWeekday) == 0 && next.head == "")
}

// personTitle are words for one person that an age may follow: "the
// president, 81,".
var personTitle = map[string]bool{}

// buildPersonTitles fills personTitle and adds its words to the lexicon.
func buildPersonTitles() {
	for _, w := range []string{"president", "minister", "leader", "chief", "commander", "general", "spokesman", "spokeswoman",
		"man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
		"journalist", "activist", "farmer", "student", "teacher", "doctor", "nurse", "soldier", "officer", "resident",
		"survivor", "victim", "suspect", "driver", "mayor", "governor", "king", "queen", "pope", "rapper", "singer", "actor"} {
		numLexEntry(w)
		personTitle[w] = true
	}
}
