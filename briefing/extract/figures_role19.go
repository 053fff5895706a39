package extract

import "strings"

// Roles the lexicon lacked a word for (issue 12, role19).
//
// A count of cases counts the sick of an outbreak, who are affected as the
// infected are: "658 cases and 28 deaths reported from five states", "1,700
// suspected cases", "At least 2,000 cases have been reported". The noun
// decides whatever word of harm or need its clause has: cases "treated in
// Bentiu" are the sick, not the wounded, and "40 deaths from 1,700 cases"
// are two counts. Cases of a named fate keep that fate's word ("12 cases
// of kidnapping"); cases of a disease are the sick ("2,000 cases of
// cholera"); cases of anything else are no count of the sick ("7 cases of
// torture") and keep the role their clause gives. "cases" elsewhere in a sentence names no role for
// another figure, nor in a headline ("mounting cholera cases"), where the
// deaths still lead: it is a head noun only, and this file gives its role.

// caseNouns count the sick of an outbreak.
const caseNouns = `cases`

// diseaseNouns are the outbreaks whose cases count the sick: "cases of
// cholera".
const diseaseNouns = `cholera measles dengue ebola malaria diphtheria mpox polio typhoid covid diarrhoea diarrhea
	meningitis yellow`

// r19 holds the entries this file compares tokens with.
var r19 struct {
	cases    *numLex
	diseases map[*numLex]bool
}

// roleCaseCount is the rule of a count of cases.
var roleCaseCount ruleID

// buildRole19 registers this file's rule and gives the lexicon its nouns.
func buildRole19() {
	roleCaseCount = register("role", "case-count", "The ministry reported 658 cases and 28 deaths.")
	for _, w := range strings.Fields(caseNouns) {
		e := numLexEntry(w)
		if e.head == "" && e.role == "" && e.trig == trigNone {
			e.head = Humanitarian
		}
	}
	r19.cases = numLexEntry("cases")
	r19.diseases = map[*numLex]bool{}
	for _, w := range strings.Fields(diseaseNouns) {
		r19.diseases[numLexEntry(w)] = true
	}
}

// role19 corrects the role of the figure f (candidate c) by the nouns of
// this file, after role9; it returns whether the figure counts an event.
func (fx *figurer) role19(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.unitLast < 0 || toks[c.unitLast].lx != r19.cases || f.Role == RoleAffected || c.q.kind != QuantityNumber {
		return event
	}
	if k := c.unitLast + 2; k < len(toks) && toks[k-1].lx == r7.of && !r19.diseases[toks[k].lx] {
		// "12 cases of kidnapping", "7 cases of torture": not the sick; the
		// noun itself names nothing.
		if f.why.category == catHeadNoun && f.Category == Humanitarian {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
			return false
		}
		return event
	}
	f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catHeadNoun, roleCaseCount, 0
	return true
}
