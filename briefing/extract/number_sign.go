package extract

// signedMove reports whether the number p, written with a plus sign glued
// before it, is a move as market reports print one ("closed +151
// (+3.26%)", "+0.8%"), not a telephone number ("+44 (0)20 7946 0958", "+1
// 222 333 4444"): the number ends at a percent sign, a closing bracket, a
// stop or a comma, or before a bracket that opens another signed move.
func signedMove(text string, toks []ntoken, p numParse) bool {
	k := p.last + 1
	if p.suffix >= 0 || k >= len(toks) {
		return k >= len(toks) && p.decimal
	}
	t := toks[k]
	switch {
	case t.kind != ntPunct:
		return false
	case ntIsPunct(text, t, '%') && !t.space:
		return true // "+3.26%"
	case ntIsPunct(text, t, '(') && t.space:
		return k+1 < len(toks) && (ntText(text, toks[k+1]) == "+" || isNegativeSign(text, toks, k+1)) // "+151 (+3.26%)"
	case ntIsPunct(text, t, ')') || ntIsPunct(text, t, ',') || ntIsPunct(text, t, ';'):
		return !t.space && (p.decimal || k+1 >= len(toks) || toks[k+1].kind != ntNum)
	}
	return false
}
