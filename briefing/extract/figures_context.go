package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countedNoun finds what the number of c counts: the noun phrase after it
// ("600 additional Kenyan officers"), after "of" ("dozens of people", "half
// the population"), or, for an ellipsis ("nearly 400 of those", "110,750
// wounded"), the noun of the figure before.
func (fx *figurer) countedNoun(text string, toks []ntoken, c *candidate) {
	n := len(toks)
	k := c.last + 1
	if c.q.hyphenated && k+1 < n && ntIsPunct(text, toks[k], '-') {
		k += 2 // "600-strong force": the noun follows the compound
	}
	defer fx.markRate(text, toks, c)
	if k < n && ntIsWord(toks[k], "of") && k+1 < n {
		if lx := toks[k+1].lx; lx != nil && lx.cls&clsPronoun != 0 && lx.w != "it" {
			c.partitive, c.elliptic, c.countPosition = true, true, true
			return
		}
		j := k + 1
		detAt := -1
		if lx := toks[j].lx; lx != nil && lx.cls&clsDet != 0 {
			detAt = j
			j++
		}
		if j < n {
			// "two-thirds of the 1,500 migrants", "31 of 47 drones", "300 of the 1,000 prisoners".
			if q, ok := parseNumber(text, toks, j); ok && !q.split && !q.ordinal {
				c.partitive = !c.b.num.frac
				// "two-thirds of the 1,500 migrants": the unit is the
				// migrants, and 1,500 is a figure of its own.
				if first, last, ok := nounRun(text, toks, q.last+1); ok {
					c.unitFirst, c.unitLast = first, last
				}
				return
			}
		}
		if first, last, ok := nounRun(text, toks, j); ok {
			c.unitFirst, c.unitLast, c.last = first, last, last
			if detAt >= 0 && c.b.num.frac {
				c.unitFirst = detAt // "a third of the population"
			}
			return
		}
	}
	if c.b.num.frac && k < n {
		if lx := toks[k].lx; lx != nil && lx.cls&clsDet != 0 && lx.cls&clsPronoun == 0 {
			if first, last, ok := nounRun(text, toks, k+1); ok && first == k+1 {
				c.unitFirst, c.unitLast, c.last = k, last, last // "half the population"
				return
			}
		}
	}
	if k+1 < n && isQuote(ntText(text, toks[k])) && toks[k+1].kind == ntWord {
		// A quoted noun: nearly 300 "militia members".
		if first, last, ok := nounRun(text, toks, k+1); ok {
			c.unitFirst, c.unitLast, c.last = first, last, last
			if last+1 < n && isQuote(ntText(text, toks[last+1])) {
				c.last = last + 1
			}
			return
		}
	}
	if first, last, ok := nounRun(text, toks, k); ok && first >= k {
		c.unitFirst, c.unitLast = first, last
		if !c.q.hyphenated || tokenWord(text, toks[k-1]) == "strong" {
			c.last = last // "600-strong contingent"; but "one-year" stands alone
		}
		return
	}
	if c.q.hyphenated {
		return
	}
	if k < n && ntIsWord(toks[k], "more") {
		c.last = k // "thousands more have returned"
		k++
	}
	c.elliptic = true
	if k < n && toks[k].lx != nil && nominalAdjective[toks[k].lx.w] && (k+1 >= n || toks[k+1].kind != ntWord || toks[k+1].lx != nil && toks[k+1].lx.cls&(clsStop|clsAux) != 0) {
		c.nominal, c.last = k, k // "the 12 dead", "110,750 wounded"
	}
	c.countPosition = countPosition(text, toks, k)
	if c.first > 0 {
		switch tokenWord(text, toks[c.first-1]) {
		case "of", "for", "in", "on", "at", "from", "with", "by", "to", "per", "than", "into", "over", "under":
			c.afterPrep = true
		}
	}
}

// nominalAdjective are adjectives that name people when they follow a
// number: "12 dead", "300 wounded".
var nominalAdjective = map[string]bool{"dead": true, "wounded": true, "injured": true, "missing": true, "displaced": true,
	"homeless": true, "detained": true, "killed": true}

// countPosition reports whether the token at k, after a bare number, makes
// it the subject of a clause ("a thousand have", "110,750 wounded",
// "hundreds still missing"), so that it counts what was counted before.
func countPosition(text string, toks []ntoken, k int) bool {
	for ; k < len(toks); k++ {
		lx := toks[k].lx
		if lx == nil {
			return participle(ntText(text, toks[k]))
		}
		switch {
		case lx.w == "more" || lx.w == "still" || lx.w == "also" || lx.w == "now" || lx.w == "reportedly" || lx.w == "already":
			continue
		case lx.cls&clsAux != 0, lx.trig == trigStrong, lx.cls&clsAdj != 0 && participle(lx.w):
			return true
		}
		return lx.w == "missing" || lx.w == "dead"
	}
	return false
}

// markRate notes figures that are rates, not totals: "30 for each hostage",
// "$5 per day".
func (fx *figurer) markRate(text string, toks []ntoken, c *candidate) {
	k := c.last + 1
	if k >= len(toks) {
		return
	}
	w := tokenWord(text, toks[k])
	if w == "per" || w == "apiece" || w == "each" || w == "/" {
		c.rate = true
	}
	if (w == "for" || w == "to") && k+1 < len(toks) {
		if w2 := tokenWord(text, toks[k+1]); w2 == "each" || w2 == "every" || w2 == "one" {
			c.rate = true
		}
	}
	if w == "every" && k+1 < len(toks) && toks[k+1].lx != nil && toks[k+1].lx.timeUnit != "" {
		c.rate = true // "300 families every day", "3,000 more cross every day" (after the verb: rateVerbAfter)
	}
}

// inherit gives an elliptical figure the noun and category of the count
// just before it, when that is close enough to be what it refers to.
func (fx *figurer) inherit(c *candidate) {
	if !fx.hasPrev || c.q.kind != QuantityNumber || fx.out[fx.prev].End < c.sentenceStart-600 {
		return
	}
	if !c.countPosition && !c.coord && (fx.out[fx.prev].SentenceStart != c.sentenceStart || c.afterPrep) {
		// Across sentences only a count that is the subject ("Nearly a
		// thousand have nowhere to go"); within one, not the object of a
		// preposition ("30 beds for a population of 250,000").
		return
	}
	prev := fx.out[fx.prev]
	if prev.Unit == "" || prev.End < len(fx.text) && fx.text[prev.End] == '-' {
		return // nor from "a three-story school": its number describes, and counts nothing
	}
	c.inherited = true
	c.inheritCat = prev.Category
}

// buildIrregularPlurals marks the irregular plurals in the number lexicon.
func buildIrregularPlurals() {
	for w := range irregularPlurals {
		numLexEntry(w).irregular = true
	}
}

// irregularPlurals are plural head nouns that do not end in s.
var irregularPlurals = map[string]bool{"people": true, "men": true, "women": true, "children": true, "police": true,
	"personnel": true, "staff": true, "militia": true, "cattle": true, "livestock": true, "sheep": true, "aircraft": true,
	"youth": true, "clergy": true, "infantry": true, "cavalry": true, "crew": true, "population": true, "public": true,
	"policemen": true, "servicemen": true, "gunmen": true, "fishermen": true, "tribesmen": true, "kinsmen": true}

// nounRun finds the counted noun phrase that starts at token j: modifiers
// and a head noun, stopping at function words, verbs and punctuation. It
// returns the phrase without leading generic adjectives ("additional",
// "more").
func nounRun(text string, toks []ntoken, j int) (int, int, bool) {
	first, last := -1, -1
	words := 0
	for k := j; k < len(toks) && words < 5; k++ {
		t := toks[k]
		if t.kind != ntWord {
			// "Kenyan-led", "gang-related": a hyphen inside a compound modifier.
			if ntIsPunct(text, t, '-') && !t.space && words > 0 && k+1 < len(toks) && toks[k+1].kind == ntWord && !toks[k+1].space {
				continue
			}
			if ntIsPunct(text, t, '-') && !t.space && words > 0 && last == k-1 && toks[k-1].upper && k+1 < len(toks) && toks[k+1].kind == ntNum && !toks[k+1].space {
				// A model: "F-16s", "Su-25 jets", "MiG-29s".
				k, last = k+1, k+1
				if k+1 < len(toks) && !toks[k+1].space && ntText(text, toks[k+1]) == "s" {
					last = k + 1
					break
				}
				continue
			}
			break
		}
		lx := t.lx
		lw := ntText(text, t) // lower-case where the lexicon knows it
		if lx != nil {
			lw = lx.w
		}
		if lx != nil {
			if lx.w == "and" && last >= 0 && !pluralToken(text, toks[last]) && nounListAhead(text, toks, k+1) {
				continue // "dozens of UN and aid workers"
			}
			if lx.cls&(clsStop|clsDet|clsAux|clsNotNoun) != 0 && lx.cls&clsAdj == 0 {
				break
			}
			if words > 0 && lx.trig != trigNone && lx.head == "" && lx.cls&(clsAdj|clsPerson) == 0 && !pluralOf(lw, lx) && !nextIsPlural(text, toks, k) {
				break // a verb: "Somalis need aid"
			}
			if lx.num != nkNone || lx.cls&clsWeekday != 0 || (lx.cls&clsMonth != 0 && t.upper) || lx.percent || lx.timeUnit != "" && words > 0 {
				break
			}
		}
		if words > 0 && (participle(lw) || adverb(lw)) && (lx == nil || lx.head == "") {
			break
		}
		if last >= 0 && t.upper && !toks[k-1].upper && toks[k-1].kind == ntWord {
			break // a new proper noun: "troops Kenya sent"
		}
		if words == 0 && (adverb(lw) || lx != nil && lx.cls&clsIntrans != 0) {
			break // "5 died on the way": a verb, not the counted noun
		}
		words++
		modifier := (lx != nil && lx.cls&clsAdj != 0) || (participle(lw) && (lx == nil || lx.head == "")) || lw == "more"
		if first < 0 && (lx == nil || lx.cls&clsGeneric == 0) {
			first = k // "displaced people", "Kenyan officers"; not "additional"
		}
		if !modifier {
			last = k
		}
		if !modifier && pluralOf(lw, lx) && !(lx != nil && lx.irregular && nextIsPlural(text, toks, k)) {
			break // the head noun: "600 police officers", "five million Haitians"
		}
	}
	if first < 0 || last < 0 {
		return 0, 0, false
	}
	return first, last, true
}

// nounListAhead reports whether a plural noun follows within three words,
// so that "and" joins two modifiers of it.
func nounListAhead(text string, toks []ntoken, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if t.kind != ntWord || (t.lx != nil && t.lx.cls&(clsStop|clsDet|clsAux) != 0) {
			return false
		}
		if pluralToken(text, t) {
			return true
		}
	}
	return false
}

// personNoun reports whether a unit counts people: "people", "troops",
// "Haitians", "aid workers", "detainees".
func personNoun(unit string) bool {
	w := lastWord(unit)
	return personWord(w, lookupNumLex(w), !strings.Contains(unit, " "))
}

// personWord is personNoun for the last word w of a unit and its lexicon
// entry lx; single says the unit is that one word, which may then be a
// singular ("one ranger", "a guard").
func personWord(w string, lx *numLex, single bool) bool {
	if lx != nil && (lx.cls&clsPerson != 0 || lx.head != "" || irregularFighters(lx)) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return true // "Haitians", "Burkinabè": a people
	}
	// Each suffix ends in an 's' but "men": a word that ends otherwise
	// (its last byte folded as hasSuffixFold folds it) has none of them.
	if last := len(w) - 1; last >= 0 && (w[last]|0x20 == 's' || w[last]|0x20 == 'n') {
		for _, suf := range []string{"ers", "ors", "ists", "ians", "ans", "ees", "ese", "men", "ites", "is"} {
			if hasSuffixFold(w, suf) && len(w) > len(suf)+2 {
				return suf != "ers" || !nonPersonErs[w]
			}
		}
	}
	if single && len(w) > 2 && !hasSuffixFold(w, "s") && w[0] >= 'a' && w[0] <= 'z' {
		return personNoun(w + "s") // a singular: "one ranger", "a guard"
	}
	return false
}

// nonPersonErs are plural nouns in -ers that are things, not people.
var nonPersonErs = map[string]bool{"containers": true, "helicopters": true, "tankers": true, "carriers": true, "shelters": true,
	"centers": true, "centres": true, "letters": true, "papers": true, "numbers": true, "orders": true, "chapters": true,
	"kilometers": true, "meters": true, "litres": true, "liters": true, "markers": true, "rockets": true, "towers": true,
	"computers": true, "launchers": true, "barriers": true, "borders": true, "matters": true, "headquarters": true}

// nextIsPlural reports whether the word after k is a plural noun, so that
// "police" in "police officers" is a modifier.
func nextIsPlural(text string, toks []ntoken, k int) bool {
	if k+1 >= len(toks) || toks[k+1].kind != ntWord {
		return false
	}
	if lx := toks[k+1].lx; lx != nil && lx.cls&(clsStop|clsDet|clsAux) != 0 {
		return false
	}
	return pluralToken(text, toks[k+1])
}

func participle(w string) bool {
	return len(w) > 4 && (hasSuffixFold(w, "ed") || hasSuffixFold(w, "ing")) && !nounInG[w]
}

// nounInG are nouns that end like participles.
var nounInG = map[string]bool{"building": true, "buildings": true, "bombing": true, "bombings": true, "meeting": true,
	"shooting": true, "shootings": true, "killing": true, "killings": true, "uprising": true, "sibling": true, "siblings": true,
	"offspring": true, "wedding": true, "dwelling": true, "dwellings": true, "housing": true, "funding": true, "bed": true,
	"hundred": true, "seabed": true, "hatred": true, "kindred": true, "shed": true}

func adverb(w string) bool {
	if !hasSuffixFold(w, "ly") || len(w) <= 4 {
		return false
	}
	switch w {
	case "family", "ally", "supply", "assembly", "rally", "italy", "anomaly", "monopoly", "militarily", "july":
		return w == "militarily"
	}
	return true
}

// headOf returns the head noun of a unit, lower-cased and singular, for
// deduplication: "police officers" and "Kenyan officers" share "officer".
func headOf(unit string) string {
	if k := strings.LastIndexByte(unit, ' '); k >= 0 {
		unit = unit[k+1:]
	}
	return singularHead(strings.ToLower(unit))
}

// headAt is headOf for the unit of the figure c: when the unit's last word
// is the token it was read from and the lexicon has it, the entry holds
// the word lower-cased (ntokenize), which is not read again.
func headAt(text string, toks []ntoken, c *candidate, unit string) string {
	if c.unitFirst >= 0 {
		if t := &toks[c.unitLast]; t.lx != nil && ntText(text, *t) == lastWord(unit) {
			return singularHead(t.lx.w)
		}
	}
	return headOf(unit)
}

// singularHead drops the s of a lower-case plural head: "officers" →
// "officer", not "press" or "bus".
func singularHead(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

// categoryOwn is the part of category that reads only the figure c's
// sentence (cands, the figures' starts, the sentence's category words),
// not the figures before it. It writes its fields of r.
func (fx *figurer) categoryOwn(r *ownRead, text string, toks []ntoken, cands []candidate, starts figStarts, k int, unit string) {
	c := &cands[k]
	r.kind, r.score, r.injury, r.word, r.wordAt = true, 0, false, nil, -1
	switch c.q.kind {
	case QuantityCurrency:
		r.best, r.why = Money, catCurrency
		return
	case QuantityDuration:
		r.best, r.why = Duration, catDuration
		return
	case QuantityDimension, QuantityTemperature:
		r.best, r.why = Other, catMeasure
		return
	}
	// A count of things ("480 strikes", "100 merchant ships") takes its
	// category only from words right beside it.
	uf := unitFactsAt(text, toks, c, unit)
	things := unit != "" && !uf.person && (c.q.kind == QuantityNumber || c.q.kind == QuantityPercent && c.unitFirst >= 0)
	percent := c.q.kind == QuantityPercent
	best, score, strong, injury := Other, 1e9, false, false
	why, word, wordAt := catNone, (*numLex)(nil), -1
	if c.unitFirst >= 0 && !percent {
		// The head noun of a share's "of" phrase does not make the share
		// what it counts: "Europeans made up 40% of UN peacekeepers".
		if lx := toks[c.unitLast].lx; lx != nil && lx.head != "" {
			best, score, why, word = lx.head, 2.5, catHeadNoun, lx
		}
	}
	if c.inherited && c.inheritCat != Other && c.inheritCat != "" && score > 9 {
		best, score, why = c.inheritCat, 9, catInherited // what the figure refers back to, unless a word nearby says otherwise
	}
	first, last := max(c.chainFirst, c.first-40), min(c.chainLast, c.last+40) // bounded: linear time
	lo, hi := max(0, first-24), min(len(toks)-1, last+16)
	for _, j32 := range fx.triggers[fx.trigBefore[lo]:fx.trigBefore[hi+1]] {
		j := int(j32)
		lx := toks[j].lx
		d := max(first-j, j-last, 0) // 0 inside the chain; branch-free, as which side a word is on is a coin toss
		if d == 0 && uint(j-c.first) > uint(c.last-c.first) || j == c.unitLast {
			continue // the head noun speaks through its own category
		}
		if float64(d) > score || lx.trig == trigWeak && d > 8 {
			// A word's score is at least its distance: one further than
			// the best so far cannot win, and its tests are skipped.
			continue
		}
		if things && !thingCategory(lx, d) && !materielSent(lx, d, unit) || percent && lx.trig == trigWeak {
			continue
		}
		if notInContext(text, toks, j, lx, uf, things) || lx.w == "left" && j < c.first || lx.w == "took" && j > c.last ||
			lx.cls&clsTake != 0 && !takenHostage(text, toks, j, j < c.first) {
			// "gunmen took 15 pupils" is an abduction; "the 33 miners took 69 days" is not.
			// "the collapse left six workers missing": "left" before a count is what caused it, not a flight.
			continue
		}
		crossed, breaks := 0, 0
		switch {
		case j < first:
			crossed = starts.between(j+1, first)
			breaks = int(fx.clauses[first] - fx.clauses[j+1])
		case j > last:
			crossed = starts.between(last+1, j)
			breaks = int(fx.clauses[j] - fx.clauses[last+1])
		}
		s := float64(d + 4*crossed + 2*breaks)
		if lx.trig == trigWeak {
			s += 3
		}
		if s < score || (s == score && lx.trig == trigStrong && !strong) {
			best, score, strong, injury = lx.cat, s, lx.trig == trigStrong, lx.injury
			why, word, wordAt = catTrigger, lx, j
		}
	}
	r.best, r.score, r.injury, r.kind, r.why, r.word, r.wordAt = best, score, injury, false, why, word, wordAt
}

// category decides what the figure c counts, from its unit, its counted
// noun and the words around it: the nearest event word wins ("killing at
// least 115 people"), a topic word only when close, and figures between
// them push a word further away.
func (fx *figurer) category(text string, toks []ntoken, cands []candidate, k int, own *ownRead) (Category, bool, ruleID, *numLex, int) {
	c := &cands[k]
	if own.kind {
		return own.best, false, own.why, nil, -1
	}
	best, score, injury, why, word, wordAt := own.best, own.score, own.injury, own.why, own.word, own.wordAt
	// A list member takes the category of the one before, unless it opens
	// a clause of its own ("20 bodies, and 9 survivors were taken to hospital").
	ownClause := c.coord && subjectPosition(text, toks, c) && auxAhead(text, toks, c.last)
	if prev := len(fx.out) - 1; best == Other && (c.coord && !ownClause || restates(text, toks, c.first)) && k > 0 && prev >= 0 && score > 8 &&
		fx.out[prev].SentenceStart == c.sentenceStart && fx.out[prev].Category != Money && fx.out[prev].Category != Duration {
		best, why, word = fx.out[prev].Category, catCoordinated, nil // "..., or up to 400,000 people"; not "$34 trillion, or 120%"
	}
	if best == Other && c.q.hyphenated && c.unitFirst >= 0 && c.unitFirst > 0 && tokenWord(text, toks[c.unitFirst-1]) == "strong" && deploymentAhead(toks, c.unitFirst-1) {
		best, why, word = Deployment, catStrong, nil // "a 5,000-strong standby force"
	}
	if best == Other {
		why, word = catNone, nil
	}
	if why != catTrigger {
		wordAt = -1
	}
	return best, injury, why, word, wordAt
}

// lastWord is the last word of a unit, its head noun: "troops" of
// "Kenyan troops".
func lastWord(unit string) string {
	if k := strings.LastIndexByte(unit, ' '); k >= 0 {
		return unit[k+1:]
	}
	return unit
}

// restates reports whether the figure starting at token first restates the
// one before it: "80,000 households had left, or up to 400,000 people".
func restates(text string, toks []ntoken, first int) bool {
	return first >= 2 && tokenWord(text, toks[first-1]) == "or" && tokenWord(text, toks[first-2]) == ","
}

// notInContext reports whether the context word at token j does not give
// its category here, though it would elsewhere: "military aid" is not
// humanitarian, "needed 272 seats" is not a need; a police or army noun
// beside a count of other people ("police fired at 5,000 demonstrators",
// "police said two men had been arrested") names who acted, not what is
// counted; and fighters who "crossed" a border are not displaced.
func notInContext(text string, toks []ntoken, j int, lx *numLex, uf unitFacts, things bool) bool {
	switch lx.cat {
	case Humanitarian:
		if lx.trig == trigWeak && j > 0 && toks[j-1].kind == ntWord {
			if foldIn(ntText(text, toks[j-1]), "military", "security", "defence", "defense", "lethal", "weapons", "arms") {
				return true
			}
		}
		return things && (lx.w == "need" || lx.w == "needs" || lx.w == "needed")
	case Deployment:
		// "Soldiers ... located 2,300 of the 9,000 people": the soldiers
		// acted; "ten insurgents ... in army uniforms": a party's own
		// fighters are no deployment.
		return lx.head != "" && uf.person && !uf.deploy || uf.fighters
	case Displacement:
		return lx.trig == trigWeak && (uf.fighters || uf.deploy)
	case Detention:
		// "gunmen took 15 pupils" is an abduction; "took 40% of the
		// market" and "took three days" are not.
		return (lx.w == "took" || lx.w == "taken") && !uf.person
	}
	return false
}

// unitFacts are what a figure's counted noun is, looked up once: people,
// a state's forces, a party's fighters.
type unitFacts struct{ person, deploy, fighters bool }

// unitFactsAt gives the unit facts of the figure c's unit. The entry of
// its last word comes from the token the word was read from, when it is
// that word, rather than from a second lookup.
func unitFactsAt(text string, toks []ntoken, c *candidate, unit string) unitFacts {
	if unit == "" {
		return unitFacts{}
	}
	w := lastWord(unit)
	if c.unitFirst >= 0 && toks[c.unitLast].kind == ntWord && ntText(text, toks[c.unitLast]) == w {
		return unitFactsOfWord(unit, w, toks[c.unitLast].lx)
	}
	return unitFactsOfWord(unit, w, lookupNumLex(w))
}

// unitFactsOfWord gives the unit facts of unit from its last word w and that word's entry lx.
func unitFactsOfWord(unit, w string, lx *numLex) unitFacts {
	return unitFacts{person: personWord(w, lx, !strings.Contains(unit, " ")), deploy: lx != nil && lx.head == Deployment,
		fighters: irregularFighters(lx)}
}

// foldIn reports whether w is one of words, ignoring case, without
// allocating: strings.EqualFold with each. The words are lower-case ASCII,
// as every caller writes them. Such a word folds only with a w as long
// that is ASCII too, or with a longer w that has a letter beyond ASCII
// ("ſ" for "s"), so most words are passed over on their length.
//
// The shorter words are read in a second pass, and only for a w beyond
// ASCII: the first pass then has one test a word that the branch
// predictor can miss, not two.
func foldIn(w string, words ...string) bool {
	shortest := len(w)
	for _, x := range words {
		if len(x) == len(w) && asciiEqualFold(w, x) {
			return true
		}
		shortest = min(shortest, len(x))
	}
	if shortest == len(w) || plainASCII(w) {
		return false
	}
	for _, x := range words {
		if len(x) < len(w) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// asciiEqualFold is strings.EqualFold for two ASCII strings of one length.
func asciiEqualFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c, d := a[i], b[i]
		if c == d {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// deploymentNoun reports whether a unit's head noun is a deployment's:
// troops, police officers, peacekeepers.
func deploymentNoun(unit string) bool {
	w := lastWord(unit)
	lx := lookupNumLex(w)
	return lx != nil && lx.head == Deployment
}

// combatantNoun reports whether a unit counts armed men, who cross
// borders and take towns but are not displaced by doing so.
func combatantNoun(unit string) bool {
	w := lastWord(unit)
	// A count inherits its noun as written: "one attacker; the other 3 fled".
	// A word that ends in s has no plural among the fighters' nouns.
	// The word is looked up once, and its plural not at all: those of
	// irregularFighters that end in s are all in the lexicon, so the
	// plural's entry is theirs exactly when w is one of their singulars.
	lx := lookupNumLex(w)
	return irregularFighters(lx) || !hasSuffixFold(w, "s") && fighterSingular(w) || lx != nil && lx.head == Deployment
}

// fighterSingulars are the singulars of irregularFighters' plurals in s.
var fighterSingulars = []string{"fighter", "militant", "rebel", "insurgent", "jihadist", "attacker", "assailant", "combatant",
	"bandit", "terrorist", "kidnapper", "raider"}

// fighterSingular reports whether w is one of fighterSingulars in any
// case of its ASCII letters, as lookupNumLex would find w+"s" (a letter
// beyond ASCII finds no entry there).
func fighterSingular(w string) bool {
	for _, x := range fighterSingulars {
		if len(x) == len(w) && asciiEqualFold(w, x) {
			return true
		}
	}
	return false
}

// irregularFighters reports whether the word of lx counts armed men of a
// party rather than a state's forces: "fighters", "insurgents", "bandits".
// The words are in the lexicon (buildClauseWords), so that a figure's
// noun is looked up once.
func irregularFighters(lx *numLex) bool {
	if lx == nil {
		return false
	}
	switch lx.w {
	case "fighters", "militants", "rebels", "insurgents", "jihadists", "gunmen", "attackers", "assailants", "militiamen",
		"combatants", "bandits", "terrorists", "kidnappers", "raiders":
		return true
	}
	return false
}

// materielSent reports whether a count of military hardware takes a
// deployment word close by: "sent 11 warships and 62 aircraft".
func materielSent(lx *numLex, d int, unit string) bool {
	if lx.cat != Deployment || d > 6 {
		return false
	}
	switch lx.w {
	case "sent", "send", "sending", "deployed", "deploy", "deploying", "dispatched", "stationed":
	default:
		return false // a verb that moves them, not "the air force"
	}
	w := lastWord(unit)
	return foldIn(w, "warships", "ships", "vessels", "aircraft", "jets", "planes", "helicopters", "tanks", "destroyers", "frigates",
		"submarines", "bombers", "carriers")
}

// deploymentAhead reports whether a deployment noun follows token k within
// three words: "600-strong contingent", "5,000-strong standby force".
func deploymentAhead(toks []ntoken, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if lx := toks[j].lx; lx != nil && lx.cat == Deployment {
			return true
		}
		if toks[j].kind != ntWord {
			return false
		}
	}
	return false
}

// thingCategory reports whether a context word can give its category to a
// count of things rather than people: aid trucks and tonnes of food are
// humanitarian, countries that pledge troops are a deployment; things are
// never casualties, displaced or detained.
func thingCategory(lx *numLex, d int) bool {
	switch lx.cat {
	case Humanitarian:
		return lx.trig == trigStrong || d <= 4
	case Deployment, Other:
		return d <= 4 && lx.trig == trigStrong
	}
	return d == 0 // "47,000 pending asylum applications"

}

// durationKey reports whether a duration is one an analyst tracks: a
// mandate, truce, phase, sentence or extension ("a one-year extension",
// "the 42-day first phase", "sentenced to 10 years").
func durationKey(toks []ntoken, c *candidate) bool {
	for j := c.last + 1; j < len(toks) && j <= c.last+6; j++ {
		if lx := toks[j].lx; lx != nil && lx.cls&clsDurKey != 0 {
			return true
		}
	}
	for j := c.first - 1; j >= 0 && j >= c.first-7; j-- {
		if lx := toks[j].lx; lx != nil && lx.cls&clsDurKey != 0 {
			return true
		}
	}
	// "authorised AU states to take all necessary measures ... for 12 months".
	if c.first > 0 && ntIsWord(toks[c.first-1], "for") {
		for j := max(0, c.first-40); j < len(toks) && j <= c.last+40; j++ {
			if lx := toks[j].lx; lx != nil && lx.cls&clsDurKey != 0 && lx.w != "giving" && lx.w != "given" && lx.w != "gave" {
				return true
			}
		}
	}
	return false
}

// timexDuration writes a duration as a TIMEX3 value: "P1Y", "P42D", "PT5H".
func timexDuration(v float64, unit string) string {
	num := strconv.FormatFloat(v, 'f', -1, 64)
	switch unit {
	case "H", "MIN", "S":
		if unit == "MIN" {
			return "PT" + num + "M"
		}
		return "PT" + num + unit
	case "W2":
		return "P" + strconv.FormatFloat(2*v, 'f', -1, 64) + "W"
	case "":
		return ""
	}
	return "P" + num + unit
}

// isQuote reports whether s is a quotation mark.
func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}
