package extract

import "strings"

// comparativeUnit drops a comparative the counted-noun reader took for
// the noun or its first word: "25,000 fewer people" counts people, and
// "unemployment was 77,000 lower" counts no "lower". A noun it does not
// start is returned as it is.
func comparativeUnit(written string) string {
	w, rest := written, ""
	if i := strings.IndexByte(written, ' '); i >= 0 {
		w, rest = written[:i], written[i+1:]
	}
	if len(w) > len("smaller") {
		return written // "soldiers", "families"
	}
	switch {
	case foldIn(w, "fewer", "more", "less"):
		return rest // "fewer people" → "people"; "more" alone → ""
	case rest == "" && foldIn(w, "lower", "higher", "greater", "bigger", "smaller", "larger"):
		return ""
	}
	return written
}

// comparativeStart reports whether written may start with one of the
// comparatives comparativeUnit drops, by its first two letters: most
// counted nouns do not, and unitName passes them over without a call.
func comparativeStart(written string) bool {
	switch uint16(written[0]|0x20)<<8 | uint16(written[1]|0x20) {
	case 'f'<<8 | 'e', 'm'<<8 | 'o', 'l'<<8 | 'e', 'l'<<8 | 'o', 'h'<<8 | 'i', 'g'<<8 | 'r', 'b'<<8 | 'i', 's'<<8 | 'm', 'l'<<8 | 'a':
		return true
	}
	return false
}

// subjectReach is how far before and after a bare count subjectCount
// reads for the subject that names what it counts.
const subjectReach = 24

// subjectCount is what a bare count counts when its clause names it only
// as the subject: "unemployment fell by 27,000 to 1.34 million", "At 30.39
// million ..., employment was 239,000 higher", "the claimant count fell by
// 11,400" count people; "the number of people in work ... 32.7 million"
// and "The number of US oil rigs ... rose 5 to 557" count the noun after
// "number of", as written. It reads back, and forward past a fronted
// phrase ("At 2.24 million for December 2013 to February 2014,
// unemployment was"), within the sentence, past bare counts ("at 32.7
// million, with a jump of 179,000") but not past a count with a noun of
// its own; it returns "" when no such subject is found. The rate of
// unemployment counts nothing: its numbers are percents, read elsewhere.
func (fx *figurer) subjectCount(toks []ntoken, cands []candidate, ci int) string {
	text, c := fx.text, &cands[ci]
	if !fx.mayHave(markSubject) {
		return "" // most sentences name none of the subjects
	}
	prev := ci - 1 // the figure before token k, for the counts passed on the way back
	for k := c.first - 1; k >= 0 && k >= c.first-subjectReach; k-- {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') {
			break
		}
		for prev >= 0 && cands[prev].first > k {
			prev--
		}
		if prev >= 0 && cands[prev].last >= k && fx.ownNoun(toks, &cands[prev]) {
			break // another count with a noun of its own: "12 soldiers"
		}
		if u := subjectAt(text, toks, k); u != "" {
			return u
		}
	}
	if c.first > 0 && !ntIsWord(toks[c.first-1], "at") {
		return "" // only a fronted "At 2.24 million ..., unemployment was" names its subject after it
	}
	for k := c.last + 1; k < len(toks) && k <= c.last+subjectReach; k++ {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || t.kind == ntNum && !yearOrDay(text, toks, k) {
			break
		}
		if u := subjectAt(text, toks, k); u != "" {
			return u
		}
	}
	return ""
}

// subjectAt is the unit the subject word at token k gives a bare count
// ("people" for unemployment, the noun of "the number of"), or "". The
// length of the token is asked first: most words have none of the
// subjects' lengths.
func subjectAt(text string, toks []ntoken, k int) string {
	t := toks[k]
	if t.kind != ntWord {
		return ""
	}
	switch t.end - t.start {
	case 6:
		if !wordAt(text, t, "number") || k+2 >= len(toks) || !wordAt(text, toks[k+1], "of") || !numberOfOpens(text, toks, k) {
			return ""
		}
		j := k + 2
		if wordAt(text, toks[j], "the") && j+1 < len(toks) {
			j++ // "the number of the victims"
		}
		first, last, ok := nounRun(text, toks, j)
		if !ok {
			if lx := toks[j].lx; lx != nil && nominalAdjective[lx.w] {
				return ntText(text, toks[j]) // "the number of missing at 18", "the number of dead had passed 600"
			}
			return ""
		}
		for m := j; m < first; m++ {
			if toks[m].kind != ntWord {
				return ""
			}
		}
		first = j // "the number of confirmed deaths": the participle with its noun
		if lx := toks[last].lx; last > first && last+1 < len(toks) && (lx == nil || lx.trig == trigNone) && foldIn(ntText(text, toks[last+1]), "at", "to", "by") {
			last-- // "the number of injured people stands at 210": the verb is no part of the noun; "confirmed deaths at" are
		}
		return text[toks[first].start:toks[last].end] // "the number of people in work"
	case 10, 12:
		if !wordAt(text, t, "unemployment") && !wordAt(text, t, "employment") {
			return ""
		}
		if k+1 < len(toks) && foldIn(ntText(text, toks[k+1]), "rate", "rates", "benefit", "benefits", "insurance", "figures", "data",
			"claims", "level", "levels", "office", "offices", "agency", "law", "laws", "contract", "contracts") {
			return "" // "the unemployment rate", "employment figures"
		}
		return "people"
	case 8:
		if wordAt(text, t, "claimant") && k+1 < len(toks) && wordAt(text, toks[k+1], "count") {
			return "people"
		}
	}
	return ""
}

// numberOfOpens reports whether "number" at token k opens "the number of"
// with its article, or "the total number of" ("brings the total number of
// hostages freed ... to 18").
func numberOfOpens(text string, toks []ntoken, k int) bool {
	if k > 0 && wordAt(text, toks[k-1], "the") {
		return true
	}
	return k > 1 && (wordAt(text, toks[k-1], "total") || wordAt(text, toks[k-1], "overall")) && wordAt(text, toks[k-2], "the")
}

// ownNoun reports whether the figure o counts or measures something of
// its own, which a subject further back does not name: "12 soldiers",
// "$5", "6%". A bare count, a count whose noun is only a comparative
// ("77,000 lower") and a duration ("in the three months to February")
// name nothing.
func (fx *figurer) ownNoun(toks []ntoken, o *candidate) bool {
	switch o.q.kind {
	case QuantityDuration:
		return false
	case QuantityNumber:
		return o.unitFirst >= 0 && comparativeUnit(fx.text[toks[o.unitFirst].start:toks[o.unitLast].end]) != ""
	}
	return true
}

// partitiveNoun is what a bare count of a part counts when the counted-noun
// reader found nothing: the noun of the whole after "of" and a determiner,
// "Twelve of these subdivisions", or the noun of the total figure right
// after it, "187,526 of the estimated 3.4 million new vehicles". A pronoun
// ("three of them") or a participle ("ten of those killed") names no noun.
func (fx *figurer) partitiveNoun(toks []ntoken, cands []candidate, k int) string {
	text, c := fx.text, &cands[k]
	j := c.last + 1
	if j+2 >= len(toks) || !ntIsWord(toks[j], "of") {
		return ""
	}
	j++
	if !foldIn(tokenWord(text, toks[j]), "the", "these", "those", "its", "their") {
		return ""
	}
	j++
	if k+1 < len(cands) {
		if o := &cands[k+1]; o.first == j && o.q.kind == QuantityNumber && o.unitFirst >= 0 && !o.elliptic {
			return text[toks[o.unitFirst].start:toks[o.unitLast].end] // "of the estimated 3.4 million new vehicles"
		}
	}
	first, last, ok := nounRun(text, toks, j)
	if !ok || first != j || !pluralToken(text, toks[last]) || participle(ntText(text, toks[last])) {
		return ""
	}
	return text[toks[first].start:toks[last].end] // "of these subdivisions"
}

// atOnePoint reports whether the "one" at token k is the idiom "at one
// point", "at one stage" or "at one time" ("the lira at one point traded
// at 1.368"), which counts nothing.
func atOnePoint(text string, toks []ntoken, k int) bool {
	return k > 0 && k+1 < len(toks) && ntIsWord(toks[k-1], "at") && ntIsWord(toks[k], "one") &&
		foldIn(ntText(text, toks[k+1]), "point", "stage", "time")
}

// possessiveWhole is the whole a fraction is a share of when the noun
// after "of" is a possessor: "nearly half of Haiti’s population", "a third
// of Sudan's population", "two thirds of Yemen’s entire population", "a
// quarter of the province's 8 million people". The
// counted-noun reader stops at the possessive, which left the share of
// "Haiti"; the whole runs on to the possessed noun. It returns "" for any
// other unit.
func (fx *figurer) possessiveWhole(toks []ntoken, c *candidate) string {
	text, k := fx.text, c.unitLast+1
	if k+2 >= len(toks) || toks[k].space || toks[k+1].space || !ntIsWord(toks[k+1], "s") {
		return ""
	}
	if lx := toks[c.unitLast].lx; lx != nil && lx.timeUnit != "" {
		return "" // "a quarter of this year's humanitarian needs": a time owns nothing counted
	}
	if s := ntText(text, toks[k]); s != "'" && s != "’" {
		return ""
	}
	j := k + 2
	if q, ok := parseNumber(text, toks, j); ok && !q.split && !q.ordinal {
		j = q.last + 1 // "a quarter of the province's 8 million people"
	}
	if first, last, ok := nounRun(text, toks, j); ok && first == j {
		return text[toks[c.unitFirst].start:toks[last].end]
	}
	return ""
}

// distinctWords are adjectives that stress that the things counted are
// several ("three separate air strikes", "three different villages") or
// weigh them ("two key provincial capitals", "406 precious lives"): they
// say nothing of what is counted, and the unit is the noun after them, as
// every dev batch writes it. "major" is not among them: "major
// hurricanes" are a kind of hurricane.
var distinctWords = map[string]bool{"separate": true, "different": true, "distinct": true, "key": true, "precious": true}

// plainCountedNoun drops a leading word of distinctWords from the counted
// noun written, whose first token is toks[first]: "separate prison riots"
// → "prison riots". A noun that is only the word ("three separate") is
// kept as written. The length of the first word is asked first: most
// nouns have none of the words' lengths (3, 8 or 9 letters).
func plainCountedNoun(text string, toks []ntoken, first int, written string) string {
	t := toks[first]
	if n := t.end - t.start; n != 3 && n != 8 && n != 9 || len(written) <= n || written[0] != text[t.start] {
		return written // and a noun that no longer starts at the token ("fewer people" → "people")
	}
	switch text[t.start] | 0x20 {
	case 's', 'd', 'k', 'p':
	default:
		return written // most nouns of those lengths start with another letter
	}
	if !lowerIn(distinctWords, text[t.start:t.end]) {
		return written
	}
	return strings.TrimLeft(written[t.end-t.start:], " \t\n\r")
}

// bareCountUnit is the unit of bare count k whose role is a fate of
// people: the toll it is the value of ("the death toll has risen to 11",
// "Quake toll passes 2,000": "death toll", "toll"), else people
// ("Suspected bandits abduct 14 in Katsina", "at least seven died",
// "Thousands flee", "killing five and abducting another five"), as every
// dev batch writes them. The text names no noun, and the role says that
// the count is of persons. It is "" for any other figure; the caller asks
// only for a number with no unit.
func (fx *figurer) bareCountUnit(toks []ntoken, cands []candidate, k int, role Role) string {
	if cands[k].b.num.frac {
		return ""
	}
	switch role {
	case RoleKilled:
		if t := fx.tollBefore(toks, cands, k); t != "" {
			return t
		}
		return "people"
	case RoleInjured, RoleMissing, RoleHeld, RoleDetained, RoleReleased, RoleDisplaced, RoleRefugees, RoleInNeed:
		return "people"
	}
	return ""
}

// tollReach is how far back tollBefore reads for the toll a count is the
// value of: "the death toll from a 7.8 magnitude earthquake and multiple
// aftershocks rose to".
const tollReach = 24

// tollBefore is the toll that bare count k is the value of, as written:
// "death toll", "dying toll", "toll" (a word the panel reads as a count of
// the dead; a "death count" is left to people). It reads back within
// the clause, past bare counts ("The toll, which had initially been put
// at 48, rose to 73") but not past a count with a noun of its own, and
// returns "" when no toll stands there.
func (fx *figurer) tollBefore(toks []ntoken, cands []candidate, k int) string {
	text, c := fx.text, &cands[k]
	from := max(c.first-tollReach, 1)
	for j := c.first - 1; ; j-- {
		if j < from {
			return "" // most counts: no toll before them, and no need to read the clause
		}
		if t := toks[j]; t.end-t.start == 4 && text[t.start]|0x20 == 't' && strings.EqualFold(text[t.start:t.end], "toll") {
			break
		}
	}
	prev := k - 1
	for j := c.first - 1; j >= from; j-- {
		t := toks[j]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') {
			break
		}
		for prev >= 0 && cands[prev].first > j {
			prev--
		}
		if prev >= 0 && cands[prev].last >= j && fx.ownNoun(toks, &cands[prev]) {
			break // "killed 12 soldiers, ... 40": the count before names its own
		}
		if t.kind != ntWord || t.end-t.start != 4 || tokenWord(text, t) != "toll" {
			continue
		}
		first := j
		if foldIn(tokenWord(text, toks[j-1]), "death", "dying", "casualty") {
			first = j - 1
		}
		return text[toks[first].start:t.end]
	}
	return ""
}

// hyphenNoun is what a number joined by a hyphen to a noun counts, when
// the compound describes another noun: "the 15-member council" counts
// members, "a 17-nation coalition" nations, "a three-story school"
// stories, as every dev batch writes them; the noun after the compound is
// what the count describes. A force's strength ("600-strong contingent"),
// a bound ("100,000-plus visitors", "40-odd") and a longer compound
// ("two-for-one") are left as they are; it returns "" for them.
func hyphenNoun(text string, toks []ntoken, c *candidate) string {
	k := c.q.num.last + 1
	if k+2 >= len(toks) || !ntIsPunct(text, toks[k], '-') || toks[k].space || toks[k+1].space || toks[k+1].kind != ntWord {
		return ""
	}
	if next := toks[k+2]; !next.space && next.kind == ntPunct && (ntIsPunct(text, next, '-') || ntIsPunct(text, next, '\'')) {
		return "" // "two-for-one", "5-year-old"
	}
	w := toks[k+1]
	if w.lx != nil && w.lx.cls&(clsStop|clsDet|clsAux) != 0 {
		return ""
	}
	word := ntText(text, w)
	switch len(word) {
	case 3, 4, 6, 9:
		if foldIn(word, "strong", "plus", "odd", "fold", "something") {
			return "" // "600-strong", "100,000-plus", "40-odd", "three-fold": no noun
		}
	}
	return strings.ToLower(word)
}
