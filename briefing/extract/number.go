package extract

import (
	"math"
	"strconv"
	"strings"
)

// NumberMatch is a number as written in a text: digits ("2,900", "3.6m"),
// words ("five million", "a dozen", "two-thirds") or both ("1.2 million").
type NumberMatch struct {
	Start, End int // byte offsets: text[Start:End] is the number as written
	Value      float64
	Words      bool // written at least partly in words
	Vague      bool // a vague count: "dozens", "hundreds of thousands"
	Fraction   bool // a fraction: "half", "two-thirds", "3/4"
}

// Numbers returns every number in text, in order. It is the number layer
// under Figures: it knows nothing of what is counted, so years and dates
// are numbers here, while ordinals ("4th", "third") and numbers fused to a
// unit ("180ml") are not.
func Numbers(text string) []NumberMatch {
	prepare()
	toks := ntokenize(text, 0, len(text), nil)
	var out []NumberMatch
	for i := 0; i < len(toks); {
		p, ok := parseNumber(text, toks, i)
		if !ok {
			i++
			continue
		}
		if !p.split && !p.ordinal && p.suffix < 0 {
			p = ratio(text, toks, p, true)
		}
		if p.split {
			out = appendSplit(out, text, toks[p.first])
		} else if !p.ordinal && p.suffix < 0 && !pronounOne(text, toks, p) {
			out = append(out, p.match(toks))
		}
		i = p.last + 1
	}
	return out
}

// appendSplit adds the digit runs of a literal that is not one number
// ("192.168.1.2", "22,24,26") as separate numbers.
func appendSplit(out []NumberMatch, text string, t ntoken) []NumberMatch {
	for i := t.start; i < t.end; {
		if !isDigitByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < t.end && isDigitByte(text[j]) {
			j++
		}
		v, _ := strconv.ParseFloat(text[i:j], 64)
		out = append(out, NumberMatch{Start: i, End: j, Value: v})
		i = j
	}
	return out
}

// numParse is a number parsed from a run of tokens, with what later stages
// need to know about how it was written.
//
// The words come before the flags so that the flags pack into one word:
// a candidate holds three of these, and a batch of candidates is read
// and written while the batch's tokens should stay in the data cache.
type numParse struct {
	first, last int // token range, inclusive
	value       float64
	digits      int32 // digit count of a plain literal
	suffix      int32 // token of an attached non-multiplier suffix ("ml" in "180ml"), or -1
	words       bool
	vague       bool
	frac        bool
	scaled      bool // carries a multiplier: "million", "k", "bn"
	plain       bool // a bare integer literal: no separators, decimals or words
	decimal     bool
	slash       bool // a slash fraction "3/4"
	split       bool // a literal that is several numbers ("192.168.1.2")
	ordinal     bool // "4th": an ordinal, not a number
	quantifier  bool // "several hundred", "a few thousand"
}

func (p numParse) match(toks []ntoken) NumberMatch {
	return NumberMatch{Start: toks[p.first].start, End: toks[p.last].end, Value: p.value, Words: p.words, Vague: p.vague, Fraction: p.frac}
}

// pronounOne reports whether a lone "one" is a pronoun ("that one", "the one
// you mentioned") rather than a count.
func pronounOne(text string, toks []ntoken, p numParse) bool {
	if p.first != p.last || toks[p.first].kind != ntWord || !strings.EqualFold(ntText(text, toks[p.first]), "one") {
		return false
	}
	if k := p.last + 2; k < len(toks) && ntIsPunct(text, toks[p.last+1], '-') && !toks[p.last+1].space && !toks[k].space &&
		toks[k].lx != nil && (toks[k].lx.timeUnit != "" || toks[k].lx.dim) {
		return false // "the one-year rate", "the one-mile stretch": a measure
	}
	if p.first > 0 {
		if lx := toks[p.first-1].lx; lx != nil && lx.cls&clsDet != 0 {
			return true
		}
	}
	if p.last+1 < len(toks) {
		if lx := toks[p.last+1].lx; lx != nil && (lx.w == "another" || lx.w == "by") {
			return true
		}
	}
	return false
}

func ntText(text string, t ntoken) string { return text[t.start:t.end] }

// ntIsPunct reports whether token t is the single character c.
func ntIsPunct(text string, t ntoken, c byte) bool {
	return t.kind == ntPunct && t.end-t.start == 1 && text[t.start] == c
}

// ntIsWord reports whether t is the word w (lower case).
func ntIsWord(t ntoken, w string) bool { return t.kind == ntWord && t.lx != nil && t.lx.w == w }

// parseNumber parses the number that starts at token i, if any.
func parseNumber(text string, toks []ntoken, i int) (numParse, bool) {
	t := toks[i]
	switch {
	case t.kind == ntNum:
		return parseDigits(text, toks, i)
	case t.kind == ntPunct && i+1 < len(toks) && toks[i+1].kind == ntNum && (!toks[i+1].space || i == 0) && isNegativeSign(text, toks, i):
		p, ok := parseDigits(text, toks, i+1)
		if !ok || p.split || (i > 0 && ntIsPunct(text, toks[i-1], '^')) {
			return p, ok
		}
		p.first, p.value, p.plain = i, -p.value, false
		return p, true
	case t.kind == ntPunct:
		if v, ok := vulgarFraction(ntText(text, t)); ok {
			return numParse{first: i, last: i, value: v, frac: true, suffix: -1}, true
		}
		return numParse{}, false
	case t.lx == nil:
		return numParse{}, false
	case t.lx.num == nkMinus:
		if i >= 2 && ntIsWord(toks[i-1], "or") && strings.EqualFold(ntText(text, toks[i-2]), "plus") {
			return numParse{}, false // "plus or minus 3 points": a margin, not a negative number
		}
		if i+1 < len(toks) {
			if p, ok := parseNumber(text, toks, i+1); ok && !p.split && !p.ordinal && (p.suffix < 0 || temperatureLetter(text, toks, int(p.suffix))) {
				// "minus 15", "minus 12C"; but not "minus 10am"
				p.first, p.value, p.plain = i, -p.value, false
				return p, true
			}
		}
		return numParse{}, false
	case t.lx.cls&clsQuantifier != 0 || (t.lx.num == nkArticle && i+1 < len(toks) && toks[i+1].lx != nil && toks[i+1].lx.cls&clsQuantifier != 0):
		return parseQuantified(toks, i)
	case t.lx.num == nkVague:
		return parseVague(toks, i, i), true
	case t.lx.num != nkNone:
		return parseWords(text, toks, i, numParse{first: i, last: i - 1, suffix: -1})
	}
	return numParse{}, false
}

// isNegativeSign reports whether the '-' or '−' at token i is a minus sign:
// it stands apart from what precedes it ("earned -5", " -1") and is not a
// dash between two numbers.
func isNegativeSign(text string, toks []ntoken, i int) bool {
	s := ntText(text, toks[i])
	if s != "-" && s != "−" {
		return false
	}
	if i == 0 {
		return true
	}
	if !toks[i].space {
		p := ntText(text, toks[i-1])
		return p == "(" || p == "^" || p == "-" || p == "<" || p == ">" || p == "=" || p == "~"
	}
	prev := toks[i-1]
	return prev.kind != ntNum && !(prev.lx != nil && prev.lx.num != nkNone && prev.lx.num != nkAnd)
}

// vulgarFraction resolves the Unicode fractions ½, ⅓, ¾ ...
func vulgarFraction(s string) (float64, bool) {
	switch s {
	case "½":
		return 0.5, true
	case "⅓":
		return 1.0 / 3, true
	case "⅔":
		return 2.0 / 3, true
	case "¼":
		return 0.25, true
	case "¾":
		return 0.75, true
	case "⅕":
		return 0.2, true
	case "⅙":
		return 1.0 / 6, true
	case "⅛":
		return 0.125, true
	}
	return 0, false
}

// parseQuantified parses "several hundred", "a few thousand", "many
// thousands", "a couple of hundred": a vague count of the scale.
func parseQuantified(toks []ntoken, i int) (numParse, bool) {
	j := i
	if toks[j].lx.num == nkArticle {
		j++
	}
	j++
	if j < len(toks) && ntIsWord(toks[j], "of") {
		j++
	}
	if j >= len(toks) || toks[j].lx == nil {
		return numParse{}, false
	}
	switch toks[j].lx.num {
	case nkHundred, nkScale, nkVague, nkDozen:
		p := parseVague(toks, i, j)
		p.quantifier = true
		return p, true
	}
	return numParse{}, false
}

// parseVague parses a vague count from the vague word at j: "dozens",
// "hundreds of thousands", "tens of thousands"; first is where the phrase
// starts.
func parseVague(toks []ntoken, first, j int) numParse {
	p := numParse{first: first, last: j, value: toks[j].lx.val, words: true, vague: true, suffix: -1}
	if toks[j].lx.num == nkDozen {
		p.value = 12
	}
	for j+2 < len(toks) && ntIsWord(toks[j+1], "of") && toks[j+2].lx != nil && toks[j+2].lx.num == nkVague && toks[j+2].lx.val > toks[j].lx.val && toks[j].lx.val >= 10 {
		p.value *= toks[j+2].lx.val
		j += 2
		p.last = j
	}
	return p
}

// parseLiteral resolves a numeric literal: "2,900", "1.5", "12,34,567.89"
// (Indian grouping), "1.111,11" and "1,3" (decimal comma). ok is false when
// the literal is several numbers ("192.168.1.2", "22,24,26").
func parseLiteral(s string) (v float64, sep, dec, ok bool) {
	commas, dots := 0, 0 // counted in one pass: a literal is short
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			commas++
		case '.':
			dots++
		}
	}
	switch {
	case commas == 0 && dots <= 1:
		if v, ok := smallInteger(s, 0); ok {
			return v, false, false, true
		}
		v, err := strconv.ParseFloat(s, 64)
		return v, false, dots == 1, err == nil
	case dots == 0 && groupedBy(s, ','):
		if v, ok := smallInteger(s, ','); ok {
			return v, true, false, true
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return v, true, false, err == nil
	case dots == 0 && commas == 1 && len(s)-strings.IndexByte(s, ',') <= 3:
		v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
		return v, false, true, err == nil
	case dots == 1 && strings.IndexByte(s, '.') > strings.LastIndexByte(s, ',') && groupedBy(s[:strings.IndexByte(s, '.')], ','):
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return v, true, true, err == nil
	case commas == 0 && dots >= 2 && groupedBy(s, '.'):
		// European thousands: "1.234.567".
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ".", ""), 64)
		return v, true, false, err == nil
	case commas == 1 && strings.IndexByte(s, ',') > strings.LastIndexByte(s, '.') && groupedBy(beforeComma(s), '.'):
		// European decimals: "1.111,11".
		t := strings.Replace(strings.ReplaceAll(s, ".", ""), ",", ".", 1)
		v, err := strconv.ParseFloat(t, 64)
		return v, true, true, err == nil
	}
	return 0, false, false, false
}

func beforeComma(s string) string {
	if k := strings.IndexByte(s, ','); k >= 0 {
		return s[:k]
	}
	return s
}

// groupedBy reports whether s is digits grouped in thousands by sep, in
// Western ("1,234,567") or Indian ("12,34,567") style.
func groupedBy(s string, sep byte) bool {
	first := strings.IndexByte(s, sep)
	last := strings.LastIndexByte(s, sep)
	if first <= 0 || first > 3 || len(s)-last-1 != 3 {
		return false
	}
	// The groups between the first and the last separator.
	western, indian := true, first <= 2
	for g := s[first+1 : last+1]; len(g) > 0; {
		k := strings.IndexByte(g, sep)
		western = western && k == 3
		indian = indian && k == 2
		g = g[k+1:]
	}
	return western || indian
}

// smallInteger reads s as a whole number of at most 15 digits, skipping
// the separator sep (0 for none), exactly as strconv.ParseFloat would
// read it without the separators; ok is false for anything else.
func smallInteger(s string, sep byte) (float64, bool) {
	var n uint64
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c-'0' < 10:
			n = n*10 + uint64(c-'0')
			digits++
		case c != sep || sep == 0:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(n), true
}

// parseDigits parses a number that starts with the numeric literal at i,
// with what may follow it: a multiplier ("10k", "1.2 million"), a slash
// fraction, an exponent, space-grouped thousands ("40 000").
func parseDigits(text string, toks []ntoken, i int) (numParse, bool) {
	lit := ntText(text, toks[i])
	v, sep, dec, ok := parseLiteral(lit)
	p := numParse{first: i, last: i, value: v, decimal: dec, suffix: -1}
	if !ok {
		p.split = true
		return p, true
	}
	p.plain = !sep && !dec
	if p.plain {
		p.digits = int32(len(lit))
	}
	n := len(toks)
	next := func(k int) (ntoken, bool) {
		if k < n {
			return toks[k], true
		}
		return ntoken{}, false
	}
	// Attached suffix: "4th", "10k", "3.6m", "180ml", "1e10".
	if t, ok := next(i + 1); ok && t.kind == ntWord && !t.space {
		w := strings.ToLower(ntText(text, t))
		switch {
		case p.plain && (w == "st" || w == "nd" || w == "rd" || w == "th"):
			p.ordinal, p.last = true, i+1
			return p, true
		case w == "e" || w == "E":
			if q, ok := exponent(text, toks, i+2); ok {
				p.value *= math.Pow(10, q.value)
				p.last, p.plain = q.last, false
				return p, true
			}
		}
		if m := multiplierSuffix(text, toks, i, i+1); m > 0 {
			p.value *= m
			p.last, p.scaled, p.plain = i+1, true, false
			return p, true
		}
		if gluedPeople(ntText(text, t)) {
			return p, true // "14Palestinians": a space lost before the noun
		}
		p.suffix = int32(i + 1)
		return p, true
	}
	chained := i > 1 && !toks[i].space && !toks[i-1].space && toks[i-2].kind == ntNum && (ntIsPunct(text, toks[i-1], '/') || ntIsPunct(text, toks[i-1], '-'))
	if t, ok := next(i + 1); ok && !t.space && !chained && (ntIsPunct(text, t, '/') || ntIsPunct(text, t, '^')) {
		if u, ok := next(i + 2); ok && u.kind == ntNum && !u.space {
			if w, ok := next(i + 3); ok && !w.space && ntIsPunct(text, w, '/') {
				return p, true // a date such as 5/17/2018: each part on its own
			}
			d, _, _, ok := parseLiteral(ntText(text, u))
			if ok && ntIsPunct(text, t, '/') && d != 0 {
				p.value /= d
				p.last, p.frac, p.slash, p.plain = i+2, true, true, false
				return p, true
			}
		}
		if ntIsPunct(text, t, '^') {
			if q, ok := exponent(text, toks, i+2); ok {
				p.value = math.Pow(p.value, q.value)
				p.last, p.plain = q.last, false
				return p, true
			}
		}
	}
	if t, ok := next(i + 1); ok && !t.space && t.kind == ntPunct && p.plain {
		if f, ok := vulgarFraction(ntText(text, t)); ok {
			p.value += f // "1½"
			p.last, p.frac, p.plain = i+1, true, false
			return p, true
		}
	}
	p = spaceGroups(text, toks, p)
	if p.plain && p.digits <= 2 {
		if q, ok := mixedFraction(text, toks, p); ok {
			return q, true
		}
	}
	// A spaced multiplier: "2.33 k", "10 bln", "1,674,200.5 M".
	if t, ok := next(p.last + 1); ok && t.kind == ntWord && t.lx != nil && t.lx.mult > 0 && t.lx.num == nkNone {
		u, more := next(p.last + 2)
		single := t.end-t.start == 1
		if !single || !more || u.kind != ntWord {
			if w := ntText(text, t); !(single && (w == "m" || w == "b" || w == "t")) && w != "t" && w != "tn" && w != "T" && w != "mm" {
				p.value *= t.lx.mult
				p.last, p.scaled, p.plain = p.last+1, true, false
				return p, true
			}
		}
	}
	// A hyphenated scale: "a $1.5-billion deal", "a 10-million-strong".
	if t, ok := next(p.last + 1); ok && !t.space && ntIsPunct(text, t, '-') {
		if u, ok := next(p.last + 2); ok && !u.space && u.lx != nil && u.lx.num == nkScale {
			p.value *= u.lx.val
			p.last, p.scaled, p.plain = p.last+2, true, false
			return p, true
		}
	}
	if t, ok := next(p.last + 1); ok && t.lx != nil {
		switch t.lx.num {
		case nkHundred, nkScale, nkDozen, nkOrdinal, nkHalf, nkQuarter, nkAnd, nkVague:
			return parseWords(text, toks, p.last+1, p)
		}
	}
	return p, true
}

// exponent parses the signed power after "e" or "^" at token k.
func exponent(text string, toks []ntoken, k int) (numParse, bool) {
	neg := false
	for k < len(toks) && !toks[k].space && (ntIsPunct(text, toks[k], '+') || ntIsPunct(text, toks[k], '-')) {
		if ntIsPunct(text, toks[k], '-') {
			neg = !neg
		}
		k++
	}
	if k >= len(toks) || toks[k].kind != ntNum || toks[k].space {
		return numParse{}, false
	}
	v, _, _, ok := parseLiteral(ntText(text, toks[k]))
	if neg {
		v = -v
	}
	return numParse{first: k, last: k, value: v}, ok
}

// multiplierSuffix returns the multiplier of the word attached to the
// literal at i ("k", "bn", "M"), or 0. A lower-case "m" is a million only
// after a currency sign or before a word for people; otherwise it is metres.
func multiplierSuffix(text string, toks []ntoken, i, k int) float64 {
	t := toks[k]
	if t.lx == nil || t.lx.mult == 0 {
		return 0
	}
	switch w := ntText(text, t); w {
	case "m":
		if currencyBefore(text, toks, i) {
			return 1e6
		}
		if k+1 < len(toks) && toks[k+1].lx != nil && (toks[k+1].lx.cls&clsPerson != 0 || toks[k+1].lx.head != "") {
			return 1e6
		}
		if k+1 < len(toks) && toks[k+1].kind == ntWord && toks[k+1].space && plural(ntText(text, toks[k+1])) {
			if lx := toks[k+1].lx; lx == nil || !lx.dim && lx.cls&(clsStop|clsAux|clsDet) == 0 && lx.timeUnit == "" {
				return 1e6 // "2.1m customers", "3m doses": a count, not metres
			}
		}
		if k+2 < len(toks) && ntIsWord(toks[k+1], "of") && toks[k+2].lx != nil && toks[k+2].lx.cls&clsPronoun != 0 {
			return 1e6 // "3.7m of them"
		}
		return 0
	case "b", "B":
		if i > 0 && toks[i-1].kind == ntWord && toks[i-1].lx == nil && !currencyBefore(text, toks, i) {
			return 0 // "clade 1b", "Form 1B": a name
		}
	case "tn":
		if currencyBefore(text, toks, i) {
			return 1e12 // "£1.2tn"; but "40tn" may be tonnes
		}
		return 0
	case "t", "T", "g", "G", "mm":
		return 0
	}
	return t.lx.mult
}

// currencyBefore reports whether a currency sign or code directly precedes
// the literal at i.
func currencyBefore(text string, toks []ntoken, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind == ntPunct {
		return currencySign(ntText(text, p))
	}
	return p.lx != nil && p.lx.currency
}

func currencySign(s string) bool {
	switch s {
	case "$", "£", "€", "¥", "₹", "₦", "₽", "₪", "₴", "₩", "₱":
		return true
	}
	return false
}

// spaceGroups joins thousands written with single spaces: "40 000",
// "1 234 567.89".
func spaceGroups(text string, toks []ntoken, p numParse) numParse {
	if !p.plain || p.digits > 3 || p.value == 0 {
		return p
	}
	k := p.last
	v := p.value
	for k+1 < len(toks) {
		t := toks[k+1]
		lit := ntText(text, t)
		if t.kind != ntNum || !singleSpace(text[toks[k].end:t.start]) || len(lit) < 3 || !isDigitByte(lit[0]) || !onlyDigits(lit[:3]) {
			break
		}
		if len(lit) > 3 && (lit[3] != '.' || strings.Count(lit, ".") != 1 || strings.IndexByte(lit, ',') >= 0) {
			break
		}
		w, _ := strconv.ParseFloat(lit, 64)
		v = v*1000 + w
		k++
		if len(lit) > 3 {
			p.decimal = true
			break
		}
	}
	if k == p.last {
		return p
	}
	p.value, p.last, p.plain = v, k, false
	return p
}

func singleSpace(s string) bool {
	return s == " " || s == "\u00a0" || s == "\u202f" || s == "\u2009"
}

func onlyDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDigitByte(s[k]) {
			return false
		}
	}
	return s != ""
}

// mixedFraction joins a whole number and a slash fraction: "2 1/4".
func mixedFraction(text string, toks []ntoken, p numParse) (numParse, bool) {
	k := p.last + 1
	if k+2 >= len(toks) || toks[k].kind != ntNum || !toks[k].space || !ntIsPunct(text, toks[k+1], '/') || toks[k+1].space ||
		toks[k+2].kind != ntNum || toks[k+2].space {
		return p, false
	}
	if k+3 < len(toks) && ntIsPunct(text, toks[k+3], '/') {
		return p, false
	}
	a, _, _, ok1 := parseLiteral(ntText(text, toks[k]))
	b, _, _, ok2 := parseLiteral(ntText(text, toks[k+2]))
	if !ok1 || !ok2 || b == 0 || a >= b {
		return p, false
	}
	if p.value < 0 {
		p.value -= a / b
	} else {
		p.value += a / b
	}
	p.last, p.frac, p.plain = k+2, true, false
	return p, true
}

// ratio reads "one out of three", "one in five" and, when over is set,
// "one over three" as the fraction they state. A ratio whose first number
// is not the smaller ("12 out of 10") is two numbers.
func ratio(text string, toks []ntoken, p numParse, over bool) numParse {
	k := p.last + 1
	if k+1 >= len(toks) {
		return p
	}
	switch {
	case ntIsWord(toks[k], "out") && ntIsWord(toks[k+1], "of"):
		k += 2
	case ntIsWord(toks[k], "in") && p.value >= 1:
		k++
	case ntIsWord(toks[k], "over") && over:
		k++
	default:
		return p
	}
	if k+1 < len(toks) && !ntIsWord(toks[k-1], "over") && (ntIsWord(toks[k], "every") || ntIsWord(toks[k], "each")) {
		k++ // "one out of every four", "one in every five"
	}
	if k >= len(toks) {
		return p
	}
	q, ok := parseNumber(text, toks, k)
	if !ok || q.split || q.ordinal || q.suffix >= 0 || q.frac || q.value == 0 {
		return p
	}
	if ntIsWord(toks[k-1], "over") && q.last+1 < len(toks) && toks[q.last+1].kind == ntWord {
		return p // "$2000 over 3 years"
	}
	if !ntIsWord(toks[k-1], "over") && p.value >= q.value {
		return p
	}
	if ntIsWord(toks[k-1], "in") && (p.value != 1 && !(q.value == 10 || q.value == 100 || q.value <= 5) || q.value > 1000 || q.plain && q.digits == 4) {
		return p // "3 in 10" and "one in five" are ratios; "5 in 2024" is not
	}
	p.value /= q.value
	p.last, p.frac, p.plain, p.words = q.last, true, false, p.words || q.words
	return p
}

// gluedPeople reports whether the word w, written right after a number
// with no space, is a noun of people rather than a suffix: copy that lost
// a space ("14Palestinians dead", "300soldiers") counts them as if it had
// one, while "10am", "1990s", "4x4" and "180ml" stay no count of people.
// It is asked only of a number with a word glued to it, which is rare.
func gluedPeople(w string) bool {
	return len(w) > 3 && (personListed(w) || peopleName(w))
}
