package extract

import "strings"

// A figure's role comes from the verb or noun of its own clause: the
// predicate of which it is the subject ("Nine guards at the embassy were
// killed", "12 are missing"), the verb of which it is the object
// ("trapping as many as 900 and killing at least 50", "destroyed 48,000
// houses"), or a word inside it ("15,859 wounded", "39 abducted
// students"). The word lists of those scans are named data here; the
// scans are in figures_role.go.

// Word classes of the clause scans, above those of number_lexicon.go
// (TestClauseClassesFree keeps them apart).
const (
	clsPrep     wordClass = 1 << (15 + iota) // of, at, in: a prepositional phrase inside the subject
	clsLink                                  // remain, stay: a verb that links the subject to its state like an auxiliary
	clsPredFill                              // been, still, reportedly, believed: words between an auxiliary and its predicate
	clsSubjLead                              // said, that, while: a figure after them starts its clause
	clsActor                                 // kidnappers, captors: who acts, never what is counted
	clsRescue                                // rescued, recovered: a release only of people who were held
	clsDwelling                              // houses, villages, schools: things a disaster strikes
	clsDamage                                // destroyed, flattened, swept: what befalls a dwelling
	clsAbroad                                // abroad, neighbouring, a country: a flight across a border
	clsShareOf                               // population: "a population of 1.4 million" is a base, not a count
	clsIntrans                               // died, fled: a verb whose subject is what befell, with no auxiliary
	clsTake                                  // took, taken: held only of people taken hostage or by someone
	clsHold                                  // held, holding: held only in captivity, not "camps that held 300,000"
	clsFlight                                // fled, refuge: a flight, which a border makes refugees
	clsPredOnly                              // hospital: a role only as the predicate ("remain in hospital")
	clsTimeWord                              // last, yesterday: a time inside the subject's phrases
	clsTollNoun                              // toll, total: a bare number after them is their value
)

// protestWords are the verbs of people who protest or call for something
// (protestAfter): "dozens of men and women protested outside the ministry",
// "with tens of thousands calling for reforms".
const protestWords = `protested protesting demonstrated demonstrating marched marching rallied rallying chanted chanting
	calling demanding`

// baselineWords are the words before the preposition of a baseline
// ("short of", "down from", "compared with", "in contrast to"); each is
// entered in the lexicon with its mark.
var baselineWords = strings.Fields("short down up compared contrast")

// eventRoleWords are words that name what befell the counted people or
// things, beyond the role words of figures_role.go. They are not category
// triggers: they speak only for a figure of their own clause.
var eventRoleWords = map[Role]string{
	RoleKilled:    `lost`,
	RoleMissing:   `buried trapping entombed`,
	RoleHeld:      `held holding captors`,
	RoleReleased:  `exchanged exchange swapped swap reunited recovered free freedom releases frees`,
	RoleDisplaced: `refuge influx shelters relocated poured pouring drove driving drives`,
	RoleInNeed:    `help helping`,
	RoleInjured:   `hospital hospitalised hospitalized treated`,
	RoleDetained:  `bars`,
	RoleAffected: `affected affecting infected stranded stranding marooned struck hit damaged destroyed destroying flattened razed
		collapsed swept submerged inundated torched burned burnt burning closed flooded bombed shelled`,
	RoleWithdrawn: `pull pulled pulls pulling`,
	RolePledged:   `offer offers promise promises`,
}

// clauseWords are the word classes of the clause scans.
var clauseWords = map[wordClass]string{
	clsPrep: `of in at on from to by for with into onto across near outside inside under among amid over through off out since during until
		beneath underneath behind along around within beyond throughout`,
	clsLink: `remain remains remained stay stays stayed`,
	clsPredFill: `been be being still now also found reportedly feared believed thought reported confirmed presumed known said to yet already all
		currently seeking taking living staying sheltering`,
	clsSubjLead: `said says say told added that while whereas where but and when`,
	clsActor:    `kidnappers abductors captors`,
	clsRescue:   `rescued rescue recovered reunited free freedom`,
	clsDwelling: `houses homes buildings dwellings schools villages structures huts apartments flats homesteads shops hospitals`,
	clsDamage: `affected damaged destroyed destroying flattened razed collapsed swept submerged inundated torched burned burnt
		burning struck hit buried closed flooded crashed bombed shelled`,
	clsAbroad:   `abroad neighbouring neighboring border borders`,
	clsShareOf:  `population populace`,
	clsIntrans:  `died die dies dying perished drowned fled flee flees fleeing disappeared need needs needed`,
	clsTake:     `took taken take takes taking`,
	clsHold:     `held holding`,
	clsFlight:   `fled flee flees fleeing crossed cross crossing refuge poured pouring sought seeking`,
	clsPredOnly: `hospital bars`,
	clsTimeWord: `last next today yesterday tonight overnight earlier later ago week month year weekend`,
	clsTollNoun: `toll total number count tally figure`,
}

// countries are the one-word names of countries (and the last word of
// longer ones): fleeing to or into one of them, or fleeing one of them,
// makes refugees. A story's town names are not here, so "fled to Goma"
// stays a displacement.
const countries = `afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus
	belgium benin bhutan bolivia bosnia botswana brazil bulgaria burundi cambodia cameroon canada chad chile china colombia
	comoros congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia eswatini ethiopia finland france
	gabon gambia georgia germany ghana greece guatemala guinea guyana haiti honduras hungary india indonesia iran iraq ireland
	israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
	lithuania madagascar malawi malaysia mali mauritania mexico moldova mongolia montenegro morocco mozambique myanmar namibia
	nepal netherlands nicaragua niger nigeria norway oman pakistan panama paraguay peru philippines poland portugal qatar
	romania russia rwanda senegal serbia somalia spain sudan sweden switzerland syria tajikistan tanzania thailand togo
	tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe europe`

// buildClauseWords gives the lexicon the event role words and the word
// classes of the clause scans.
func buildClauseWords() {
	for r, words := range eventRoleWords {
		for _, w := range strings.Fields(words) {
			if e := numLexEntry(w); e.role == "" {
				e.role = r
			}
		}
	}
	for c, words := range clauseWords {
		lexClass(c, words)
	}
	lexClass(clsAbroad, countries)
	// Durations of sentences and captivity belong in the panel: "sentenced
	// to 20 years in prison", "held them hostage for 42 days".
	lexClass(clsDurKey, `sentenced jailed imprisoned prison hostage kidnappers captors detention`)
	// "Nearly 40,000 new arrivals": people who crossed a border.
	if e := numLexEntry("arrivals"); e.head == "" {
		e.head, e.role = Displacement, RoleRefugees
	}
	// "counts 113,000 displacements": each is a person forced from home.
	if e := numLexEntry("displacements"); e.head == "" {
		e.head, e.role = Displacement, RoleDisplaced
	}
	// A singular person noun counts people as its plural does: "One
	// officer was killed", "One other Afghan guard was reported missing".
	for w := range personTitle {
		numLexEntry(w).cls |= clsPerson
	}
	for _, w := range strings.Fields(`fighters militants rebels insurgents jihadists gunmen attackers assailants militiamen
		combatants bandits terrorists kidnappers raiders`) {
		numLexEntry(w) // irregularFighters reads them by their entry
	}
	for _, w := range strings.Fields(`put estimated given set estimate estimates toll tolls figure figures reports count`) {
		numLexEntry(w) // superseded reads them by their entry
	}
	for _, w := range strings.Fields(`fatally mortally`) {
		numLexEntry(w) // fatallyHurt reads them by their entry
	}
	for _, l := range []struct {
		words string
		mark  lexMark
	}{
		{`returned returning return gone went go`, markReturn},
		{`initially originally previously earlier initial first previous`, markSupersede},
		{`critically seriously severely badly gravely critical serious grave`, markSeverity},
	} {
		for _, w := range strings.Fields(l.words) {
			numLexEntry(w).marks |= l.mark // returnedHome, superseded, and severityPart read them by their entry
		}
	}
	for _, w := range strings.Fields(protestWords) {
		numLexEntry(w).protest = true // protestAfter reads them by their entry
	}
	for _, w := range strings.Fields(`guard civilian worker member fighter militant rebel soldier officer policeman peacekeeper
		passenger pupil student child villager migrant resident hostage prisoner detainee refugee journalist`) {
		numLexEntry(w).cls |= clsPerson
	}
}

// lexHas reports whether token t is a word of class c.
func lexHas(t ntoken, c wordClass) bool { return t.lx != nil && t.lx.cls&c != 0 }

// subjectPosition reports whether the figure c opens its clause, so that
// the predicate after it is its own: at the start of the sentence, after
// a mark, or after a word that ends a clause ("officials said 12 people
// were killed", "while 41 are missing").
func subjectPosition(text string, toks []ntoken, c *candidate) bool {
	j := c.first - 1
	if c.chainFirst < c.first && (ntIsWord(toks[j], "and") || ntIsWord(toks[j], "or")) && !ntIsPunct(text, toks[j-1], ',') {
		// A list is the subject where its first member is: not "rescued
		// 31 women and 12 children"; but ", and 9 survivors were taken"
		// opens a clause.
		j = c.chainFirst - 1
	}
	if j >= 0 && lexHas(toks[j], clsDet) && !lexHas(toks[j], clsPronoun) && toks[j].lx.num == nkNone {
		// "the 21 youths", "another 22". ("that" before a count may open a
		// reported clause instead — "told reporters that 30 civilians were
		// killed" — but reading it so lost the displaced of "said that
		// between 60,000 and 80,000 households had left Zamzam", whose verb
		// alone names no role; left for a reading that weighs both.)
		j--
	}
	if j >= 0 && (ntIsWord(toks[j], "only") || ntIsWord(toks[j], "just")) {
		j-- // "Only 400 of the 2,500 pledged officers have been deployed"
	}
	if j < 0 {
		return true
	}
	t := toks[j]
	if t.kind == ntPunct {
		// Not "$5"; not "-5"; but "WASHINGTON -- Nine guards".
		return !ntIsPunct(text, t, '$') && (!ntIsPunct(text, t, '-') || toks[j+1].space)
	}
	if lexHas(t, clsAux) {
		// "there may be as many as 20 more buried": the figure is what there is.
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if ntIsWord(toks[k], "there") {
				return true
			}
		}
	}
	return lexHas(t, clsSubjLead)
}

// auxAhead reports whether an auxiliary or linking verb follows token j
// within a few words, before the sentence's next stop: after the comma of
// "38 abductees, including several staff members, were rescued" or "75
// soldiers, police and civilians were wounded" the subject goes on.
func auxAhead(text string, toks []ntoken, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+10; k++ {
		t := toks[k]
		if t.kind == ntPunct && (ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || ntIsPunct(text, t, '.') && toks[k].space) {
			return false
		}
		if lexHas(t, clsAux|clsLink) {
			return true
		}
		if t.kind == ntNum || ntIsWord(t, "and") && k+1 < len(toks) && (toks[k+1].kind == ntNum || toks[k+1].lx != nil && toks[k+1].lx.num != nkNone) {
			return false // another count with its own verb: ", 86 of them critically, and 203 were killed"
		}
		if t.lx != nil && (t.lx.role != "" && t.lx.head == "" || t.lx.cls&clsSubjLead != 0 && t.lx.w != "and") {
			return false // a verb of its own, or "said", "that": another clause
		}
	}
	return false
}

// listVerbAhead reports whether the comma at token j goes on with the
// members of a subject list or an apposition, counts and nouns, up to a
// verb with no object: "Three soldiers, two mercenaries and an interpreter
// died", "Two peacekeepers, one from Chad and one from Niger, were
// killed". The verb after the whole list governs every member.
func listVerbAhead(text string, toks []ntoken, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+16; k++ {
		t := toks[k]
		switch t.kind {
		case ntNum:
			continue
		case ntPunct:
			if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || ntIsPunct(text, t, '.') && t.space {
				return false
			}
			continue
		}
		lx := t.lx
		if lx == nil {
			continue
		}
		switch {
		case (lx.w == "and" || lx.w == "or") && k+2 < len(toks) && (toks[k+1].kind == ntNum || toks[k+1].lx != nil && toks[k+1].lx.num != nkNone) &&
			lexHas(toks[k+2], clsAux|clsLink):
			return false // another count with its own verb: ", 86 of them critically, and 203 were killed"
		case lx.num != nkNone:
			continue // "one from Chad", "an interpreter"
		case lx.cls&(clsAux|clsLink) != 0:
			return true
		case lx.role != "" && lx.head == "" && lx.cls&(clsActor|clsPredOnly) == 0:
			return lx.cls&clsIntrans != 0 || passiveAfter(text, toks, k)
		case lx.w == "and" || lx.w == "or" || lx.w == "from" || lx.w == "of" || lx.w == "in":
			continue // "one from Chad", "two of them", "one in the north"
		case lx.cls&(clsStop|clsSubjLead) != 0 || lx.marks&markRoleStop != 0:
			return false
		}
	}
	return false
}

// predicateRole finds the role word of the predicate whose subject the
// figure c is, across the phrases that qualify the subject ("Nine guards
// at the U.S. Embassy in Kabul were killed", "the 21 youths abducted from
// the farm had been released", "Five soldiers and a police officer were
// wounded"). It returns the word's token, or -1.
func (fx *figurer) predicateRole(toks []ntoken, c *candidate) int {
	text := fx.text
	if !fx.rolesIn(c.last+1, c.last+roleReach) || !subjectPosition(text, toks, c) {
		return -1 // every word it returns names a role, within 33 tokens after the figure
	}
	inPP, coord := false, false
	verb := -1 // a role word after the subject: a reduced relative, or the verb itself
	rel := -1  // the predicate of a relative clause on the subject: "19 victims who were abducted"
	end := min(len(toks), c.last+20)
	for j := c.last + 1; j < end; j++ {
		t := toks[j]
		switch t.kind {
		case ntNum:
			if !inPP && !coord {
				return either(verb, rel)
			}
			continue
		case ntPunct:
			if ntIsPunct(text, t, '.') || ntIsPunct(text, t, '-') || isApostrophe(text, t) || isQuote(ntText(text, t)) {
				continue // "U.S.", "weapon-wounded", "Gaza's", three "terrorists"
			}
			if k := asideEnd(text, toks, j, end); k > j {
				j = k // an aside inside the subject: "Nine soldiers (two of them officers) were killed"
				continue
			}
			if k := includingEnd(text, toks, j, min(len(toks), j+includingReach)); k > j && verb < 0 {
				// A list of parts inside the subject: "Up to 30 civilians,
				// including 16 members of one family who were returning
				// home, were killed". The predicate is read past it.
				j, end = k, max(end, min(len(toks), k+8))
				continue
			}
			if ntIsPunct(text, t, ',') && verb < 0 && (auxAhead(text, toks, j) || listVerbAhead(text, toks, j)) {
				coord = true // an apposition or a list inside the subject
				continue
			}
			return either(verb, rel)
		}
		lx := t.lx
		if lx == nil {
			continue
		}
		switch {
		case lx.cls&clsPronoun != 0 && j > 0 && ntIsWord(toks[j-1], "of"):
			continue // "230,000 of them seeking refuge", "3.5 million of whom have fled"
		case lx.cls&clsTimeWord != 0:
			continue // "abducted from a school last week have been rescued"
		case coord && (lx.w == "including" || lx.w == "mostly" || lx.w == "among"):
			continue // "45 captives, including two nurses, were released"
		case lx.cls&(clsAux|clsLink) != 0:
			if k := predicateAfter(text, toks, j); k >= 0 || rel < 0 {
				return k
			}
			return rel
		case (lx.w == "who" || lx.w == "that") && rel < 0 && verb < 0 && j+1 < len(toks) && lexHas(toks[j+1], clsAux):
			// A relative on the subject says what befell it, unless the
			// main verb after it does: "300 people who fled were killed".
			k := predicateAfter(text, toks, j+1)
			if k < 0 {
				return -1
			}
			rel, j = k, k
		case lx.w == "and" || lx.w == "or":
			if verb >= 0 || j+1 >= len(toks) || lexHas(toks[j+1], clsAux) {
				return either(verb, rel)
			}
			coord = true // "Five soldiers and a police officer were wounded"
		case lx.role != "" && lx.head == "" && lx.cls&(clsActor|clsPredOnly) == 0:
			// "1,200 died"; "people kidnapped by gunmen ... have been
			// freed". Not an active verb with an object: the subject of
			// "five gunmen killed 12 people" is who killed.
			if verb < 0 && rel < 0 && (lx.cls&clsIntrans != 0 || passiveAfter(text, toks, j)) {
				verb = j
			}
		case lx.cls&clsPrep != 0:
			inPP = true
		case lx.cls&clsStop != 0 || lx.marks&markRoleStop != 0:
			return either(verb, rel) // "who", "said", "because": the subject's clause ends
		}
	}
	return either(verb, rel)
}

// asideEnd returns the token that closes the parenthesis or bracket
// opened at token j, before token end, or -1: what stands between is an
// aside ("11 police officers [held hostage] were released"), and the
// predicate of the figure comes after it.
func asideEnd(text string, toks []ntoken, j, end int) int {
	if toks[j].end-toks[j].start != 1 {
		return -1
	}
	var closer byte
	switch text[toks[j].start] {
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	default:
		return -1
	}
	for k := j + 1; k < end; k++ {
		if ntIsPunct(text, toks[k], closer) {
			return k
		}
	}
	return -1
}

// either returns a if it is a token, else b.
func either(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// passiveAfter reports whether the participle at token j has no object
// after it, so that it is passive: "21 Palestinians killed in Israeli
// strikes", "116 killed, 80 missing".
func passiveAfter(text string, toks []ntoken, j int) bool {
	k := j + 1
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	return t.kind == ntPunct && !ntIsPunct(text, t, '$') || lexHas(t, clsPrep) || ntIsWord(t, "and")
}

// predicateAfter finds the role word of the predicate that starts with the
// auxiliary or linking verb at token j: "were killed", "was reported
// missing", "are believed to still be trapped", "were among the 37 people
// detained". It returns the word's token, or -1.
func predicateAfter(text string, toks []ntoken, j int) int {
	end := min(len(toks), j+7)
	for k := j + 1; k < end; k++ {
		if isQuote(ntText(text, toks[k])) {
			continue // had been "recovered"
		}
		lx := toks[k].lx
		if lx == nil {
			if toks[k].kind == ntWord && adverb(ntText(text, toks[k])) {
				continue // "are acutely malnourished"
			}
			return -1
		}
		switch {
		case lx.role != "" && lx.cls&(clsActor|clsPredOnly) == 0 && lx.head != Deployment:
			return k // "were killed", "are feared dead", "are hostages"
		case lx.w == "among":
			// A part of a set takes the set's role: "were among the 19 killed".
			for m := k + 1; m < len(toks) && m <= k+6; m++ {
				if roleStop(text, toks[m]) && toks[m].kind != ntNum {
					return -1
				}
				if l := toks[m].lx; l != nil && l.role != "" && (l.head == "" || l.role == RoleKilled) {
					return m
				}
			}
			return -1
		case lx.cls&(clsAux|clsLink|clsPredFill) != 0 || adverb(lx.w):
			continue
		case lx.w == "in" || lx.w == "at" || lx.w == "behind" || lx.w == "with":
			// "remain in detention", "were still in emergency shelters",
			// "remain in hospital", "remain behind bars", "remain with
			// their captors".
			for m := k + 1; m < len(toks) && m <= k+4; m++ {
				if toks[m].kind == ntNum {
					continue // "are in 82 relief camps"
				}
				if l := toks[m].lx; l != nil && l.role != "" && l.head == "" {
					if n := campAfter(toks, m); n >= 0 {
						return n
					}
					return m // the one place a predicate-only word speaks
				}
				if toks[m].kind != ntWord || lexHas(toks[m], clsStop) {
					break
				}
			}
			return -1
		}
		return -1
	}
	return -1
}

// campAfter returns the token after j when it is a camp or shelter that
// the word at j only qualifies: in "relief camps", "aid shelters" the
// people are displaced, whatever the aid. Else it returns -1.
func campAfter(toks []ntoken, j int) int {
	if l := toks[j].lx; l == nil || !(l.role == RoleInNeed || l.role == "" && l.cat == Humanitarian) || j+1 >= len(toks) {
		return -1
	}
	if l := toks[j+1].lx; l != nil && l.role == RoleDisplaced {
		return j + 1
	}
	return -1
}

// objectVerb finds the verb or noun of which the figure c is the object,
// right before it or before the list it leads ("killing at least 50",
// "rescued 58 girls and 23 boys", "an offer of as many as 5,000 troops",
// "the latest influx of around 30,000 people"). It returns the word's
// token, or -1.
func objectVerb(text string, toks []ntoken, c *candidate) int {
	chain := c.chainFirst - 1
	if c.chainFirst < c.first && c.chainLast == c.last && !ntIsWord(toks[c.first-1], "and") && !ntIsWord(toks[c.first-1], "or") {
		chain = -1 // "injured 64, two regional officials said": no list member
	}
	for _, j := range [2]int{c.first - 1, chain} {
		if j >= 1 && ntIsWord(toks[j], "of") {
			j-- // a noun of the event: "the rescue of 180 people"
		} else if j >= 1 && (ntIsWord(toks[j], "through") || ntIsWord(toks[j], "into")) && lexHas(toks[j-1], clsDamage|clsDwelling) {
			j-- // "swept through 14,000 villages"
		} else if j >= 1 && ntIsWord(toks[j], "down") && lexHas(toks[j-1], clsDamage) {
			j-- // a phrasal verb of damage: "burned down 500 houses"
		}
		if j < 0 {
			continue
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" && lx.head == "" && lx.cls&(clsActor|clsPrep|clsPredOnly) == 0 {
			return j
		}
	}
	return -1
}

// shareBase reports whether the figure c is the whole that a share before
// it is of: "About 90% of Gaza's 2.1 million people", "half of the 2.3
// million residents", "a population of 1.4 million". The verb of the
// clause befalls the share, and the whole is no key figure.
func shareBase(text string, toks []ntoken, c *candidate) bool {
	j := c.first - 1
	if j >= 2 && ntIsWord(toks[j], "s") && isApostrophe(text, toks[j-1]) {
		j -= 3 // "Gaza's"
	} else if j >= 1 && toks[j].kind == ntWord && toks[j].upper && tokenWord(text, toks[j-1]) != "of" {
		j-- // "of Syria 2.1 million"
	}
	if j >= 0 && lexHas(toks[j], clsDet) {
		j--
	}
	if j < 1 || !isLex(toks[j], lexOf) {
		return false
	}
	t := toks[j-1]
	if ntIsPunct(text, t, '%') || lexHas(t, clsShareOf) {
		return true
	}
	lx := t.lx
	return lx != nil && (lx.percent || lx.w == "cent" || lx.num == nkHalf || lx.num == nkQuarter || lx.num == nkOrdinal && pluralOf(lx.w, lx) ||
		lx.num == nkOrdinal && j >= 2 && tokenWord(text, toks[j-2]) == "a")
}

// fledAbroad reports whether the flight at token j crosses a border:
// "fled abroad", "seeking refuge in neighbouring Chad", "fled Ukraine",
// "have fled to Uganda"; not "displaced inside Lebanon".
func fledAbroad(text string, toks []ntoken, j int) bool {
	if !lexHas(toks[j], clsFlight) {
		if ntIsWord(toks[j], "driven") || ntIsWord(toks[j], "forced") {
			// "has driven 48,000 people to seek refuge in Chad", "were
			// forced to flee Ukraine": the flight the force made.
			for k := j + 1; k < len(toks) && k <= j+7; k++ {
				if toks[k].kind == ntPunct {
					break
				}
				if lexHas(toks[k], clsFlight) {
					return fledAbroad(text, toks, k)
				}
			}
		}
		return false
	}
	if j+2 < len(toks) && toks[j+2].end-toks[j+2].start == len("country") && wordAt(text, toks[j+2], "country") &&
		(wordAt(text, toks[j+1], "the") || wordAt(text, toks[j+1], "their")) {
		return true // "had fled the country": left it, across its border
	}
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		t := toks[k]
		if t.kind != ntWord || roleStop(text, t) && !lexHas(t, clsPrep) {
			return false
		}
		if lexHas(t, clsAbroad) {
			if t.lx.cls&clsStop != 0 || !t.upper {
				return true // "abroad", "neighbouring", "the border"
			}
			// A country: the flight's goal or what it left, not where it stayed.
			p := tokenWord(text, toks[k-1])
			if k == j+1 || p == "to" || p == "into" || p == "for" || p == "across" || p == "in" && ntIsWord(toks[j], "refuge") {
				return true
			}
			continue
		}
		if t.lx != nil && t.lx.role != "" && k > j+1 {
			return false // the next verb: "fled and were killed"
		}
	}
	return false
}

// holdCaptive reports whether a word of holding at token j means captivity:
// passive ("are still held", "being held"), "held hostage", beside a word of
// abduction, or said of armed men ("Rebels are holding 120 people"); not
// "camps that held hundreds of thousands of people".
func holdCaptive(text string, toks []ntoken, j int) bool {
	if !lexHas(toks[j], clsHold) {
		return true
	}
	if j > 0 && (lexHas(toks[j-1], clsAux) && ntIsWord(toks[j], "held") || lexHas(toks[j-1], clsPredFill) && j > 1 && lexHas(toks[j-2], clsAux)) {
		return true
	}
	if j+1 < len(toks) && (ntIsWord(toks[j+1], "hostage") || ntIsWord(toks[j+1], "captive") || ntIsWord(toks[j+1], "hostages")) {
		return true
	}
	for k := max(0, j-40); k < len(toks) && k <= j+40; k++ { // bounded: linear time on a long sentence
		t := toks[k]
		if t.lx != nil && t.lx.role == RoleHeld && t.lx.cls&clsHold == 0 {
			return true
		}
		if k < j && t.kind == ntWord && t.lx != nil && (irregularFighters(t.lx) || t.lx.head == Deployment) {
			return true
		}
	}
	return false
}

// partOfSet reports whether the figure starting at token first is a part
// of the set counted just before it: "including 40 in intensive care",
// "among them 9 children".
// The word before the figure is read once: every figure asks.
func partOfSet(text string, toks []ntoken, first int) bool {
	if first <= 0 {
		return false
	}
	t := toks[first-1]
	if t.lx == nil || t.kind != ntWord {
		return false
	}
	if t.lx == lexIncluding {
		return true
	}
	return (t.lx == lexThem || t.lx == lexWhom) && first > 1 && isLex(toks[first-2], lexAmong)
}

// baselineBefore reports whether the figure starting at token first is a
// baseline a count is compared with: "short of the 2,500 authorised",
// "down from 12,000", "compared with 300 last year".
func baselineBefore(text string, toks []ntoken, first int) bool {
	j := first - 1
	if j >= 0 && lexHas(toks[j], clsDet) {
		j--
	}
	if j < 1 {
		return false
	}
	a, b := tokenWord(text, toks[j-1]), tokenWord(text, toks[j])
	return b == "of" && a == "short" || b == "from" && (a == "down" || a == "up") || (b == "with" || b == "to") && a == "compared" ||
		b == "to" && a == "contrast" // "in contrast to the 10,000 killed by the last cyclone"
}

// returnedHome reports whether the subject figure c went home, so that it
// counts returnees rather than the displaced: "1.3 million people had
// returned to their homes", "6,700 refugees have gone home", "are
// returning to the devastated area" (their home's town, village or area).
func returnedHome(text string, toks []ntoken, c *candidate) bool {
	j := c.last + 1
	for j < len(toks) && j <= c.last+3 && lexHas(toks[j], clsAux|clsPredFill) {
		j++
	}
	if j >= len(toks) || toks[j].lx == nil {
		return false
	}
	switch toks[j].lx.w {
	case "returned", "returning", "gone", "went", "go", "return":
	default:
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		if toks[k].kind != ntWord {
			return false
		}
		if foldIn(ntText(text, toks[k]), "home", "homes", "area", "areas", "village", "villages", "town", "towns", "city",
			"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "district", "districts") {
			return subjectPosition(text, toks, c)
		}
	}
	return false
}

// ownPredicateAhead reports whether the subject figure c has an auxiliary
// of its own ahead ("11 survivors were taken to hospital"), so that a
// word of another figure's clause does not name what it counts.
func ownPredicateAhead(text string, toks []ntoken, c *candidate) bool {
	return subjectPosition(text, toks, c) && auxAhead(text, toks, c.last)
}

// superseded reports whether the figure starting at token first is a toll
// or estimate the text says was replaced: "had initially put the number
// to 100", "earlier estimates showed over 150 people were killed and
// dozens more were wounded".
func superseded(text string, toks []ntoken, first int) bool {
	for k := first - 1; k >= 0 && k >= first-15; k-- {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') {
			return false
		}
		if t.lx == nil {
			continue
		}
		if t.lx.change == ChangeUp || t.lx.change == ChangeDown {
			return false // "had initially been put at 48, rose to 73, with 110 wounded": the new toll
		}
		switch t.lx.w {
		case "initially", "originally", "previously":
			// "had initially put the number to 100", "had initially been
			// put at 48"; not "initially said more than 280 children".
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				switch tokenWord(text, toks[m]) {
				case "put", "estimated", "given", "set":
					return true
				}
			}
		case "earlier", "initial", "first", "previous":
			if k+1 < len(toks) && earlierNoun(toks[k+1]) {
				return true
			}
		}
	}
	return false
}

// severityPart reports whether the figure c is the part of a count
// singled out by how badly it was hurt ("seven of them critically",
// "including 55 who are in a critical condition"), which is no key figure
// of its own.
func severityPart(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k+1 < len(toks) && ntIsWord(toks[k], "of") && lexHas(toks[k+1], clsPronoun) {
		k += 2 // "seven of them critically"
	}
	if c.partitive && k < len(toks) && toks[k].kind == ntWord {
		switch tokenWord(text, toks[k]) {
		case "critically", "seriously", "severely", "badly", "gravely":
			return true
		}
	}
	if k+3 < len(toks) && ntIsWord(toks[k], "who") && lexHas(toks[k+1], clsAux) && ntIsWord(toks[k+2], "in") {
		for m := k + 3; m < len(toks) && m <= k+5; m++ {
			switch tokenWord(text, toks[m]) {
			case "critical", "serious", "grave":
				return true
			}
		}
	}
	return false
}

// tollRole finds the word that names what a toll or total counts, when
// the bare figure c is the value it reaches: "the death toll for the city
// rose to 5,430" (death), "put the number of missing at 64" (missing),
// "the total number of those displaced ... to 280,000". Another number
// between them ends the search, unless it is a quake's magnitude or a
// date's day or year ("the quake that struck on 28 March has risen to
// 3,085"). It returns the word's token, or -1.
func tollRole(text string, toks []ntoken, c *candidate) int {
	j := c.first - 1
	if j < 0 {
		return -1
	}
	switch tokenWord(text, toks[j]) {
	case "to", "at", "as", "past", "passed", "reached", "nears", "neared", "hit", "topped", "exceeded":
	default:
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-15; k-- {
		t := toks[k]
		if t.kind == ntNum && !magnitudeAt(toks, k) && !yearOrDay(text, toks, k) || ntIsPunct(text, t, ';') || ntIsPunct(text, t, ',') {
			return -1
		}
		if !lexHas(t, clsTollNoun) {
			continue
		}
		// The word of the toll: after it ("number of missing") or just
		// before it ("death toll"), else the toll itself.
		for m := k - 2; m < j; m++ {
			if m >= 0 && m != k && toks[m].lx != nil && toks[m].lx.role != "" && toks[m].lx.cls&clsPredOnly == 0 {
				return m
			}
		}
		if toks[k].lx.role != "" {
			return k
		}
		return -1
	}
	return -1
}

// takenHostage reports whether a word of taking at token j means that
// people were held: "were taken by the gunmen", "taken hostage", "took 15
// pupils"; not "took part", "have taken up the offer".
func takenHostage(text string, toks []ntoken, j int, object bool) bool {
	if !lexHas(toks[j], clsTake) {
		return true
	}
	if j+1 >= len(toks) {
		return true
	}
	n := toks[j+1]
	if object {
		return n.kind == ntNum || n.lx != nil && (n.lx.num != nkNone || n.lx.cls&clsQuantifier != 0) || !lexHas(n, clsStop|clsPrep)
	}
	w := tokenWord(text, n)
	return w == "by" || w == "from" || w == "hostage" || w == "captive" || w == "prisoner" || w == "away" || n.kind == ntPunct
}

// isApostrophe reports whether token t is an apostrophe, straight or curly.
func isApostrophe(text string, t ntoken) bool {
	return ntIsPunct(text, t, '\'') || t.kind == ntPunct && ntText(text, t) == "’"
}

// strictPerson reports whether a unit counts people by its words, not
// merely by a capital ("8.5 million Windows devices" are things).
func strictPerson(unit string) bool {
	w := lastWord(unit)
	return strictPersonWord(w, lookupNumLex(w))
}

// strictPersonAt is strictPerson for the unit of the figure c, whose last
// word's entry is that of the token it was read from when it is that word
// (as unitFactsAt finds it).
func strictPersonAt(text string, toks []ntoken, c *candidate, unit string) bool {
	w := lastWord(unit)
	if c.unitFirst >= 0 && toks[c.unitLast].kind == ntWord && ntText(text, toks[c.unitLast]) == w {
		return strictPersonWord(w, toks[c.unitLast].lx)
	}
	return strictPersonWord(w, lookupNumLex(w))
}

// strictPersonWord is strictPerson for a unit's last word w and its entry lx.
func strictPersonWord(w string, lx *numLex) bool {
	if lx != nil && (lx.cls&clsPerson != 0 || lx.head != "" || irregularFighters(lx)) {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ans", "ees", "ese", "men", "ites", "is"} {
		if hasSuffixFold(w, suf) && len(w) > len(suf)+2 {
			return suf != "ers" || !nonPersonErs[w]
		}
	}
	if w != "" && !hasSuffixFold(w, "s") {
		return strictPerson(w + "s") // "one ranger", "a soldier"
	}
	return false
}

// shareNoun returns the noun a share is of, past determiners, a count and
// a possessive: "85% of the 2.2 million people" → "people", "70 per cent
// of Ukraine's thermal power generation" → "generation"; "" when none.
func shareNoun(text string, toks []ntoken, c *candidate) string {
	j := c.last + 1
	if j >= len(toks) || !ntIsWord(toks[j], "of") {
		return ""
	}
	for j++; j < len(toks) && j <= c.last+8; j++ {
		t := toks[j]
		if j+2 < len(toks) && t.kind == ntWord && isApostrophe(text, toks[j+1]) && ntIsWord(toks[j+2], "s") {
			j += 2 // "Gaza's", "the region's"
			continue
		}
		if lexHas(t, clsDet) || t.kind == ntNum || t.lx != nil && t.lx.num != nkNone {
			continue // "the", "2.2 million"
		}
		if first, last, ok := nounRun(text, toks, j); ok {
			return text[toks[first].start:toks[last].end]
		}
		return ""
	}
	return ""
}

// dwellingDamaged reports whether a role word w, said of a count of
// dwellings, is damage: "destroyed 48,000 houses", "32 houses were
// buried", "600 schools would stay closed".
func dwellingDamaged(unit string, lx *numLex) bool {
	u := lookupNumLex(lastWord(unit))
	return u != nil && u.cls&clsDwelling != 0 && lx.cls&clsDamage != 0
}
