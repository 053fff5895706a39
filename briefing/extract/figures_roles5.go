package extract

import (
	"slices"
	"strconv"
	"strings"
)

// A figure that is the subject of a predicate of its own takes its role
// from that predicate, never from the figure before it or from a word of
// another clause: in "Ten people were killed, while 25 were taken to
// hospital" the 25 are injured, in "14 people died; 30 were questioned by
// police" the 30 are no casualties. Before this rule both took "killed"
// from the first clause, which is the one error an analyst cannot forgive.

// roleOwnPredicate is the rule of ownPredicateRole, registered with the
// other role rules.
var roleOwnPredicate, roleSentenced, roleCondition, roleAidTarget, roleComplement, roleAboard, roleLivesTaken, roleFateUnknown,
	keyRansom, keyNotFunding, keyProjection ruleID

// ownPredicateReach is how many tokens after a figure's predicate verb the
// scan for a word of its fate reads ("were taken by ambulance to the
// district hospital").
const ownPredicateReach = 8

// ownPredicate5 gives the figure f (candidate c) the role its own
// predicate names when its role came from elsewhere: the figure before it
// (inherited, coordinated), its category's default, or a role word that
// stands before it in another clause. The predicate is an auxiliary and a
// participle ("were admitted to hospitals", "have been moved to
// shelters") or a past-tense verb ("thousands gathered at the festival")
// right after the figure, which opens its clause. A word of fate in the
// predicate gives the role ("taken to hospital": injured; "moved to
// shelters": displaced); a predicate with none gives other ("104 were
// rescued" from the sea, "30 were questioned"). A predicate verb that is
// itself a word of harm or of a role keeps the role the clause scans gave
// ("13 people were shot", "12 were wounded"). It returns whether the
// figure still counts an event.
func (fx *figurer) ownPredicate5(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.q.kind != QuantityNumber {
		// Of the checks below only the share's reads a figure that is no
		// bare number (the others ask for one), and the last returns event.
		if f.why.number == numFraction && fx.shareOfNeed(f, toks, c) {
			return false
		}
		return event
	}
	if fx.marks&markSentenced != 0 && f.Category == Casualties && sentencedPeople(fx.text, toks, c) {
		// The sentenced are no casualties: "A court sentenced 12 men to
		// death", "sentenced five men to 20 years for the killing of 12
		// villagers". Sentenced to prison, they stay detained ("sentenced
		// 14 activists to … years in prison").
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleSentenced, 0
		return false
	}
	if f.Role == RoleDetained && releasedModifier(toks, c) {
		// "dozens of freed Palestinian prisoners": the participle says
		// what befell the prisoners the noun counts.
		f.Category, f.Role, f.why.category, f.why.role = Detention, RoleReleased, catTrigger, roleWord
		return true
	}
	if c.unitFirst < 0 && f.Role != RoleOther {
		if r, ref, ok := tollParticiple(fx.text, toks, c); ok && r != f.Role {
			// The value of "the number of inmates killed", "the total
			// number of hostages freed", "the number of the victims that
			// have so far been released": the participle says what the
			// count counts, over the noun's own role.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleWord, ref
			return true
		}
	}
	if f.why.number == numFraction && fx.shareOfNeed(f, toks, c) { // only a fraction is read: spare the call
		return false
	}
	if f.Category == Casualties && aboard(fx.text, toks, c) {
		// Those aboard are counted before their fate: "a bus carrying 40
		// pilgrims overturned", "An estimated 400 to 600 migrants were on
		// board when the boat capsized".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleAboard, 0
		return false
	}
	if f.Role == RoleOther && livesTaken(fx.text, toks, c, f) {
		// "has claimed over 40,000 lives", "the loss of 18 lives": the
		// dead; not "saved thousands of lives".
		f.Category, f.Role, f.why.category, f.why.role = Casualties, RoleKilled, catTrigger, roleLivesTaken
		return true
	}
	// The word after the count's auxiliary or linking verb and its fillers
	// ("remain missing", "were in critical condition", "are at risk"),
	// read once for the three predicate checks below.
	pw, aux := predicateWord(fx.text, toks, c)
	if f.Role != RoleMissing && aux && (c.first >= 2 && ntIsWord(toks[c.first-1], "of") ||
		pw == "missing" || pw == "unaccounted" || pw == "under" || pw == "beneath" || pw == "underneath") &&
		fateUnknown(fx.text, toks, c) && !headOfDetention(f.Unit) {
		// "the fate of 15 other crew members remains unknown", "seven more
		// people remained under the rubble", "Eleven sailors remain
		// missing, presumed dead or in custody". Detainees unaccounted for
		// stay detained (the disappeared of a prison).
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleMissing, catTrigger, roleFateUnknown, 0
		return true
	}
	if (pw == "in" || pw == "at") && (f.Role != RoleInNeed || f.why.role == roleDefault) && inDanger(fx.text, toks, c) &&
		(f.Unit == "" || personNoun(f.Unit)) {
		// "hundreds of thousands remain in grave danger, with survivors
		// recounting arbitrary killings": a need, whatever death a later
		// clause names.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleInNeed, catTrigger, roleAtRisk, 0
		return true
	}
	if c.inherited && c.first > 0 {
		if lx := toks[c.first-1].lx; lx != nil && lx.role != "" && lx.role != f.Role && predicateFate(lx.role) && lx.head == "" {
			// An elliptic count is the object of its own verb: "has
			// claimed over 40,000 lives and displaced 14 million" (people,
			// whom "lives" stood for).
			if strings.EqualFold(f.Unit, "lives") {
				f.Unit = "people"
			}
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = lx.role.Category(), lx.role, catTrigger, roleObject, lx.ref
			return true
		}
	}
	if (pw == "in" || pw == "left") && (f.Role == RoleOther && f.why.role == roleNone || f.why.role == roleDefault) &&
		inCondition(fx.text, toks, c) {
		// "Nine people were in critical condition": hurt, though no word
		// of injury names them.
		f.Category, f.Role, f.why.category, f.why.role = Casualties, RoleInjured, catTrigger, roleCondition
		return true
	}
	if (f.Category == Money || f.Category == Humanitarian || f.Category == Displacement || f.Role == RoleOther) &&
		c.unitFirst >= 0 && livingAbroad(toks, c) && personNoun(f.Unit) {
		// People counted where they now live across a border are refugees,
		// whatever an appeal is to do for them: "to help some 2.2 million
		// Venezuelans living in neighbouring countries".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Displacement, RoleRefugees, catTrigger, roleAbroad, 0
		return true
	}
	if (f.Category == Money || f.Role == RoleOther && f.why.role == roleNone || f.why.role == roleWord && f.why.category == catTrigger) &&
		c.unitFirst >= 0 && fx.aidTarget(toks, c, f) && personNoun(f.Unit) {
		// Whom an appeal is to reach are people in need, never a sum:
		// "The appeal seeks $2.5 billion to assist 8 million people". The
		// verb before them speaks over a role word elsewhere in the
		// sentence, which names the agency ("the refugee agency appeals
		// for $1 billion to assist 17 million people"), not them.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleInNeed, catTrigger, roleAidTarget, 0
		return true
	}
	if f.Category == Money && c.unitFirst >= 0 && personNoun(f.Unit) {
		// People are never a sum, whatever word of funding stands near:
		// "the appeal covers 8 million people"; they are in need where
		// their own clause says so ("With these funds, nearly 49 million
		// people would be able to … out of acute food insecurity").
		if needAhead(fx.text, toks, c) {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleInNeed, catTrigger, roleAidTarget, 0
			return true
		}
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	if c.unitFirst >= 0 && fx.marks&markComplement != 0 {
		if r := complementRole(fx.text, toks, c); r != "" && r != f.Role {
			// "leaving 12 people missing", "left 40 people missing and
			// 2,000 homeless": the word right after the count says what
			// befell it, over a word of another figure.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleComplement, 0
			return true
		}
	}
	if f.Role == RoleOther || f.Role == RoleMoney || f.Role == RoleDuration ||
		c.partitive && (f.why.role != roleWord || passedAway(fx.text, toks, c)) {
		return event // a part keeps its set's role, unless a word of another clause gave it: "saying 12 of its fighters carried out the attack"
	}
	// A force counted by its head noun takes the fate its predicate
	// names: "Eighteen soldiers were ambushed and killed" were deployed
	// by their noun alone.
	force := f.why.role == roleHeadNoun && f.Category == Deployment
	switch f.why.role {
	case roleHeadNoun:
		if !force {
			return event
		}
	case roleInherited, roleCoordinated, roleDefault, roleWord, rolePredicate:
		// rolePredicate: a word far after the figure, past a verb of its
		// own ("Thousands of mourners attended the funeral of the 12
		// people killed"); a predicate verb that names the role returns
		// below.
	default:
		return event
	}
	text := fx.text
	for j := c.first; j <= c.last && !force; j++ {
		if lx := toks[j].lx; lx != nil && lx.role == f.Role {
			return event // "39 abducted students", "2,000 wounded": the figure names its role
		}
	}
	v := predicateVerb(text, toks, c)
	if v < 0 {
		return event
	}
	u := lowerKey(lastWord(f.Unit))
	if deliveryUnits[u] || materielNoun(f.Unit) {
		return event // "more than 630 trucks entered": aid counted in what carries it
	}
	sameSentence := c.unitFirst >= 0 || fx.hasPrev && fx.out[fx.prev].SentenceStart == f.SentenceStart
	if lx := lookupNumLex(u); !force && sameSentence && lx != nil && lx.head == f.Category {
		// The noun names the role, the verb only how: "12 bodies, and 8
		// more were pulled from the river", "400 officers, with 600 more
		// flown in". Not a noun of another sentence: "The three
		// announced" after a toll of deaths.
		return event
	}
	if foldIn(ntText(text, toks[v]), countedVerbs...) {
		return event // "with more than 74,000 registered": counted, not moved
	}
	if lx := toks[v].lx; lx != nil && (lx.role == f.Role || lx.trig != trigNone && lx.role == "" ||
		lx.role != "" && lx.cls&(clsRescue|clsTake) == 0) {
		return event // "13 were shot", "30 were evacuated": the clause scans read it
	}
	r, word := RoleOther, lexRef(0)
	for j := v + 1; j < len(toks) && j <= v+ownPredicateReach; j++ {
		t := toks[j]
		if (ntIsWord(t, "and") || ntIsWord(t, "or")) && j+1 < len(toks) && toks[j+1].kind == ntWord && participleWord(ntText(text, toks[j+1])) {
			continue // "were ambushed and killed": one predicate
		}
		if roleStop(text, t) || lexHas(t, clsSubjLead) && !ntIsWord(t, "that") || t.kind == ntWord && foldIn(ntText(text, t), offPredicatePreps...) {
			break // "charged with murder", "attended the funeral of the 12 killed": no fate of theirs
		}
		if lx := t.lx; lx != nil && lx.role != "" && lx.cls&clsActor == 0 && lx.head == "" && predicateFate(lx.role) {
			r, word = lx.role, lx.ref
			break
		}
	}
	if force && (r == RoleOther || r.Category() == Displacement || r == RoleAffected) {
		return event // "2,000 troops were flown to the capital": still deployed
	}
	if r == RoleOther && foldIn(ntText(text, toks[v]), "moved", "relocated") {
		r = RoleDisplaced // "some 4,000 residents moved to school buildings"
	}
	if r == f.Role {
		return event
	}
	f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleOwnPredicate, word
	if r == RoleOther {
		f.why.category = catNone
		return false
	}
	return true
}

// shareOfNeed gives other to the fraction f that is a share "of what"
// was needed ("only a third of what was needed"): a share of a sum, not of
// people in need. It reports whether it did.
func (fx *figurer) shareOfNeed(f *Figure, toks []ntoken, c *candidate) bool {
	if f.why.number == numFraction && f.Role != RoleOther && ofWhatNeeded(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNeedThings, 0
		return true
	}
	return false
}

// countedVerbs are participles that count or report a set without saying
// anything else befell it: the set keeps the role the clause gave it.
var countedVerbs = []string{"registered", "recorded", "counted", "listed", "documented", "verified", "estimated", "reported",
	"confirmed", "believed", "thought", "feared", "said", "known", "identified", "named", "included", "numbered",
	"expected", "scheduled", "planned", "due", "slated", "set", "likely"}

// offPredicatePreps end the scan of a predicate for a word of fate: what
// follows them is a charge, a cause or another set ("charged with murder",
// "attended the funeral of the 12 killed", "protested over the deaths").
var offPredicatePreps = []string{"with", "of", "over", "about", "against", "after", "following"}

// predicateFate reports whether a word of role r in a figure's own
// predicate says what befell the counted people: not a force that acts on
// them ("questioned by police"), nor a pledge.
func predicateFate(r Role) bool {
	switch r {
	case RoleKilled, RoleInjured, RoleMissing, RoleHeld, RoleDetained, RoleDisplaced, RoleRefugees, RoleAffected, RoleInNeed:
		return true
	}
	return false
}

// predicateVerb finds the verb of the predicate whose subject is the
// figure c: an auxiliary or linking verb, the fillers after it ("have
// been", "were later"), and then a participle ("were airlifted"), or a
// past-tense verb right after the figure ("thousands gathered"). The
// figure must open its clause (subjectPosition) or follow a subordinator
// ("after thousands gathered"). It returns the verb's token, or -1.
func predicateVerb(text string, toks []ntoken, c *candidate) int {
	k := c.last + 1
	if k >= len(toks) || toks[k].kind != ntWord {
		return -1
	}
	v := -1
	if lexHas(toks[k], clsAux) {
		for k++; k < len(toks) && k <= c.last+5 && lexHas(toks[k], clsAux|clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
		}
		if k >= len(toks) || toks[k].kind != ntWord || toks[k].upper || !mayBeParticiple(ntText(text, toks[k])) || !participleWord(ntText(text, toks[k])) {
			return -1 // "were children", "were on board": no verb of their own
		}
		v = k
	} else {
		if toks[k].upper || toks[k].lx != nil && toks[k].lx.cls&(clsAux|clsLink|clsPredFill|clsPrep|clsSubjLead) != 0 {
			return -1 // a name ("12 Palestinians"), a link or a preposition
		}
		if w := lowerKey(ntText(text, toks[k])); !finiteVerb(w) && !pastVerbs[w] {
			return -1
		}
		v = k // "thousands gathered at the festival", "2,000 people took part"
	}
	s := c
	if c.first > 1 && (ntIsWord(toks[c.first-1], "further") || ntIsWord(toks[c.first-1], "additional")) {
		cc := *c // "and a further 2,000 were admitted": the subject opens at "a"
		cc.first--
		if ntIsWord(toks[cc.first-1], "a") || ntIsWord(toks[cc.first-1], "the") {
			cc.first--
		}
		s = &cc
	}
	if !subjectPosition(text, toks, s) && !(s.first > 0 && subordinator(toks[s.first-1])) {
		return -1
	}
	return v
}

// mayBeParticiple is a cheap test that participleWord's answer may be
// yes: every word it takes ends in d, n or t ("-ed", "been", "shot"),
// whatever case, after the commas and semicolons it trims. A last byte
// beyond ASCII may lower to anything, so it passes.
func mayBeParticiple(w string) bool {
	i := len(w) - 1
	for i >= 0 && (w[i] == ',' || w[i] == ';') {
		i--
	}
	if i < 0 || w[i] >= 0x80 {
		return true
	}
	switch w[i] | 0x20 { // ASCII lower case; no other byte gives d, n or t
	case 'd', 'n', 't':
		return true
	}
	return false
}

// pastVerbs are irregular past tenses a subject count may take that
// finiteVerb does not know: "took part", "went", "gave".
var pastVerbs = map[string]bool{"took": true, "went": true, "gave": true, "made": true, "came": true, "got": true,
	"held": true, "ran": true, "sought": true, "fought": true, "spent": true, "saw": true, "met": true, "sat": true}

// subordinator reports whether t opens a subordinate clause whose subject
// follows it: "after thousands gathered", "as 300 were evacuated", an
// absolute "with 4,000 residents moved to schools", a report "saying 12 of
// its fighters carried out the attack".
func subordinator(t ntoken) bool {
	if t.lx == nil || t.kind != ntWord {
		return false
	}
	switch t.lx.w {
	case "after", "before", "as", "because", "since", "until", "once", "although", "though", "with",
		"saying", "adding", "claiming", "stating", "noting", "insisting":
		return true
	}
	return false
}

// sentencedPeople reports whether the figure c counts people a court
// sentenced: the object of the verb ("sentenced 12 men to death",
// "sentenced five men to 20 years for the killing of 12 villagers") or
// its subject ("12 men were sentenced to death"). They are not the dead
// their sentence or their crime names.
func sentencedPeople(text string, toks []ntoken, c *candidate) bool {
	for j := c.first - 1; j >= 0 && j >= c.first-3; j-- {
		if sentenceVerb(text, toks[j]) {
			return true
		}
		if toks[j].kind == ntPunct || toks[j].kind == ntNum {
			break
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" && lx.head == "" && lx.marks&markSentenced == 0 {
			// The figure is the object of the charge's verb, not the
			// accused: "accused of killing at least eight civilians",
			// "convicted of kidnapping 12 pupils".
			break
		}
	}
	for j := c.last + 1; j < len(toks) && j <= c.last+4; j++ {
		if sentenceVerb(text, toks[j]) {
			return lexHas(toks[j-1], clsAux|clsPredFill)
		}
		if toks[j].kind == ntPunct || !lexHas(toks[j], clsAux|clsPredFill) {
			break
		}
	}
	return false
}

// sentenceVerbs are the verbs of a court or a charge; buildRoles5 enters
// them in the lexicon with markSentenced, which sentenceVerb reads.
var sentenceVerbs = strings.Fields(`sentenced condemned sentencing sentences convicted charged indicted accused prosecuted acquitted
	jailed`)

// sentenceVerb reports whether t is a verb of a court or a charge:
// "sentenced", "convicted", "charged 12 people over the killing".
func sentenceVerb(text string, t ntoken) bool {
	return t.kind == ntWord && t.lx != nil && t.lx.marks&markSentenced != 0
}

// inCondition reports whether the predicate of the figure c puts its
// people in a condition of the hurt: "were in critical condition", "are in
// a serious condition", "remain in stable condition", "were left in
// intensive care".
func inCondition(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux|clsLink) {
		return false
	}
	for k++; k < len(toks) && k <= c.last+4 && (lexHas(toks[k], clsPredFill) || wordAt(text, toks[k], "left")) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k+2 >= len(toks) || !ntIsWord(toks[k], "in") {
		return false
	}
	k++
	if ntIsWord(toks[k], "a") {
		k++
	}
	return k+1 < len(toks) && (foldIn(ntText(text, toks[k]), "critical", "serious", "stable", "grave", "severe") &&
		foldIn(ntText(text, toks[k+1]), "condition", "conditions") || foldIn(ntText(text, toks[k]), "intensive", "critical") &&
		foldIn(ntText(text, toks[k+1]), "care"))
}

// killingNouns count the dead as deaths does, and name their death as it
// does: "1,200 killings", "300 murders", "hundreds of lynchings", "the
// killings of 12 villagers". Not "massacres", which counts events.
const killingNouns = `killings murders executions lynchings assassinations homicides`

// earlierNouns are the nouns of a count that "earlier", "initial",
// "first" or "previous" date as superseded: "the initial death toll",
// "earlier estimates". superseded and earlierCount read this one list
// (they had drifted apart: "tally" in one, "figures" and "reports" in the
// other).
var earlierNouns = strings.Fields(`toll tolls estimate estimates figure figures count counts tally tallies report reports`)

// earlierNoun reports whether t is one of earlierNouns.
func earlierNoun(t ntoken) bool {
	return t.lx != nil && t.kind == ntWord && slices.Contains(earlierNouns, t.lx.w)
}

// kinNouns are plurals of kin that personNoun's suffixes miss: "a man
// and his two sons".
const kinNouns = `sons wives husbands nephews nieces cousins grandchildren siblings kids teens auxiliaries cadets schoolgirls
	schoolboys medics paramedics pilots opponents`

// moreRoleWords are forms of the role words figures_role.go lists that it
// lacks: the -ing forms that coordinate with "killing" ("killing 1,200
// people and abducting around 240 others"), and the army's euphemism for
// killing ("more than forty terrorists have been neutralized").
var moreRoleWords = map[Role]string{
	RoleHeld:      `abducting capturing seizing`,
	RoleDetained:  `arresting detaining`,
	RoleDisplaced: `evacuating`,
	RoleKilled:    `neutralized neutralised neutralizing neutralising`,
}

// buildRoles5 gives the lexicon the words of this file's rules.
func buildRoles5() {
	lexClass(clsPerson, kinNouns)
	for _, w := range append(append(append(strings.Fields(`past beyond hit reach top exceed surpass pass could may might still yet
		well further easily after before as because since until once although though with saying adding claiming stating noting
		insisting to at reached reaches hits stood stands
		totalled totaled missing unaccounted under beneath underneath in left since until till by during of early late mid before
		throughout`), thresholdVerbs...), nearVerbs...), sentenceVerbs...) {
		numLexEntry(w) // thresholdQualifier and projection read them by their entry
	}
	for w := range fundingWords {
		numLexEntry(w) // fundingAround reads them by their entry
	}
	for r, words := range moreRoleWords {
		for _, w := range strings.Fields(words) {
			if e := numLexEntry(w); e.role == "" && e.trig == trigNone && e.head == "" {
				e.role, e.cat, e.trig = r, r.Category(), trigWeak // as buildRoles gives its role words
			}
		}
	}
	for _, w := range earlierNouns {
		numLexEntry(w) // earlierNoun reads them by their entry
	}
	for _, w := range strings.Fields(killingNouns) {
		e := numLexEntry(w)
		if e.head == "" && e.role == "" && e.trig == trigNone {
			e.head, e.role, e.cat, e.trig = Casualties, RoleKilled, Casualties, trigStrong
		}
	}
}

// complementWords are the words complementWord gives a role
// (TestRoles5MarksAgree keeps the two equal).
var complementWords = strings.Fields(`dead killed missing unaccounted injured wounded hurt homeless displaced stranded`)

// markRoles5 marks the words of this file's checks that read a token by
// its lexicon entry, once the lexicon is complete (markLexicon): a
// sentence without one of them skips the check for each of its figures.
// A word the lexicon lacks needs no mark: tokenWord gives it no word, so
// none of these checks matches it.
func markRoles5() {
	for _, l := range []struct {
		words []string
		mark  lexMark
	}{
		{thresholdVerbs, markThreshold}, {nearVerbs, markThreshold}, {[]string{"past", "beyond"}, markThreshold},
		{[]string{"could", "may", "might"}, markModal}, {sentenceVerbs, markSentenced}, {complementWords, markComplement},
	} {
		for _, w := range l.words {
			if e := numLexicon[w]; e != nil {
				e.marks |= l.mark
			}
		}
	}
	markKey6()
}

// aidTarget reports whether the figure c is whom a sum or an aid plan is
// to reach: the object of "to reach", "to assist", "to support", "to
// feed", "to help" in a sentence that gives a sum before it ("requires
// USD 120 million to reach 3.6 million people").
func (fx *figurer) aidTarget(toks []ntoken, c *candidate, f *Figure) bool {
	if c.first < 2 || !ntIsWord(toks[c.first-2], "to") ||
		!foldIn(ntText(fx.text, toks[c.first-1]), "reach", "assist", "support", "feed", "help", "serve", "target", "protect") {
		return false
	}
	for i := len(fx.out) - 1; i >= 0 && fx.out[i].SentenceStart == f.SentenceStart; i-- {
		if fx.out[i].Category == Money {
			return true
		}
	}
	return false
}

// ransomSum reports whether the sum c is a ransom: "a ransom of 50
// million naira", "paid $20,000 in ransom", "N5 million ransom". A
// ransom is money but no conflict or aid funding, so it is not key (the
// dev sets' convention).
func ransomSum(text string, toks []ntoken, c *candidate) bool {
	for j := max(0, c.first-4); j < len(toks) && j <= c.last+3; j++ {
		if j >= c.first && j <= c.last {
			continue
		}
		// Both words start with an 'r', which folds to no other letter,
		// and no word shorter than "ransom" folds to either.
		if t := toks[j]; t.kind == ntWord && t.end-t.start >= len("ransom") && text[t.start]|0x20 == 'r' &&
			foldIn(ntText(text, t), "ransom", "ransoms") {
			return true
		}
		if j > c.last && toks[j].kind == ntPunct {
			break
		}
	}
	return false
}

// keyfixKey is the key decision of this file's rules, after isKey: a
// ransom is not key. It first gives a figure after a verb of threshold its
// qualifier (thresholdQualifier), which the key decision does not read.
func (fx *figurer) keyfixKey(toks []ntoken, c *candidate, f *Figure) (bool, ruleID) {
	fx.thresholdQualifier(f, toks, c)
	if !f.Key && f.why.key == keyBare && f.Role != RoleOther && f.why.role != roleDefault && countValue(fx.text, toks, c) {
		// The value a count reaches, however far its noun: "its death
		// toll since October 2023 had reached 46,913". The other key
		// checks still apply.
		return fx.isKey(toks, c, f, f.Role == RoleInjured, true)
	}
	if f.Key && f.Role == RoleKilled && c.first > 0 && wordAt(fx.text, toks[c.first-1], "identified") {
		// "Forensic teams have identified 78 bodies": the dead counted
		// again by their identification (identifiedPart's part).
		return false, keyNamedAgain
	}
	if fx.marks&markModal != 0 && f.Category != Money && f.Category != Duration && f.Category != Other && projection(fx.text, toks, c) {
		// "the death toll could hit 20 dead": a bound on what may come,
		// not a count. Measures keep their value ("Temperatures could top
		// 100 degrees" is 100 degrees, as the quantity sets have it).
		f.Qualifier, f.Change, f.why.qualifier = UpTo, ChangeLess, qualRules[qUpTo][0]
		f.Min, f.Max = nil, fx.float(f.Value)
		if f.Key {
			return false, keyProjection
		}
	}
	if f.Key && f.Category == Duration && c.last+2 < len(toks) && wordAt(fx.text, toks[c.last+1], "of") &&
		foldIn(ntText(fx.text, toks[c.last+2]), "war", "fighting", "conflict", "violence", "civil") {
		return false, keyNotCategory // "pausing two years of war": the war's length, as durationPanel's "nine-year civil war"
	}
	if f.Key && f.Category == Money && ransomSum(fx.text, toks, c) {
		return false, keyRansom
	}
	if f.Key && f.Category == Money && !fundingAround(toks) {
		return false, keyNotFunding // "jeopardizing about $1 trillion in annual trade"
	}
	return f.Key, f.why.key
}

// needReach is how far after a figure needAhead reads.
const needReach = 20

// needAhead reports whether a word of need (insecurity, hunger, famine)
// follows the figure c in its own clause.
func needAhead(text string, toks []ntoken, c *candidate) bool {
	for j := c.last + 1; j < len(toks) && j <= c.last+needReach; j++ {
		if roleStop(text, toks[j]) {
			return false
		}
		if lx := toks[j].lx; lx != nil && lx.role == RoleInNeed && lx.trig == trigStrong {
			return true
		}
	}
	return false
}

// thresholdVerbs are verbs that say a count went beyond the number after
// them: "the toll passed 600", "has surpassed 3,000", "crossed one
// million". "past" and "beyond" say so after a verb of change only ("climbed
// past 12,000"; not "over the past 24 hours").
var thresholdVerbs = []string{"passed", "surpassed", "crossed", "topped", "exceeded", "exceeds", "tops", "surpasses", "passes", "crosses"}

// nearVerbs say a count came close to the number after them: "as the
// death toll nears 500".
var nearVerbs = []string{"nears", "neared", "nearing", "approached", "approaches", "approaching"}

// thresholdQualifier gives an exact figure the qualifier its verb of
// threshold implies: more than after "passed", "climbed past"; nearly
// after "nears". Where "crossed" governs a bare number, no border was
// crossed: the figure is the value of the toll before it ("The number of
// displaced people has crossed one million"), and takes that toll's role.
func (fx *figurer) thresholdQualifier(f *Figure, toks []ntoken, c *candidate) {
	if f.Qualifier != Exact || c.first < 1 || c.q.kind != QuantityNumber && c.q.kind != QuantityPercent {
		return
	}
	text := fx.text
	j := c.first - 1
	if lx := toks[j].lx; lx == nil || lx.marks&markThreshold == 0 {
		return // no word the switch below reads (markRoles5)
	}
	w := toks[j].lx.w
	kind := qExact
	switch {
	case slices.Contains(thresholdVerbs, w):
		kind = qMoreThan
	case (w == "past" || w == "beyond") && j > 0 && changeOrMotion(text, toks[j-1]):
		kind = qMoreThan
	case slices.Contains(nearVerbs, w) && j > 0 && (toks[j-1].lx != nil && toks[j-1].lx.cls&clsTollNoun != 0 || lexHas(toks[j-1], clsAux)):
		kind = qNearly
	default:
		return
	}
	f.Qualifier, f.why.qualifier = kind.name(), qualRules[kind][0]
	if f.Change != ChangeUp && f.Change != ChangeDown {
		f.Change = kind.change() // "climbed past 12,000" keeps its rise
	}
	if kind == qMoreThan {
		f.Min = fx.float(f.Value)
	}
	if f.Role == RoleRefugees && (w == "crossed" || w == "crosses") {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		if t := tollRole(text, toks, c); t >= 0 && toks[t].lx.role != "" {
			r := toks[t].lx.role
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleWord, toks[t].lx.ref
		} else if sub := thresholdSubject(text, toks, j); sub >= 0 {
			r := toks[sub].lx.role
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleWord, toks[sub].lx.ref
		}
	}
}

// changeOrMotion reports whether t is a verb of change or of going that
// "past" may follow: "climbed past", "went past", "pushed past".
func changeOrMotion(text string, t ntoken) bool {
	if t.lx != nil && t.lx.change != "" {
		return true
	}
	return t.kind == ntWord && foldIn(ntText(text, t), "went", "gone", "pushed", "moved", "edged", "crept", "shot", "raced", "soared", "surged")
}

// thresholdSubject finds the role word of the subject of a verb of
// threshold at token j ("the number of displaced people has crossed"),
// reading back to the clause's start; it returns its token, or -1.
func thresholdSubject(text string, toks []ntoken, j int) int {
	for k := j - 1; k >= 0 && k >= j-10; k-- {
		t := toks[k]
		if t.kind == ntNum || t.kind == ntPunct {
			return -1
		}
		if t.lx != nil && t.lx.role != "" && t.lx.role.Category() != Displacement || t.lx != nil && t.lx.role == RoleDisplaced {
			return k
		}
	}
	return -1
}

// identifiedReach is how far after a part identifiedPredicate reads.
const identifiedReach = 10

// identifiedPredicate reads the predicate that follows token k, in its
// clause, for "identified": found says the predicate is an identification
// ("of whom three have been identified", "55 of 75 confirmed dead had been
// identified"), as that it says who they were ("identified as police
// officers"). The role rule and the key rule both read it, and differ only
// in what they ask: an identification alone counts no death
// (identifiedPart: found and not as), and no identified part is a new
// count for the panel, whoever it names (partOfPeople: found; the dev
// gold's "Ten of those killed have been identified as members of terror
// groups" is the dead counted again, killed and not key).
func identifiedPredicate(text string, toks []ntoken, k int) (found, as bool) {
	for j := k; j < len(toks) && j <= k+identifiedReach; j++ {
		t := toks[j]
		if t.kind == ntPunct && !ntIsPunct(text, t, '\'') {
			return false, false
		}
		if wordAt(text, t, "identified") {
			if j == 0 || !lexHas(toks[j-1], clsAux|clsPredFill) {
				return false, false
			}
			return true, j+1 < len(toks) && wordAt(text, toks[j+1], "as")
		}
	}
	return false, false
}

// complementWord is the role of an adjective or participle that, right
// after a count ("12 people missing") or as its own noun ("2,000
// homeless"), says what befell it; "" for any other word. w is a lexicon
// word (tokenWord), so a switch reads it without hashing.
func complementWord(w string) Role {
	switch w {
	case "dead", "killed":
		return RoleKilled
	case "missing", "unaccounted":
		return RoleMissing
	case "injured", "wounded", "hurt":
		return RoleInjured
	case "homeless", "displaced":
		return RoleDisplaced
	case "stranded":
		return RoleAffected
	}
	return ""
}

// complementRole is the role the word right after the figure c gives it:
// the complement of "left"/"leaving" ("leaving 12 people missing", "left
// 40 people missing and 2,000 homeless"), or a word that can only say
// what befell the count ("with 23 people missing", "2,000 homeless"):
// dead, missing, unaccounted, homeless ("searching for 12 people missing").
// It returns "" where there is none, or where a rescue precedes the count
// ("rescued 80 people stranded": whom they saved, which stays the clause
// scans' call).
func complementRole(text string, toks []ntoken, c *candidate) Role {
	if c.unitFirst < 0 {
		return ""
	}
	j := c.last + 1
	if c.unitFirst == c.unitLast && c.unitFirst == c.last && c.last > c.first {
		if complementWord(tokenWord(text, toks[c.last])) != "" {
			j = c.last // the count's own noun: "2,000 homeless"
		}
	}
	if j >= len(toks) || toks[j].kind != ntWord {
		return ""
	}
	r := complementWord(tokenWord(text, toks[j]))
	coord := false
	if r == "" && ntIsWord(toks[j], "and") {
		// "left 13 prisoners and a guard dead", "left three soldiers and
		// two civilians wounded": the complement after the last of a pair
		// befell both, where "left" opens the pair (checked below).
		for k := j + 1; k < len(toks) && k <= j+5 && toks[k].kind != ntPunct && !lexHas(toks[k], clsAux|clsLink); k++ {
			if r = complementWord(tokenWord(text, toks[k])); r != "" {
				coord = true
				break
			}
		}
	}
	if r == "" {
		return ""
	}
	left := false
	for k := c.first - 1; k >= 0 && k >= c.first-3; k-- {
		t := toks[k]
		if t.kind == ntPunct {
			break
		}
		if foldIn(ntText(text, t), "left", "leaving", "leaves", "leave") {
			left = true
			break
		}
		if lexHas(t, clsRescue) || t.lx != nil && t.lx.role == RoleReleased {
			return ""
		}
	}
	if j == c.last {
		if left || !lexHas(toks[j], clsPerson) {
			return r // "2,000 homeless"; an adjective taken for the noun
		}
		return ""
	}
	switch {
	case left:
		return r
	case coord:
		return ""
	case r == RoleKilled || r == RoleMissing || r == RoleDisplaced && ntText(text, toks[j]) == "homeless":
		return r
	case r == RoleInjured && c.first > 0 && lexHas(toks[c.first-1], clsDet):
		return r // "the 40 people injured in the blast were taken to hospital"
	}
	return ""
}

// aboard reports whether the figure c counts the people a vehicle carried:
// the object of "carrying" ("a bus carrying 40 pilgrims"), or the subject
// of "were on board" / "were aboard".
func aboard(text string, toks []ntoken, c *candidate) bool {
	// The five words start with a 'c', 't' or 'f', which fold to no
	// other letter, and have seven letters or more.
	if p := c.first - 1; p >= 0 && toks[p].end-toks[p].start >= len("carried") && carryInitial(text[toks[p].start]) &&
		foldIn(ntText(text, toks[p]), "carrying", "carried", "carries", "transporting", "ferrying") {
		return true
	}
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux) {
		return false
	}
	k++
	if k < len(toks) && wordAt(text, toks[k], "aboard") {
		return true
	}
	return k+1 < len(toks) && wordAt(text, toks[k], "on") && foldIn(ntText(text, toks[k+1]), "board")
}

// carryInitial reports whether b, folded, is the first letter of a verb
// of aboard: 'c', 't' or 'f'.
func carryInitial(b byte) bool {
	b |= 0x20
	return b == 'c' || b == 't' || b == 'f'
}

// livesTaken reports whether the figure c counts lives a verb or noun of
// loss took: "claimed over 40,000 lives", "cost 120 lives", "the loss of
// 18 lives", "took 30 lives". "lives" alone names no death ("saved
// thousands of lives").
func livesTaken(text string, toks []ntoken, c *candidate, f *Figure) bool {
	if c.unitFirst < 0 || !ntIsWord(toks[c.unitLast], "lives") {
		return false
	}
	for j := c.first - 1; j >= 0 && j >= c.first-3; j-- {
		w := ntText(text, toks[j])
		if foldIn(w, "claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taken", "taking", "lost", "losing", "loss") {
			return true
		}
		if toks[j].kind == ntPunct || !foldIn(w, "of", "the", "some", "about", "over", "nearly", "almost", "more", "than", "at", "least", "an", "estimated") {
			return false
		}
	}
	return false
}

// fateUnknown reports whether the figure c's people are missing by its
// own predicate, however the clause goes on: "the fate of 15 other crew
// members remains unknown", "seven more people remained under the
// rubble", "Eleven sailors remain missing, presumed dead or in custody"
// (the first fate named is theirs).
func fateUnknown(text string, toks []ntoken, c *candidate) bool {
	if c.last+1 >= len(toks) || !lexHas(toks[c.last+1], clsAux|clsLink) {
		return false // both need a verb after the count: "remains unknown", "remain missing"
	}
	if c.first >= 2 && ntIsWord(toks[c.first-1], "of") && foldIn(ntText(text, toks[c.first-2]), "fate", "fates", "whereabouts") {
		for j := c.last + 1; j+1 < len(toks) && j <= c.last+6; j++ {
			if foldIn(ntText(text, toks[j]), "unknown", "unclear") {
				return true
			}
			if toks[j].kind == ntPunct {
				return false
			}
		}
		return false
	}
	if c.unitFirst < 0 {
		return false
	}
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux|clsLink) {
		return false
	}
	for k++; k < len(toks) && k <= c.last+4 && lexHas(toks[k], clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k >= len(toks) {
		return false
	}
	if foldIn(ntText(text, toks[k]), "missing", "unaccounted") {
		return true
	}
	if !foldIn(ntText(text, toks[k]), "under", "beneath", "underneath") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if foldIn(ntText(text, toks[j]), "rubble", "debris", "ruins", "mud", "snow", "wreckage") {
			return true
		}
	}
	return false
}

// headOfDetention reports whether a unit's noun counts captives or
// detainees by itself: "detainees", "prisoners", "hostages".
func headOfDetention(unit string) bool {
	lx := lookupNumLex(lowerKey(lastWord(unit)))
	return lx != nil && lx.head == Detention
}

// inDanger reports whether the predicate of the figure c puts its people
// in danger or at risk: "remain in grave danger", "are at imminent risk",
// "are at risk of famine".
func inDanger(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux|clsLink) {
		return false
	}
	for k++; k < len(toks) && k <= c.last+4 && lexHas(toks[k], clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k+1 >= len(toks) || !foldIn(ntText(text, toks[k]), "in", "at") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if foldIn(ntText(text, toks[j]), "danger", "risk") {
			return true
		}
		if toks[j].kind != ntWord {
			return false
		}
	}
	return false
}

// fundingWords are the words of a sentence that make a sum conflict or
// aid money, the only sums the panel shows: appeals, aid, pledges,
// budgets, damage and losses, spending on forces, and what an armed party
// demands (the Kuriga sample's gold keeps "The kidnappers had demanded ₦1
// billion"; a sum named a ransom is not key, by the dev sets, ransomSum).
var fundingWords = wordMap(map[bool]string{true: `appeal appeals appealed aid assistance funding fund funds funded underfunded budget budgets
	relief humanitarian pledge pledged pledges pledging donor donors donated donation donations grant grants damage damages
	reconstruction rebuild rebuilding requirement requirements required requires require requested request requests sought
	seek seeking seeks need needs needed contribution contributions contributed response plan revenue revenues losses loss
	lost cost costs military weapons arms defence defense package spending spent spend bailout loan loans
	ceasefire peacekeeping mission troops war demanded demand demands`})

// fundingAround reports whether a word of funding, aid, damage or forces
// stands in the sentence of toks: a sum without one ("about $1 trillion in
// annual trade", "reparations of $2.5 million") is no key figure of a
// conflict briefing.
func fundingAround(toks []ntoken) bool {
	for _, t := range toks {
		if t.lx != nil && t.kind == ntWord && t.lx.funding {
			return true
		}
	}
	return false
}

// countReach is how far before a bare value countValue reads for the noun
// of the count.
const countReach = 24

// countValue reports whether the bare number c is the value a count
// reaches: after "to", "at", "reached", "hit" and the like, with a noun of
// a count before it in its clause ("death toll", "the total number of
// hostages freed", "troop levels"), past years and days on the way ("since
// October 2023", "since the truce began on January 19"), which stop
// tollRole.
func countValue(text string, toks []ntoken, c *candidate) bool {
	if !valueVerbBefore(text, toks, c, false) {
		return false
	}
	j := c.first - 1
	for k := j - 1; k >= 0 && k >= j-countReach; k-- {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || ntIsPunct(text, t, '.') {
			return false
		}
		if t.kind == ntNum && !yearOrDay(text, toks, k) {
			return false // another count: "from 3,000 to 2,500" is a change, read elsewhere
		}
		if lexHas(t, clsTollNoun) || foldIn(ntText(text, t), "levels", "level", "strength", "tally") {
			return true
		}
	}
	return false
}

// yearOrDay reports whether the number token k is a year or a day of a
// date ("October 2023", "January 19", "19 January", "since 2021", "January
// 19, 2025") rather than a count. A month is a word the lexicon marks
// clsMonth, written with a capital ("may" and "march" are verbs too); a
// year is a number from 1800 to 2100 of four digits after a month, a day
// and its comma, or a preposition of time, so that "rose from 1500 to
// 2000" holds two counts, as "from 1,500 to 2,000" does.
func yearOrDay(text string, toks []ntoken, k int) bool {
	month := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].upper && lexHas(toks[i], clsMonth) }
	w := ntText(text, toks[k])
	switch {
	case len(w) <= 2:
		return month(k-1) || month(k+1)
	case len(w) != 4 || w[0] != '1' && w[0] != '2':
		return false
	}
	if v, err := strconv.Atoi(w); err != nil || v < 1800 || v > 2100 || k == 0 {
		return false
	}
	if month(k-1) || k >= 3 && ntIsPunct(text, toks[k-1], ',') && toks[k-2].kind == ntNum && month(k-3) {
		return true // "October 2023", "January 19, 2025"
	}
	if year, ok := rangeYear(text, toks, k); ok {
		return year // "from 2019 to 2021", not "from 1500 to 2000"
	}
	prev := ""
	if toks[k-1].kind == ntWord {
		prev = strings.ToLower(ntText(text, toks[k-1]))
	}
	return yearContext(prev) && !countedAfter(toks, k) // "since 2021", "the end of 2022", not "the 2000 troops"
}

// releasedModifier reports whether a word of release modifies the counted
// noun of the figure c, inside it: "dozens of freed Palestinian
// prisoners", "the 30 released detainees".
func releasedModifier(toks []ntoken, c *candidate) bool {
	if c.unitFirst < 0 {
		return false
	}
	for j := c.first; j < c.unitLast; j++ {
		if lx := toks[j].lx; lx != nil && lx.role == RoleReleased && lx.cls&clsRescue == 0 {
			return true
		}
	}
	return false
}

// ofWhatNeeded reports whether the fraction c is "of what" was needed,
// required or sought: "only a third of what was needed".
func ofWhatNeeded(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	return k+1 < len(toks) && wordAt(text, toks[k], "of") && wordAt(text, toks[k+1], "what")
}

// projection reports whether the figure c is where a count may go: after
// "could", "may" or "might" and a verb of reaching ("the death toll could
// hit 20 dead", "may rise to 100"). An expectation ("was expected to
// climb past 75") stays a count, as batch 1 has it.
func projection(text string, toks []ntoken, c *candidate) bool {
	j := c.first - 1
	if j >= 0 && ntIsWord(toks[j], "to") {
		j-- // "rise to", "climb to"
	}
	if j < 1 || toks[j].kind != ntWord || toks[j].lx == nil {
		return false
	}
	if lx := toks[j].lx; lx.change != ChangeUp {
		switch lx.w {
		case "hit", "reach", "top", "exceed", "surpass", "pass":
		default:
			return false
		}
		if lx.w == "reach" && c.unitFirst >= 0 && lexHas(toks[c.unitLast], clsPerson) {
			return false // "so that convoys could reach roughly 9,000 civilians": aid reaching people, not a bound
		}
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		switch tokenWord(text, toks[k]) {
		case "could", "may", "might":
			return true
		case "still", "yet", "well", "further", "easily":
		default:
			return false
		}
	}
	return false
}

// tollParticiple finds the role a participle gives the noun of "the
// number of" before the bare value c: "the number of inmates killed …
// was at least 79", "the total number of hostages freed since … to 18",
// "the number of the victims that have so far being released … 49". It
// reads back as countValue does, past years and days.
func tollParticiple(text string, toks []ntoken, c *candidate) (Role, lexRef, bool) {
	if !valueVerbBefore(text, toks, c, true) {
		return "", 0, false
	}
	for k := c.first - 1; k >= 1 && k >= c.first-countReach; k-- {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || ntIsPunct(text, t, '.') || t.kind == ntNum && !yearOrDay(text, toks, k) {
			return "", 0, false
		}
		if !wordAt(text, t, "number") || k+2 >= len(toks) || !wordAt(text, toks[k+1], "of") {
			continue
		}
		n := k + 2
		if lexHas(toks[n], clsDet) {
			n++ // "the number of the victims"
		}
		if lx := toks[n].lx; lx != nil && lx.head == Casualties && lx.w != "victims" {
			return "", 0, false // "the number of bodies handed over": the dead stay dead
		}
		for j := n + 1; j < len(toks) && j <= n+7 && j < c.first; j++ {
			u := toks[j]
			if u.kind != ntWord {
				break
			}
			if lx := u.lx; lx != nil && lx.role != "" && lx.head == "" && (predicateFate(lx.role) || lx.role == RoleReleased) && lx.cls&clsActor == 0 {
				return lx.role, lx.ref, true
			}
			if !(lexHas(u, clsAux|clsPredFill) || foldIn(ntText(text, u), "that", "who", "so", "far", "being", "since", "now", "already")) {
				break
			}
		}
		return "", 0, false
	}
	return "", 0, false
}

// valueVerbBefore reports whether the word before the bare number c makes
// it the value of a count: "to", "at", "reached", "passed" and the like
// ("the toll rose to 45", "had reached 46,913"), and with copula a form
// of "be" ("the number of inmates killed … was at least 79").
func valueVerbBefore(text string, toks []ntoken, c *candidate, copula bool) bool {
	j := c.first - 1
	if j < 1 {
		return false
	}
	switch tokenWord(text, toks[j]) {
	case "to", "at", "reached", "reach", "reaches", "hit", "hits", "stood", "stands", "totalled", "totaled", "past", "passed",
		"topped", "surpassed", "exceeded", "nears", "neared":
		return true
	case "was", "were", "is", "are":
		return copula
	}
	return false
}

// predicateWord is the word after the auxiliary or linking verb that
// follows the figure c and the fillers after it ("remain missing": missing;
// "were reportedly in": in), as tokenWord gives it, and whether such a
// verb follows at all.
func predicateWord(text string, toks []ntoken, c *candidate) (string, bool) {
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux|clsLink) {
		return "", false
	}
	for k++; k < len(toks) && k <= c.last+4 && lexHas(toks[k], clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k >= len(toks) {
		return "", true
	}
	return tokenWord(text, toks[k]), true
}

// livingAbroad reports whether the figure c is followed by a participle
// of dwelling and a place across a border: "2.2 million Venezuelans
// living in neighbouring countries", "sheltering abroad". Not "living in
// border areas", which are inside the country.
func livingAbroad(toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || !(ntIsWord(toks[k], "living") || ntIsWord(toks[k], "sheltering") || ntIsWord(toks[k], "staying")) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].kind != ntWord {
			return false
		}
		if ntIsWord(toks[j], "abroad") || ntIsWord(toks[j], "neighbouring") || ntIsWord(toks[j], "neighboring") {
			return true
		}
	}
	return false
}
