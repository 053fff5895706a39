package extract

import (
	"strings"
)

// QuantityKind is what a quantity measures.
type QuantityKind uint8

// Kinds of quantities.
const (
	QuantityNumber      QuantityKind = iota // a bare number
	QuantityPercent                         // 19%, twenty percent
	QuantityCurrency                        // $4bn, 420 million Finnish markka
	QuantityDimension                       // 100 km, six-mile, 2.4 billion gallons
	QuantityDuration                        // three months, one-year
	QuantityTemperature                     // 47C, 47°C, 51 degrees Celsius, minus 15 degrees
)

// Quantity is a number with its unit of measure, as written.
type Quantity struct {
	Start, End int // byte offsets of the whole quantity, unit included
	Value      float64
	Kind       QuantityKind
	Unit       string // the unit as written: "%", "$", "US$", "km", "years"
	Number     NumberMatch
}

// Quantities returns the numbers of text with their units: percentages,
// sums of money, dimensions and durations, and bare numbers.
func Quantities(text string) []Quantity {
	prepare()
	toks := ntokenize(text, 0, len(text), nil)
	var out []Quantity
	for i := 0; i < len(toks); {
		if q, ok := percentOfNumber(text, toks, i); ok {
			out = append(out, q.quantity(text, toks))
			i = q.last + 1
			continue
		}
		p, ok := parseNumber(text, toks, i)
		if !ok || p.split || p.ordinal || attachedToName(text, toks, p.first) {
			i++
			continue
		}
		q := unitOf(text, toks, p)
		if q.kind != QuantityNumber || p.suffix < 0 {
			out = append(out, q.quantity(text, toks))
		}
		i = max(q.last, p.last) + 1
	}
	return out
}

// quantParse is a parsed number with the token range of its unit.
//
// Its small fields come last, together, so that they pack (see numParse).
type quantParse struct {
	num         numParse
	first, last int // tokens of the whole quantity
	unitFirst   int // tokens of the unit, or -1
	unitLast    int
	timeUnit    string // TIMEX3 unit letter for durations
	rule        ruleID // the unit step that read a unit of measure (unitSteps)
	kind        QuantityKind
	hyphenated  bool // "one-year", "six-mile": the number modifies a noun
}

func (q quantParse) quantity(text string, toks []ntoken) Quantity {
	out := Quantity{Start: toks[q.first].start, End: toks[q.last].end, Value: q.num.value, Kind: q.kind, Number: q.num.match(toks)}
	if q.unitFirst >= 0 {
		out.Unit = text[toks[q.unitFirst].start:toks[q.unitLast].end]
	}
	return out
}

// attachedToName reports whether the number at token i is glued to a word
// before it: "M23", "G7", "scp173", "Su-25", "COVID-19".
func attachedToName(text string, toks []ntoken, i int) bool {
	if i == 0 || toks[i].space {
		return false
	}
	prev := toks[i-1]
	if prev.kind == ntWord {
		return !(prev.lx != nil && prev.lx.currency && isCurrencyCode(ntText(text, prev)) || letterSum(text, toks, i)) // "KSh500", "Rs500", "N1,500" are sums
	}
	if i >= 2 && ntIsPunct(text, prev, '-') && !toks[i-1].space && toks[i-2].kind == ntWord && toks[i-2].lx == nil {
		return true
	}
	return i >= 2 && ntIsPunct(text, prev, '-') && toks[i-2].kind == ntWord && toks[i-2].upper && !prev.space
}

// percentOfNumber parses the reversed percentages "percent of 10", "per
// cent of twenty-two".
func percentOfNumber(text string, toks []ntoken, i int) (quantParse, bool) {
	t := toks[i]
	k := i
	switch {
	case t.lx != nil && t.lx.percent:
	case ntIsWord(t, "per") && i+1 < len(toks) && ntIsWord(toks[i+1], "cent"):
		k++
	default:
		return quantParse{}, false
	}
	if k+2 >= len(toks) || !ntIsWord(toks[k+1], "of") {
		return quantParse{}, false
	}
	p, ok := parseNumber(text, toks, k+2)
	if !ok || p.split || p.ordinal || p.suffix >= 0 || p.last+1 < len(toks) && toks[p.last+1].kind == ntWord {
		return quantParse{}, false
	}
	return quantParse{num: p, first: i, last: p.last, kind: QuantityPercent, unitFirst: i, unitLast: k}, true
}

// unitOf finds the unit of the number p: a sign or code before it, or a
// unit word, symbol or suffix after it.
func unitOf(text string, toks []ntoken, p numParse) quantParse {
	q := quantParse{num: p, first: p.first, last: p.last, unitFirst: -1, unitLast: -1}
	// The steps run in the order of unitSteps, written out rather than
	// looped over; each first asks the cheap question its reader would ask
	// (is the next token a mark or a known word?), so that most numbers
	// pass most steps without a call.
	var k unitStepKind
	switch {
	case p.first > 0 && toks[p.first-1].kind != ntNum && unitCurrencyPrefix(text, toks, &p, &q):
		k = stepCurrencyPrefix
	case p.suffix >= 0 && unitAttachedSuffix(text, toks, &p, &q):
		k = stepAttachedSuffix
	case unitHyphenated(text, toks, &p, &q):
		k = stepHyphenated // or nothing after the number: no unit
	default:
		// From here on the token after the number exists.
		switch t := toks[p.last+1]; {
		case t.kind == ntPunct && t.end-t.start == 1 && text[t.start] == ':' && unitClock(text, toks, &p, &q):
			k = stepClock
		case t.kind == ntPunct && unitDegreeSign(text, toks, &p, &q):
			k = stepDegreeSign
		case t.lx != nil && unitDegreesWord(text, toks, &p, &q):
			k = stepDegreesWord
		case t.kind == ntPunct && unitPercentSign(text, toks, &p, &q):
			k = stepPercentSign
		case t.kind == ntPunct && unitCurrencySignAfter(text, toks, &p, &q):
			k = stepCurrencySignAfter
		case t.kind == ntPunct && unitInchMark(text, toks, &p, &q):
			k = stepInchMark
		case t.kind != ntWord || t.lx == nil && scaledCode(ntText(text, t)) == 0 && !spacedDegreeLetter(text, toks, p.first, p.last+1):
			unitBracketed(text, toks, &p, &q) // a unit in brackets, or any other mark or word: none
			k = stepBracketed
		case t.lx == nil:
			unitWord(text, toks, &p, &q) // "30 MUSD"
			k = stepWord
		case unitMoreTime(text, toks, &p, &q):
			k = stepMoreTime
		default:
			unitWord(text, toks, &p, &q)
			k = stepWord
		}
	}
	if q.kind != QuantityNumber {
		q.rule = unitSteps[k].id
	}
	return q
}

// unitStep is a named rule that reads the unit of a quantity.
type unitStep struct {
	id      ruleID
	name    string
	example string
	kind    unitStepKind
}

// unitStepKind names a unit step; unitSteps holds them in the order of
// their kinds, which is the order unitOf tries them in.
type unitStepKind uint8

const (
	stepCurrencyPrefix unitStepKind = iota
	stepAttachedSuffix
	stepHyphenated
	stepClock
	stepDegreeSign
	stepDegreesWord
	stepPercentSign
	stepCurrencySignAfter
	stepInchMark
	stepBracketed
	stepMoreTime
	stepWord
)

// unitSteps are the unit rules, in the order unitOf tries them.
var unitSteps = []unitStep{
	{name: "currency-prefix", example: "$96 million was pledged", kind: stepCurrencyPrefix},
	{name: "attached-suffix", example: "a 180ml bottle", kind: stepAttachedSuffix},
	{name: "hyphenated", example: "a one-year extension", kind: stepHyphenated},
	{name: "clock-duration", example: "the marathon was won in 2:05:30", kind: stepClock},
	{name: "degree-sign", example: "it was 47° in the shade", kind: stepDegreeSign},
	{name: "degrees-word", example: "it was 51 degrees Celsius", kind: stepDegreesWord},
	{name: "percent-sign", example: "19% of the population", kind: stepPercentSign},
	{name: "currency-sign-after", example: "a fine of 10 € was paid", kind: stepCurrencySignAfter},
	{name: "inch-mark", example: "3″ of snow fell overnight", kind: stepInchMark},
	{name: "bracketed-dimension", example: "a road of 100 (km) was built", kind: stepBracketed},
	{name: "more-time-units", example: "for 72 more hours", kind: stepMoreTime},
	{name: "unit-word", example: "a 100 km road", kind: stepWord},
}

// A currency sign or code before the number: "$4bn", "US$ 150 million", "KSh 5,000".
func unitCurrencyPrefix(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	s, ok := currencyPrefix(text, toks, p.first)
	if !ok {
		return false
	}
	q.first, q.kind, q.unitFirst, q.unitLast = s, QuantityCurrency, s, p.first-1
	if p.first > 0 && ntIsPunct(text, toks[p.first-1], '-') {
		q.unitLast = p.first - 2
	}
	return true
}

// An attached suffix: "180ml", "200lbs", "1.8m".
func unitAttachedSuffix(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	if p.suffix < 0 {
		return false
	}
	n, suffix := len(toks), int(p.suffix)
	if u := toks[suffix].lx; u != nil && (u.dim || (u.mult > 0 && dimSuffix(ntText(text, toks[suffix])))) {
		last := suffix
		if last+1 < n && toks[last+1].kind == ntNum && !toks[last+1].space {
			sq := ntText(text, toks[last+1])
			if sq != "2" && sq != "3" {
				return true
			}
			last++
		}
		last = perUnit(text, toks, last)
		q.last, q.kind, q.unitFirst, q.unitLast = last, QuantityDimension, suffix, last
	} else if u != nil && u.percent {
		q.last, q.kind, q.unitFirst, q.unitLast = suffix, QuantityPercent, suffix, suffix // "4.9pc"
	} else if u != nil && u.currency {
		q.last, q.kind, q.unitFirst, q.unitLast = suffix, QuantityCurrency, suffix, suffix
	} else if u != nil && u.timeUnit != "" {
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = suffix, QuantityDuration, suffix, suffix, u.timeUnit
		durationParts(text, toks, q) // "2hr 5min 42sec"
	} else if ntText(text, toks[suffix]) == "p" && (p.plain || p.decimal) && p.value < 1e5 && !screenLines[p.value] {
		q.last, q.kind, q.unitFirst, q.unitLast = suffix, QuantityCurrency, suffix, suffix // "90p", "245p": pence; but "720p" is a screen
	} else if temperatureLetter(text, toks, suffix) && !p.scaled {
		q.last, q.kind, q.unitFirst, q.unitLast = suffix, QuantityTemperature, suffix, suffix // "47C", "1.5C"
	} else if u := shortTimeSuffix(text, toks, p); u != "" {
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = suffix, QuantityDuration, suffix, suffix, u
	}
	return true
}

// shortTimeSuffix is the TIMEX3 unit of the letter glued to a number that
// writes a time in sport copy: "9.84s" (seconds, with its
// decimals: "1990s" and "80s" are decades). It is "" for any other
// suffix. ("12h" is left to the clock: "at 14h" is a time of day.)
func shortTimeSuffix(text string, toks []ntoken, p *numParse) string {
	t, next := toks[p.suffix], int(p.suffix)+1
	if t.end-t.start != 1 || p.scaled || next < len(toks) && !toks[next].space && toks[next].kind != ntPunct {
		return ""
	}
	if text[t.start] == 's' && p.decimal {
		return "S"
	}
	return ""
}

// unitInchMark reads the inch mark glued to a number, as US weather copy
// writes snow and rain: "1″ per hour", "3-5\" of snow". A straight double
// quote is an inch mark only when it closes no quotation: an even number
// of them stands before the number in the sentence ("he said \"we lost
// 5\"" ends a quote). The tokenizer counts them (quoteOdd), so that a text
// of many numbers and quotes is not read again before each.
func unitInchMark(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k := p.last + 1
	t := toks[k]
	if t.space {
		return false
	}
	switch ntText(text, t) {
	case "″":
	case "\"":
		if toks[p.first].quoteOdd {
			return false
		}
	default:
		return false
	}
	q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityDimension, k, k
	return true
}

// A hyphenated modifier: "one-year", "six-mile", "12-cent", "600-strong".
func unitHyphenated(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	if k >= n {
		return true // nothing after the number: no unit
	}
	t := toks[k]
	if !(ntIsPunct(text, t, '-') && !t.space && k+1 < n && !toks[k+1].space && toks[k+1].kind == ntWord) {
		return false
	}
	u := toks[k+1].lx
	q.hyphenated = true
	switch {
	case u == nil:
	case u.timeUnit != "":
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = k+1, QuantityDuration, k+1, k+1, u.timeUnit
	case u.dim || u.w == "m":
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityDimension, k+1, k+1
	case u.currency:
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityCurrency, k+1, k+1
	case u.percent:
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityPercent, k+1, k+1
	case u.w == "degree" || u.w == "degrees":
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityTemperature, k+1, k+1 // "105-110-degree temperatures"
	}
	return true
}

// unitDegreeSign reads "47°", "47°C", "104°F", and a sign set apart with
// its letter, as typeset copy writes it: "46.8 °C", and with spaces all
// round as some weather copy does: "6 ° C".
func unitDegreeSign(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	letter := k+1 < n && (ntText(text, toks[k+1]) == "C" || ntText(text, toks[k+1]) == "F") &&
		(k+2 >= n || toks[k+2].space || toks[k+2].kind == ntPunct)
	if t := toks[k]; ntText(text, t) != "°" || t.space && !letter {
		return false
	}
	last := k
	if k+1 < n && (!toks[k+1].space && toks[k+1].kind == ntWord || letter) {
		last = k + 1
	}
	q.last, q.kind, q.unitFirst, q.unitLast = last, QuantityTemperature, k, last
	return true
}

// unitDegreesWord reads "51 degrees Celsius", "minus 15 degrees", and the
// scale's name alone, as forecasts write it: "6 centigrade", "31 Celsius".
func unitDegreesWord(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	if w := tokenWord(text, toks[k]); w != "degrees" && w != "degree" {
		if !temperatureScale(text, toks[k]) {
			return false
		}
		q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityTemperature, k, k
		return true
	}
	last := k
	if k+1 < n && toks[k+1].kind == ntWord {
		if w := tokenWord(text, toks[k+1]); w == "celsius" || w == "fahrenheit" || w == "centigrade" || ntText(text, toks[k+1]) == "C" || ntText(text, toks[k+1]) == "F" {
			last = k + 1
		}
	}
	q.last, q.kind, q.unitFirst, q.unitLast = last, QuantityTemperature, k, last
	return true
}

// temperatureScale reports whether token t names a scale of temperature
// in words: "Celsius", "centigrade", "Fahrenheit" (and the common
// misspelling "celcius").
func temperatureScale(text string, t ntoken) bool {
	if t.kind != ntWord || t.end-t.start < 7 || text[t.start]|0x20 != 'c' && text[t.start]|0x20 != 'f' {
		return false // most words after a number: one byte tells
	}
	return foldIn(ntText(text, t), "celsius", "centigrade", "fahrenheit", "celcius")
}

func unitPercentSign(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k := p.last + 1
	if !ntIsPunct(text, toks[k], '%') {
		return false
	}
	q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityPercent, k, k
	return true
}

// unitCurrencySignAfter reads "10 €", "100元".
func unitCurrencySignAfter(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	t := toks[k]
	if !(t.kind == ntPunct && (currencySign(ntText(text, t)) || otherCurrencySign(ntText(text, t))) && (k+1 >= n || toks[k+1].kind != ntNum)) {
		return false
	}
	q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityCurrency, k, k
	return true
}

// unitBracketed reads a unit of measure in brackets: "100 (km)"; any other
// mark after the number ends the search.
func unitBracketed(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	t := toks[k]
	if t.kind == ntPunct && strings.ContainsAny(ntText(text, t), "([{<") && k+2 < n && toks[k+1].lx != nil && toks[k+1].lx.dim &&
		toks[k+2].kind == ntPunct && strings.ContainsAny(ntText(text, toks[k+2]), ")]}>") {
		q.last, q.kind, q.unitFirst, q.unitLast = k+2, QuantityDimension, k+1, k+1
		return true
	}
	return t.kind != ntWord || t.lx == nil
}

// unitMoreTime reads "72 more hours", "30 additional days", "10 straight
// weeks", "two consecutive quarters": a duration all the same.
func unitMoreTime(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	if k+1 >= n || toks[k+1].lx == nil {
		return false
	}
	if u := toks[k].lx; toks[k+1].lx.num == nkQuarter && runWords[u.w] && plural(ntText(text, toks[k+1])) {
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = k+1, QuantityDuration, k+1, k+1, "Q" // "two consecutive quarters"
		return true
	}
	if u := toks[k].lx; toks[k+1].lx.timeUnit != "" && (u.cls&clsGeneric != 0 || runWords[u.w]) {
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = k+1, QuantityDuration, k+1, k+1, toks[k+1].lx.timeUnit
		return true
	}
	return false
}

// casedUnits are the short units that are units only as written here,
// in this case: in capitals they are names ("GM", "BP", "PP"), and "sh"
// is the shilling only before its amount. "pp" and "ppt" are percentage
// points only as the amount of a change ("rose 2 pp"); "300 pp." counts
// pages.
var casedUnits = map[string]string{"gm": "gm", "gms": "gms", "bp": "bp", "pp": "pp", "ppt": "ppt", "mah": "mAh",
	"sh": "", "shs": ""}

// casedUnit reports whether the short unit at token k, after the number
// p, is written as the unit it names (casedUnits); a unit not listed
// there is one in any case.
func casedUnit(text string, toks []ntoken, p numParse, k int) bool {
	want, listed := casedUnits[toks[k].lx.w]
	if !listed {
		return true
	}
	if want == "" || ntText(text, toks[k]) != want {
		return false
	}
	if want == "pp" || want == "ppt" {
		return p.first > 0 && (tokenWord(text, toks[p.first-1]) == "by" || changeWordBefore(text, toks, p.first) != "") ||
			k+1 < len(toks) && ppChangeNouns[tokenWord(text, toks[k+1])] // "a 3 pp drop"
	}
	return true
}

// ppChangeNouns name a change that percentage points measure: "a 3 pp
// drop in support".
var ppChangeNouns = map[string]bool{"drop": true, "drops": true, "fall": true, "falls": true, "rise": true, "rises": true,
	"increase": true, "increases": true, "decrease": true, "decline": true, "cut": true}

// runWords say that a run of units of time follows: "10 straight weeks".
var runWords = map[string]bool{"straight": true, "consecutive": true, "successive": true, "running": true}

// unitWord reads a unit written as a word: a percentage, a currency, a
// unit of time or of measure.
func unitWord(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	k, n := p.last+1, len(toks)
	t := toks[k]
	u := t.lx
	if spacedDegreeLetter(text, toks, p.first, k) {
		q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityTemperature, k, k // "highs of 31 C"
		return true
	}
	if u == nil {
		if f := scaledCode(ntText(text, t)); f > 0 {
			// "30 MUSD", "120 MEUR": millions (or thousands) of a currency by its code.
			q.num.value *= f
			q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityCurrency, k, k
		}
		return true
	}
	if len(u.w) <= 3 && (u.dim || u.currency) && !casedUnit(text, toks, *p, k) {
		return true // "50,000 GM workers", "2 PP goals": a name, not grams or points
	}
	switch {
	case (u.w == "percentage" || u.w == "basis") && k+1 < n && (ntIsWord(toks[k+1], "point") || ntIsWord(toks[k+1], "points")):
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityDimension, k, k+1 // "0.2 percentage points", "50 basis points"
	case p.frac && (u.w == "a" || u.w == "an" || u.w == "of") && fractionOfUnit(toks, k) > 0:
		// "half a percent", "a quarter of a percentage point", "half a mile":
		// the unit after the article is the fraction's.
		p2 := *p
		p2.last = fractionOfUnit(toks, k) - 1
		unitWord(text, toks, &p2, q)
	case p.frac && (u.w == "point" || u.w == "points"):
		q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityDimension, k, k // "a quarter point", "a half point"
	case u.w == "light" && lightYear(text, toks, k) > 0:
		last := lightYear(text, toks, k)
		q.last, q.kind, q.unitFirst, q.unitLast = last, QuantityDimension, k, last // "40 light-years"
	case u.percent:
		q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityPercent, k, k
	case u.w == "per" && k+1 < n && ntIsWord(toks[k+1], "cent"):
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityPercent, k, k+1
	case u.currency && !(u.w == "pounds" || u.w == "pound") || (u.w == "pounds" || u.w == "pound") && poundsOfMoney(text, toks, *p, k):
		q.last, q.kind, q.unitFirst, q.unitLast = k, QuantityCurrency, k, k
		if k+1 < n && toks[k+1].lx != nil && toks[k+1].lx.w == "sterling" {
			q.last, q.unitLast = k+1, k+1
		}
		if v, end, ok := andCents(text, toks, k); ok {
			q.num.value += v
			q.last = end
		}
		if k+1 < n && toks[k+1].lx != nil && toks[k+1].lx.num == nkScale && isCurrencyCode(ntText(text, t)) {
			q.num.value *= toks[k+1].lx.val // "75 USD million"
			q.last = k + 1
		}
	case u.timeUnit != "":
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = k, QuantityDuration, k, k, u.timeUnit
		durationParts(text, toks, q) // "2 hours 30 minutes"
	case u.num == nkQuarter && plural(ntText(text, t)) && periodsBefore(text, toks, p.first) && periodsAfter(text, toks, k):
		q.last, q.kind, q.unitFirst, q.unitLast, q.timeUnit = k, QuantityDuration, k, k, "Q" // "the first three quarters of 2019"
	case u.dim || (u.w == "m" && !t.upper) || u.w == "pounds" || u.w == "pound":
		last := k
		if (u.w == "square" || u.w == "cubic" || u.w == "metric" || u.w == "sq" || u.w == "nautical") && k+1 < n && toks[k+1].lx != nil && toks[k+1].lx.dim {
			last = k + 1
		} else if u.w == "square" || u.w == "cubic" || u.w == "metric" || u.w == "sq" || u.w == "nautical" {
			return true
		}
		if k+1 < n && toks[k+1].kind == ntNum && !toks[k+1].space {
			if sq := ntText(text, toks[k+1]); (sq == "2" || sq == "3") && u.w != "m" {
				last = k + 1 // "190 km2"
			} else {
				return true
			}
		}
		if wattWord(u.w) && k+1 < n && (ntIsWord(toks[k+1], "hour") || ntIsWord(toks[k+1], "hours")) {
			last = k + 1 // "992 terawatt hours"
		} else if wattWord(u.w) && k+2 < n && ntIsPunct(text, toks[k+1], '-') && !toks[k+1].space && !toks[k+2].space &&
			(ntIsWord(toks[k+2], "hour") || ntIsWord(toks[k+2], "hours")) {
			last = k + 2 // "50 billion kilowatt-hours"
		}
		unitLast := -1
		if v, end, ok := feetAndInches(text, toks, *p, k); ok {
			q.num.value, last, unitLast = v, end, k // "5 feet 2 inches": feet
		}
		last = perUnit(text, toks, last)
		if unitLast < 0 {
			unitLast = last
		}
		q.last, q.kind, q.unitFirst, q.unitLast = last, QuantityDimension, k, unitLast
	case u.w == "of" && (p.vague || p.scaled) && k+1 < n && toks[k+1].lx != nil && toks[k+1].lx.currency:
		// "hundreds of millions of dollars", "billions of euros".
		q.last, q.kind, q.unitFirst, q.unitLast = k+1, QuantityCurrency, k+1, k+1
	case u.marks&markNationality != 0 || u.w == "hong" || u.w == "new" || u.w == "south":
		// "125 million Australian dollars", "10,000 Swiss francs".
		for j := k + 1; j < n && j <= k+2; j++ {
			if c := toks[j].lx; c != nil && c.currency {
				q.last, q.kind, q.unitFirst, q.unitLast = j, QuantityCurrency, k, j
				break
			}
		}
	}
	return true
}

// buildTemperatureWords adds the words of temperatures to the lexicon.
func buildTemperatureWords() {
	for _, w := range []string{"degree", "degrees", "celsius", "fahrenheit", "centigrade"} {
		numLexEntry(w)
	}
}

// spacedDegreeLetter reports whether the word at token k, after a number
// that starts at token first, is the C or F of a temperature written apart
// from its number, as wire copy writes it ("highs of 31 C", "reached 40 C
// (104 F)"): a lone capital C or F after a word of weather within the
// clause before, or beside a conversion in brackets. "Room 24 C" is none.
func spacedDegreeLetter(text string, toks []ntoken, first, k int) bool {
	w := ntText(text, toks[k])
	if w != "C" && w != "F" || !toks[k].space || k+1 < len(toks) && !toks[k+1].space && toks[k+1].kind != ntPunct {
		return false
	}
	if k+3 < len(toks) && ntIsPunct(text, toks[k+1], '(') && toks[k+2].kind == ntNum {
		if l := ntText(text, toks[k+3]); l == "F" || l == "C" {
			return true // "40 C (104 F)"
		}
	}
	if first >= 2 && ntIsPunct(text, toks[first-1], '(') {
		if l := ntText(text, toks[first-2]); l == "C" || l == "F" {
			return true // "(104 F)" after "40 C"
		}
	}
	if degreeCueBefore(text, toks, first) {
		return true
	}
	// A temperature written the same way earlier in the sentence, itself
	// after a word of weather: "temperatures of around 29-32 C inland and
	// on the coast, falling to 25-28 C from Sunday". "grade 5 C and grade
	// 6 C" are none.
	for j := first - 1; j > 0 && j >= first-2*degreeCueLookBack; j-- {
		if t := toks[j]; t.kind == ntPunct && (text[t.start] == '.' && j+1 < len(toks) && toks[j+1].space || text[t.start] == ';') {
			return false
		}
		if toks[j-1].kind == ntNum && toks[j].space && ntText(text, toks[j]) == w {
			return degreeCueBefore(text, toks, j-1)
		}
	}
	return false
}

// degreeCueBefore reports whether a word of weather stands at most
// degreeCueLookBack tokens before token first: "highs of 31 C".
func degreeCueBefore(text string, toks []ntoken, first int) bool {
	for j := first - 1; j >= 0 && j >= first-degreeCueLookBack; j-- {
		if t := toks[j]; t.kind == ntWord && lowerIn(degreeCues, ntText(text, t)) { // no lower-cased copy of "Highs"
			return true
		}
	}
	return false
}

// degreeCueLookBack is the most tokens between a word of weather and the
// temperature it announces: "temperatures are forecast to fall to 3 C".
const degreeCueLookBack = 8

// degreeCues are the words of weather that announce a temperature.
var degreeCues = map[string]bool{"temperature": true, "temperatures": true, "temp": true, "temps": true, "high": true,
	"highs": true, "low": true, "lows": true, "heat": true, "heatwave": true, "hot": true, "cold": true, "warm": true,
	"degrees": true, "mercury": true, "thermometer": true, "thermometers": true, "frost": true, "freezing": true, "chill": true}

// temperatureLetter reports whether the suffix at token k is the C or F of
// a temperature glued to its number ("47C", "1.5C", "104F"): a lone
// capital that ends the word.
func temperatureLetter(text string, toks []ntoken, k int) bool {
	s := ntText(text, toks[k])
	if s != "C" && s != "F" {
		return false
	}
	if k+3 < len(toks) && ntIsPunct(text, toks[k+1], '-') && !toks[k+1].space && toks[k+2].kind == ntNum && !toks[k+2].space &&
		!toks[k+3].space && ntText(text, toks[k+3]) == s && temperatureLetter(text, toks, k+3) {
		return true // "31C-34C": the letter on both bounds of a range, not a name's "C-34"
	}
	return k+1 >= len(toks) || toks[k+1].space || toks[k+1].kind == ntPunct && !strings.ContainsAny(ntText(text, toks[k+1]), "-/&+")
}

// screenLines are the heights of video formats written with a "p" ("720p",
// "1080p"), which are no sums in pence.
var screenLines = map[float64]bool{144: true, 240: true, 360: true, 480: true, 576: true, 720: true, 1080: true, 1440: true, 2160: true, 4320: true}

// dimSuffix reports whether an attached multiplier letter is a unit of
// measure instead: "1.8m", "100t", "300mm".
func dimSuffix(s string) bool { return s == "m" || s == "t" || s == "mm" }

// rateAfter finds the denominator of a rate after the quantity that ends
// at token k: "per barrel", "a barrel", "an ounce", "/barrel", "per
// megawatt hour", and after a substance, "tonnes of fuel a day". It
// returns the denominator's tokens. After "a" or "an" only a unit of time
// or of trade counts ("a day", "a share"), and not in a date ("a year
// ago", "a day after").
func rateAfter(text string, toks []ntoken, k int) (int, int, bool) {
	n := len(toks)
	j := k + 1
	if j+2 < n && ntIsWord(toks[j], "of") && toks[j+1].kind == ntWord {
		// "200 tonnes of fuel a day", "tonnes of CO2 a year": a few words of substance.
		for m := j + 1; m < n && m <= j+4 && (toks[m].kind == ntWord || !toks[m].space && toks[m-1].kind == ntWord && (toks[m].kind == ntNum || subscriptDigit(ntText(text, toks[m])))); m++ {
			if toks[m].kind != ntWord {
				continue // "tonnes of CO2 a year", "tons of CO₂ per year": a formula's digit
			}
			if rateMarker(toks[m]) {
				if m > j+1 {
					j = m
				}
				break
			}
		}
	}
	if j < n && toks[j].lx != nil && rateAdverb(toks[j].lx.w) && (j+1 >= n || !rateAdverbFollows(text, toks[j+1])) {
		return j, j, true // "$5 million annually", "200 tonnes daily"
	}
	if j+2 < n && (ntIsWord(toks[j], "against") || ntIsWord(toks[j], "to")) && ntIsWord(toks[j+1], "the") && toks[j+2].lx != nil && toks[j+2].lx.currency &&
		!minorCurrency[toks[j+2].lx.w] && (ntIsWord(toks[j], "against") || j+3 >= n || toks[j+3].kind != ntWord || toks[j+3].lx != nil && toks[j+3].lx.cls&(clsStop|clsAux) != 0) {
		return j + 2, j + 2, true // "Rs 83.4 against the dollar", "GH₵15.2 to the dollar": an exchange rate; but "to the euro zone"
	}
	if j+1 >= n {
		return 0, 0, false
	}
	t, d := toks[j], toks[j+1]
	if d.kind == ntNum && ntIsWord(t, "per") {
		if j+3 < n && !toks[j+2].space && toks[j+2].lx != nil && toks[j+2].lx.dim &&
			toks[j+3].kind == ntWord && toks[j+3].space && toks[j+3].lx != nil && rateNouns[toks[j+3].lx.w] {
			return j + 3, j + 3, true // "₦82,000 per 50kg bag": per bag, of 50 kg
		}
		if j+2 < n && toks[j+2].kind == ntWord && toks[j+2].lx != nil && toks[j+2].lx.cls&(clsStop|clsAux) == 0 {
			return j + 1, j + 2, true // "12 deaths per 100,000 people"
		}
	}
	if d.kind != ntWord {
		return 0, 0, false
	}
	last := j + 1
	switch {
	case ntIsPunct(text, t, '/') && !t.space && !d.space:
		return last, last, true // "$115/barrel", "62 mg/L"
	case ntIsWord(t, "per"):
		if d.lx != nil && d.lx.cls&(clsStop|clsDet|clsAux) != 0 {
			return 0, 0, false
		}
		if d.lx != nil && d.lx.num == nkScale {
			return j + 1, scaledDenominator(text, toks, last), true // "$2.85 per million British thermal units"
		}
		if last+1 < n && toks[last+1].kind == ntWord && d.lx != nil && (d.lx.w == "square" || d.lx.w == "cubic" || d.lx.w == "metric" || wattWord(d.lx.w)) {
			last++ // "per square kilometre", "per megawatt hour"
		} else if last+2 < n && d.lx != nil && wattWord(d.lx.w) && ntIsPunct(text, toks[last+1], '-') && !toks[last+1].space && ntIsWord(toks[last+2], "hour") {
			last += 2 // "per kilowatt-hour"
		}
	case (ntIsWord(t, "a") || ntIsWord(t, "an")) && d.lx != nil:
		if last+1 < n && toks[last+1].lx != nil &&
			((d.lx.w == "square" || d.lx.w == "cubic" || d.lx.w == "metric") && toks[last+1].lx.dim || wattWord(d.lx.w) && toks[last+1].lx.w == "hour") {
			return last, last + 1, true // "$500 a square foot", "€87 a megawatt hour", "$3,000 a metric ton"
		}
		if !(d.lx.timeUnit != "" && len(d.lx.w) > 2 || rateNouns[d.lx.w]) {
			return 0, 0, false
		}
		if d.lx.num != nkNone && last+1 < n && toks[last+1].kind == ntWord && (toks[last+1].lx == nil || toks[last+1].lx.cls&(clsStop|clsAux) == 0) {
			return 0, 0, false // "12 soldiers a dozen kilometres away": a count, not "a dozen" of a price
		}
		if last+1 < n {
			switch tokenWord(text, toks[last+1]) {
			case "ago", "earlier", "later", "before", "after", "old":
				if d.lx.timeUnit != "" {
					return 0, 0, false // "a year ago", "a day after"; but "$82 a barrel before falling"
				}
			case "-":
				if d.lx.timeUnit != "" {
					return 0, 0, false // "a day-long"
				}
			case "or", "and":
				if d.lx.timeUnit != "" && last+2 < n && (toks[last+2].kind == ntNum || toks[last+2].lx != nil && toks[last+2].lx.num != nkNone) {
					return 0, 0, false // "a year or two", "a year and a half"; but "a month and the deposit"
				}
			}
		}
	default:
		return 0, 0, false
	}
	if last+1 < n && !toks[last+1].space && (ntText(text, toks[last+1]) == "²" || ntText(text, toks[last+1]) == "³") {
		last++ // "per km²", "/m³"
	}
	if last+2 < n && (ntIsWord(toks[last+1], "per") || ntIsWord(toks[last+1], "a")) && toks[last+2].lx != nil && toks[last+2].lx.timeUnit != "" &&
		len(toks[last+2].lx.w) > 2 && !(last+3 < n && followsAgoOrOld(text, toks, last+2)) {
		last += 2 // "120 litres per person per day", "$5 a head a day"
	}
	return j + 1, last, true
}

// scaledDenominator returns the last token of a rate's denominator that
// opens with a scale word at token k: "per million British thermal
// units", "per million residents": the words that follow, up to three,
// before a mark or a stop word; or k itself ("per million").
func scaledDenominator(text string, toks []ntoken, k int) int {
	last := k
	for m := k + 1; m < len(toks) && m <= k+3 && toks[m].kind == ntWord && (toks[m].lx == nil || toks[m].lx.cls&(clsStop|clsDet|clsAux) == 0 && toks[m].lx.num == nkNone); m++ {
		last = m
	}
	return last
}

// subscriptDigit reports whether s is a subscript digit, as formulas write
// them: "CO₂".
func subscriptDigit(s string) bool {
	return len(s) == 3 && s[0] == 0xe2 && s[1] == 0x82 && s[2] >= 0x80 && s[2] <= 0x89 // ₀ to ₉
}

// rateAdverbs are the adverbs that make a rate of time, with their unit.
var rateAdverbs = map[string]string{"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
	"daily": "day", "hourly": "hour"}

// rateAdverbEnds marks the last byte of each rate adverb ('y'): most
// words after a figure end otherwise, and skip the map.
var rateAdverbEnds = func() (m [256]bool) {
	for w := range rateAdverbs {
		m[w[len(w)-1]] = true
	}
	return m
}()

// rateAdverb reports whether w is one of rateAdverbs.
func rateAdverb(w string) bool {
	return w != "" && rateAdverbEnds[w[len(w)-1]] && rateAdverbs[w] != ""
}

// rateAdverbFollows reports whether the word after an adverb of time shows
// it qualifies what follows ("200 daily flights", "5 daily-wage
// workers"): then the number is no rate.
func rateAdverbFollows(text string, t ntoken) bool {
	return t.kind == ntWord && (t.lx == nil || t.lx.cls&(clsStop|clsAux|clsDet) == 0) || ntIsPunct(text, t, '-') && !t.space
}

// rateMarker reports whether t opens a rate's denominator: "per", "a", "an".
func rateMarker(t ntoken) bool { return ntIsWord(t, "per") || ntIsWord(t, "a") || ntIsWord(t, "an") }

// rateNouns are the units of trade a price is given for with "a" or "an":
// "$3.12 a gallon", "$1.38 a share".
var rateNouns = map[string]bool{}

// buildUnitWords adds to the lexicon the units of trade (listed in
// rateNouns too) and the units of power and energy, which are units of
// measure: "47 GW", "1GW", "992 terawatt hours", "100 Mbps".
func buildUnitWords() {
	for _, w := range strings.Fields(`barrel ounce gallon share bushel tonne ton litre liter kilo kilogram kg pound head
		person capita piece unit night bag sack loaf packet bottle dose meal ticket ride trip hectare acre
		dozen quintal cylinder carton crate pack box tin carat gram`) {
		numLexEntry(w)
		rateNouns[w] = true
	}
	for _, w := range strings.Fields(`gw mw kw twh gwh mwh kwh gigawatt gigawatts megawatt megawatts kilowatt kilowatts
		terawatt terawatts mbps gbps`) {
		numLexEntry(w).dim = true
	}
	// Currency codes and names the number lexicon lacks: "INR 300", "150 reais".
	for _, w := range strings.Fields(`pkr lkr npr ghs egp tzs ugx sos brl krw idr thb sar aed qar iqd jod kwd irr lbp syp bdt
		myr twd reais paise paisa kobo sh shs greenback`) {
		numLexEntry(w).currency = true
	}
	for _, w := range strings.Fields("bps bp pp ppt kph bpd mah mmbtu gm gms") {
		numLexEntry(w).dim = true // "100 bps", "15bp": basis points; "2 pp": percentage points; "4,000 mAh"; "10 gm": grams
	}
	for _, w := range strings.Fields("basis points light annually yearly monthly weekly daily hourly south") {
		numLexEntry(w)
	}
	for _, w := range strings.Fields("number unemployment employment claimant") {
		numLexEntry(w).marks |= markSubject // the subjects that name a bare count (subjectCount)
	}
	for w, ch := range levelVerbs {
		if e := numLexEntry(w); e.change == "" {
			e.change = ch
		}
	}
	// The verbs of a market's moves, which the verbs of change lack: "the
	// naira appreciated by ₦82.52", "silver plunging by Rs 1,000 to Rs
	// 1,55,000". Not "sinking", "dropping", "advancing", "gaining" or
	// "climbing": war copy sinks ships, drops bombs, advances kilometres,
	// gains towns and climbs hills.
	for w, ch := range wordMap(map[Change]string{
		ChangeUp: `appreciated appreciates appreciating strengthened firmed surging soaring rebounding rebounded
			spiking`,
		ChangeDown: `depreciated depreciates depreciating weakened plunging plummeting sliding slipping
			tumbling dipping declining`,
	}) {
		if e := numLexEntry(w); e.change == "" {
			e.change = ch
		}
	}
	for w := range runWords {
		numLexEntry(w)
	}
	// Scale abbreviations of Indian and wire copy the multipliers lack:
	// "Rs 500 cr" (crore), "1.2 trln yen".
	for w, v := range map[string]float64{"cr": 1e7, "crs": 1e7, "trln": 1e12} {
		if e := numLexEntry(w); e.mult == 0 {
			e.mult = v
		}
	}
	for _, w := range strings.Fields("went gone goes moved changed revised adjusted shifted swung") {
		numLexEntry(w)
	}
	for _, w := range strings.Fields(`milligram milligrams mg millilitre millilitres milliliter milliliters kilo kilos volt volts
		kilovolt kilovolts megapixel megapixels millibar millibars`) {
		numLexEntry(w).dim = true
	}
	for w, u := range map[string]string{"min": "MIN", "mins": "MIN", "sec": "S", "second": "S"} {
		numLexEntry(w).timeUnit = u
	}
	buildUnitNames()
}

// wattWord reports whether w is a unit of power written out, which "hour"
// can follow to make a unit of energy: "terawatt hours".
func wattWord(w string) bool { return strings.HasSuffix(w, "watt") || strings.HasSuffix(w, "watts") }

// perUnit extends a unit of length over "per hour", "an hour", "/h".
func perUnit(text string, toks []ntoken, last int) int {
	n := len(toks)
	if last+2 < n && (ntIsWord(toks[last+1], "per") || ntIsWord(toks[last+1], "an") || ntIsPunct(text, toks[last+1], '/')) {
		w := toks[last+2]
		if w.lx != nil && (w.lx.w == "hour" || w.lx.w == "h" || w.lx.w == "hr" || w.lx.w == "ms" || w.lx.w == "millisecond" || w.lx.w == "second" || w.lx.w == "s") {
			if ntIsWord(toks[last+1], "an") && w.lx.w != "hour" {
				return last
			}
			return last + 2
		}
	}
	return last
}

// currencyPrefix finds a currency sign or code ending just before token i
// ("$", "US$", "us $", "c $", "HK$", "USD", "KSh") and returns its first
// token.
func currencyPrefix(text string, toks []ntoken, i int) (int, bool) {
	k := i - 1
	if k >= 0 && ntIsPunct(text, toks[k], '-') && !toks[k].space && k > 0 && currencySign(ntText(text, toks[k-1])) {
		k-- // "$-5" is rare; "-$5" handled by the sign
	}
	if k < 0 {
		return 0, false
	}
	t := toks[k]
	switch {
	case t.kind == ntPunct && (currencySign(ntText(text, t)) || otherCurrencySign(ntText(text, t)) && ntText(text, t) != "元" && ntText(text, t) != "¢"):
		if ntText(text, t) == "₵" && k > 0 && !t.space && strings.EqualFold(ntText(text, toks[k-1]), "gh") {
			return k - 1, true // "GH₵"
		}
		if ntText(text, t) == "¥" && k > 0 && !t.space && (strings.EqualFold(ntText(text, toks[k-1]), "cn") || strings.EqualFold(ntText(text, toks[k-1]), "jp")) {
			return k - 1, true // "CN¥", "JP¥"
		}
		if ntText(text, t) == "$" && k > 0 && toks[k-1].kind == ntWord && (k == 1 || toks[k-1].space) {
			w := ntText(text, toks[k-1]) // lowerIn: no lower-cased copy of a capitalised word ("US$")
			if lowerIn(dollarPrefix, w) && !t.space || lowerIn(spacedDollarPrefix, w) {
				return k - 1, true // "US$", "HK$", "us $", "c $"
			}
		}
		return k, true
	case t.kind == ntWord && t.lx != nil && t.lx.currency && isCurrencyCode(ntText(text, t)):
		return k, true
	case t.kind == ntWord && t.lx == nil && scaledCode(ntText(text, t)) > 0:
		return k, true // "MAUD 60"
	case ntIsPunct(text, t, '.') && k > 0 && toks[k-1].kind == ntWord && strings.EqualFold(ntText(text, toks[k-1]), "rs"):
		return k - 1, true // "Rs. 500"
	case k == i-1 && letterSum(text, toks, i):
		return k, true // "N75,000", "R254 billion", "Sh2.5 billion"
	}
	return 0, false
}

// letterSum reports whether the number at token i is a sum written with
// the letters that African papers put before an amount: Nigerian copy's
// "N" for the naira, South African "R" for the rand, East African "Sh"
// and "Shs" for the shilling. The letters must be glued to an amount
// written as money, with a thousands separator, two decimals or a scale
// word ("N75,000", "N95.83", "R254 billion", "Sh2.5bn"). A name glued to
// a bare number ("N95" masks, "the R5 road", "M23", "G7") is no sum.
func letterSum(text string, toks []ntoken, i int) bool {
	if i == 0 || toks[i].space || toks[i].kind != ntNum {
		return false
	}
	switch ntText(text, toks[i-1]) {
	case "N", "R", "Sh", "Shs":
	default:
		return false
	}
	if i >= 2 && !toks[i-1].space && toks[i-2].kind == ntWord {
		return false // "MN1,500": part of a longer name
	}
	num := ntText(text, toks[i])
	if strings.IndexByte(num, ',') > 0 {
		return true
	}
	if d := strings.IndexByte(num, '.'); d > 0 && len(num)-d == 3 {
		return true
	}
	if l := toks[i+1:]; len(l) > 0 && l[0].lx != nil && (l[0].lx.mult >= 1e6 || l[0].lx.num == nkScale && l[0].lx.val >= 1e6) {
		return true // "N54.99 trillion", "N2bn"
	}
	return false
}

// scaledCode is the scale of a currency code written with the letter of
// millions or thousands before it, as financial reports do ("MUSD",
// "MEUR", "kEUR"), or 0 for any other word.
func scaledCode(w string) float64 {
	if len(w) != 4 || !isCurrencyCode(w[1:]) || currencyNames[strings.ToLower(w[1:])] == "" {
		return 0
	}
	switch w[0] {
	case 'M':
		return 1e6
	case 'k', 'K':
		return 1e3
	}
	return 0
}

// otherCurrencySign are signs written after the amount.
func otherCurrencySign(s string) bool {
	switch s {
	case "¢", "元", "₡", "₾", "₭", "₿", "₺", "₫", "₵", "₲", "₸", "₮", "₼", "₣", "៛":
		return true
	}
	return false
}

// dollarPrefix are the letters written before "$" to say which dollar.
var dollarPrefix = map[string]bool{"usd": true, "aud": true, "cad": true, "mxn": true, "nzd": true, "sgd": true, "hkd": true, "us": true, "c": true, "ca": true, "can": true, "hk": true, "a": true, "au": true,
	"nz": true, "mex": true, "s": true, "sg": true, "r": true, "nt": true, "z": true, "j": true, "bz": true, "ec": true}

// spacedDollarPrefix may stand apart from the "$": "us $ 150 million".
var spacedDollarPrefix = map[string]bool{"us": true, "c": true, "hk": true, "nz": true, "mex": true, "can": true}

// isCurrencyCode reports whether s is written as an ISO code or a currency
// abbreviation ("USD", "KSh") rather than a word.
func isCurrencyCode(s string) bool {
	switch strings.ToLower(s) {
	case "ksh", "kshs", "rs", "tsh", "ush", "sh", "shs":
		return true
	}
	return len(s) == 3 && strings.ToUpper(s) == s
}

// nationality are the adjectives that name a currency with its unit:
// "Swiss francs", "Australian dollars".
var nationality = map[string]bool{}

// buildNationalities fills nationality.
func buildNationalities() {
	for _, w := range strings.Fields(`us american australian canadian swiss finnish dutch japanese chinese kenyan haitian congolese
		sudanese south-african nigerian ethiopian egyptian israeli ugandan tanzanian rwandan burundian ghanaian mexican brazilian
		argentine indian pakistani turkish russian ukrainian syrian lebanese iraqi iranian saudi qatari emirati jordanian
		singapore singaporean taiwan taiwanese zealand hong kong new belgian french german italian spanish danish swedish norwegian
		somali yemeni bangladeshi kuwaiti omani nepali bahraini azeri`) {
		nationality[w] = true
		numLexEntry(w)
	}
}

// feetAndInches joins "5 ft 2 in", "5 feet and 2 inches" into feet.
func feetAndInches(text string, toks []ntoken, p numParse, k int) (float64, int, bool) {
	u := toks[k].lx
	if u == nil || (u.w != "ft" && u.w != "feet" && u.w != "foot") {
		return 0, 0, false
	}
	j := k + 1
	if j < len(toks) && ntIsWord(toks[j], "and") {
		j++
	}
	if j+1 >= len(toks) || toks[j].kind != ntNum {
		return 0, 0, false
	}
	in := tokenWord(text, toks[j+1])
	if in != "in" && in != "inch" && in != "inches" {
		return 0, 0, false
	}
	v, _, _, ok := parseLiteral(ntText(text, toks[j]))
	if !ok {
		return 0, 0, false
	}
	return p.value + v/12, j + 1, true
}

// andCents reads the cents after a sum in a major unit: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "15 dollars 50.". It
// returns the amount in the major unit and the last token.
func andCents(text string, toks []ntoken, k int) (float64, int, bool) {
	u := toks[k].lx
	if u == nil || u.w == "cents" || u.w == "cent" || u.w == "pence" || u.w == "penny" {
		return 0, 0, false
	}
	j := k + 1
	if j < len(toks) && ntIsWord(toks[j], "and") {
		j++
	}
	if j >= len(toks) {
		return 0, 0, false
	}
	p, ok := parseNumber(text, toks, j)
	if !ok || p.split || p.ordinal || p.suffix >= 0 || p.value <= 0 || p.value >= 100 || p.value != float64(int(p.value)) {
		return 0, 0, false
	}
	end := p.last
	if end+1 < len(toks) {
		w := tokenWord(text, toks[end+1])
		switch {
		case w == "cents" || w == "cent" || w == "pence":
			end++
		case toks[end+1].kind == ntWord:
			return 0, 0, false
		}
	}
	return p.value / 100, end, true
}

// lightYear returns the last token of "light-years" or "light years" that
// starts at token k, or 0.
func lightYear(text string, toks []ntoken, k int) int {
	j := k + 1
	if j < len(toks) && ntIsPunct(text, toks[j], '-') && !toks[j].space {
		j++
	}
	if j < len(toks) && (ntIsWord(toks[j], "year") || ntIsWord(toks[j], "years")) {
		return j
	}
	return 0
}

// secondsIn are the seconds in each TIMEX3 unit of time that a duration
// can be broken into: hours, minutes, seconds.
var secondsIn = map[string]float64{"H": 3600, "MIN": 60, "S": 1}

// durationParts joins the smaller units that follow a duration into it,
// in its own unit: "2hr 5min 42sec" is 2.095 hours, "1 hour and 20
// minutes" 1.333 hours, "two hours, five minutes, and six seconds" 2.085
// hours. q is the duration read so far.
func durationParts(text string, toks []ntoken, q *quantParse) {
	big, ok := secondsIn[q.timeUnit]
	if !ok {
		return
	}
	total, prev, n := q.num.value*big, big, len(toks)
	for j := q.last + 1; j < n; {
		k := j
		if ntIsPunct(text, toks[k], ',') {
			k++ // "two hours, five minutes": the units fall, so it is one time, not a list
		}
		if k < n && ntIsWord(toks[k], "and") {
			k++
		}
		if k >= n || !toks[k].space && k == j {
			break
		}
		var v float64
		switch t := toks[k]; {
		case t.kind == ntNum:
			v, _, _, ok = parseLiteral(ntText(text, t))
		case t.kind == ntWord && t.lx != nil && t.lx.num != nkNone:
			var p numParse
			p, ok = parseNumber(text, toks, k) // "five minutes"
			ok = ok && p.words && !p.vague && !p.quantifier && !p.split && !p.ordinal
			v, k = p.value, p.last
		default:
			ok = false
		}
		if !ok || k+1 >= n || toks[k+1].lx == nil {
			break
		}
		s, ok := secondsIn[toks[k+1].lx.timeUnit]
		if !ok || s >= prev || v >= prev/s {
			break // "2 hours 90 minutes" is no single duration
		}
		total, prev, j = total+v*s, s, k+2
		q.last = k + 1
	}
	q.num.value = total / big
}

// fractionOfUnit returns the token of the unit after "a", "an" or "of a"
// at token k ("half a percent", "a quarter of a percentage point"), or 0.
func fractionOfUnit(toks []ntoken, k int) int {
	j := k + 1
	if ntIsWord(toks[k], "of") && j < len(toks) && (ntIsWord(toks[j], "a") || ntIsWord(toks[j], "an")) {
		j++
	} else if ntIsWord(toks[k], "of") {
		return 0
	}
	if j >= len(toks) || toks[j].lx == nil {
		return 0
	}
	switch u := toks[j].lx; {
	case u.percent || u.w == "per" || u.w == "basis" || u.dim || u.currency || u.timeUnit != "" || u.w == "point":
		return j // "half a point"
	}
	return 0
}

// poundsOfMoney reports whether "pounds" at token k, after the number p,
// is a sum rather than a weight. A word of weight makes it a weight ("50
// pounds of rice", "weighs 90 pounds"); a word of price ("a loaf costs 500
// pounds", "the fare rose to 20 pounds"), or a sum in thousands or
// millions, makes it money; which pound is the text's to say
// (figurer.bareCurrency). A pound with neither stays a measure named
// "pound", as Recognizers-Text reads it ("drop 25 pounds"), but not "lb":
// only the text's "lb" says that.
func poundsOfMoney(text string, toks []ntoken, p numParse, k int) bool {
	if poundsOfWeight(text, toks, p.first, k) {
		return false
	}
	money := p.scaled || p.value >= 1000
	for j := p.first - 1; j >= 0 && j >= p.first-4 && toks[j].kind == ntWord && !money; j-- {
		money = priceWords[strings.ToLower(ntText(text, toks[j]))]
	}
	return money
}

// poundsOfWeight reports whether "pounds" at token k, after a number that
// starts at token first, is said to be a weight: "50 pounds of rice",
// "weighs 90 pounds", "a weight of 20 pounds". Such a pound is "lb".
func poundsOfWeight(text string, toks []ntoken, first, k int) bool {
	if k+1 < len(toks) && ntIsWord(toks[k+1], "of") {
		return true
	}
	for j := first - 1; j >= 0 && j >= first-4 && toks[j].kind == ntWord; j-- {
		if w := strings.ToLower(ntText(text, toks[j])); strings.HasPrefix(w, "weigh") || w == "heavy" {
			return true
		}
	}
	return false
}

// priceWords say that a sum follows: "costs 500 pounds", "a fare of 20".
var priceWords = map[string]bool{"cost": true, "costs": true, "costing": true, "priced": true, "price": true, "prices": true,
	"fare": true, "fares": true, "paid": true, "pay": true, "pays": true, "paying": true, "sell": true, "sells": true,
	"sold": true, "selling": true, "worth": true, "fine": true, "fined": true, "fee": true, "fees": true, "charge": true,
	"charged": true, "charges": true, "salary": true, "salaries": true, "wage": true, "wages": true, "rent": true,
	"budget": true, "loan": true, "spent": true, "spend": true, "earn": true, "earns": true, "earned": true, "bought": true,
	"buy": true, "buys": true, "donated": true, "ransom": true}
