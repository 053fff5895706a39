package extract

import (
	"strconv"
	"strings"
)

// The rules behind a figure, one per step of the figurer: how its number
// was read, its qualifier, its unit, its category and whether it is key.
// Each is registered in the rule book (Rules) with an example, and every
// Figure records the ones that made it (Figure.Rules, Figure.Explain).

// figureWhy is what a figure records of the rules that made it.
type figureWhy struct {
	number, qualifier, unit, category, role, key ruleID
	// word is the lexicon entry of the word that gave the category
	// ("killed"), if one did (lexWord), kept as an index so that a Figure
	// stays small.
	word lexRef
}

// figureRuleDef describes a rule of a figure's step.
type figureRuleDef struct {
	id      *ruleID
	name    string
	example string
}

// The rules of figures, by step. Their IDs are set when the book is
// built.
var (
	numDigits, numScaled, numWords, numMixed, numVague, numFraction, numRange ruleID

	unitCountedNoun, unitInherited, unitNominal, unitNone ruleID

	catCurrency, catDuration, catMeasure, catHeadNoun, catInherited, catTrigger, catCoordinated, catStrong, catNone ruleID

	keyCategory, keyMoney, keyDuration, keyNotCategory, keyCompound, keyBare, keyPartitive, keyRate,
	keyBreakdown, keyNotPositive, keyRepeat, keyNamedAgain, keyChangeBy, keyOldState, keyHeadline, keyBaseline, keySuperseded, keySeverity,
	keyNeedOfThings, keySubset, keyNotPeopleShare, keyPopulation ruleID

	// qualRules are the qualifier rules by kind and by where the
	// qualifier stands (0 before the number, 1 after it).
	qualRules                                [qRange + 1][2]ruleID
	qualExact, qualVagueCount, qualRangeRule ruleID
	unitKinds                                [QuantityTemperature + 1]ruleID
)

func figureRuleDefs() map[string][]figureRuleDef {
	return map[string][]figureRuleDef{
		"number": {
			{&numDigits, "digits", "115 people were killed"},
			{&numScaled, "digits-scaled", "3.6m people need aid"},
			{&numWords, "words", "five people were killed"},
			{&numMixed, "digits-and-words", "1.2 million people fled"},
			{&numVague, "vague-count", "dozens of people were killed"},
			{&numFraction, "fraction", "half of the 300 residents fled"},
			{&numRange, "range", "between 30 and 40 people were killed"},
		},
		"qualifier": {
			{&qualExact, "exact", "115 people were killed"},
			{&qualVagueCount, "vague-count-at-least", "dozens of people were killed"},
			{&qualRangeRule, "range", "between 30 and 40 people were killed"},
		},
		"unit": {
			{&unitCountedNoun, "counted-noun", "115 people were killed"},
			{&unitInherited, "inherited", "Some 600 officers arrived; nearly 400 of those are deployed."},
			{&unitNominal, "nominal-adjective", "the attack left 12 dead"},
			{&unitNone, "none", "the toll rose to 115"},
		},
		"category": {
			{&catCurrency, "currency", "$96 million was pledged"},
			{&catDuration, "duration", "a one-year extension"},
			{&catMeasure, "measure", "a 100 km road"},
			{&catHeadNoun, "head-noun", "2,900 troops"},
			{&catInherited, "inherited", "600 officers will deploy. The 600 will arrive."},
			{&catTrigger, "trigger-word", "115 people were killed"},
			{&catCoordinated, "coordinated", "The strike killed 12 people, or 40 per cent of the village."},
			{&catStrong, "n-strong", "The AU approved a 5,000-strong standby brigade."},
			{&catNone, "none", "the 20 buildings"},
		},
		"key": {
			{&keyCategory, "counted-category", "115 people were killed"},
			{&keyMoney, "large-sum", "$96 million was pledged"},
			{&keyDuration, "mandate-duration", "The council agreed a one-year extension of the mission."},
			{&keyNotCategory, "not-key-category", "the 20 buildings"},
			{&keyCompound, "not-compound", "Kenya deployed a 400-member police unit."},
			{&keyBare, "not-bare-number", "Officials reported casualties in the north, and the count there reached 115 by noon."},
			{&keyPartitive, "not-partitive", "Aid came in 300 trucks, and 50 of them carried food."},
			{&keyRate, "not-rate", "Aid groups counted 300 displaced people per camp."},
			{&keyBreakdown, "not-breakdown", "The army freed 137 hostages, 76 girls and 61 boys."},
			{&keyNotPositive, "not-positive", "zero people were killed"},
			{&keyRepeat, "not-repeat", "Gunmen killed 115 people on Friday. Officials said 115 people had died."},
			{&keyNamedAgain, "not-named-again", "Kenya pledged 600 officers. The 600 additional police arrived."},
			{&keyChangeBy, "not-change-by", "The number of people killed fell by a third."},
			{&keyOldState, "not-old-state", "Food aid needs were revised from 70 million to 81 million people."},
			{&keySuperseded, "not-superseded", "The ministry had initially put the toll at 100 people killed."},
			{&keySeverity, "not-severity-part", "Some 40 people were injured, nine of them critically."},
			{&keyBaseline, "not-baseline", "The mission has 2,100 troops, short of the 2,500 authorised."},
			{&keyNeedOfThings, "not-need-of-things", "Hunger is set to worsen in 14 hotspots across the region."},
			{&keyNotPeopleShare, "not-share-of-things", "Fighting destroyed 60% of the city's hospitals."},
			{&keyPopulation, "not-population", "Hunger is spreading in Sudan, a nation of 50 million people."},
			{&keySubset, "not-subset", "At least 5 journalists remain in detention, two of them since 2021."},
			{&keyHeadline, "not-headline", "Dozens killed as boat capsizes\n\nAt least 40 people were killed when a boat capsized."},
			{&keyRansom, "not-ransom", "The kidnappers demanded a ransom of 50 million naira."},
			{&keyNotFunding, "not-funding", "The attacks jeopardize about $1 trillion in annual trade."},
			{&keyProjection, "not-projection", "Officials said the death toll could hit 20."},
			{&keyStoryPart, "not-part-of-story-total", "The quake killed 2,000 people. Of the dead, 200 were in Herat."},
		},
	}
}

// buildFigureRules registers the rules of figures, the exclusions first.
func buildFigureRules() {
	for _, x := range figureExclusions {
		register("exclusion", x.name, x.example)
	}
	defs := figureRuleDefs()
	for _, dim := range []string{"number", "qualifier", "unit", "category", "key"} {
		for _, d := range defs[dim] {
			*d.id = register(dim, d.name, d.example)
		}
	}
	quals := []struct {
		k        qualKind
		before   string
		after    string
		exBefore string
		exAfter  string
	}{
		{qAbout, "about", "about-after", "about 2,900 troops", "500 or so troops"},
		{qNearly, "nearly", "", "nearly 400 troops", ""},
		{qAtLeast, "at-least", "at-least-after", "at least 115 people were killed", "20 or more people were killed"},
		{qMoreThan, "more-than", "", "more than 700,000 people fled", ""},
		{qLessThan, "less-than", "", "fewer than 100 troops", ""},
		{qUpTo, "up-to", "up-to-after", "up to 700 workers", "100 or fewer troops remain"},
		{qEqual, "equal", "", "exactly 12 boats sank", ""},
	}
	for _, q := range quals {
		qualRules[q.k][0] = register("qualifier", q.before, q.exBefore)
		if q.after != "" {
			qualRules[q.k][1] = register("qualifier", q.after, q.exAfter)
		}
	}
	for k := range unitSteps {
		unitSteps[k].id = register("unit", unitSteps[k].name, unitSteps[k].example)
	}
}

// numberRule is how the number p was read.
func numberRule(toks []ntoken, p numParse, hasSecond bool) ruleID {
	switch {
	case hasSecond:
		return numRange
	case p.vague || p.quantifier:
		return numVague
	case p.frac:
		return numFraction
	case p.words && toks[p.first].kind == ntNum:
		return numMixed
	case p.words:
		return numWords
	case p.scaled:
		return numScaled
	}
	return numDigits
}

// qualifierRule is the rule of the figure's qualifier: where its phrase
// stands, the vague count read as "at least", or none.
func qualifierRule(c *candidate, kind qualKind) ruleID {
	b := &c.b
	switch {
	case b.hasSecond || b.kind == qRange:
		return qualRangeRule
	case kind == qAtLeast && b.kind == qExact && c.vague:
		return qualVagueCount
	case b.kind == qExact:
		return qualExact
	case b.qualFirst < b.num.first:
		return qualRules[b.kind][0]
	case qualRules[b.kind][1] != ruleNone:
		return qualRules[b.kind][1]
	}
	return qualRules[b.kind][0]
}

// unitRule is where the figure's unit came from.
func unitRule(c *candidate) ruleID {
	switch {
	case c.q.kind != QuantityNumber:
		return c.q.rule
	case c.unitFirst >= 0:
		return unitCountedNoun
	case c.inherited:
		return unitInherited
	case c.nominal > 0:
		return unitNominal
	}
	return unitNone
}

// Rules names the rules behind the figure: how its number was read, its
// qualifier, its unit, its category, its role and why it is or is not key.
func (f Figure) Rules() []Rule {
	prepare()
	var out []Rule
	for _, id := range []ruleID{f.why.number, f.why.qualifier, f.why.unit, f.why.category, f.why.role, f.why.key} {
		if id != ruleNone {
			out = append(out, id.rule())
		}
	}
	return out
}

// Explain writes the rules behind the figure on one line, the word that
// gave its category beside that rule, and the exclusions it passed:
// "number/digits, qualifier/at-least, unit/counted-noun,
// category/trigger-word (killed), key/counted-category, exclusion/none of 21".
func (f Figure) Explain() string {
	prepare()
	var b strings.Builder
	for _, r := range f.Rules() {
		b.WriteString(r.String())
		if w := f.why.word.word(); r.Dimension == "category" && w != "" {
			b.WriteString(" (" + w + ")")
		}
		b.WriteString(", ")
	}
	b.WriteString("exclusion/none of " + strconv.Itoa(len(figureExclusions)))
	return b.String()
}

// Explain writes the rules behind the expression on one line.
func (x Timex) Explain() string {
	prepare()
	rs := x.Rules()
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, ", ")
}
