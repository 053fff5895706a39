package extract

import (
	"math"
	"strings"
)

// numAtom is the kind of the last piece consumed while parsing a number
// written in words; it decides what may follow.
type numAtom uint8

const (
	aNone     numAtom = iota
	aUnit             // one ... nine, zero
	aTeen             // ten ... nineteen
	aTens             // twenty ... ninety
	aTensUnit         // twenty-one
	aHundred          // hundred
	aScale            // thousand, million ...
	aDigits           // a plain integer literal
	aDecimal          // a literal with decimals or separators
	aArticle          // a, an: "a dozen", "a million"
	aAnd              // and, pending what follows
	aHalf             // half or quarter standing alone: "half a million"
	aFrac             // a completed fraction: "two thirds"
	aDozen            // dozen
)

// wordState is the running state of parseWords.
type wordState struct {
	total, group, small float64 // completed scale groups; current group; its part under a hundred
	lastScale           float64
	prev                numAtom
	hadHundred          bool
	last                int     // last token consumed
	andBase             float64 // value before the last "and": the whole part of "one and a half"
	needFrac            bool    // an "and" that only a fraction can justify ("one and a half")
	frac, scaled, words bool
	article             bool    // the number began with "a": "a hundred trillionths"
	andAfterScale       bool    // the last "and" followed a scale: "one million and a half"
	fracBase, fracVal   float64 // whole part and value of the last fraction, for a scale after it
}

// numerator reports whether a number so far can take a fraction
// denominator ("two thirds", "a half", "one hundred fifths").
func (a numAtom) numerator() bool {
	switch a {
	case aUnit, aTeen, aTens, aTensUnit, aHundred, aScale, aDigits, aArticle:
		return true
	}
	return false
}

// counted reports whether a number so far can take "hundred" or a scale.
func (a numAtom) counted() bool {
	switch a {
	case aUnit, aTeen, aTens, aTensUnit, aDigits, aDecimal, aArticle, aHalf, aFrac:
		return true
	}
	return false
}

// parseWords parses a number written in words from token i, continuing p
// when it already holds a literal ("1.2 million", "3 hundred and 21").
func parseWords(text string, toks []ntoken, i int, p numParse) (numParse, bool) {
	st := wordState{lastScale: math.Inf(1), last: p.last}
	if p.last >= p.first {
		st.group, st.small = p.value, p.value
		st.prev = aDecimal
		if p.plain {
			st.prev = aDigits
		}
	}
	var check wordState // the state before the latest "and", to roll back to
	checked := false
	j := i
loop:
	for j < len(toks) {
		t := toks[j]
		switch {
		case t.kind == ntNum:
			if j+1 < len(toks) && !toks[j+1].space && ntIsPunct(text, toks[j+1], '-') || !st.acceptDigits(text, t) {
				// "3.1 million 60-kg bags": the hyphenated measure is a modifier of its own.
				break loop
			}
			st.last = j
			j++
			continue
		case t.kind == ntPunct:
			if ntIsPunct(text, t, '-') && j+1 < len(toks) && st.hyphenJoins(toks[j+1]) {
				j++
				continue
			}
			break loop
		case st.prev == aFrac && ntIsWord(t, "of") && j+2 < len(toks) && toks[j+1].lx != nil && toks[j+1].lx.num == nkArticle &&
			toks[j+2].lx != nil && toks[j+2].lx.num == nkScale:
			j += 2 // "two thirds of a million"
			continue
		case t.lx == nil || t.lx.num == nkNone:
			break loop
		}
		e := t.lx
		switch e.num {
		case nkArticle:
			if !st.takeArticle(text, toks, j, i) {
				break loop
			}
			j++
			continue // an article alone is not a number: do not move st.last
		case nkAnd:
			if j+1 >= len(toks) || !st.andContinues(skipHyphen(text, toks, j+1)) {
				break loop
			}
			check, checked = st, true // roll back to the latest "and" only: linear time
			st.and()
			j++
			continue
		case nkPoint:
			if k, ok := st.point(toks, j); ok {
				j = k
			}
			break loop
		case nkTeen, nkTens:
			if !st.takesTeen() {
				// "one twenty-fifth", "three twenty firsts": a compound denominator.
				d, k, ok := compoundDenominator(text, toks, j)
				if !ok || !st.prev.numerator() {
					break loop
				}
				st.fraction(d)
				st.last, j = k, k+1
				continue
			}
		}
		if e.num == nkQuarter && st.prev != aNone && periodsBefore(text, toks, i) && periodsAfter(text, toks, j) {
			break loop // "the first three quarters of the year": a count of periods, not a fraction
		}
		if (e.num == nkQuarter || e.num == nkHalf) && st.prev == aNone && pluralToken(text, t) {
			break loop // "two consecutive quarters", "both halves": no numerator, no fraction
		}
		ok, rollback := st.word(e)
		if !ok {
			if rollback && checked {
				st = check // "3 hundred and 2 hundred": two numbers
			}
			break
		}
		st.words = true
		st.last = j
		j++
	}
	if st.needFrac && !st.frac && checked {
		st = check
	}
	return st.result(p, i)
}

// result turns the state into the parsed number, or false when nothing was
// read.
func (st *wordState) result(p numParse, i int) (numParse, bool) {
	if st.last < i && p.last < p.first {
		return numParse{}, false
	}
	if st.prev == aHalf && st.last < i {
		return numParse{}, false
	}
	out := p
	if out.last < out.first {
		out.first = i
	}
	out.last = st.last
	out.value = st.total + st.group
	out.words = out.words || st.words
	out.frac = out.frac || st.frac
	out.scaled = out.scaled || st.scaled
	if st.last > p.last && p.last >= p.first {
		out.plain = false
	}
	return out, out.last >= out.first
}

// takeArticle takes an "a" inside a number ("a dozen", "one and a half", "half
// a million") and reports whether it belongs to it.
func (st *wordState) takeArticle(text string, toks []ntoken, j, i int) bool {
	if !(st.prev == aNone || st.prev == aAnd || st.prev == aHalf) || j+1 >= len(toks) || !articleTakes(skipHyphen(text, toks, j+1)) {
		return false
	}
	if n := skipHyphen(text, toks, j+1); st.prev == aHalf && !(n.lx.num == nkScale || n.lx.num == nkDozen) {
		return false
	}
	if st.prev != aHalf {
		st.prev = aArticle
		st.article = st.article || st.last < i
	}
	return true
}

// and notes an "and" that continues the number.
func (st *wordState) and() {
	st.andBase = st.total + st.group
	st.andAfterScale = st.prev == aScale
	st.needFrac = st.prev != aHundred && st.prev != aScale
	st.prev = aAnd
}

// takesTeen reports whether a teen or a tens word can follow.
func (st *wordState) takesTeen() bool {
	return st.prev == aNone || st.prev == aHundred || st.prev == aScale || st.prev == aAnd
}

// word takes one number word. It reports false when the word does not
// continue the number, and rollback when the number should end before the
// last "and" ("3 hundred and 2 hundred").
func (st *wordState) word(e *numLex) (ok, rollback bool) {
	switch e.num {
	case nkUnit:
		return st.unit(e.val), false
	case nkTeen, nkTens:
		st.group += e.val
		st.small = e.val
		st.prev = aTeen
		if e.num == nkTens {
			st.prev = aTens
		}
		return true, false
	case nkHundred:
		return st.hundred(), true
	case nkScale:
		return st.scale(e.val), true
	case nkDozen:
		return st.dozen(), false
	case nkHalf, nkQuarter:
		if st.prev == aNone {
			st.group, st.prev, st.frac = 1/e.val, aHalf, true
			return true, false
		}
		if !st.prev.numerator() || (e.num == nkHalf && st.prev != aArticle && st.group != 1) {
			return false, false
		}
		st.fraction(e.val)
		return true, false
	case nkOrdinal:
		if !st.prev.numerator() || e.val <= 2 || (e.val >= 1e6 && !st.article) {
			return false, false
		}
		st.fraction(e.val)
		return true, false
	case nkVague:
		return st.pluralScale(e.val), false
	}
	return false, false
}

// unit takes zero to nine: "one", "twenty-one", "hundred and six".
func (st *wordState) unit(v float64) bool {
	switch st.prev {
	case aTens:
		if v == 0 {
			return false
		}
		st.group += v
		st.small += v
		st.prev = aTensUnit
	case aNone, aHundred, aScale, aAnd:
		if v == 0 && st.prev != aNone {
			return false
		}
		st.group += v
		st.small = v
		st.prev = aUnit
	default:
		return false
	}
	return true
}

// hundred takes "hundred": "six hundred", "a hundred", "322 hundred".
func (st *wordState) hundred() bool {
	if !st.prev.counted() || st.prev == aHalf || st.prev == aFrac || st.hadHundred || st.group >= 1000 {
		return false
	}
	if st.prev == aArticle {
		st.group = 100
	} else {
		st.group *= 100
	}
	st.small, st.hadHundred, st.prev = 0, true, aHundred
	return true
}

// scale takes thousand, million ...: "five million", "two thirds of a
// million", "three lakh crore".
func (st *wordState) scale(v float64) bool {
	if st.prev == aFrac && (st.fracBase == 0 || v < st.lastScale) {
		// "two thirds of a million", "one billion and three quarters million".
		if math.IsInf(st.lastScale, 1) {
			st.total, st.group = 0, (st.fracBase+st.fracVal)*v // "one and a half million"
		} else {
			st.total, st.group = 0, st.fracBase+st.fracVal*v
		}
		st.lastScale = v
		st.prev, st.scaled = aScale, true
		return true
	}
	if st.prev == aScale && st.group == 0 && v > st.lastScale {
		st.total *= v // "three lakh crore"
		st.lastScale = v
		return true
	}
	if !(st.prev.counted() || st.prev == aHundred) || v >= st.lastScale {
		return false
	}
	g := st.group
	if st.prev == aArticle {
		g = 1
	}
	st.total += g * v
	st.group, st.small, st.hadHundred = 0, 0, false
	st.lastScale, st.prev, st.scaled = v, aScale, true
	return true
}

// dozen takes "dozen": "a dozen", "half a dozen", "3 dozen".
func (st *wordState) dozen() bool {
	switch st.prev {
	case aArticle, aNone:
		st.group = 12 // "a dozen", "dozen killed"
	case aHalf, aFrac:
		st.group *= 12 // "half a dozen", "a half-dozen"
	case aUnit, aTeen, aTens, aTensUnit, aDigits:
		st.group += st.small * 11
	default:
		return false
	}
	st.prev = aDozen
	return true
}

// pluralScale takes a plural scale after a count: "3 dozens", "five
// hundreds", "two thousands".
func (st *wordState) pluralScale(v float64) bool {
	if !st.prev.counted() || st.prev == aArticle {
		return false
	}
	switch v {
	case 12:
		st.group += st.small * 11
		st.prev = aDozen
		return true
	case 100:
		st.group *= 100
		st.prev = aHundred
	default:
		st.total += st.group * v
		st.group, st.prev = 0, aScale
	}
	st.scaled = true
	return true
}

// acceptDigits takes a plain literal inside a number in words: "4 thousand
// 3 hundred and 21".
func (st *wordState) acceptDigits(text string, t ntoken) bool {
	if st.prev != aHundred && st.prev != aScale && st.prev != aAnd {
		return false
	}
	if st.prev == aAnd && st.needFrac {
		return false
	}
	lit := ntText(text, t)
	if !onlyDigits(lit) {
		return false
	}
	v, _, _, _ := parseLiteral(lit)
	limit := st.lastScale
	if st.hadHundred {
		limit = 100
	}
	if v == 0 || v >= limit || v >= 1000 {
		return false
	}
	st.group += v
	st.small = v
	st.prev = aDigits
	st.words = true
	return true
}

// hyphenJoins reports whether a hyphen joins the number so far to the next
// word: "twenty-one", "two-thirds", "hundred-fifths".
func (st *wordState) hyphenJoins(next ntoken) bool {
	if next.lx == nil {
		return false
	}
	switch next.lx.num {
	case nkAnd:
		return st.prev != aNone // "two-and-a-half"
	case nkArticle:
		return st.prev == aAnd || st.prev == aHalf // "two-and-a-half", "half-a-million"
	case nkDozen, nkScale:
		return st.prev == aHalf || st.prev == aArticle || st.prev == aFrac // "a half-dozen", "half-million"
	case nkUnit:
		return st.prev == aTens && next.lx.val > 0
	case nkOrdinal, nkHalf, nkQuarter:
		return st.prev.numerator()
	case nkTens:
		return st.prev.numerator() && st.prev != aArticle // "one twenty-fifth" is handled by compoundDenominator
	}
	return false
}

// andContinues reports whether an "and" continues the number: "one hundred
// and six", "two thousand and two hundred", "one and a half".
func (st *wordState) andContinues(next ntoken) bool {
	switch st.prev {
	case aHundred, aScale:
		if next.kind == ntNum {
			return true
		}
	case aUnit, aTeen, aTens, aTensUnit, aDigits:
	default:
		return false
	}
	if next.lx == nil {
		return false
	}
	switch next.lx.num {
	case nkUnit, nkTeen, nkTens:
		return true
	case nkArticle:
		return true
	}
	return false
}

// articleTakes reports whether a word can follow "a" inside a number: "a
// hundred", "a dozen", "a third", "a half".
func articleTakes(t ntoken) bool {
	if t.lx == nil {
		return false
	}
	switch t.lx.num {
	case nkHundred, nkScale, nkDozen, nkOrdinal, nkHalf, nkQuarter:
		return true
	case nkTens:
		return true // "a twenty-first"
	}
	return false
}

// fraction divides what was said since the last "and" by den: "two
// thirds", "one hundred and three and two thirds".
func (st *wordState) fraction(den float64) {
	whole := st.total + st.group
	num := whole - st.andBase
	if st.prev == aArticle {
		num = 1
	}
	if st.prev == aArticle && st.andBase == 0 && whole > 1 {
		num = whole
	}
	val := num / den
	if st.andAfterScale && st.prev != aHundred {
		val *= st.lastScale // "one million and a half", "five billion and three quarters"
	}
	st.fracBase, st.fracVal = st.andBase, num/den
	st.total, st.group, st.small = 0, st.andBase+val, 0
	st.prev, st.frac = aFrac, true
	st.needFrac = false
	st.andBase, st.andAfterScale = 0, false
}

// compoundDenominator parses "twenty-fifth" or "twenty firsts" at j: a
// tens word and a unit ordinal that together make a denominator. It returns
// the denominator and the index of its last token.
func compoundDenominator(text string, toks []ntoken, j int) (float64, int, bool) {
	k := j + 1
	if k < len(toks) && ntIsPunct(text, toks[k], '-') {
		k++
	}
	if k >= len(toks) || toks[k].lx == nil || toks[k].lx.num != nkOrdinal || toks[k].lx.val >= 10 {
		return 0, 0, false
	}
	return toks[j].lx.val + toks[k].lx.val, k, true
}

// point parses the decimals after "point": "two hundred point zero three",
// "nine point nought four", "point seventy-one". It returns the index
// after the last decimal.
func (st *wordState) point(toks []ntoken, j int) (int, bool) {
	if !(st.prev == aUnit || st.prev == aTeen || st.prev == aTens || st.prev == aTensUnit || st.prev == aHundred || st.prev == aScale) {
		return j, false
	}
	scale := 0.1
	frac := 0.0
	k := j + 1
	took := false
	for k < len(toks) && toks[k].lx != nil {
		e := toks[k].lx
		switch {
		case e.num == nkUnit:
			frac += e.val * scale
			scale /= 10
		case (e.num == nkTeen || e.num == nkTens) && !took:
			frac = e.val / 100
			scale = 0.001
			if e.num == nkTens && k+2 < len(toks) && toks[k+2].lx != nil && toks[k+2].lx.num == nkUnit && toks[k+1].kind == ntPunct {
				frac += toks[k+2].lx.val / 100
				k += 2
			}
		default:
			goto done
		}
		took = true
		st.last = k
		k++
	}
done:
	if !took {
		return j, false
	}
	st.group += frac
	st.words = true
	return k, true
}

// skipHyphen returns the token at k, or the one after it when k is a
// hyphen inside a number: "two-and-a-half".
func skipHyphen(text string, toks []ntoken, k int) ntoken {
	if ntIsPunct(text, toks[k], '-') && !toks[k].space && k+1 < len(toks) && !toks[k+1].space {
		return toks[k+1]
	}
	return toks[k]
}

// periodsAfter reports whether what follows "quarters" at token j leaves
// it a count of periods: nothing of, or "of" a year ("of the year", "of
// 2019", "of this fiscal year"); but "of the pie" is a fraction.
func periodsAfter(text string, toks []ntoken, j int) bool {
	if j+1 >= len(toks) || !ntIsWord(toks[j+1], "of") {
		return true
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		if t.kind == ntNum {
			return true // "of 2019"
		}
		if t.lx != nil && t.lx.timeUnit == "Y" || foldIn(ntText(text, t), "fiscal", "financial") {
			return true
		}
		if !foldIn(ntText(text, t), "the", "this", "last", "that", "its", "their") {
			return false
		}
	}
	return false
}

// periodsBefore reports whether the word before the number at token i
// makes "N quarters" a count of periods of the calendar rather than a
// fraction: "the first three quarters", "the past two quarters".
func periodsBefore(text string, toks []ntoken, i int) bool {
	if i == 0 || toks[i-1].kind != ntWord {
		return false
	}
	switch strings.ToLower(ntText(text, toks[i-1])) {
	case "first", "last", "past", "next", "previous", "final", "opening", "coming":
		return true
	}
	return false
}
