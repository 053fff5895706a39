package extract

import (
	"math"
	"strconv"
	"strings"
)

// NumberRange is a bounded or open range of numbers as written: "between
// 20 and 30", "more than 4,565", "up to 700", "1000-5000".
type NumberRange struct {
	Start, End int      // byte offsets of the range expression
	Min, Max   *float64 // bounds; nil where open
	// MinIncluded and MaxIncluded say whether each bound belongs to the range.
	MinIncluded, MaxIncluded bool
}

// Interval writes the range in interval notation: "[20,30)", "(4565,)".
func (r NumberRange) Interval() string {
	b := make([]byte, 0, 24)
	if r.MinIncluded {
		b = append(b, '[')
	} else {
		b = append(b, '(')
	}
	if r.Min != nil {
		b = strconv.AppendFloat(b, *r.Min, 'g', 12, 64)
	}
	b = append(b, ',')
	if r.Max != nil {
		b = strconv.AppendFloat(b, *r.Max, 'g', 12, 64)
	}
	if r.MaxIncluded {
		b = append(b, ']')
	} else {
		b = append(b, ')')
	}
	return string(b)
}

// NumberRanges returns the ranges and bounded numbers of text: the
// qualifiers of Figures, read as intervals.
func NumberRanges(text string) []NumberRange {
	prepare()
	toks := ntokenize(text, 0, len(text), nil)
	var out []NumberRange
	for i := 0; i < len(toks); {
		p, ok := parseNumber(text, toks, i)
		if !ok || p.split || p.ordinal || p.suffix >= 0 {
			i++
			continue
		}
		b, _ := boundsOf(text, toks, p)
		if b.kind == qExact || b.kind == qAbout || b.kind == qNearly {
			i = p.last + 1
			continue
		}
		r := NumberRange{Start: toks[b.first].start, End: toks[b.last].end}
		lo, hi := b.min, b.max
		switch b.kind {
		case qRange:
			r.Min, r.Max, r.MinIncluded = &lo, &hi, true
		case qAtLeast:
			r.Min, r.MinIncluded = &lo, true
		case qMoreThan:
			r.Min = &lo
		case qLessThan:
			r.Max = &hi
		case qUpTo:
			r.Max, r.MaxIncluded = &hi, true
		case qEqual:
			r.Min, r.Max, r.MinIncluded, r.MaxIncluded = &lo, &hi, true, true
		}
		// "larger than 20 and less or equal than thirty five": two bounds make one range.
		if b.last+2 < len(toks) && (ntIsWord(toks[b.last+1], "and") || ntIsPunct(text, toks[b.last+1], ',') || ntIsWord(toks[b.last+1], "but")) {
			if q, ok := nextBound(text, toks, b.last+2); ok && r.Max == nil && r.Min != nil && (q.kind == qLessThan || q.kind == qUpTo) && q.max > *r.Min {
				hi := q.max
				r.Max, r.MaxIncluded, r.End = &hi, q.kind == qUpTo, toks[q.last].end
				b.last = q.last
			} else if ok && r.Min == nil && r.Max != nil && (q.kind == qAtLeast || q.kind == qMoreThan) && q.min < *r.Max {
				lo := q.min
				r.Min, r.MinIncluded, r.End = &lo, q.kind == qAtLeast, toks[q.last].end
				b.last = q.last
			}
		}
		out = append(out, r)
		i = b.last + 1
	}
	return out
}

// nextBound parses a qualified number that starts at token k.
func nextBound(text string, toks []ntoken, k int) (bounds, bool) {
	for j := k; j < len(toks) && j < k+8; j++ {
		p, ok := parseNumber(text, toks, j)
		if !ok || p.split || p.ordinal || p.suffix >= 0 {
			continue
		}
		b, _ := boundsOf(text, toks, p)
		return b, b.first == k
	}
	return bounds{}, false
}

// bounds is a number with its qualifier: the tokens of the whole phrase,
// how it bounds the value, and whether it is a range of two numbers.
//
// Its byte-sized fields come last, together, so that they pack (see
// numParse). The second number of a range is not kept: only candidateOf
// reads it, for its unit, and each candidate of a batch is smaller
// without it (see candidate).
type bounds struct {
	first, last int // tokens of the phrase, qualifier included
	qualFirst   int // first token of a qualifier before the number, or the number
	min, max    float64
	num         numParse
	kind        qualKind
	hasSecond   bool
}

// boundsOf reads the qualifier or range around the number p: "at least
// 115", "between 2,000 and 3,000", "30 to 40", "500 or more". It returns
// the second number of a range with them (the zero numParse when there is
// none).
func boundsOf(text string, toks []ntoken, p numParse) (bounds, numParse) {
	b := bounds{kind: qExact, first: p.first, last: p.last, qualFirst: p.first, min: p.value, max: p.value, num: p}
	if q, sepStart, ok := rangeAfter(text, toks, p); ok {
		b.kind, b.hasSecond, b.last = qRange, true, q.last
		b.min, b.max = p.value, q.value
		if !p.scaled && q.scaled {
			b.min = inheritScale(p.value, q.value)
		}
		if b.min > b.max {
			b.min, b.max = b.max, b.min // "between ₦1,460 and ₦1,200"
		}
		// where a range's "between" or "from" would stand: before any currency sign
		if lead := currencyLead(text, toks, p.first); sepStart > 0 && lead > 0 {
			w := tokenWord(text, toks[lead-1])
			if (w == "between" && tokenWord(text, toks[sepStart]) == "and") || (w == "from" && tokenWord(text, toks[sepStart]) != "and") {
				b.first, b.qualFirst = lead-1, lead-1
			}
		}
		return b, q
	}
	if k, start, ok := matchBefore(text, toks, p.first); ok && !comparatorClash(text, toks, start) {
		b.kind, b.first, b.qualFirst = k, start, start
	}
	if k, end, ok := matchAfter(text, toks, p.last); ok && !(end+1 < len(toks) && toks[end+1].kind == ntNum) {
		switch {
		case k == qUpTo && isWord(text, toks[end], "equal") || k == qUpTo && isWord(text, toks[end], "to") && isWord(text, toks[end-1], "equal"):
			// "less than 5000 or equal", "more than 5000 or equal to": the bound is included.
			switch b.kind {
			case qLessThan:
				b.kind, b.last = qUpTo, end
			case qMoreThan:
				b.kind, b.last = qAtLeast, end
			}
		case b.kind == qExact || b.kind == qEqual || b.kind == qAbout || b.kind == qNearly:
			if b.kind == qAbout || b.kind == qNearly {
				b.first, b.qualFirst = p.first, p.first // "about five hundred or more": the bound wins
			}
			b.kind, b.last = k, end
		}
	}
	return b, numParse{}
}

// measureSuffix reports whether the suffix at token k glued to a number
// is a unit of measure ("mph", "km", "mm", "kg", "GW"), not a time of day.
func measureSuffix(text string, toks []ntoken, k int) bool {
	u := toks[k].lx
	return u != nil && (u.dim && u.timeUnit == "" || u.percent) || temperatureLetter(text, toks, k)
}

// currencyLead is the first token of the currency sign or code written
// before the number at token first ("$", "Rs", "Rs.", "KSh"), or first
// when there is none: where a range's "between" or "from" stands.
func currencyLead(text string, toks []ntoken, first int) int {
	if first == 0 {
		return first
	}
	if t := toks[first-1]; t.kind == ntPunct && currencySign(ntText(text, t)) {
		return first - 1
	}
	t := toks[first-1]
	switch {
	case t.kind == ntWord && (t.lx != nil && t.lx.currency || t.lx == nil && t.end-t.start <= 4),
		t.kind == ntPunct && t.end-t.start == 1 && text[t.start] == '.' && first >= 2 && toks[first-2].lx != nil && toks[first-2].lx.currency:
		// "Rs", "KSh", "N", "MAUD", "Rs.": ask the currency reader
		if s, ok := currencyPrefix(text, toks, first); ok {
			return s
		}
	}
	return first
}

// inheritScale gives the lower number of a range the scale of the upper:
// "between 2 and 3 million" runs from 2 million.
func inheritScale(lo, hi float64) float64 {
	for _, m := range []float64{1e12, 1e9, 1e6, 1e3} {
		if lo*m <= hi && lo*m*1000 > hi {
			return lo * m
		}
	}
	return lo
}

// rangeAfter finds the upper number of a range that starts with p: "30 to
// 40", "1000-5000", "20~100", "between 20 and 30", "two or three". It
// returns the upper number and the token of the separator.
func rangeAfter(text string, toks []ntoken, p numParse) (numParse, int, bool) {
	k := p.last + 1
	if k+1 >= len(toks) || p.frac && p.slash {
		return numParse{}, 0, false
	}
	pct, glued := false, false
	if int(p.suffix) == k && k+2 < len(toks) && (measureSuffix(text, toks, k) || !p.scaled && dimSuffix(ntText(text, toks[k]))) {
		k, glued = k+1, true // "35cm to 50cm", "10C-15C", "(17m to 37m)": the unit on both bounds
	}
	if ntIsPunct(text, toks[k], '%') && !toks[k].space && k+2 < len(toks) {
		k, pct = k+1, true // "5.25%-5.5%", "3% to 4%": the sign on both bounds
	}
	pctWords := 0
	if lx := toks[k].lx; lx != nil && (lx.percent || lx == lexPer) && !glued && !pct {
		if pctWords = percentWords(text, toks, k); pctWords > 0 && k+pctWords+1 < len(toks) {
			k += pctWords // "between 96 per cent and 104 per cent": the word on both bounds
		}
	}
	hyphens := false
	if ntIsPunct(text, toks[k], '-') && !toks[k].space && k+3 < len(toks) && ntIsWord(toks[k+1], "to") && !toks[k+1].space &&
		ntIsPunct(text, toks[k+2], '-') && !toks[k+2].space {
		k, hyphens = k+1, true // "three-to-six percent", "5-to-7"
	}
	sep := toks[k]
	w := tokenWord(text, sep)
	switch w {
	case "to", "through", "-", "–", "—", "~", "and", "or":
	default:
		return numParse{}, 0, false // most figures: no range, and no need to read a currency before them
	}
	lead := currencyLead(text, toks, p.first)
	between := lead > 0 && tokenWord(text, toks[lead-1]) == "between"
	if w == "and" && !between {
		return numParse{}, 0, false
	}
	if (w == "-" || w == "–") && !(toks[k+1].kind == ntNum || ntIsPunct(text, toks[k+1], '$')) {
		return numParse{}, 0, false
	}
	j := k + 1
	if hyphens {
		j++
	}
	if toks[j].kind == ntPunct && currencySign(ntText(text, toks[j])) {
		j++
	} else if j+1 < len(toks) && toks[j+1].kind == ntNum {
		if s, ok := currencyPrefix(text, toks, j+1); ok && s == j && toks[j].kind == ntWord {
			j++ // "Rs 80 to Rs 100", "KSh 500-KSh 700"
		}
	} else if j+2 < len(toks) && toks[j+2].kind == ntNum && ntIsPunct(text, toks[j+1], '.') {
		if s, ok := currencyPrefix(text, toks, j+2); ok && s == j {
			j += 2 // "Rs. 80 to Rs. 100"
		}
	}
	if j >= len(toks) {
		return numParse{}, 0, false
	}
	q, ok := parseNumber(text, toks, j)
	if !ok || q.split || q.ordinal || q.suffix >= 0 && p.suffix < 0 && !measureSuffix(text, toks, int(q.suffix)) {
		return numParse{}, 0, false // "1-2pm": times; but "0-60mph", "5-10km" are ranges of a measure
	}
	if pct && (q.last+1 >= len(toks) || !ntIsPunct(text, toks[q.last+1], '%')) {
		return numParse{}, 0, false
	}
	if pctWords > 0 && percentWords(text, toks, q.last+1) == 0 {
		return numParse{}, 0, false // "5 percent to 7": not one unit
	}
	if pctWords > 0 && lead > 0 && ntIsWord(toks[lead-1], "from") && !(lead > 1 && rangeWord(text, toks[lead-2])) {
		return numParse{}, 0, false // "raised the rate ... from 18.5 percent to 18.75 percent": a change; but "ranging from"
	}
	if glued && (q.suffix < 0 || ntText(text, toks[q.suffix]) != ntText(text, toks[p.suffix])) {
		return numParse{}, 0, false // "5kg to 10lb": not one unit
	}
	if p.first > 0 && ntText(text, toks[p.first-1]) == "+" || p.first > 1 && !toks[p.first].space && ntText(text, toks[p.first-1]) == "-" && toks[p.first-2].kind == ntNum {
		return numParse{}, 0, false // a phone number, a chain of numbers
	}
	if w == "-" && p.plain && p.digits == 4 && q.plain && q.digits <= 2 {
		return numParse{}, 0, false // "1995-01", "2023-24": dates and years
	}
	if (w == "-" || w == "–") && (sep.space != toks[k+1].space) {
		return numParse{}, 0, false // "- 1": a sign, not a dash
	}
	if p.frac != q.frac || w != "or" && p.first > 0 && tokenWord(text, toks[p.first-1]) == "by" {
		return numParse{}, 0, false // "fell by a third to 45,000": a change and a level; but "cut by 25 or 50 basis points"
	}
	lo := p.value
	if !p.scaled && q.scaled {
		lo = inheritScale(p.value, q.value)
	}
	if q.value <= lo && !(between && w == "and" && q.value < lo && !p.frac && p.plain == q.plain) {
		return numParse{}, 0, false // but "fluctuated between ₦1,460 and ₦1,200": a range given from its top
	}
	if w == "or" && (q.value > 10*lo || p.plain != q.plain || p.words != q.words) {
		return numParse{}, 0, false
	}
	if w == "to" && changeOfState(text, toks, lead, q.value >= 5*lo, p, q) {
		return numParse{}, 0, false // "rose from 5.50% to 6%", "rose 5 to 557": a change, two figures
	}
	return q, k, true
}

// percentWords is the number of tokens of "percent", "per cent" or "pc"
// at token k, or 0.
func percentWords(text string, toks []ntoken, k int) int {
	if k >= len(toks) || toks[k].kind != ntWord {
		return 0
	}
	switch {
	case toks[k].lx != nil && toks[k].lx.percent:
		return 1 // "percent", "pc"
	case ntIsWord(toks[k], "per") && k+1 < len(toks) && wordAt(text, toks[k+1], "cent"):
		return 2
	}
	return 0
}

// changeOfState reports whether "X to Y", whose X (with its sign) starts at
// token first, is a change from one state to another rather than a range:
// "from X to Y" governed by a verb of change ("rose from 5.50% to 6%",
// "raised the rate by 50 basis points, from 5.50% to 6%"), or "X to Y"
// right after one when Y is far above X and both are written alike ("rose
// 5 to 557", "rose £90 to £1,340": the rise and the new level).
// "ranging from 17 to 29", "increased in villages from 10 to 20 km", "rose
// 3 to 4 percent" and "rose 10 to 60 percent" (a range of rises: the unit
// is written once, after Y) stay ranges.
func changeOfState(text string, toks []ntoken, first int, far bool, p, q numParse) bool {
	if first > 0 && tokenWord(text, toks[first-1]) == "from" {
		return changeWordBefore(text, toks, first-1) != ""
	}
	if far && first > 0 && addedWord(tokenWord(text, toks[first-1])) {
		return true // "robusta added $112 to $5,290 a tonne": the rise and the new level
	}
	return far && !unitOnlyAfter(text, toks, p, q) && changeWordBefore(text, toks, first) != ""
}

// addedWord reports whether w is "added" or "adds", which markets use of a
// rise ("added 5 cents to $6.12"). It is no word of change elsewhere:
// "added 250,000 jobs" counts jobs, and "added" takes people as objects.
func addedWord(w string) bool { return w == "added" || w == "adds" || w == "adding" }

// unitOnlyAfter reports whether Y of "X to Y" carries a unit or a percent
// that X does not: "10 to 60 percent", "5 to 7 km".
func unitOnlyAfter(text string, toks []ntoken, p, q numParse) bool {
	if unitOf(text, toks, p).kind != QuantityNumber {
		return false
	}
	return unitOf(text, toks, q).kind != QuantityNumber
}

// changeLookBack is the most words that may stand between a word of
// change and what it governs ("raise its benchmark lending rate by").
const changeLookBack = 8

// changeWordBefore finds the word of change that governs what starts at
// token k: a figure ("rose by 5%", "fell to 4%", "an increase of 20%",
// "raise its key rate by 25 basis points", "lowered the forecast for
// growth to 1.5%") or the "from" of a change of state ("cut the cap from",
// "raised the rate by 50 basis points, from"). It is the one look-back
// rule of changes: after one linking word (by, to, of, from) it crosses at
// most changeLookBack words of what changes (adverbs, articles, nouns,
// "of" and "for" inside the noun phrase), a phrase of time ("in May") and
// an amount of change ("by 25 basis points,"). It stops at a mark, a
// number, any other preposition or conjunction, an auxiliary, and a word
// of range: "increased in villages from", "rose sharply, with groups
// from", "ranging from". A verb whose next word opens a phrase of its own
// ("rose for 10 to 20 days") governs nothing. It returns up, down, "=" for
// a verb that does not say its direction ("went from", "was revised
// from"), or "".
func changeWordBefore(text string, toks []ntoken, k int) Change {
	j := k - 1
	level := false // the figure is the level a change reaches: "to 5%"
	if j >= 0 {
		switch tokenWord(text, toks[j]) {
		case "by", "to", "of", "from":
			level = toks[j].lx.w == "to"
			j--
		}
	}
	link := j + 1 // the first token after the verb that may be a preposition
	for n := 0; j >= 0 && n < changeLookBack; j-- {
		t := toks[j]
		if ntIsPunct(text, t, '-') && !t.space && j+1 < len(toks) && !toks[j+1].space {
			j-- // "year-on-year": the word before the hyphen goes with it
			continue
		}
		if t.kind == ntNum && t.end-t.start == 4 && j > 0 && timePhrase(text, toks, j-1) {
			j-- // "revised its needs for 2017 from"
			continue
		}
		if t.kind != ntWord || t.lx != nil && (numberWord(t.lx) || t.lx.w == "or") {
			// An amount of change after "by" or right after the verb:
			// "by 25 basis points,", "climbed 9% year-on-year to", "by 7.3
			// per cent or $7.88".
			at := j
			if ntIsPunct(text, t, ',') || t.kind == ntWord && t.lx.w == "or" {
				at--
			}
			s, ok := amountBefore(text, toks, at)
			switch {
			case !ok || s < 1:
				return ""
			case tokenWord(text, toks[s-1]) == "by":
				j = s - 1 // the loop steps over "by"
			case level && toks[s-1].lx != nil && changeOfWord(toks[s-1].lx) != "":
				j = s // the loop steps to the verb: "climbed 9% to", not "shot down 58 of the 71"
			default:
				return ""
			}
			continue
		}
		lx := t.lx
		if lx == nil {
			if rangeWord(text, t) || strings.EqualFold(ntText(text, t), "compared") {
				return "" // "ranging from", "compared to"
			}
			n++
			continue
		}
		if ch := changeOfWord(lx); ch != "" {
			if j+1 < link && opensPhrase(text, toks, j+1) {
				return "" // "rose for 10 to 20 days", "increased in villages from"
			}
			return ch
		}
		switch {
		case lx.marks&markChangeFiller != 0, lx.w == "of", lx.w == "for", lx.cls&(clsMonth|clsWeekday) != 0, objectWord(lx.w):
		case lx.cls&clsStop != 0 && timePhrase(text, toks, j):
			// "rose in May to 5%"
		case lx.cls&(clsStop|clsAux) != 0:
			return ""
		}
		n++
	}
	return ""
}

// objectWord reports whether w may stand between a verb of change and what
// it governs, though the lexicon stops a phrase at it: a pronoun object
// ("raising it from"), an adverb of time ("rose early today to"). A switch
// reads these six words faster than a map.
func objectWord(w string) bool {
	switch w {
	case "it", "them", "today", "yesterday", "overnight", "tonight":
		return true
	}
	return false
}

// numberWord reports whether a word is part of a number written in words:
// "five", "million", "dozen"; not "a", "and", "point".
func numberWord(lx *numLex) bool {
	switch lx.num {
	case nkNone, nkArticle, nkAnd, nkPoint, nkMinus:
		return false
	}
	return true
}

// timePhraseBefore steps back over a phrase of time that ends at token j
// ("from 5.5% in March to 6%", "from 992 terawatt hours in 2019 to") and
// returns the token before it, or j.
func timePhraseBefore(text string, toks []ntoken, j int) int {
	for i := j - 1; i >= 0 && i >= j-2; i-- {
		if timePhrase(text, toks, i) {
			return i - 1
		}
	}
	return j
}

// opensPhrase reports whether the preposition at token j opens a phrase
// of its own, not the object of a verb of change before it: "in", "with",
// "for", "of" ("increased in villages", "rose for ten days"), unless it is a
// phrase of time ("rose in May to 5%").
func opensPhrase(text string, toks []ntoken, j int) bool {
	lx := toks[j].lx
	return lx != nil && lx.cls&clsStop != 0 && lx.marks&markChangeFiller == 0 && !objectWord(lx.w) && !timePhrase(text, toks, j)
}

// timePhrase reports whether the word at token j opens a phrase of time:
// "in May", "in 2024", "last year", "on Monday".
func timePhrase(text string, toks []ntoken, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	switch tokenWord(text, toks[j]) {
	case "in", "on", "for", "since", "during", "over", "last", "this", "after", "before":
	default:
		return false
	}
	t := toks[j+1]
	if t.kind == ntNum {
		return t.end-t.start == 4 // a year
	}
	if t.lx != nil && t.lx.cls&clsDet != 0 && j+2 < len(toks) {
		t = toks[j+2] // "in the year", "over the past month"
	}
	return t.lx != nil && (t.lx.cls&(clsMonth|clsWeekday) != 0 || t.lx.timeUnit != "")
}

// rangeWord reports whether a word the lexicon does not know says a range:
// "ranging from 17 to 29".
func rangeWord(text string, t ntoken) bool {
	w := ntText(text, t)
	if len(w) < 5 || len(w) > 7 || w[0]|0x20 != 'r' {
		return false
	}
	switch strings.ToLower(w) {
	case "range", "ranges", "ranged", "ranging":
		return true
	}
	return false
}

// amountBefore finds the amount that ends at token j, "25 basis points",
// "7.3 per cent or $7.88", "£90", and returns its first token.
func amountBefore(text string, toks []ntoken, j int) (int, bool) {
	s, ok := j+1, false
	for i := j; i >= 0 && i > j-8; i-- {
		t := toks[i]
		switch {
		case t.kind == ntNum:
			s, ok = i, true
			continue
		case t.kind == ntPunct && (ntIsPunct(text, t, '%') || currencySign(ntText(text, t))):
			if ok {
				s = i
			}
			continue
		case t.kind != ntWord:
		case !ok && t.lx != nil && t.lx.num == nkNone && t.lx.cls&clsStop == 0:
			continue // the unit after the number: "basis points"
		case t.lx == nil, numberWord(t.lx), t.lx.dim, t.lx.currency, t.lx.percent:
			if !ok || t.lx != nil && numberWord(t.lx) {
				if t.lx != nil && numberWord(t.lx) {
					s, ok = i, true // "five", "million"
				}
				continue // the unit after the number
			}
			if t.lx != nil && t.lx.currency {
				s = i // "US$ 40", "Rs 250"
				continue
			}
		case t.lx.w == "per" || t.lx.w == "cent" || t.lx.w == "or":
			continue
		}
		break
	}
	return s, ok
}

// figureChange is figureChange for a figure of the sentence: one that
// has no verb of change has none (changeWordBefore finds no word).
func (fx *figurer) figureChange(toks []ntoken, b *bounds) Change {
	if fx.marks&markChange == 0 {
		return ""
	}
	return figureChange(fx.text, toks, b)
}

// figureChange is the change of a figure in the compact notation of
// extraction.md: the verb before it ("fell to 4%": down), and in a change
// of state the new value takes the change ("rose from 4.89% to 5.35%":
// 5.35 up) while the old one is a plain value (4.89 =). The direction of
// a verb that does not say it ("was revised from 81 to 70 million") comes
// from the values, each with its scale. b is the figure's bounds; ""
// means the qualifier's own.
func figureChange(text string, toks []ntoken, b *bounds) Change {
	k := b.qualFirst
	if k > 0 && toks[k-1].kind == ntPunct && currencySign(ntText(text, toks[k-1])) {
		k-- // "rose £4,500", "to $115": the verb stands before the sign
	} else if k > 0 && (toks[k-1].lx != nil && toks[k-1].lx.currency || ntIsPunct(text, toks[k-1], '.')) {
		if s, ok := currencyPrefix(text, toks, k); ok && s < k {
			k = s // "to Rs 4,250 crore", "to US$ 40 million"
		}
	}
	if k < 1 {
		return ""
	}
	switch tokenWord(text, toks[k-1]) {
	case "from":
		if b.kind == qExact && changeWordBefore(text, toks, k-1) != "" {
			return ChangeEqual // the state before the change: oldState
		}
	case "to":
		// "rose from 4.89% to 5.35%", "went up 4 to 210", "up by 7.3 per
		// cent or $7.88 to $115": the verb stands before the value the
		// change starts from, or before the amount of the change.
		s, ok := amountBefore(text, toks, timePhraseBefore(text, toks, k-2))
		if _, start, q := matchBefore(text, toks, s); ok && q {
			s = start // "fell as much as 9% to 1,432 pence"
		}
		if ok && s > 0 && tokenWord(text, toks[s-1]) == "from" {
			ch := changeWordBefore(text, toks, s-1)
			if ch == ChangeEqual {
				return oldToNew(text, toks, s, k, b.min)
			}
			return ch
		} else if ok {
			k = s // the verb governs the amount and the level alike
		}
	}
	if ch := changeWordBefore(text, toks, k); ch != ChangeEqual {
		return ch
	}
	return "" // "went to": no direction
}

// oldState reports whether the figure of bounds b is the state before a
// change of state: "from 70 million" in "revised from 70 million to 81
// million people".
func oldState(text string, toks []ntoken, b *bounds) bool {
	k := b.qualFirst
	if k > 0 && (toks[k-1].kind == ntPunct && currencySign(ntText(text, toks[k-1])) || toks[k-1].lx != nil && toks[k-1].lx.currency) {
		k--
	}
	return b.kind == qExact && k > 0 && tokenWord(text, toks[k-1]) == "from" && changeWordBefore(text, toks, k-1) != ""
}

// oldToNew is the direction of a change of state "from X to Y" whose verb
// does not say it: X starts at token s, Y (whose value is y) at token k.
// X takes Y's scale, as a range's lower bound does: "from 81 to 70
// million" goes down.
func oldToNew(text string, toks []ntoken, s, k int, y float64) Change {
	if toks[s].kind == ntPunct {
		s++ // the sign of "from £2 to £2.50"
	} else if toks[s].lx != nil && toks[s].lx.currency && s+1 < k {
		s++ // "from Rs 250"
	}
	p, ok := parseNumber(text, toks, s)
	if !ok {
		return ""
	}
	x := p.value
	if q, ok := parseNumber(text, toks, k); ok && !p.scaled && q.scaled {
		x *= scaleOf(text, toks, q)
	}
	switch {
	case x < y:
		return ChangeUp
	case x > y:
		return ChangeDown
	}
	return ""
}

// scaleOf is the multiplier a scaled number q carries ("2.3 million":
// 1e6, "1.2 lakh crore": 1e12), a power of ten, or 1 when it cannot be
// told.
func scaleOf(text string, toks []ntoken, q numParse) float64 {
	if !q.scaled || toks[q.first].kind != ntNum {
		return 1
	}
	lit, _, _, ok := parseLiteral(ntText(text, toks[q.first]))
	if !ok || lit <= 0 {
		return 1
	}
	m := math.Pow(10, math.Round(math.Log10(q.value/lit)))
	if m < 1 {
		return 1
	}
	return m
}

// changeOfWord is the direction of a verb or noun of change: the figurer's
// words of change (lx.change), and the verbs of setting a level that
// central banks and statisticians use ("raise", "hiked", "lowered",
// "trimmed").
func changeOfWord(lx *numLex) Change {
	if lx.change != "" {
		return lx.change // levelVerbs are marked in the lexicon too (buildUnitWords)
	}
	switch lx.w {
	case "went", "gone", "goes", "moved", "changed", "revised", "adjusted", "shifted", "swung":
		return ChangeEqual // "went from £2 to £2.50", "was revised from 70 million to 81 million"
	}
	return ""
}

// levelVerbs are verbs of change beyond the figurer's list, by direction.
// Verbs that also take people as objects ("lifted 20 people to safety",
// "lost 30 soldiers", "gained 5 seats") are left out: their number is no
// level that changes.
var levelVerbs = wordMap(map[Change]string{
	ChangeUp:   `raise raises raising hike hikes hiked hiking boost boosts boosted widened`,
	ChangeDown: `lower lowers lowered lowering trim trims trimmed ease eases eased slipped slid tumbled narrowed`,
})

// measureRange reads "from X unit to Y unit" as one range when both are
// measures in the same unit written the same way, right after each other:
// "from up to 252 miles to 287 miles", "from 18 °C to 26 °C". A qualifier
// of the lower bound goes into the range. b and q, the bounds and the
// quantity of X, become those of the range. A count or a sum "from 70
// million to 81 million people" stays two figures: a revision, not a
// range; so does a change whose ends lie apart ("from 992 terawatt hours
// in 2019 to 1,129 terawatt hours").
func measureRange(text string, toks []ntoken, b *bounds, q *quantParse) {
	from := b.first - 1
	k := q.last + 1
	if k+1 >= len(toks) || tokenWord(text, toks[k]) != "to" || q.unitFirst < 0 {
		return
	}
	hasFrom := from >= 0 && tokenWord(text, toks[from]) == "from"
	p2, ok := parseNumber(text, toks, k+1)
	if !ok || p2.split || p2.ordinal {
		return
	}
	q2 := unitOf(text, toks, p2)
	if q2.kind != q.kind || q2.unitFirst < 0 || q2.first != p2.first {
		return
	}
	u1, u2 := text[toks[q.unitFirst].start:toks[q.unitLast].end], text[toks[q2.unitFirst].start:toks[q2.unitLast].end]
	top := p2.value
	if !strings.EqualFold(u1, u2) {
		// "100 Mbps to 1 Gbps": the top in the lower bound's unit.
		base1, f1 := prefixedUnit(normalUnit(u1, q.kind))
		base2, f2 := prefixedUnit(normalUnit(u2, q.kind))
		if base1 == "" || base1 != base2 || f2 <= f1 {
			return
		}
		top = p2.value * f2 / f1
	} else if !hasFrom && (from < 0 || !foldIn(tokenWord(text, toks[from]), "at", "of", "between")) {
		return // but "estimate the crop at 53 million tons to 57 million tons" is one estimate
	}
	start := b.first
	if hasFrom {
		start = from
	}
	if top <= b.num.value || changeWordBefore(text, toks, start) != "" {
		return // "grew from 710 GW to 1,177 GW": a change, two figures
	}
	b.kind, b.first, b.qualFirst, b.last = qRange, start, start, p2.last
	b.min, b.max, b.hasSecond = b.num.value, top, true
	q.last = q2.last
}

// prefixedUnit splits a unit with a metric prefix into the unit and the
// prefix's factor ("GW" → "W", 1e9; "km" → "m", 1e3), for the units a
// range may cross ("100 Mbps to 1 Gbps"); it returns "" for any other.
func prefixedUnit(u string) (string, float64) {
	switch u {
	case "kbps", "Mbps", "Gbps", "W", "kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh", "mm", "cm", "m", "km", "mg", "g", "kg":
	default:
		return "", 0
	}
	switch {
	case u == "m" || u == "g" || u == "W":
		return u, 1
	case u == "cm":
		return "m", 1e-2
	case u[0] == 'm' && len(u) == 2:
		return u[1:], 1e-3 // "mm", "mg"
	}
	f := map[byte]float64{'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12}[u[0]]
	return u[1:], f
}

// isWord reports whether token t is the word w, for words the lexicon
// knows.
func isWord(text string, t ntoken, w string) bool { return tokenWord(text, t) == w }

// comparatorClash reports whether a comparison sign is glued to another
// one that makes no sense: "<>30", "=>30".
func comparatorClash(text string, toks []ntoken, start int) bool {
	if start == 0 || toks[start].space || toks[start].kind != ntPunct {
		return false
	}
	switch ntText(text, toks[start-1]) {
	case "<", ">", "=":
		return true
	}
	return false
}

// oldState gives the old value X of a change of state "from X to Y" what
// Y writes once for both, as a range's lower bound takes it: Y's scale
// ("revised from 81 to 70 million": 81 million) and, when X has none of
// its own, Y's unit, counted noun and rate ("rose from 5 to 7 percent": 5
// %; "from 3,200 to 4,100 shillings per bag").
func (fx *figurer) oldState(toks []ntoken, c *candidate) {
	text := fx.text
	k := c.last + 1
	if c.b.kind != qExact || c.b.hasSecond || c.b.first < 1 || k+1 >= len(toks) || tokenWord(text, toks[k]) != "to" ||
		tokenWord(text, toks[c.b.first-1]) != "from" {
		return
	}
	j := k + 1
	if toks[j].kind == ntPunct && currencySign(ntText(text, toks[j])) {
		j++
	}
	var y candidate
	if _, ok := fx.candidateAt(toks, j, &y); !ok || y.b.kind != qExact {
		return
	}
	if !c.b.num.scaled && y.b.num.scaled {
		m := scaleOf(text, toks, y.b.num)
		c.b.min, c.b.max = c.b.min*m, c.b.max*m
	}
	if c.q.kind != QuantityNumber || c.unitFirst >= 0 || c.nominal > 0 {
		return // "from £2 to £2.50", "from 70 million people to 81 million"
	}
	c.q.kind, c.q.unitFirst, c.q.unitLast, c.q.rule = y.q.kind, y.q.unitFirst, y.q.unitLast, y.q.rule
	c.unitFirst, c.unitLast, c.nominal, c.elliptic = y.unitFirst, y.unitLast, y.nominal, y.elliptic
	c.perFirst, c.perLast, c.rate = y.perFirst, y.perLast, y.rate
}
