package extract

import (
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
	toks := ntokenize(text, 0, len(text), nil)
	var out []NumberRange
	for i := 0; i < len(toks); {
		p, ok := parseNumber(text, toks, i)
		if !ok || p.split || p.ordinal || p.suffix >= 0 {
			i++
			continue
		}
		b := boundsOf(text, toks, p)
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
		b := boundsOf(text, toks, p)
		return b, b.first == k
	}
	return bounds{}, false
}

// bounds is a number with its qualifier: the tokens of the whole phrase,
// how it bounds the value, and the second number of a range.
type bounds struct {
	kind        qualKind
	first, last int // tokens of the phrase, qualifier included
	qualFirst   int // first token of a qualifier before the number, or the number
	min, max    float64
	num         numParse
	second      numParse // the upper number of a range
	hasSecond   bool
}

// boundsOf reads the qualifier or range around the number p: "at least
// 115", "between 2,000 and 3,000", "30 to 40", "500 or more".
func boundsOf(text string, toks []ntoken, p numParse) bounds {
	b := bounds{kind: qExact, first: p.first, last: p.last, qualFirst: p.first, min: p.value, max: p.value, num: p}
	lead := p.first // where a range's "between" or "from" would stand: before any currency sign
	if lead > 0 && toks[lead-1].kind == ntPunct && currencySign(ntText(text, toks[lead-1])) {
		lead--
	}
	if q, sepStart, ok := rangeAfter(text, toks, p); ok {
		b.kind, b.second, b.hasSecond, b.last = qRange, q, true, q.last
		b.min, b.max = p.value, q.value
		if !p.scaled && q.scaled {
			b.min = inheritScale(p.value, q.value)
		}
		if sepStart > 0 && lead > 0 {
			w := tokenWord(text, toks[lead-1])
			if (w == "between" && tokenWord(text, toks[sepStart]) == "and") || (w == "from" && tokenWord(text, toks[sepStart]) != "and") {
				b.first, b.qualFirst = lead-1, lead-1
			}
		}
		return b
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
	return b
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
	pct := false
	if ntIsPunct(text, toks[k], '%') && !toks[k].space && k+2 < len(toks) {
		k, pct = k+1, true // "5.25%-5.5%", "3% to 4%": the sign on both bounds
	}
	hyphens := false
	if ntIsPunct(text, toks[k], '-') && !toks[k].space && k+3 < len(toks) && ntIsWord(toks[k+1], "to") && !toks[k+1].space &&
		ntIsPunct(text, toks[k+2], '-') && !toks[k+2].space {
		k, hyphens = k+1, true // "three-to-six percent", "5-to-7"
	}
	sep := toks[k]
	w := tokenWord(text, sep)
	lead := p.first
	if lead > 0 && toks[lead-1].kind == ntPunct && currencySign(ntText(text, toks[lead-1])) {
		lead--
	}
	between := lead > 0 && tokenWord(text, toks[lead-1]) == "between"
	switch w {
	case "to", "through", "-", "–", "—", "~", "and", "or":
	default:
		return numParse{}, 0, false
	}
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
	}
	if j >= len(toks) {
		return numParse{}, 0, false
	}
	q, ok := parseNumber(text, toks, j)
	if !ok || q.split || q.ordinal || q.suffix >= 0 && p.suffix < 0 {
		return numParse{}, 0, false
	}
	if pct && (q.last+1 >= len(toks) || !ntIsPunct(text, toks[q.last+1], '%')) {
		return numParse{}, 0, false
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
	if p.frac != q.frac || p.first > 0 && tokenWord(text, toks[p.first-1]) == "by" {
		return numParse{}, 0, false // "fell by a third to 45,000": a change and a level
	}
	lo := p.value
	if !p.scaled && q.scaled {
		lo = inheritScale(p.value, q.value)
	}
	if q.value <= lo {
		return numParse{}, 0, false
	}
	if w == "or" && (q.value > 10*lo || p.plain != q.plain || p.words != q.words) {
		return numParse{}, 0, false
	}
	if w == "to" && changeOfState(text, toks, lead, q.value >= 5*lo) {
		return numParse{}, 0, false // "rose from 5.50% to 6%", "rose 5 to 557": a change, two figures
	}
	return q, k, true
}

// changeOfState reports whether "X to Y", whose X (with its sign) starts at
// token first, is a change from one state to another rather than a range:
// "from X to Y" after a verb of change ("rose from 5.50% to 6%", "raised
// the rate by 50 basis points, from 5.50% to 6%"), or "X to Y" right after
// one in its clause when Y is far above X ("rose 5 to 557": the rise and
// the new level).
// "ranging from 17 to 29", "rose 3 to 4 percent" stay ranges.
func changeOfState(text string, toks []ntoken, first int, far bool) bool {
	if first > 0 && tokenWord(text, toks[first-1]) == "from" {
		return changeWordBefore(text, toks, first-1) != ""
	}
	return far && changeWordBefore(text, toks, first) != ""
}

// changeWordBefore finds a verb or noun of change in the clause before
// token k, within a few words: "rose", "raised the key rate by 50 basis
// points, from". It returns "up", "down", "=" for a change that does not
// say its direction ("went from", "was revised from"), or "".
func changeWordBefore(text string, toks []ntoken, k int) Change {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := toks[j]
		if lx := t.lx; lx != nil {
			if ch := changeOfWord(lx); ch != "" {
				return ch
			}
			switch lx.w {
			case "between", "range", "ranging", "ranged", "ranges", "and", "but", "while", "which", "that":
				return "" // "ranging from", a clause of its own
			}
		}
		if t.kind == ntPunct && strings.ContainsAny(ntText(text, t), ".;:!?()\"“”") {
			return ""
		}
	}
	return ""
}

// figureChange is the change of a figure in the compact notation of
// extraction.md: the verb before it ("fell to 4%": down), and in a change
// of state the new value takes the change ("rose from 4.89% to 5.35%":
// 5.35 up) while the old one is a plain value (4.89 =). b is the figure's
// bounds; "" means the qualifier's own.
func figureChange(text string, toks []ntoken, b *bounds) Change {
	k := b.qualFirst
	if k > 0 && toks[k-1].kind == ntPunct && currencySign(ntText(text, toks[k-1])) {
		k-- // "rose £4,500", "to $115": the verb stands before the sign
	} else if k > 0 && (toks[k-1].lx != nil && toks[k-1].lx.currency || ntIsPunct(text, toks[k-1], '.')) {
		if s, ok := currencyPrefix(text, toks, k); ok && s < k {
			k = s // "to Rs 4,250 crore", "to US$ 40 million"
		}
	}
	if b.kind == qExact && k > 0 && tokenWord(text, toks[k-1]) == "from" && changeWordBefore(text, toks, k-1) != "" {
		return ChangeEqual // the state before the change
	}
	if ch := changeBefore(text, toks, k); ch != "" {
		return ch
	}
	if ch := levelVerbBefore(text, toks, k); ch != "" {
		return ch // "raise its rate by 25 basis points"
	}
	if k < 2 || tokenWord(text, toks[k-1]) != "to" {
		return ""
	}
	// "rose from 4.89% to 5.35%", "up by 7.3 per cent or $7.88 to $115":
	// the verb stands before the value the change starts from.
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		t := toks[j]
		if tokenWord(text, t) == "from" {
			ch := changeWordBefore(text, toks, j)
			if ch == ChangeEqual {
				ch = "" // "went from £2 to £2.50": the direction is in the values
				if j+1 < len(toks) && toks[j+1].kind == ntPunct && currencySign(ntText(text, toks[j+1])) {
					j++
				}
				if p, ok := parseNumber(text, toks, j+1); ok && p.value < b.min {
					ch = ChangeUp
				} else if ok && p.value > b.min {
					ch = ChangeDown
				}
			}
			return ch
		}
		if t.lx != nil && changeOfWord(t.lx) != "" {
			return changeOfWord(t.lx)
		}
		if t.kind == ntPunct && strings.ContainsAny(ntText(text, t), ".,;:!?()\"“”") {
			return ""
		}
	}
	return ""
}

// levelVerbBefore finds a verb of change a few words before token k, over
// the words of what changes, which changeBefore does not cross: "raise
// its key rate by", "cut the base rate to".
func levelVerbBefore(text string, toks []ntoken, k int) Change {
	j := k - 1
	if j >= 0 {
		switch tokenWord(text, toks[j]) {
		case "by", "to", "of", "from":
			j--
		}
	}
	for ; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if t.kind != ntWord {
			return ""
		}
		if t.lx == nil {
			continue // "raise its key rate by": the thing that changes
		}
		if ch := changeOfWord(t.lx); ch != "" {
			if ch == ChangeEqual {
				return "" // "went to": no direction
			}
			return ch
		}
		if t.lx.marks&markChangeFiller == 0 && t.lx.cls&clsDet == 0 {
			return ""
		}
	}
	return ""
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
	if from < 0 || k+1 >= len(toks) || tokenWord(text, toks[from]) != "from" || tokenWord(text, toks[k]) != "to" || q.unitFirst < 0 {
		return
	}
	p2, ok := parseNumber(text, toks, k+1)
	if !ok || p2.split || p2.ordinal || p2.value <= b.num.value || changeWordBefore(text, toks, from) != "" {
		return // "grew from 710 GW to 1,177 GW": a change, two figures
	}
	q2 := unitOf(text, toks, p2)
	if q2.kind != q.kind || q2.unitFirst < 0 || q2.first != p2.first ||
		!strings.EqualFold(text[toks[q.unitFirst].start:toks[q.unitLast].end], text[toks[q2.unitFirst].start:toks[q2.unitLast].end]) {
		return
	}
	b.kind, b.first, b.qualFirst, b.last = qRange, from, from, p2.last
	b.min, b.max, b.second, b.hasSecond = b.num.value, p2.value, p2, true
	q.last = q2.last
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
