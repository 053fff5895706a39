package extract

import "strings"

// Rules of the sixth pass on key figures and roles (issue 12). Each is a
// construction of English news copy seen in more than one sentence and
// source of the dev sets, not a word of one sentence; the class table they
// come from is in the pass's report (notes/h-keyfix6.md).

// The rules of this file, registered by buildKey6.
var keyEarlierSum, keyParallel, keyInitially, qualConversion, qualMoreTypo ruleID

var roleAttackedPlace, roleCoordDamage, roleInjuryNoun, rolePopulation, roleDeparted, rolePledgedTo, roleRefugeeNoun, roleEntered, roleHospital, roleListParticiple, roleBurial, roleReleasedObject, roleForceEllipsis, roleReleasedLater, roleAmongSet ruleID

// damageWords6 are words of what befalls a building, a village or a road
// beyond those of figures_clause.go: "More than 600 monasteries ... were
// wrecked", "with over 1,000 homes lost", "impacting 38 districts".
const damageWords6 = `wrecked lost impacted impacting toppled toppling`

// dwellingWords6 are further places and structures a disaster or an
// attack strikes: "nearly 300 pagodas", "three bridges", "five
// communities".
const dwellingWords6 = `monasteries pagodas temples mosques churches bridges communities towns`

// dwellingWords15 are more structures, and the districts, that a disaster
// or an attack strikes: "126 education institutions have been destroyed",
// "monuments were damaged", "up to 10 districts have been impacted" (an
// area struck is affected, and key7Key keeps it out of the panel).
const dwellingWords15 = `institutions monuments districts`

// attackNouns are the nouns of an attack whose "on" or "against" names
// what it struck: "Israeli strikes on three villages", "attacks by
// extremist rebels on three villages", "raging attacks against 20
// villages".
const attackNouns = `strike strikes airstrike airstrikes air-strikes attack attacks raid raids assault assaults
	bombardment bombardments shelling offensive offensives`

// attackNoun6 holds the words of attackNouns (the word classes are full).
var attackNoun6 = map[string]bool{}

// buildKey6 gives the lexicon the words of this file's rules and registers
// the rules; it runs after buildRoles5, so that it adds to words already
// entered.
func buildKey6() {
	lexClass(clsDamage, damageWords6)
	lexClass(clsDwelling, dwellingWords6)
	lexClass(clsDwelling, dwellingWords15)
	for _, w := range strings.Fields(attackNouns) {
		numLexEntry(w)
		attackNoun6[w] = true
	}
	for _, w := range []string{"wrecked", "impacted", "impacting", "toppled", "toppling"} {
		if e := numLexEntry(w); e.role == "" {
			e.role = RoleAffected
		}
	}
	for w, r := range map[string]Role{"eliminated": RoleKilled, "eliminating": RoleKilled, "abduct": RoleHeld, "abducts": RoleHeld,
		"kidnap": RoleHeld, "kidnaps": RoleHeld} {
		// "said it had eliminated 10 terrorists", as "neutralized"; the
		// present of headlines, "Bandits kill three, abduct 50".
		if e := numLexEntry(w); e.role == "" && e.trig == trigNone && e.head == "" {
			e.role, e.cat, e.trig = r, r.Category(), trigWeak
		}
	}
	lexClass(clsPerson, "colleagues")
	for _, w := range []string{"committed", "commits", "commit", "committing"} {
		// "The United States committed USD 290 million": a pledge.
		numLexEntry(w)
		fundingWords[w] = true
	}
	for _, l := range key6Marks {
		lexClass(0, l.words) // markKey6 marks them
	}
	// The words this file's checks read by their entry (ntIsWord).
	lexClass(0, `on against and or as well who to initially more that batch group buried under beneath underneath alive in by
		burns rushed admitted brought transferred year the`)
	for _, d := range []figureRuleDef{
		{&roleAttackedPlace, "attacked-place", "Israeli strikes on three villages killed at least 15 people."},
		{&roleCoordDamage, "damage-coordinated", "Some 600 monasteries were wrecked, as well as 60 schools."},
		{&roleInjuryNoun, "injury-noun", "The strikes caused 434 casualties, including 321 fatalities and 113 injuries."},
		{&rolePopulation, "population", "Haiti, a country of 11 million people, saw 115 people killed."},
		{&roleDeparted, "force-departed", "Around 100 troops left the base on Saturday."},
		{&rolePledgedTo, "pledged-to-deploy", "Kenya pledged last year to deploy up to 1,000 police officers."},
		{&roleRefugeeNoun, "refugee-noun", "Since the outbreak of the war nearly 330,000 refugees have fled."},
		{&roleHospital, "taken-for-treatment", "Forty-one people were taken to hospital with burns after the blast."},
		{&roleListParticiple, "list-participle", "A shootout left three alleged criminals dead, one arrested and two soldiers injured."},
		{&roleReleasedObject, "object-of-release", "Hamas released all 20 remaining living hostages held in Gaza on Monday."},
		{&roleReleasedLater, "released-predicate", "Twenty-nine people kidnapped by gunmen two weeks ago as they returned from a wedding have been freed."},
		{&roleAmongSet, "among-set", "Two soldiers and a customs officer were among four people shot dead at the checkpoint."},
		{&roleForceEllipsis, "force-ellipsis", "The U.S. will withdraw 500 troops from Iraq and 2,000 from Afghanistan."},
		{&roleBurial, "burial", "The eight victims were buried on Tuesday."},
		{&roleEntered, "entered-country", "More than 60,000 South Sudanese have entered Sudan this year."},
	} {
		*d.id = register("role", d.name, d.example)
	}
	keyParallel = register("key", "parallel-count", "Yemen has 14.1 million severely food insecure people, while South Sudan has 4.9 million.")
	keyInitially = register("key", "not-initial-toll", "Initially, one policeman was killed, and 10 others were injured.")
	qualConversion = register("qualifier", "conversion-kept", "The village lies around 10 kilometres (six miles) from the border.")
	qualMoreTypo = register("qualifier", "more-before-number", "The quake killed more 1,400 people.")
	keyEarlierSum = register("key", "not-earlier-sum", "A previous aid appeal sought $1.2 billion, but was only 14 per cent funded.")
	buildKey7()
}

// Marks of this file's words (lexMark), from the top bit down so that
// they stay clear of the marks number_lexicon.go adds from the bottom
// (TestKey6MarksFree): a sentence without one of the words skips the
// check for each of its figures.
const (
	markK6Depart  lexMark = 1 << (31 - iota) // left, leaving, departed: forceDeparted
	markK6Pledge                             // pledged, promised, vowed: pledgedTo
	markK6Enter                              // entered, entering: enteredCountry
	markK6Care                               // hospital, clinics, treatment: takenForTreatment
	markK6Release                            // released, freed, releasing: releasedObject
	markK6Earlier                            // previous, dwarfs, double, last: earlierSum
	markK6Buried                             // buried: burial
	markK6More                               // more, that: qualifierBefore
	markK6Unit                               // injuries, refugees, villages: a counted noun unitRole reads
	markK6Among                              // among: amongSet

	// markK6Role are the marks of key6Role's checks that ask for a word
	// of the sentence.
	markK6Role = markK6Depart | markK6Pledge | markK6Enter | markK6Care | markK6Release | markK6Buried
)

// key6Marks are the words of each of this file's marks.
var key6Marks = []struct {
	words string
	mark  lexMark
}{
	{"left leaving leave departed departing quit quitting", markK6Depart},
	{"pledged pledge pledges pledging promised promise offered vowed agreed committed", markK6Pledge},
	{"entered entering", markK6Enter},
	{"hospital hospitals clinic clinics treatment", markK6Care},
	{"released releasing release freed freeing frees", markK6Release},
	{"previous previously dwarfs dwarfed double twice triple last", markK6Earlier},
	{"buried", markK6Buried},
	{"more that", markK6More},
	{"among", markK6Among},
}

// markKey6 sets the marks of key6Marks on their words, once the lexicon
// is complete (markRoles5 calls it).
func markKey6() {
	for _, e := range numLexicon {
		if e.injury || e.role == RoleRefugees || e.cls&clsDwelling != 0 {
			e.marks |= markK6Unit
		}
	}
	for _, l := range key6Marks {
		for _, w := range strings.Fields(l.words) {
			if e := numLexicon[w]; e != nil {
				e.marks |= l.mark
			}
		}
	}
}

// key6Role corrects the role of the figure f (candidate c) where its own
// phrase says more than the clause scans read:
//   - a figure whose own noun names an injury is never killed ("321
//     fatalities and 113 injuries": the 113 were counted dead by their
//     coordination with the fatalities);
//   - the dead "buried on Tuesday" are killed, not missing;
//   - captives who are the object of a verb of release are released;
//   - a force that left a place is withdrawn ("Around 100 troops left
//     the base"), and one a promise sends is pledged ("pledged to deploy
//     up to 1,000 personnel");
//   - refugees who fled are refugees, and people who entered a country
//     are refugees ("60,000 South Sudanese have entered Sudan"), whatever
//     word before them gave a role ("have taken fingerprints of the
//     1.13 lakh Rohingyas who entered Bangladesh");
//   - in a list of counts each with its participle, each takes its own
//     ("three alleged criminals dead, one arrested");
//   - people taken to hospital in a sentence of wounds are injured;
//   - places and structures struck by an attack are affected ("strikes on
//     three villages"), and so are those coordinated with a damaged one
//     ("600 monasteries were wrecked, as well as 60 schools and three
//     bridges").
//
// Each check is gated on the figure's role or on a word of the sentence
// (fx.marks), so that most figures pass with a few comparisons. It
// returns whether the figure still counts an event.
func (fx *figurer) key6Role(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.q.kind != QuantityNumber {
		return event
	}
	if c.unitFirst >= 0 {
		if u := toks[c.unitLast].lx; u != nil && u.marks&markK6Unit != 0 {
			if r, ok := fx.unitRole(f, c, toks, u); ok {
				return r
			}
		}
	}
	if c.inherited && (f.why.role == roleInherited || f.why.role == roleCoordinated) && c.last+1 < len(toks) {
		if lx := toks[c.last+1].lx; lx != nil && lx.role != "" && lx.role != f.Role && lx.head == "" && predicateFate(lx.role) &&
			strings.HasSuffix(lx.w, "ed") && lx.cls&clsDamage == 0 {
			// "left three alleged criminals dead, one arrested and two
			// soldiers injured": each count of the list has its own
			// participle, as "nine dead and 15 wounded" has its adjective.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = lx.role.Category(), lx.role, catTrigger, roleListParticiple, lx.ref
			return true
		}
	}
	if c.inherited && f.Role == RoleDeployed && len(fx.out) > 0 && c.first > 0 && (toks[c.first-1].lx == nil || toks[c.first-1].lx.marks&markK6Depart == 0) {
		// Not the force a withdrawal leaves behind: "will pull its 1,350
		// peacekeepers out of Ituri, leaving about 600 in North Kivu".
		if p := &fx.out[len(fx.out)-1]; p.SentenceStart == f.SentenceStart && (p.Role == RoleWithdrawn || p.Role == RolePledged) &&
			!ownDeployVerb(f) {
			// "will withdraw 500 troops from Iraq and 2,000 from
			// Afghanistan", "has pledged 1,000 more soldiers, and Britain
			// alone will send 300": the elliptic count of the same force
			// shares the verb of the count it completes.
			f.Role, f.why.role = p.Role, roleForceEllipsis
			return true
		}
	}
	if fx.marks&markK6Among != 0 {
		switch r, ref := amongSet(toks, c); {
		case r == "":
		case r == f.Role:
			// Its own words gave it the set's fate already ("Four
			// ministers … were among the 37 people detained"): it is
			// still a part of the set, and no key figure beside it.
			f.why.role = roleAmongSet
		case f.Role != RoleKilled:
			// "Two soldiers and a customs officer were among four people
			// shot dead", "Four ministers and two generals were among the 37
			// people detained": a part of a set takes the set's fate.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleAmongSet, ref
			return true
		}
	}
	if fx.marks&markK6Role == 0 {
		return event // the common case: no word of the checks below
	}
	switch f.Role {
	case RoleMissing:
		if fx.marks&markK6Buried != 0 && f.why.word != 0 && f.why.word.word() == "buried" && burial(toks, c) {
			f.Category, f.Role, f.why.category, f.why.role = Casualties, RoleKilled, catTrigger, roleBurial
			return true
		}
	case RoleHeld, RoleDetained:
		if fx.marks&markK6Release != 0 && releasedObject(toks, c) {
			// "Hamas released all 20 remaining living hostages held in
			// Gaza", "released the first batch of detainees 96 hostages":
			// the verb whose object they are says what befell them; the
			// noun and the participle say only who they were.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Detention, RoleReleased, catTrigger, roleReleasedObject, 0
			return true
		}
		if fx.marks&markK6Release != 0 && releasedPredicate(fx.text, toks, c) {
			// "Twenty-nine people kidnapped by gunmen two weeks ago as
			// they returned from a wedding have been freed": the participle
			// after the count says who they were, the predicate what
			// befell them.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Detention, RoleReleased, catTrigger, roleReleasedLater, 0
			return true
		}
	case RoleDeployed:
		if fx.marks&markK6Depart != 0 && forceDeparted(fx.text, toks, c) {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Deployment, RoleWithdrawn, catTrigger, roleDeparted, 0
			return true
		}
		if fx.marks&markK6Pledge != 0 && pledgedTo(toks, c) {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Deployment, RolePledged, catTrigger, rolePledgedTo, 0
			return true
		}
		return event
	}
	if fx.marks&markK6Enter != 0 && (f.Role == RoleOther || f.Role == RoleDisplaced || f.Role == RoleHeld) && enteredCountry(toks, c) &&
		(c.unitFirst < 0 || !combatantNoun(f.Unit) && !deploymentNoun(f.Unit)) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Displacement, RoleRefugees, catTrigger, roleEntered, 0
		return true
	}
	if fx.marks&markK6Care != 0 && f.Role == RoleOther && (f.why.role == roleNone || f.why.role == roleOwnPredicate) &&
		takenForTreatment(fx.text, toks, c) && (c.unitFirst < 0 || personNoun(f.Unit)) {
		// "Forty-one people were taken to hospital with burns", "at least
		// 24 were taken for treatment": hurt, though no word of injury
		// names them.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleInjured, catTrigger, roleHospital, 0
		return true
	}
	return event
}

// unitRole gives the figure f the role its own counted noun u says where
// the clause scans gave another: an injury is never killed ("321
// fatalities and 113 injuries"), refugees who fled are refugees, and a
// place or structure struck by an attack, or coordinated with a damaged
// one, is affected. It reports the event and whether it decided.
func (fx *figurer) unitRole(f *Figure, c *candidate, toks []ntoken, u *numLex) (bool, bool) {
	switch {
	case u.injury && f.Role == RoleKilled:
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleInjured, catTrigger, roleInjuryNoun, u.ref
		return true, true
	case u.role == RoleRefugees && f.Role == RoleDisplaced:
		// "nearly 330,000 South Sudanese refugees have fled": the noun
		// says they crossed a border, the verb only that they fled.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Displacement, RoleRefugees, catHeadNoun, roleRefugeeNoun, u.ref
		return true, true
	case u.cls&clsDwelling == 0 || f.Role == RoleAffected:
	case attackedPlace(toks, c):
		// Whatever word of the clause gave the places a role: "strikes on
		// three villages killed 15 people" killed no villages.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catTrigger, roleAttackedPlace, 0
		return true, true
	case f.Role == RoleOther && fx.damageCoordinated(toks, c, f):
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catCoordinated, roleCoordDamage, 0
		return true, true
	}
	return false, false
}

// attackedPlace reports whether the figure c is the object of "on" or
// "against" after a noun of attack, in its own phrase: "strikes on three
// villages", "attacks by extremist rebels on three villages".
func attackedPlace(toks []ntoken, c *candidate) bool {
	if c.first < 2 || !(ntIsWord(toks[c.first-1], "on") || ntIsWord(toks[c.first-1], "against")) {
		return false
	}
	for j := c.first - 2; j >= 0 && j >= c.first-7; j-- {
		t := toks[j]
		if t.kind != ntWord {
			return false
		}
		if t.lx != nil && attackNoun6[t.lx.w] {
			return true
		}
	}
	return false
}

// damageCoordinated reports whether the figure c is coordinated with the
// figure before it in its sentence, an affected place or structure: "and
// three bridges", "as well as 60 schools".
func (fx *figurer) damageCoordinated(toks []ntoken, c *candidate, f *Figure) bool {
	if len(fx.out) == 0 || c.first < 1 {
		return false
	}
	prev := &fx.out[len(fx.out)-1]
	if prev.SentenceStart != f.SentenceStart || prev.Role != RoleAffected || !dwellingUnit(prev.Unit) {
		return false
	}
	before := toks[c.first-1]
	switch {
	case c.first >= 3 && ntIsWord(before, "as") && ntIsWord(toks[c.first-2], "well") && ntIsWord(toks[c.first-3], "as"):
		return true // "were wrecked, as well as 60 schools"
	case ntIsWord(before, "and") || ntIsWord(before, "or") || before.kind == ntPunct && ntText(fx.text, before) == ",":
		return c.first >= 2 && toks[c.first-2].end == prev.End // "60 schools and three bridges"
	}
	return false
}

// dwellingUnit reports whether a unit's head noun is a place or structure
// (clsDwelling).
func dwellingUnit(unit string) bool {
	lx := lookupNumLex(lastWord(unit))
	return lx != nil && lx.cls&clsDwelling != 0
}

// key6Key decides the key of the figure f (candidate c) after the key
// checks of figures_key.go and figures_roles5.go, for the constructions
// of this file. A population ("a farming town of about 10,000 people", "a
// nation of 20 million") counts no one the event befell, so it is no
// casualty or refugee either, whatever word of the sentence gave it a
// role; it is never key, so only a figure that is not key is asked.
func (fx *figurer) key6Key(toks []ntoken, c *candidate, f *Figure) (bool, ruleID) {
	if c.first > 0 {
		if t := &toks[c.first-1]; (t.kind == ntPunct || t.lx != nil && t.lx.marks&markK6More != 0) && f.Qualifier == Exact {
			fx.qualifierBefore(toks, c, f)
		}
	}
	if (f.why.key == keyPopulation || f.why.key == keyBare && c.q.kind == QuantityNumber && populationOf(fx.text, toks, c)) &&
		!f.Key && f.Role != RoleOther {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, rolePopulation, 0
		return false, keyPopulation
	}
	if n := len(fx.out); f.why.role == roleWord && n > 0 && fx.marks&(markSupersede|markBaseline) == 0 && fx.out[n-1].SentenceStart == f.SentenceStart {
		fx.parallelCount(f)
	}
	if !f.Key {
		return false, f.why.key
	}
	switch {
	case f.why.role == roleAmongSet:
		// "Two soldiers and a customs officer were among four people shot
		// dead": a part given beside its total (extraction.md's dev sets:
		// "a subset given beside its total" is not key).
		return false, keySubset
	case f.why.role == roleBurial && saidAgain(fx.text, toks, c, f.Unit, RoleMissing):
		// "The eight victims were buried on Tuesday": the dead of an
		// earlier count, whom a burial befalls as no new fate.
		return false, keyNamedAgain
	case fx.marks&markSupersede != 0 && f.Role == RoleKilled && len(toks) > 1 && ntIsWord(toks[0], "initially") && toks[1].kind == ntPunct:
		// "Initially, one policeman was killed, and 10 others were
		// injured": the first toll of the dead, which the story's later one
		// supersedes (the toll is what rises; the injured stay counted).
		return false, keyInitially
	case fx.marks&markK6Earlier != 0 && f.Category == Money && earlierSum(toks, c):
		return false, keyEarlierSum
	}
	return f.Key, f.why.key
}

// earlierSum reports whether the sum c is an earlier one, the baseline of
// the sums the story is about: a previous appeal's ("A previous joint
// appeal ... sought US$ 1.2 billion", "dwarfs last year's call ... for
// $3.8 billion"), or what a new one is compared to ("almost double the
// $781 million they had previously said they needed").
func earlierSum(toks []ntoken, c *candidate) bool {
	if j := c.first - 1; j >= 1 && ntIsWord(toks[j], "the") &&
		(ntIsWord(toks[j-1], "double") || ntIsWord(toks[j-1], "twice") || ntIsWord(toks[j-1], "triple")) {
		return true
	}
	for j := c.first - 1; j >= 0 && j >= c.first-12; j-- {
		t := toks[j]
		if t.kind == ntNum {
			break // another figure's phrase
		}
		if ntIsWord(t, "previous") || ntIsWord(t, "previously") || ntIsWord(t, "dwarfs") || ntIsWord(t, "dwarfed") ||
			ntIsWord(t, "last") && j+2 < c.first && ntIsWord(toks[j+1], "year") && toks[j+2].kind == ntPunct {
			return true
		}
	}
	return false
}

// forceDeparted reports whether the force the figure c counts is the
// subject of a verb of leaving with a place for object: "Around 100
// troops left the Abéché base", "hundreds of soldiers leaving the
// country". Not "2,500 troops left in the country", which stay.
func forceDeparted(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k+1 >= len(toks) {
		return false
	}
	v := toks[k]
	if !(ntIsWord(v, "left") || ntIsWord(v, "leaving") || ntIsWord(v, "leave") || ntIsWord(v, "departed") ||
		ntIsWord(v, "departing") || ntIsWord(v, "quit") || ntIsWord(v, "quitting")) {
		return false
	}
	o := toks[k+1]
	return ntIsWord(o, "the") || o.kind == ntWord && text[o.start] >= 'A' && text[o.start] <= 'Z'
}

// pledgedTo reports whether the figure c is the object of a verb of
// sending that a promise governs: "Kenya pledged almost a year ago to
// deploy up to 1,000 personnel", "vowed to send 300 troops".
func pledgedTo(toks []ntoken, c *candidate) bool {
	if c.first < 3 || !ntIsWord(toks[c.first-2], "to") {
		return false
	}
	if lx := toks[c.first-1].lx; lx == nil || lx.role != RoleDeployed && lx.cat != Deployment {
		return false // "to deploy", "to send"
	}
	for j := c.first - 3; j >= 0 && j >= c.first-9; j-- {
		t := toks[j]
		if t.kind != ntWord {
			return false
		}
		if t.lx != nil && (t.lx.role == RolePledged || t.lx.w == "vowed" || t.lx.w == "agreed") {
			return true
		}
	}
	return false
}

// enteredCountry reports whether the people the figure c counts entered a
// country, which makes them refugees: "More than 60 000 South Sudanese
// have entered Sudan", "the 1.13 lakh Rohingyas who entered Bangladesh".
func enteredCountry(toks []ntoken, c *candidate) bool {
	for k := c.last + 1; k < len(toks) && k <= c.last+4; k++ {
		t := toks[k]
		switch {
		case ntIsWord(t, "entered") || ntIsWord(t, "entering"):
			return k+1 < len(toks) && lexHas(toks[k+1], clsAbroad)
		case ntIsWord(t, "who") || lexHas(t, clsAux):
			continue
		}
		return false
	}
	return false
}

// parallelCount makes key a bare count that the same word of the same
// sentence counts as a key figure: two estimates of one toll ("over 4,000
// by the Taliban-run government, and about 1,500 by the UN"), or the same
// count by place ("Yemen has 14.1 million food insecure people, while
// South Sudan has 4.9 million"). Either may come first: "At least 5,000
// and possibly as many as 7,000 people have been detained". Each is what
// its word counts, though no noun stands beside it.
func (fx *figurer) parallelCount(f *Figure) {
	n := len(fx.out)
	if n == 0 {
		return
	}
	p := &fx.out[n-1]
	if p.SentenceStart != f.SentenceStart || p.Key == f.Key || p.Role != f.Role || f.why.role != roleWord || p.why.role != roleWord {
		return
	}
	var bare *Figure
	switch {
	case f.Key && p.why.key == keyBare:
		bare = p
	case p.Key && f.why.key == keyBare:
		bare = f
	default:
		return
	}
	if strongWord(f.why.word) && strongWord(p.why.word) { // a topic word counts no one: "The camp, built for 20,000, now holds almost 90,000 people"
		bare.Key, bare.why.key = true, keyParallel
	}
}

// strongWord reports whether the lexicon entry ref is a word of an event
// (trigStrong): "toll", "insecure", "detained", not "camp".
func strongWord(ref lexRef) bool {
	lx := lookupNumLex(ref.word())
	return ref != 0 && lx != nil && lx.trig == trigStrong
}

// takenForTreatment reports whether the predicate of the figure c takes
// its people to a hospital or for treatment: "were taken to hospital with
// burns", "were rushed to nearby clinics", "were taken for treatment".
func takenForTreatment(text string, toks []ntoken, c *candidate) bool {
	v := predicateVerb(text, toks, c)
	if v < 0 {
		return false
	}
	switch tokenWord(text, toks[v]) {
	case "taken", "rushed", "admitted", "brought", "transferred":
	default:
		return false
	}
	care := false
	for j := v + 1; j < len(toks) && j <= v+5; j++ {
		t := toks[j]
		if t.kind != ntWord {
			break
		}
		switch tokenWord(text, t) {
		case "hospital", "hospitals", "clinic", "clinics", "treatment":
			care = true
		}
	}
	if !care {
		return false
	}
	// Only where the sentence tells of wounds: survivors of a desert
	// crossing or of a heatwave "admitted to hospital" are no casualties
	// of an attack (the dev sets' reading).
	for _, t := range toks {
		if t.lx != nil && (t.lx.injury || t.lx.w == "burns") {
			return true
		}
	}
	return false
}

// qualifierBefore gives the exact figure f (candidate c) the qualifier
// that the words before it imply though no qualifier phrase of the
// lexicon names it: a conversion in brackets restates the figure before
// it with that figure's qualifier ("around 10 kilometres (six miles)"),
// and "more" or "more that" straight before a number is a page's slip for
// "more than" ("killed more 1,400", "More that 20 million people").
func (fx *figurer) qualifierBefore(toks []ntoken, c *candidate, f *Figure) {
	t := toks[c.first-1]
	if t.kind == ntWord && (t.lx == nil || t.lx.w != "more" && t.lx.w != "that") {
		return // the common case: neither a bracket nor "more"
	}
	if n := len(fx.out); n > 0 && c.first >= 2 && ntIsPunct(fx.text, t, '(') {
		p := &fx.out[n-1]
		if p.SentenceStart == f.SentenceStart && p.End == toks[c.first-2].end && p.Qualifier != Exact && p.Qualifier != Range &&
			p.Category == f.Category && (f.Category == Other || f.Category == Money) {
			f.Qualifier, f.Change, f.why.qualifier = p.Qualifier, p.Change, qualConversion
			f.Min, f.Max = nil, nil
			switch p.Qualifier {
			case AtLeast, MoreThan:
				f.Min = fx.float(f.Value)
			case LessThan, UpTo:
				f.Max = fx.float(f.Value)
			}
		}
		return
	}
	m := c.first - 1
	if ntIsWord(toks[m], "that") && m >= 1 {
		m-- // "More that 20 million"
	}
	if !ntIsWord(toks[m], "more") || m >= 1 && (toks[m-1].kind == ntNum || toks[m-1].lx != nil && (toks[m-1].lx.num != nkNone || toks[m-1].lx.cls&clsDet != 0)) {
		return // "five more", "the more"
	}
	f.Qualifier, f.Change, f.why.qualifier = MoreThan, ChangeMore, qualMoreTypo
	f.Min, f.Max = fx.float(f.Value), nil
}

// burial reports whether "buried" in the predicate of the figure c tells
// of a burial, not of people buried under rubble: "The eight victims were
// buried on Tuesday" (dead), not "buried under the debris" or "buried
// alive" (missing).
func burial(toks []ntoken, c *candidate) bool {
	for k := c.last + 1; k < len(toks) && k <= c.last+5; k++ {
		if !ntIsWord(toks[k], "buried") {
			continue
		}
		if k+1 >= len(toks) {
			return true
		}
		n := toks[k+1]
		return !(ntIsWord(n, "under") || ntIsWord(n, "beneath") || ntIsWord(n, "underneath") || ntIsWord(n, "alive") ||
			ntIsWord(n, "in") || ntIsWord(n, "by"))
	}
	return false
}

// releasedObject reports whether the figure c is the object of a verb of
// release before it, across a determiner, "first", "all" or a noun phrase
// of the set ("the first batch of detainees"): "released all 20 remaining
// living hostages", "releasing the first three hostages".
func releasedObject(toks []ntoken, c *candidate) bool {
	for j := c.first - 1; j >= 0 && j >= c.first-6; j-- {
		t := toks[j]
		if t.kind != ntWord || t.lx == nil {
			return false
		}
		lx := t.lx
		switch {
		case lx.role == RoleReleased && lx.cls&clsRescue == 0 && lx.head == "":
			return lx.w != "handed" // "freed", "released", "releasing"; "handed" needs "over"
		case lx.cls&(clsDet|clsAdj|clsGeneric) != 0 || lx.num == nkOrdinal || ntIsWord(t, "of") || lx.head == Detention:
			continue // "the first", "all", "of detainees"
		case lx.w == "batch" || lx.w == "group":
			continue
		}
		return false
	}
	return false
}

// ownDeployVerb reports whether the figure f took its role from a verb of
// its own rather than from its force's noun or its category: "only about
// 430 have been deployed" after "have pledged a total of around 2,900
// troops" is deployed by its verb.
func ownDeployVerb(f *Figure) bool {
	switch f.why.role {
	case roleInherited, roleDefault, roleHeadNoun:
		return false
	case roleWord:
		lx := lookupNumLex(f.why.word.word())
		return lx == nil || lx.head != Deployment
	}
	return true
}

// releasedPredicate reports whether the count c, the subject of its
// sentence, is freed by its own predicate after a reduced relative clause
// that says it was held: "Twenty-nine people kidnapped by gunmen two weeks
// ago ... have been freed", "Five students abducted in March were
// released on Sunday". The scan stops at another count and at a clause
// mark; the predicate is an auxiliary, its fillers and a participle of
// release.
func releasedPredicate(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || toks[k].lx == nil || toks[k].lx.role != RoleHeld || c.first > 1 {
		return false // not "N people kidnapped …" opening the sentence
	}
	for j := k + 1; j < len(toks) && j <= k+20; j++ {
		t := toks[j]
		if t.kind == ntNum || ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') {
			return false
		}
		if !lexHas(t, clsAux) {
			continue
		}
		for j++; j < len(toks) && lexHas(toks[j], clsAux|clsPredFill); j++ {
		}
		return j < len(toks) && toks[j].lx != nil && toks[j].lx.role == RoleReleased && toks[j].lx.cls&clsRescue == 0
	}
	return false
}

// amongSet finds the fate of the set the subject figure c is a part of:
// "Two soldiers and a customs officer were among four people shot dead",
// "Four ministers and two generals were among the 37 people detained". It
// reads the subject's coordination up to "were among", the set's count
// and noun, and the first word of a role after them.
func amongSet(toks []ntoken, c *candidate) (Role, lexRef) {
	j := c.last + 1
	for ; j < len(toks) && j <= c.last+8 && !lexHas(toks[j], clsAux); j++ {
		if toks[j].kind == ntPunct || toks[j].lx != nil && predicateFate(toks[j].lx.role) {
			return "", 0 // a clause of its own: "Ten were killed, among them ..."
		}
	}
	if j+1 >= len(toks) || !ntIsWord(toks[j+1], "among") {
		return "", 0
	}
	num := false
	for k := j + 2; k < len(toks) && k <= j+9; k++ {
		t := toks[k]
		if t.kind == ntNum || t.lx != nil && t.lx.num != nkNone {
			num = true
			continue
		}
		if t.kind != ntWord {
			return "", 0
		}
		if lx := t.lx; num && lx != nil && predicateFate(lx.role) {
			return lx.role, lx.ref
		}
	}
	return "", 0
}
