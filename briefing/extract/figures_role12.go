package extract

// The speaker of a clause is no count of its event (issue 12: "two
// officials (who spoke) → casualties"). partyNouns name those who speak
// by their noun ("two officials said"); people of any noun who are the
// subject of a verb of saying speak too: "Three doctors told reporters
// that 20 people had died" counts 20 dead and three doctors who spoke,
// "Two residents said 15 villagers were abducted" two residents who are
// not held. Their role is the party's (roleParty), unless their own
// predicate says what befell them, which the verb of saying, right after
// them, rules out.

// speakerAfter reports whether the counted people of the figure c are the
// subject of a verb of saying right after it ("Three doctors told", "two
// residents also said"). Not "said to be" ("12 people said to be
// civilians"); the verbs of saying that take a fate as complement ("12
// people reported missing", "three confirmed dead") are not read. It
// asks the lexicon entry of the word after the figure first, so that
// most figures pass with one comparison.
func speakerAfter(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || toks[k].lx == nil {
		return false
	}
	if w := toks[k].lx.w; w == "also" || w == "later" {
		if k++; k >= len(toks) || toks[k].lx == nil {
			return false
		}
	}
	if !lexHas(toks[k], clsSubjLead) {
		return false
	}
	switch toks[k].lx.w {
	case "said", "says", "say", "told", "added":
		return k+1 >= len(toks) || !wordAt(text, toks[k+1], "to")
	}
	return false
}

// roleAgent is the rule of agentAfterBy.
var roleAgent ruleID

// agentAfterBy reports whether the figure c is the agent of a passive or
// of a noun of harm: right after "by" ("killed by two gunmen", "raids
// by some 300 members"). Not a change ("rose by 300 people") nor a
// sequence ("followed by 12 more"), nor those who bore a harm
// ("injuries sustained by six others").
func agentAfterBy(text string, toks []ntoken, c *candidate) bool {
	if c.first < 2 || !wordAt(text, toks[c.first-1], "by") {
		return false
	}
	p := toks[c.first-2]
	if p.lx != nil && (p.lx.change != "" || p.lx.num != nkNone) {
		return false
	}
	w := ntText(text, p)
	// Not "injuries sustained by six others": they bore the harm.
	return !foldIn(w, "followed", "up", "down", "accompanied", "joined", "sustained", "suffered", "endured", "experienced", "borne", "felt")
}

// personBeyondUnit reports whether the one-word unit of the figure c is
// only a modifier of a noun of people after it, joined by a name or a
// hyphen: "three al Shabaab members", "166 radical left-wingers". The
// unit must be no plural noun of its own ("40 trucks carrying soldiers"
// count trucks), and the words between must be capitalised or hyphened.
func personBeyondUnit(text string, toks []ntoken, c *candidate) bool {
	if c.unitFirst < 0 || c.unitFirst != c.unitLast {
		return false
	}
	u := toks[c.unitLast]
	if u.kind != ntWord || u.upper || hasSuffixFold(ntText(text, u), "s") || u.lx != nil && (u.lx.head != "" || u.lx.cls&clsPerson != 0) {
		return false
	}
	for k := c.unitLast + 1; k < len(toks) && k <= c.unitLast+4; k++ {
		t := toks[k]
		switch {
		case ntIsPunct(text, t, '-'):
			continue
		case t.kind != ntWord:
			return false
		case strictPersonWord(ntText(text, t), t.lx) && hasSuffixFold(ntText(text, t), "s"):
			return true
		case t.upper || k+1 < len(toks) && ntIsPunct(text, toks[k+1], '-'):
			continue
		}
		return false
	}
	return false
}

// includingReach bounds the aside: with the 8 tokens predicateRole then
// reads, it stays within roleReach of the figure.
const includingReach = 24

// includingEnd returns the comma that closes an aside of parts opened by
// ", including" at token j, when a verb follows it ("30 civilians,
// including 16 members of one family who were returning from a wedding,
// were killed"): the aside's own clauses are not the subject's
// predicate. It returns -1 when the aside does not close before end.
func includingEnd(text string, toks []ntoken, j, end int) int {
	if !ntIsPunct(text, toks[j], ',') || j+1 >= end || !wordAt(text, toks[j+1], "including") {
		return -1
	}
	for k := j + 2; k < end; k++ {
		if toks[k].kind != ntPunct {
			continue
		}
		if !ntIsPunct(text, toks[k], ',') {
			if ntIsPunct(text, toks[k], '.') && !toks[k].space || ntIsPunct(text, toks[k], '-') || isApostrophe(text, toks[k]) {
				continue // "U.S.", "al-Shabaab", "Gaza's"
			}
			return -1
		}
		if k+1 < end && (lexHas(toks[k+1], clsAux|clsLink) || toks[k+1].lx != nil && toks[k+1].lx.role != "" && toks[k+1].lx.head == "") {
			return k
		}
		return -1
	}
	return -1
}
