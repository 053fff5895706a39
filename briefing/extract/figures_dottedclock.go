package extract

// dottedClock reports whether the decimal p is a clock time written with a
// dot, as British and Indian copy and live pages write them: "4.45 pm",
// "2.00 p.m." (extraction.md §1: a time of day is never a figure). Only
// an hour to 23 and two digits of minutes to 59 followed by am or pm
// count: "4.45 million" or "2.5 pm" (no such clock) stay numbers.
func dottedClock(text string, toks []ntoken, p numParse) bool {
	if !p.decimal || p.scaled || p.first != p.last || p.last+1 >= len(toks) {
		return false
	}
	s := ntText(text, toks[p.first])
	dot := len(s) - 3
	if dot < 1 || dot > 2 || s[dot] != '.' {
		return false
	}
	h, m := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == dot:
		case c < '0' || c > '9':
			return false
		case i < dot:
			h = h*10 + int(c-'0')
		default:
			m = m*10 + int(c-'0')
		}
	}
	if h > 23 || m > 59 {
		return false
	}
	k := p.last + 1
	switch tokenWord(text, toks[k]) {
	case "am", "pm":
		return true
	case "a", "p":
		return k+2 < len(toks) && ntIsPunct(text, toks[k+1], '.') && tokenWord(text, toks[k+2]) == "m"
	}
	return false
}
