package extract

// convertedRate is the denominator of a rate written around a conversion
// in brackets, which the rate after the closing bracket gives both
// figures: "£1,720 (€1,909) per tonne", "over 160 miles (257 kilometers)
// an hour", "2.4 trillion gallons (9 trillion liters) of rain a day". It
// returns the denominator's normal name, or "" when candidate k is not one
// of such a pair or the text after the bracket is no rate.
func (fx *figurer) convertedRate(toks []ntoken, cands []candidate, k int) string {
	c := &cands[k]
	inner := c
	switch {
	case k > 0 && fx.convertedPair(toks, &cands[k-1], c):
	case k+1 < len(cands) && fx.convertedPair(toks, c, &cands[k+1]):
		inner = &cands[k+1]
	default:
		return ""
	}
	first, last, ok := rateAfter(fx.text, toks, inner.last+1)
	if !ok {
		return ""
	}
	return normalUnit(fx.text[toks[first].start:toks[last].end], QuantityDimension)
}

// convertedPair reports whether candidate b is a in other units, in
// brackets right after it: "£1,720 (€1,909)", "160 miles (257 kilometers)",
// both sums or both measures and neither a rate of its own.
func (fx *figurer) convertedPair(toks []ntoken, a, b *candidate) bool {
	if a.q.kind != b.q.kind || a.q.kind != QuantityCurrency && a.q.kind != QuantityDimension || a.perFirst > 0 || b.perFirst > 0 {
		return false
	}
	return b.first == a.last+2 && ntIsPunct(fx.text, toks[a.last+1], '(') &&
		b.last+1 < len(toks) && ntIsPunct(fx.text, toks[b.last+1], ')')
}

// sharedUnit is the unit a bare number shares with the number after it
// when the two are listed with "and" or "or" and only the second writes
// its unit: "deficits of 16 and 6 per cent, respectively", "rose 3 and 5
// percent", "2 or 3 km". Only a percent or a unit of measure is shared;
// a count ("3 and 5 people") keeps what the counted-noun reader gave it.
// It returns "" when candidate k is no such number.
func (fx *figurer) sharedUnit(toks []ntoken, cands []candidate, k int) string {
	c := &cands[k]
	if k+1 >= len(cands) || c.q.kind != QuantityNumber || c.unitFirst >= 0 || c.b.hasSecond || c.q.hyphenated {
		return ""
	}
	o := &cands[k+1]
	if o.first != c.last+2 || o.b.hasSecond || !(ntIsWord(toks[c.last+1], "and") || ntIsWord(toks[c.last+1], "or")) {
		return ""
	}
	if c.first > 0 && ntIsWord(toks[c.first-1], "between") {
		return "" // "between 3 and 5 percent" is a range, read elsewhere
	}
	if c.first > 0 && toks[c.first-1].lx != nil && toks[c.first-1].lx.role != "" {
		// "The strike killed 16 and 6 percent of the buildings …": a
		// verb of a fate takes a count, and the percent is another clause's.
		return ""
	}
	switch o.q.kind {
	case QuantityPercent:
		return "%"
	case QuantityDimension, QuantityTemperature:
		if o.perFirst > 0 || o.q.unitFirst < 0 {
			return ""
		}
		return normalUnit(fx.text[toks[o.q.unitFirst].start:toks[o.q.unitLast].end], o.q.kind)
	}
	return ""
}
