package extract

import (
	"strings"
)

// A figure's unit is written as quantity-extraction benchmarks (CQE,
// NewsQuant) normalise it, in this project's short notation: a currency as
// its sign or code ("dollars", "US$" → "$"; "naira" → "₦"; "Kenyan
// shillings" → "KSh"; "yuan" → "¥" as yen is, for the text tells them
// apart; "pence" and "p" → "pence" as "cents" → "cent"), a measure as its
// symbol or singular name ("kilometres per hour" → "km/h", "square
// kilometres" → "km²", "feet" → "foot"), a duration as its singular name
// ("years" → "year"), and a rate as "X per Y" ("$ per barrel", "tonne per
// day"). A counted noun ("people", "police officers") stays as written:
// it is what the roles read.

// unitName is the unit of candidate k of a sentence as the figure gives
// it: written is the unit as the text writes it (the counted noun, or
// "%"), and the rate's denominator, if any, is read from the tokens. A
// price compared with a price of the same currency that has a rate takes
// that rate too: "$1.38 a share, beating forecasts of $1.21", "€87 per
// megawatt hour, down from €112", "rose from €1.62 to €1.89 a litre".
func (fx *figurer) unitName(toks []ntoken, cands []candidate, k int, written string) string {
	c := &cands[k]
	if c.nominal > 0 && c.unitFirst < 0 && c.inherited && nominalAdjective[strings.ToLower(written)] {
		// "Five dead, 15 wounded": the 15 are wounded, not dead. A noun
		// before them still counts them: "10 people killed and 8 wounded".
		return fx.text[toks[c.nominal].start:toks[c.nominal].end]
	}
	if c.q.kind == QuantityNumber && len(written) >= 4 && comparativeStart(written) {
		written = comparativeUnit(written) // "25,000 fewer people": people
	}
	if c.q.kind == QuantityNumber && c.unitFirst >= 0 {
		if c.q.hyphenated {
			if u := hyphenNoun(fx.text, toks, c); u != "" {
				return u // "the 15-member council": members
			}
		}
		if n := toks[c.unitFirst].end - toks[c.unitFirst].start; n == 3 || n == 8 || n == 9 {
			written = plainCountedNoun(fx.text, toks, c.unitFirst, written) // "three separate air strikes": air strikes
		}
	}
	if written == "" {
		if c.q.kind == QuantityDuration && c.q.unitFirst < 0 {
			return "hour" // a clock: "2:05:30"
		}
		if u := fx.exchangeRate(toks, c); u != "" {
			return u
		}
		next := (*numLex)(nil) // the word after the figure: "and", "or" and "of" open the readers below
		if c.last+1 < len(toks) {
			next = toks[c.last+1].lx
		}
		if c.q.kind == QuantityNumber && c.last+1 < len(toks) && ntIsWord(toks[c.last+1], "point") && fx.pointOfPercent(toks, cands, k, c.last+1) {
			return "percentage point" // "by 0.25 point to a range of 1.75%-2%": the word stays outside the number
		}
		if next != nil && (next.w == "and" || next.w == "or") {
			if u := fx.sharedUnit(toks, cands, k); u != "" {
				return u // "16 and 6 per cent, respectively"
			}
		}
		if u := fx.levelUnit(toks, cands, k); u != "" || c.q.kind != QuantityNumber || c.vague || c.b.num.frac {
			return u
		}
		if next == lexOf {
			if u := fx.partitiveNoun(toks, cands, k); u != "" {
				return u // "Twelve of these subdivisions"
			}
		}
		return fx.subjectCount(toks, cands, k) // "unemployment fell by 27,000": people
	}
	if c.b.num.frac && c.unitFirst >= 0 && c.q.kind == QuantityNumber {
		if u := fx.possessiveWhole(toks, c); u != "" {
			return u // "nearly half of Haiti’s population"
		}
	}
	base := written
	if c.unitFirst >= 0 && c.q.unitFirst >= 0 {
		base = normalUnit(written, c.q.kind)
		if d := fx.definedName(written); d != "" {
			base = d // "mt" defined as "million tonnes (mt)"
		}
		switch {
		case c.q.kind == QuantityCurrency:
			base = fx.bareCurrency(base)
		case c.q.kind == QuantityTemperature && base == "degree":
			base = fx.bareDegrees()
		case base == "pound" && poundsOfWeight(fx.text, toks, c.q.num.first, c.q.unitFirst):
			base = "lb" // "50 pounds of rice"; a pound with no word of weight stays "pound"
		}
	}
	if base == "MT" && !c.q.num.decimal && !c.q.num.scaled && c.q.num.value >= 1000 {
		base = "tonne" // "shipped 951,710 MT of cocoa": metric tonnes; "3.5 MT" may be millions, as written
	}
	if c.perFirst > 0 {
		if c.unitFirst >= 0 && c.unitFirst < c.perFirst {
			if s, ok := measureNames[strings.ToLower(fx.text[toks[c.unitFirst].start:toks[c.perLast].end])]; ok {
				return s // "b/d": one unit, not a rate of two
			}
		}
		return rateName(base, fx.perOf(toks, c))
	}
	if (c.q.kind == QuantityCurrency || c.q.kind == QuantityDimension) &&
		(c.last+1 < len(toks) && ntIsPunct(fx.text, toks[c.last+1], '(') || c.first > 0 && ntIsPunct(fx.text, toks[c.first-1], '(')) {
		if per := fx.convertedRate(toks, cands, k); per != "" {
			return rateName(base, per) // "£1,720 (€1,909) per tonne": both per tonne
		}
	}
	if c.inherited && c.unitFirst < 0 && !strings.Contains(base, " per ") {
		// "175,000 jobs ... the 240,000 a month average": the noun is the
		// earlier figure's, the rate the figure's own.
		if first, last, ok := rateAfter(fx.text, toks, c.last); ok {
			return rateName(base, normalUnit(fx.text[toks[first].start:toks[last].end], QuantityDimension))
		}
	}
	if c.q.kind == QuantityPercent && base == "%" {
		// "0.75% a year", "4.5% per annum": a percent by a unit of time.
		if c.last+1 >= len(toks) || !rateMarker(toks[c.last+1]) {
			return base // and "climbed 0.2% monthly" is a change on the month, no rate
		}
		if first, last, ok := rateAfter(fx.text, toks, c.last); ok && first == last {
			if per := durationUnitNames[strings.ToLower(ntText(fx.text, toks[first]))]; per != "" && per != "capita" {
				return rateName(base, per)
			}
		}
		return base
	}
	if c.q.kind == QuantityCurrency {
		if u := fx.exchangeMove(toks, cands, k, base); u != "" {
			return u // "fell 9 paise to 84.12 against the dollar": paise per $
		}
	}
	if c.q.kind == QuantityNumber && c.unitFirst == c.unitLast && foldIn(base, "point", "points") && fx.pointOfPercent(toks, cands, k, c.last) {
		return "percentage point" // "raised its forecast by 0.2 point to 2.8%"
	}
	if c.q.kind != QuantityCurrency && c.q.kind != QuantityDimension {
		return base
	}
	if k > 0 && cands[k-1].perFirst > 0 && fx.sameUnit(toks, &cands[k-1], c, base) &&
		(comparedAfter(fx.text, toks, cands[k-1].last, c.first) || levelAfter(fx.text, toks, cands[k-1], c.first) ||
			movedAfter(fx.text, toks, cands[k-1].last, c.first)) &&
		c.b.min < 10*cands[k-1].b.min && cands[k-1].b.min < 10*c.b.min {
		return rateName(base, fx.perOf(toks, &cands[k-1]))
	}
	if k+1 < len(cands) && cands[k+1].perFirst > 0 && fx.sameUnit(toks, &cands[k+1], c, base) &&
		c.first > 0 && tokenWord(fx.text, toks[c.first-1]) == "from" && c.last+1 < cands[k+1].first && tokenWord(fx.text, toks[c.last+1]) == "to" {
		return rateName(base, fx.perOf(toks, &cands[k+1]))
	}
	if c.q.kind == QuantityCurrency && !strings.Contains(base, " per ") {
		if per := fx.sentenceRate(toks, cands, k, base); per != "" {
			return rateName(base, per)
		}
	}
	return base
}

// sentenceRate is the rate that a sum written without one shares with the
// nearest sum of the same currency in its sentence that has one: a market
// report gives the rate once and its moves and levels are all in it
// ("Brent shed 70 cents, trading under $112 a barrel, after settling $1.17
// higher": cent per barrel, $ per barrel; "rose Rs 700 to Rs 1,25,400 per
// 10 grams": both ₹ per 10 g), as CQE and the annotators read them. The
// sum must be a move (a verb of change before it, "higher" or "lower"
// after it) or of the same size as the priced sum, within ten times, and
// a sum with a multiplier ("$1.2 billion") is a total, never a price. The
// following priced sum is tried first at each distance, for the move
// leads to its level ("added $112 to $5,290 a tonne"). It is "" when no
// such sum stands in the sentence.
func (fx *figurer) sentenceRate(toks []ntoken, cands []candidate, k int, base string) string {
	c := &cands[k]
	if c.q.num.scaled || len(cands) < 2 || k+1 < len(cands) && cands[k+1].first == c.last+2 && tokenWord(fx.text, toks[c.last+1]) == "for" {
		return "" // "GH₵ 70 for five": the sum prices its own lot
	}
	minor, major := minorCurrencyOf[base], base
	if minor != "" {
		major = ""
	}
	move := -1 // unknown until a priced sum of another size asks
	for d := 1; d < len(cands); d++ {
		for _, j := range [2]int{k + d, k - d} {
			if j < 0 || j >= len(cands) {
				continue
			}
			o := &cands[j]
			if o.perFirst == 0 || o.q.kind != QuantityCurrency || o.q.unitFirst < 0 || o.q.num.scaled {
				continue
			}
			u := fx.bareCurrency(normalUnit(fx.text[toks[o.q.unitFirst].start:toks[o.q.unitLast].end], QuantityCurrency))
			if u != major && (minor == "" || !minorOfCurrency(minor, u)) {
				continue
			}
			per := fx.perOf(toks, o)
			if durationUnitNames[per] != "" || fx.clauseBreak(toks, min(c.last, o.last), max(c.first, o.first)) {
				return "" // "Rent is €900 a month and the deposit €2,700"; "per tonne; retail buyers paid Rs 9,800"
			}
			v, ov := c.b.min, o.b.min
			if minor != "" {
				v /= 100
			}
			if v <= 0 || ov <= 0 || v*10 < ov || ov*10 < v {
				if move < 0 {
					move = 0
					if fx.changeAmount(toks, cands, k) || c.first > 0 && lowerIn(priceMoveVerbs, ntText(fx.text, toks[c.first-1])) ||
						c.last+1 < len(toks) && foldIn(ntText(fx.text, toks[c.last+1]), "higher", "lower") {
						move = 1
					}
				}
				if move == 0 && !(j > k && fx.movesTo(toks, cands, k, j)) {
					return ""
				}
			}
			return per
		}
	}
	return ""
}

// clauseBreak reports whether a new clause with its own subject stands
// between tokens from and to: a semicolon, or "and" before a determiner
// ("a barrel on Monday and the index fell"). A market report's "while"
// compares a sibling price and is no break.
func (fx *figurer) clauseBreak(toks []ntoken, from, to int) bool {
	for j := from + 1; j < to; j++ {
		switch tokenWord(fx.text, toks[j]) {
		case ";":
			return true
		case "and":
			if j+1 < to && toks[j+1].lx != nil && toks[j+1].lx.cls&clsDet != 0 {
				return true
			}
		}
	}
	return false
}

// pointOfPercent reports whether the points of candidate k, whose last
// token is end, move a percentage, and so are percentage points, as rate and forecast copy
// writes them: the move reaches a percent ("by 0.25 point to a range of
// 1.75%-2%") or stands in brackets after one ("2.5 per cent (up 0.1
// points)"). An index's points restated as a percent ("212 points, or
// 0.6%") are not read here.
func (fx *figurer) pointOfPercent(toks []ntoken, cands []candidate, k, end int) bool {
	c := &cands[k]
	if k+1 < len(cands) && cands[k+1].q.kind == QuantityPercent && end+1 < cands[k+1].first &&
		tokenWord(fx.text, toks[end+1]) == "to" {
		for m := end + 2; m < cands[k+1].first; m++ {
			if !foldIn(ntText(fx.text, toks[m]), "a", "range", "of") {
				return false
			}
		}
		return true
	}
	if k > 0 && cands[k-1].q.kind == QuantityPercent && c.first >= 1 {
		m := c.first - 1
		if foldIn(ntText(fx.text, toks[m]), "up", "down") {
			m--
		}
		return m == cands[k-1].last+1 && ntIsPunct(fx.text, toks[m], '(')
	}
	return false
}

// priceMoveVerbs move a price in market copy without naming a rise or a
// fall as the words of change do: "shed 70 cents", "added $112".
var priceMoveVerbs = map[string]bool{"shed": true, "lost": true, "gained": true, "added": true, "slipped": true,
	"eased": true, "edged": true, "firmed": true, "lose": true, "gain": true, "add": true, "shedding": true,
	"losing": true, "gaining": true, "adding": true, "slipping": true, "easing": true}

// movesTo reports whether sum k is the move that takes a price to the
// level j after it, whatever verb moved it: "gained 6.45 cents to $3.8120
// a pound", "added $112, or 2.2%, to settle at $5,290 a tonne". Only
// "to" or "at", commas, "or", a percent that restates the move and the
// closing verbs stand between.
func (fx *figurer) movesTo(toks []ntoken, cands []candidate, k, j int) bool {
	at := false
	m := cands[k].last + 1
	for i := k + 1; i <= j; i++ {
		for ; m < cands[i].first; m++ {
			w := tokenWord(fx.text, toks[m])
			if w == "" {
				w = lowerKey(ntText(fx.text, toks[m])) // "settling" is no word of the lexicon
			}
			switch {
			case w == "to" || w == "at":
				at = true
			case w == "," || w == "or" || closingVerbs[w]:
			default:
				return false
			}
		}
		if i < j && cands[i].q.kind != QuantityPercent {
			return false
		}
		m = cands[i].last + 1
	}
	return at
}

// minorCurrencyOf names the hundredth parts of currencies as a sum's unit
// writes them, and minorOfCurrency says whose part each is: a cent is of
// the dollar, the euro and most others, a penny of sterling, a paisa of
// the rupee, a kobo of the naira.
var minorCurrencyOf = map[string]string{"cent": "cent", "pence": "pence", "paise": "paise", "kobo": "kobo"}

func minorOfCurrency(minor, currency string) bool {
	switch currency {
	case "£":
		return minor == "pence"
	case "₹", "Rs":
		return minor == "paise"
	case "₦":
		return minor == "kobo"
	}
	return minor == "cent" && currency != ""
}

// exchangeMove is the unit of a sum that is the move of an exchange rate,
// written once with the level the rate reaches: "fell 9 paise to 84.12
// against the dollar" is 9 paise per $, "fell by N95.83 to N1,658.48
// against the dollar" N95.83 per $. The level comes next, a percent of
// the move aside, after "to" or "at"; the sum is a move when a verb of
// change stands before it or "higher", "lower" after it. It is "" for any
// other sum.
func (fx *figurer) exchangeMove(toks []ntoken, cands []candidate, k int, base string) string {
	c := &cands[k]
	direction := false
	for j := k + 1; j < len(cands) && j <= k+2; j++ {
		o := &cands[j]
		at := false
		for m := cands[j-1].last + 1; m < o.first; m++ {
			w := tokenWord(fx.text, toks[m])
			if w == "" {
				w = strings.ToLower(ntText(fx.text, toks[m]))
			}
			switch w {
			case "to", "at":
				at = true
			case "higher", "lower", "up", "down", "stronger", "weaker":
				direction = true
			case ",", "or":
			default:
				if closingVerbs[w] || at && levelWords[w] {
					continue // "to settle at", "to an all-time low of"
				}
				return ""
			}
		}
		if !at && o.q.kind == QuantityPercent {
			continue // "fell 20 paise, or 0.2%, to 83.45"
		}
		if !at || c.perFirst > 0 || !direction && (c.first == 0 || changeWordBefore(fx.text, toks, c.first) == "") {
			return ""
		}
		if per := fx.exchangeDenominatorOf(toks, o); per != "" {
			return rateName(base, per)
		}
		return ""
	}
	return ""
}

// exchangeDenominatorOf is the currency that candidate o is an exchange
// rate against ("to N1,658.48 against the dollar", "83.12 to the
// dollar"), or "".
func (fx *figurer) exchangeDenominatorOf(toks []ntoken, o *candidate) string {
	if o.perFirst > 0 {
		if t := toks[o.perFirst]; o.perFirst == o.perLast && t.lx != nil && t.lx.currency {
			return normalUnit(ntText(fx.text, t), QuantityCurrency)
		}
		return ""
	}
	if o.unitFirst >= 0 {
		return ""
	}
	if per := exchangeDenominator(fx.text, toks, o.last); per >= 0 {
		return normalUnit(ntText(fx.text, toks[per]), QuantityCurrency)
	}
	return ""
}

// levelUnit is the unit of a bare number that is the level a change
// reaches, written once with the change: "fell 500 points, or 1.5%, to
// 33,000", "closed 212 points higher at 38,940". The change comes just
// before, a percent of it aside, and the number follows its "to" or
// "at". It is "" when no such change stands before it.
func (fx *figurer) levelUnit(toks []ntoken, cands []candidate, k int) string {
	c := &cands[k]
	if c.first == 0 || !foldIn(tokenWord(fx.text, toks[c.first-1]), "to", "at") {
		return ""
	}
	end := c.first - 1 // the tokens before end must be the change, with its percent
	direction := false // "higher", "lower" say it is a change
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		o := &cands[j]
		for m := o.last + 1; m < end; m++ {
			w := tokenWord(fx.text, toks[m])
			if w == "" {
				w = strings.ToLower(ntText(fx.text, toks[m]))
			}
			switch w {
			case "higher", "lower", "up", "down":
				direction = true
			case ",", "or", "to":
			default:
				if !closingVerbs[w] {
					return ""
				}
			}
		}
		if o.q.kind == QuantityPercent {
			end = o.first
			continue
		}
		if o.unitFirst < 0 || o.perFirst > 0 || o.b.hasSecond || o.first == 0 || !direction && !fx.changeAmount(toks, cands, j) {
			return ""
		}
		return normalUnit(fx.text[toks[o.unitFirst].start:toks[o.unitLast].end], o.q.kind)
	}
	return ""
}

// levelWords name the level a move reaches: "to an all-time low of 80.15",
// "to a record high of".
var levelWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "record": true, "fresh": true,
	"new": true, "all": true, "-": true, "time": true, "lifetime": true, "low": true, "high": true, "peak": true}

// closingVerbs may stand between a change and the level it reaches: "rose
// 580 points to close at 39,400", "fell 9 paise to settle at 84.12".
var closingVerbs = map[string]bool{"close": true, "closed": true, "closing": true, "settle": true, "settled": true,
	"settling": true, "end": true, "ended": true, "ending": true, "finish": true, "finished": true, "reach": true,
	"reached": true, "reaching": true, "trade": true, "traded": true, "trading": true}

// changeAmount reports whether candidate j is the amount of a change: a
// verb of change stands before it, or before the percent it restates
// ("fell 2.1 per cent, or 154 points, to 7,100").
func (fx *figurer) changeAmount(toks []ntoken, cands []candidate, j int) bool {
	o := &cands[j]
	if changeWordBefore(fx.text, toks, o.first) != "" {
		return true
	}
	if j == 0 || cands[j-1].q.kind != QuantityPercent || cands[j-1].last+1 >= o.first {
		return false
	}
	for m := cands[j-1].last + 1; m < o.first; m++ {
		if w := tokenWord(fx.text, toks[m]); w != "," && w != "or" {
			return false
		}
	}
	return changeWordBefore(fx.text, toks, cands[j-1].first) != ""
}

// exchangeRate is the unit of a bare number that is an exchange rate:
// "129.5 to the dollar", "155 per dollar", "83.12 against the US
// dollar", in the currency the sentence names before it ("The rupee
// closed at", "Kenya's shilling traded at", "The Turkish lira slid
// beyond"): "₹ per $", "KSh per $", "₺ per $". It is "" when the number
// is no rate of a currency, or the sentence names no currency for it.
func (fx *figurer) exchangeRate(toks []ntoken, c *candidate) string {
	per := exchangeDenominator(fx.text, toks, c.last)
	if per < 0 {
		return ""
	}
	for j := c.first - 1; j >= 0 && j >= c.first-exchangeLookBack; j-- {
		t := toks[j]
		if ntIsPunct(fx.text, t, ';') {
			return "" // another clause stands between
		}
		if t.kind == ntWord && t.lx != nil && t.lx.currency && !isCurrencyCode(ntText(fx.text, t)) && !minorCurrency[t.lx.w] {
			return rateName(fx.bareCurrency(currencyWordName(fx.text, toks, j)), normalUnit(ntText(fx.text, toks[per]), QuantityCurrency))
		}
	}
	return ""
}

// minorCurrency are the words of a currency's hundredth part: the move of
// a currency ("fell 9 paise to 84.12 against the dollar") names one, but
// the currency whose rate it is stands further back.
var minorCurrency = map[string]bool{"cent": true, "cents": true, "pence": true, "penny": true, "pennies": true,
	"paise": true, "paisa": true, "kobo": true}

// exchangeLookBack is the most tokens between a currency's name and its
// rate: "The Turkish lira slid beyond 34 to the dollar", "The rupee,
// which India's central bank defends, closed at 84.2 to the dollar".
const exchangeLookBack = 14

// exchangeDenominator returns the token of the currency after the number
// that ends at token k when the two make an exchange rate ("to the
// dollar", "per dollar", "against the US dollar", "a euro"), or -1.
func exchangeDenominator(text string, toks []ntoken, k int) int {
	j := k + 1
	if j+1 >= len(toks) {
		return -1
	}
	switch tokenWord(text, toks[j]) {
	case "per", "a":
		j++
	case "to", "against":
		j++
		if tokenWord(text, toks[j]) != "the" {
			return -1
		}
		j++
	default:
		return -1
	}
	if j+1 < len(toks) && (strings.EqualFold(ntText(text, toks[j]), "US") || ntText(text, toks[j]) == "U.S.") {
		j++ // "the US dollar"
	}
	if j < len(toks) && toks[j].kind == ntWord && toks[j].lx != nil && toks[j].lx.currency {
		return j
	}
	return -1
}

// currencyWordName is the sign or code of the currency named at token j,
// with the nationality or country before it: "Turkish lira" → "₺",
// "Kenya's shilling" → "KSh", "rupee" → "₹" when the text names no other
// rupee.
func currencyWordName(text string, toks []ntoken, j int) string {
	w := strings.ToLower(ntText(text, toks[j]))
	if j > 0 {
		prev := strings.ToLower(ntText(text, toks[j-1]))
		if country, ok := strings.CutSuffix(prev, "'s"); ok {
			prev = country + "n" // "Kenya's" → "kenyan"
		} else if country, ok := strings.CutSuffix(prev, "’s"); ok {
			prev = country + "n"
		} else if (prev == "s") && j > 2 && (ntText(text, toks[j-2]) == "'" || ntText(text, toks[j-2]) == "’") {
			prev = strings.ToLower(ntText(text, toks[j-3])) + "n"
		}
		if s, ok := currencyNames[prev+" "+singular(w)]; ok {
			return s
		}
	}
	return normalUnit(ntText(text, toks[j]), QuantityCurrency)
}

// currencyHints are the currencies a text names for its bare rupees and
// pounds, read once when the first such sum turns up, and the scale it
// names for its bare degrees, read once when the first turns up.
type currencyHints struct {
	read         bool
	rupee, pound string // the currency's sign or code, or "" when the text does not say or says several
	degreesRead  bool
	degrees      string // "°C" or "°F", or "" when the text names neither or both
}

// bareDegrees gives a bare "degrees" the scale of temperature the text
// names, when it names one and not the other: "116 degrees Fahrenheit,
// with 110-115 degrees expected" is °F throughout, "a high of 45 degrees"
// in a text that writes "°C" is °C. A text that names neither or both
// keeps "degree".
func (fx *figurer) bareDegrees() string {
	h := &fx.currencies
	if !h.degreesRead {
		h.degreesRead = true
		low := strings.ToLower(fx.text)
		h.degrees = onlyOne(
			strings.Contains(fx.text, "°C") || strings.Contains(low, "celsius") || strings.Contains(low, "celcius") ||
				strings.Contains(low, "centigrade"), "°C",
			strings.Contains(fx.text, "°F") || strings.Contains(low, "fahrenheit"), "°F")
	}
	if h.degrees == "" {
		return "degree"
	}
	return h.degrees
}

// bareCurrency gives a bare "Rs", "rupees" or "pounds" the currency the
// text itself names: the Indian rupee when it writes "₹", "INR" or
// "Indian rupees" and names no other rupee, likewise "PKR"/"Pakistani
// rupees", "NPR"/"Nepali rupees", "LKR"/"Sri Lankan rupees"; a pound is
// sterling (£) when the text writes "£", "GBP", "sterling" or "British
// pounds", and "Egyptian pounds" (EGP), "Sudanese" (SDG), "South Sudanese"
// (SSP), "Lebanese" (LBP) and "Syrian pounds" (SYP) are their own. A
// text that names none, or several, keeps "Rs", "rupee" or "pound":
// ambiguous but honest. No currency is guessed from a place name.
func (fx *figurer) bareCurrency(base string) string {
	if base != "Rs" && base != "rupee" && base != "pound" {
		return base
	}
	h := &fx.currencies
	if !h.read {
		h.read = true
		low := strings.ToLower(fx.text)
		h.rupee = onlyOne(
			strings.Contains(fx.text, "₹") || strings.Contains(fx.text, "INR") || strings.Contains(low, "indian rupee"), "₹",
			strings.Contains(fx.text, "PKR") || strings.Contains(low, "pakistani rupee"), "PKR",
			strings.Contains(fx.text, "NPR") || strings.Contains(low, "nepali rupee") || strings.Contains(low, "nepalese rupee"), "NPR",
			strings.Contains(fx.text, "LKR") || strings.Contains(low, "sri lankan rupee"), "LKR")
		southSudan := strings.Count(low, "south sudanese pound")
		h.pound = onlyOne(
			strings.Contains(fx.text, "£") || strings.Contains(fx.text, "GBP") || strings.Contains(low, "sterling") ||
				strings.Contains(low, "british pound") || strings.Contains(low, "uk pound"), "£",
			strings.Contains(fx.text, "EGP") || strings.Contains(low, "egyptian pound"), "EGP",
			strings.Contains(fx.text, "SDG") || strings.Count(low, "sudanese pound") > southSudan, "SDG",
			strings.Contains(fx.text, "SSP") || southSudan > 0, "SSP",
			strings.Contains(fx.text, "LBP") || strings.Contains(low, "lebanese pound"), "LBP",
			strings.Contains(fx.text, "SYP") || strings.Contains(low, "syrian pound"), "SYP")
	}
	name := h.rupee
	if base == "pound" {
		name = h.pound
	}
	if name == "" {
		return base
	}
	return name
}

// onlyOne takes pairs of a test and a name, and returns the name of the
// one test that holds, or "" when none or several do.
func onlyOne(pairs ...any) string {
	found := ""
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i].(bool) {
			if found != "" {
				return ""
			}
			found = pairs[i+1].(string)
		}
	}
	return found
}

// perOf is the normal name of the denominator of rate c.
func (fx *figurer) perOf(toks []ntoken, c *candidate) string {
	if c.perFirst == c.perLast && fx.text[toks[c.perFirst].start:toks[c.perLast].end] == "b" {
		return "barrel" // "$72.94/b", "60 cents/b": oil copy's barrel (as in "b/d")
	}
	return normalUnit(fx.text[toks[c.perFirst].start:toks[c.perLast].end], QuantityDimension)
}

// sameUnit reports whether candidate o is a sum in the currency base, or
// a measure in the unit base, as c is.
func (fx *figurer) sameUnit(toks []ntoken, o, c *candidate, base string) bool {
	if o.q.kind != c.q.kind || o.q.unitFirst < 0 || c.sentenceStart != o.sentenceStart {
		return false
	}
	u := normalUnit(fx.text[toks[o.q.unitFirst].start:toks[o.q.unitLast].end], o.q.kind)
	if o.q.kind == QuantityCurrency {
		u = fx.bareCurrency(u)
	}
	return u == base
}

// levelAfter reports whether the figure that starts at token first is
// the level a change by the rate o reaches: "cut the price by Rs 200 per
// cylinder, to Rs 903".
func levelAfter(text string, toks []ntoken, o candidate, first int) bool {
	if o.first == 0 || tokenWord(text, toks[o.first-1]) != "by" {
		return false
	}
	to := false
	for j := o.last + 1; j < first; j++ {
		switch tokenWord(text, toks[j]) {
		case ",":
		case "to":
			to = true
		default:
			return false
		}
	}
	return to
}

// movedAfter reports whether the words between two figures, tokens (from,
// to), move the first one's price on to a second level: "to $13,345.50
// per ton, dropping to $13,083", "$82 a barrel before falling to $80".
// A new subject between them ("while silver gained 1.2% to $29.80") is
// another price.
func movedAfter(text string, toks []ntoken, from, to int) bool {
	if to-from < 3 || to-from > 6 || tokenWord(text, toks[to-1]) != "to" {
		return movedLater(text, toks, from, to)
	}
	moved := false
	for j := from + 1; j < to-1; j++ {
		w := tokenWord(text, toks[j])
		if w == "" {
			w = strings.ToLower(ntText(text, toks[j]))
		}
		switch {
		case w == "," || w == "before" || w == "then" || w == "briefly" || w == "later" || w == "and" || w == "back" || w == "again":
		case toks[j].lx != nil && toks[j].lx.change != "" || movingVerbs[w]:
			moved = true
		default:
			return false
		}
	}
	return moved
}

// movedLater reports whether the second figure, at token to, is a level
// the first one's price reached before or after, its clause tied to the
// first's by "after" or "before": "to $83.85 a barrel at 10:15 a.m. on
// the ICE exchange after earlier climbing to $84.97". No other clause
// stands between.
func movedLater(text string, toks []ntoken, from, to int) bool {
	j := to - 1
	if to-from > movedLookBack || j-2 <= from || tokenWord(text, toks[j]) != "to" {
		return false
	}
	j--
	w := strings.ToLower(ntText(text, toks[j]))
	if !movingVerbs[w] && (toks[j].lx == nil || toks[j].lx.change == "") {
		return false
	}
	j--
	if w := strings.ToLower(ntText(text, toks[j])); w == "earlier" || w == "later" || w == "briefly" {
		j--
	}
	if w := tokenWord(text, toks[j]); j <= from || w != "after" && w != "before" {
		return false
	}
	for m := from + 1; m < j; m++ {
		switch tokenWord(text, toks[m]) {
		case ";", "while", "whereas", "but", "and":
			return false
		}
	}
	return true
}

// movedLookBack is the most tokens between a price and a level it reached
// in a clause tied to it by "after" or "before".
const movedLookBack = 30

// movingVerbs are the participles of a price's move that the words of
// change lack: "dropping to", "touching".
var movingVerbs = map[string]bool{"dropping": true, "falling": true, "rising": true, "climbing": true, "sliding": true,
	"slipping": true, "jumping": true, "tumbling": true, "touching": true, "hitting": true, "reaching": true, "easing": true,
	"recovering": true, "rebounding": true, "retreating": true, "dipping": true, "sinking": true, "surging": true,
	"soaring": true, "spiking": true, "paring": true, "trimming": true, "extending": true}

// comparedAfter reports whether the words between two figures, tokens
// (from, to), compare the second with the first: "down from", "forecasts
// of", "compared with", "compared to", "than", "versus". The comparison
// may come after the period of the first: "$2.12 a share in the second
// quarter, above the average analyst estimate of $1.84". The caller also
// asks that the two be of one size: "$1.12 a share, on revenue of
// $27.9bn" is no comparison.
func comparedAfter(text string, toks []ntoken, from, to int) bool {
	if to-from > 12 {
		return false
	}
	for j := from + 1; j < to; j++ {
		switch w := tokenWord(text, toks[j]); w {
		case "from", "than", "with", "versus", "vs", "against", "compared":
			return true
		case "of":
			if j > 0 && estimateWords[strings.ToLower(ntText(text, toks[j-1]))] {
				return true // "forecasts of", but "revenue of"
			}
		case ";", ".", "and", "but", "while":
			return false
		}
	}
	return false
}

// rateName joins a unit and the denominator of its rate: the usual symbol
// where there is one ("km/h", "mg/L"), else "X per Y".
func rateName(base, per string) string {
	if s, ok := rateSymbols[base+"/"+per]; ok {
		return s
	}
	return base + " per " + per
}

// rateSymbols are the compound units written with their own symbol.
var rateSymbols = map[string]string{
	"km/hour": "km/h", "km/h": "km/h", "mile/hour": "mph", "mile/h": "mph", "m/second": "m/s", "m/s": "m/s",
	"mg/litre": "mg/L", "mg/L": "mg/L", "mg/l": "mg/L", "µg/m³": "µg/m³", "g/km": "g/km", "foot/second": "ft/s",
	"knot/hour": "knot", "km/second": "km/s", "km/s": "km/s",
}

// normalUnit writes a unit of the given kind in its normal form; a unit it
// does not know is kept as written, and a counted noun is not touched.
func normalUnit(written string, kind QuantityKind) string {
	switch kind {
	case QuantityNumber:
		return written
	case QuantityPercent:
		return "%"
	}
	switch written {
	case "$", "€", "£", "¥", "₹", "₦":
		if kind == QuantityCurrency {
			return written // most sums: no lower-casing, no lookups
		}
	}
	if kind == QuantityDuration {
		if s, ok := durationUnitNames[written]; ok {
			return s // "days", "years"
		}
	}
	w := written
	if strings.ContainsAny(w, "\t\n\r") || strings.Contains(w, "  ") {
		w = strings.Join(strings.Fields(w), " ") // "square\nkilometres"
	}
	low := strings.ToLower(w) // no copy when w has no capitals
	switch kind {
	case QuantityCurrency:
		if s, ok := currencyNames[low]; ok {
			return s
		}
		if s, ok := currencyNames[singular(low)]; ok {
			return s
		}
		if isCurrencyCode(w) && len(w) == 3 {
			return strings.ToUpper(w) // "THB", "ETB"
		}
		if scaledCode(w) > 0 {
			return normalUnit(w[1:], kind) // "MUSD" → "$"
		}
		return singular(low)
	case QuantityTemperature:
		switch {
		case strings.Contains(low, "fahrenheit") || strings.HasSuffix(w, "F"):
			return "°F"
		case strings.Contains(low, "celsius") || strings.Contains(low, "celcius") || strings.Contains(low, "centigrade") || strings.HasSuffix(w, "C"):
			return "°C"
		case low == "°":
			return "°"
		}
		return "degree"
	case QuantityDuration:
		if s, ok := durationUnitNames[low]; ok {
			return s
		}
		return singular(low)
	}
	// A measure, or a rate's denominator: "kilometres per hour", "mg/L",
	// "square kilometres", "terawatt hours", "barrel", "dollar".
	if s, ok := rateSymbols[low]; ok {
		return s // "km/h", "mg/l"
	}
	if s, ok := measureNames[low]; ok {
		return s // "b/d", "barrels a day", "miles per hour": one unit, not a rate of two
	}
	if num, rest, ok := strings.Cut(w, " "); ok && rest != "" && strings.Trim(num, "0123456789,.") == "" && num != "" {
		return num + " " + normalUnit(rest, QuantityDimension) // a denominator with its count: "per 10 grams" → "10 g"
	}
	if rest, ok := strings.CutPrefix(low, "thousand "); ok && rest != "" {
		return "1000 " + normalUnit(rest, QuantityDimension) // "per thousand cubic metres" of gas: "1000 m³"
	}
	for _, sep := range []string{" per ", "/", " an ", " a "} {
		if a, b, ok := strings.Cut(w, sep); ok && strings.TrimSpace(a) != "" && strings.TrimSpace(b) != "" {
			// "km / h", spaced as some copy types it: "km/h"
			return rateName(normalUnit(strings.TrimSpace(a), QuantityDimension), normalUnit(strings.TrimSpace(b), QuantityDimension))
		}
	}
	if s, ok := measureNames[singular(low)]; ok {
		return s
	}
	if rest, ok := strings.CutPrefix(low, "square "); ok {
		return powerOf(rest, "²", "square ")
	}
	if rest, ok := strings.CutPrefix(low, "sq "); ok {
		return powerOf(rest, "²", "square ")
	}
	if rest, ok := strings.CutPrefix(low, "cubic "); ok {
		return powerOf(rest, "³", "cubic ")
	}
	if rest, ok := strings.CutPrefix(low, "metric "); ok {
		return normalUnit(rest, QuantityDimension)
	}
	if s, ok := currencyNames[low]; ok {
		return s // the denominator of an exchange rate: "per dollar"
	}
	if s, ok := durationUnitNames[low]; ok {
		return s // the denominator of a rate: "a day", "per annum"
	}
	if strings.ToUpper(w) == w || strings.ContainsAny(w, "0123456789") {
		return w // "MWh", "L", "km2": a symbol as written
	}
	return singular(low)
}

// powerOf writes "square kilometres" as "km²" and "square miles" as
// "square mile": a symbol takes the power sign, a name the word.
func powerOf(rest, sign, word string) string {
	u := normalUnit(rest, QuantityDimension)
	if len(u) <= 2 && u != "" && !strings.Contains(u, " ") {
		return u + sign
	}
	return word + u
}

// singular drops the plural of an English unit name: "miles" → "mile",
// "inches" → "inch", "feet" → "foot", "cedis" → "cedi".
func singular(w string) string {
	switch {
	case w == "feet":
		return "foot"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y" // "centuries"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2] // "inches"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// estimateWords are the nouns of an expected value, which "of" joins to
// the value compared: "forecasts of $1.21".
var estimateWords = map[string]bool{"forecast": true, "forecasts": true, "estimate": true, "estimates": true,
	"expectations": true, "consensus": true, "projection": true, "projections": true, "average": true}

// durationUnitNames are the singular names of units of time.
var durationUnitNames = map[string]string{
	"yr": "year", "yrs": "year", "annum": "year", "hr": "hour", "hrs": "hour", "h": "hour", "min": "minute",
	"mins": "minute", "sec": "second", "secs": "second", "s": "second", "ms": "millisecond", "fortnight": "fortnight",
	"capita": "capita", "centuries": "century", "century": "century",
	"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour",
	"days": "day", "day": "day", "years": "year", "year": "year", "months": "month", "month": "month", "weeks": "week",
	"week": "week", "hours": "hour", "hour": "hour", "minutes": "minute", "minute": "minute", "seconds": "second",
	"second": "second", "decades": "decade", "decade": "decade", "nights": "night", "night": "night",
}

// measureNames are the spellings of units of measure, lower case, with
// their symbol or singular name.
var measureNames = map[string]string{}

// currencyNames are the spellings of currencies, lower case, with their
// sign or ISO code.
var currencyNames = map[string]string{}

// buildUnitNames fills measureNames and currencyNames from lists of
// spellings, each line a normal form and its spellings.
func buildUnitNames() {
	fill := func(m map[string]string, table string) {
		for _, line := range strings.Split(table, "\n") {
			name, spellings, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok {
				continue
			}
			name = strings.TrimSpace(name)
			m[strings.ToLower(name)] = name
			for _, s := range strings.Split(spellings, ",") {
				if s = strings.Join(strings.Fields(s), " "); s != "" {
					m[s] = name
				}
			}
		}
	}
	fill(measureNames, `km: kms, kilometre, kilometer, kmph
		m: metre, meter, mtr
		cm: centimetre, centimeter
		mm: millimetre, millimeter
		dm: decimetre, decimeter
		km/h: kph, kmh, km/hr, kilometre per hour, kilometer per hour, kilometres per hour, kilometers per hour, km per hour, kilometres an hour, kilometers an hour
		mph: miles per hour, mile per hour, miles an hour
		m/s: metres per second, meters per second, m/sec, metres a second, meters a second
		km/s: kilometres per second, kilometers per second, km per second, km/sec, kmps, kilometres a second, kilometers a second
		mile: mi
		nautical mile: nautical miles
		yard: yd, yds
		foot: ft, feet
		inch: in, inches, ″, "
		km²: km2, sq km, square km
		m²: m2, sq m
		m³: m3
		hectare: ha
		acre: acres
		tonne: t, metric ton, metric tons, metric tonne, metric tonnes
		ton: tons
		kg: kgs, kilo, kilos, kilogram, kilogramme
		g: gram, gramme, gm, gms
		mg: milligram, milligramme
		µg: mcg, microgram, microgramme
		lb: lbs
		ounce: oz
		litre: l, liter, litres, liters
		ml: millilitre, milliliter
		gallon: gal
		barrel: bbl, bbls
		barrel per day: bpd, b/d, barrels per day, barrels a day
		MMBtu: mmbtus, million british thermal unit, million british thermal units, million btu, million btus
		mAh: milliampere hour, milliampere-hour
		V: volt
		kV: kilovolt
		W: watt
		kW: kilowatt
		MW: megawatt
		GW: gigawatt
		TW: terawatt
		kWh: kilowatt hour, kilowatt-hour
		MWh: megawatt hour, megawatt-hour
		GWh: gigawatt hour, gigawatt-hour
		TWh: terawatt hour, terawatt-hour
		Mbps:
		Gbps:
		kb: kilobit
		GB: gigabyte
		MB: megabyte
		TB: terabyte
		knot: kt, kts
		light-year: light year, light-years, light years
		basis point: bps, bp, basis points
		percentage point: percentage points, pp, ppt
		mg/L: mg/l`)
	fill(currencyNames, `$: us$, us $, usd, dollar, us dollar, u.s. dollar, american dollar, greenback
		A$: au$, aud, australian dollar
		C$: ca$, can$, c $, can $, cad, canadian dollar
		HK$: hk $, hkd, hong kong dollar
		NZ$: nz $, nzd, new zealand dollar
		S$: sg$, sgd, singapore dollar
		NT$: twd, taiwan dollar, taiwanese dollar, new taiwan dollar
		MX$: mex$, mex $, mxn, mexican peso
		€: eur, euro
		£: gbp, pound sterling, pounds sterling, sterling, british pound, uk pound
		¥: jpy, jp¥, yen, japanese yen, cn¥, cny, rmb, yuan, renminbi, chinese yuan
		₹: inr, indian rupee
		Rs: rs.
		PKR: pakistani rupee
		LKR: sri lankan rupee
		NPR: nepali rupee, nepalese rupee
		₦: n, ngn, naira, nigerian naira
		ZAR: r, rand, south african rand, south-african rand
		shilling: sh, shs
		KSh: kes, kshs, kenyan shilling
		UGX: ush, ugandan shilling
		TZS: tsh, tanzanian shilling
		SOS: somali shilling
		GH₵: ₵, ghs, gh ₵, cedi, ghana cedi, ghanaian cedi
		₺: lira, liras, turkish lira, turkish liras
		₽: rub, ruble, rouble, russian ruble, russian rouble
		₴: uah, hryvnia, ukrainian hryvnia
		₪: ils, shekel, israeli shekel
		₩: krw, south korean won
		R$: brl, brazilian real, reais, brazilian reais
		ETB: birr, ethiopian birr
		HTG: gourde, haitian gourde
		CHF: swiss franc
		EGP: egyptian pound
		SDG: sudanese pound
		SSP: south sudanese pound
		LBP: lebanese pound
		SYP: syrian pound
		SAR: saudi riyal
		AED: uae dirham, emirati dirham
		QAR: qatari riyal
		IRR: iranian rial
		IQD: iraqi dinar
		JOD: jordanian dinar
		KWD: kuwaiti dinar
		BDT: taka, bangladeshi taka
		IDR: rupiah, indonesian rupiah
		MYR: ringgit, malaysian ringgit
		THB: baht, thai baht
		₿: btc, bitcoin
		cent: ¢, cents, us cent, us cents, u.s. cent, u.s. cents
		pence: p, penny, pennies
		paise: paisa
		kobo:`)
}
