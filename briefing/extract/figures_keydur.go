package extract

// durationPanel decides whether the duration c belongs in the panel,
// beyond durationKey's words of mandates, truces and sentences near it:
//   - the time people were held is captivity: "held for 412 days";
//   - a truce's planned length: "The ceasefire … is meant to last 60 days"
//     (durationKey reads only a few words around the figure);
//   - not a stretch of the story's past ("in the past two years", "over
//     the last decade") nor a war's length ("the nine-year civil war"),
//     whatever mandate or truce the sentence names beside them.
func durationPanel(text string, toks []ntoken, c *candidate, key bool) bool {
	if c.first >= 2 && tokenWord(text, toks[c.first-2]) == "the" && (wordAt(text, toks[c.first-1], "past") || wordAt(text, toks[c.first-1], "last")) {
		return false // "in the past two years alone"
	}
	if c.q.hyphenated {
		for k := c.last + 1; k < len(toks) && k <= c.last+4; k++ {
			if toks[k].kind != ntWord {
				continue
			}
			switch lowerWord(text, toks[k]) {
			case "war", "wars", "conflict", "insurgency", "occupation":
				return false // "the nine-year civil war"
			}
		}
	}
	if key {
		return true
	}
	if c.first >= 2 && ntIsWord(toks[c.first-1], "for") {
		if lx := toks[c.first-2].lx; lx != nil && lx.role != "" && lx.role.Category() == Detention {
			return true // "held for 412 days", "detained for six months"
		}
	}
	if c.first >= 2 && wordAt(text, toks[c.first-1], "last") && ntIsWord(toks[c.first-2], "to") {
		for _, t := range toks[:c.first] {
			if t.lx != nil && t.lx.cls&clsDurKey != 0 {
				return true // "The ceasefire, which took effect at midnight, is meant to last 60 days"
			}
		}
	}
	return false
}

// wordAt reports whether token t is the word w (lower-case ASCII), in any
// case, as t.kind == ntWord && strings.EqualFold(word, w) does. A word's
// token carries the entry of its lower-cased letters when the lexicon has
// it and the word is plain ASCII (ntokenize), so the entry's word stands
// for the token's; only a word the lexicon lacks is read.
func wordAt(text string, t ntoken, w string) bool {
	if t.lx != nil {
		return t.lx.w == w
	}
	return t.kind == ntWord && foldEq(text[t.start:t.end], w)
}
