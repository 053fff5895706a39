package extract

import "strings"

// forceUnits are the nouns of a body of forces named by its size ("The
// 2,800 man contingent will be led by…"): a definite count before them
// gives the body's strength, which is news of its own.
var forceUnits = map[string]bool{"contingent": true, "battalion": true, "brigade": true, "force": true, "unit": true,
	"mission": true, "team": true, "regiment": true, "company": true, "convoy": true}

// saidAgain reports whether the definite figure c (of unit unit) counts
// people the story has counted before, as news copy marks them: a
// sentence that opens on "The" and the count ("The seven were driven to
// the border", "The 17 deaths were due to…", "The 28 released students
// had been reunited…"), or a bare "the three" with no noun, which only
// points back ("Hamas said the three would be returned"). A definite
// count that names a set's whole ("Of the 48 people kidnapped…", "among
// the 19 killed", "short of the 2,500") is left to the rules of parts
// and baselines, and the size of a body of forces ("The 2,800 man
// contingent") stays key.
func saidAgain(text string, toks []ntoken, c *candidate, unit string, role Role) bool {
	if !c.definite || c.first < 1 || !isLex(toks[c.first-1], lexThe) || c.q.kind != QuantityNumber {
		return false
	}
	if forceUnits[strings.ToLower(lastWord(unit))] {
		return false
	}
	if firstWordAt(toks, c.first-1) {
		// "The seven were driven…": the sentence opens on the count. A set
		// named by an earlier fate that meets a new one is news ("The 14
		// traders seized from the market had been freed").
		for k := c.last + 1; k < len(toks) && k <= c.last+3; k++ {
			if lx := toks[k].lx; lx != nil && lx.role != "" && lx.role != role {
				return false
			}
		}
		return true
	}
	if c.unitFirst >= 0 || c.nominal > 0 || c.last+1 < len(toks) && toks[c.last+1].kind == ntWord && toks[c.last+1].lx == nil {
		return false // a noun of its own: "the 21 youths abducted from the farm"
	}
	if c.last+1 < len(toks) && toks[c.last+1].lx != nil && toks[c.last+1].lx.role != "" {
		return false // "among the 19 killed": a set named by what befell it
	}
	switch tokenWord(text, toks[c.first-2]) {
	case "of", "among", "than", "from", "to", "including", "with":
		return false // "out of the 56 that were abducted", "short of the 2,500"
	}
	return true
}

// firstWordAt reports whether token k is the sentence's first word,
// after any opening quotes or brackets.
func firstWordAt(toks []ntoken, k int) bool {
	for j := range k {
		if toks[j].kind != ntPunct {
			return false
		}
	}
	return true
}

// magnitudeAt reports whether the number at token k is a quake's
// magnitude ("a 7.8 magnitude earthquake", "the 7.9-magnitude quake"),
// which a toll's words may run past: "The death toll from a 7.8
// magnitude earthquake … rose to more than 5,000".
func magnitudeAt(toks []ntoken, k int) bool {
	return k+1 < len(toks) && isLex(toks[k+1], lexMagnitude) ||
		k+2 < len(toks) && toks[k+1].kind == ntPunct && isLex(toks[k+2], lexMagnitude)
}

// partyStrength reports whether the count c gives the strength of an
// armed party, after "numbering" or "who number": "The insurgents, who
// number between 2,000 and 3,000, have killed…", "gunmen numbering about
// 20 stormed the community". A party's own fighters are no figure of the
// panel (extraction.md), whatever the clause says they did.
func partyStrength(text string, toks []ntoken, c *candidate) bool {
	j := c.first - 1
	if j < 1 || toks[j].kind != ntWord {
		return false
	}
	switch lowerWord(text, toks[j]) {
	case "numbering", "number", "numbered":
	default:
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if irregularFighters(toks[k].lx) {
			return true
		}
	}
	return false
}

// escapedCaptivity reports whether the count c of a detention story is of
// people who got away by themselves, as its own verb says right after it:
// "20 others managed to escape", "five escaped earlier". They were
// neither held nor released, so the panel does not list them. People who
// fled a war ("crossed the border to escape the fighting") are not meant.
// A jailbreak's inmates are such people too: "more than 4,000 inmates
// escaped from Munzenze prison", "More than 1,800 inmates have escaped"
// are no longer detained, and the dev sets annotate all who got away as
// other.
// Inmates (prisonNoun) who fled or broke out escaped as well: "Some 150
// prisoners broke out of the jail", "More than 600 inmates fled the
// prison"; people in general who fled are displaced.
func escapedCaptivity(text string, toks []ntoken, c *candidate, inmates bool) bool {
	for k := c.last + 1; k < len(toks) && k <= c.last+4; k++ {
		t := toks[k]
		if t.kind != ntWord {
			return false
		}
		switch lowerWord(text, t) {
		case "escaped", "escape":
			return true
		case "broke", "break":
			return k+1 < len(toks) && lowerWord(text, toks[k+1]) == "out"
		case "fled", "flee":
			return inmates
		case "had", "have", "has", "managed", "to", "later", "earlier", "all", "who":
			continue
		}
		return false
	}
	return false
}

// prisonNoun reports whether the unit names people a prison holds:
// "inmates", "prisoners".
func prisonNoun(unit string) bool {
	return foldIn(lastWord(unit), "inmates", "prisoners", "detainees", "convicts")
}

// severeAttributive reports whether the count c is of people named by how
// badly they were hurt, in the noun phrase itself: "four critically
// injured patients were transferred", "12 severely wounded soldiers". Such
// a count singles out a part of the injured, as "seven of them critically"
// does; a predicate ("20 seriously injured in the blast") is the count of
// the injured itself and stays key.
func severeAttributive(toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k+2 >= len(toks) || toks[k].lx == nil || toks[k].lx.marks&markSeverity == 0 {
		return false
	}
	if lx := toks[k+1].lx; lx == nil || lx.role != RoleInjured {
		return false
	}
	n := toks[k+2]
	return n.kind == ntWord && (n.lx == nil || n.lx.cls&(clsStop|clsAux|clsDet) == 0)
}
