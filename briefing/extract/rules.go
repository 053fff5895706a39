package extract

import "slices"

// Rule is a named rule of the extractor: the dimension it works in (a kind
// of temporal expression, a modifier, a figure's number, qualifier, unit,
// category or key decision, an exclusion), its name and an example it
// fires on. Every Figure and Timex can say which rules made it.
type Rule struct {
	Dimension string
	Name      string
	Example   string
}

// String is the rule as "dimension/name".
func (r Rule) String() string { return r.Dimension + "/" + r.Name }

// Rules lists every rule of the extractor, dimension by dimension, so that
// they can be counted and traced to what they make.
func Rules() []Rule {
	prepare()
	return slices.Clone(ruleBook[1:])
}

// ruleID is a rule's index in ruleBook; 0 is no rule.
type ruleID uint16

// The rules written inline in the matchers rather than in a table.
const (
	ruleNone ruleID = iota
	rulePartOfDay
	ruleClockAfterDay
	rulePartOfThisUnit
	ruleEarlyHoursOf
	ruleLateHoursOf
	ruleDecadeApostrophe
	inlineRuleCount
)

// inlineRules describes the inline rules.
var inlineRules = [inlineRuleCount]Rule{
	rulePartOfDay:        {"time-of-day", "part-of-day", "on Sunday night"},
	ruleClockAfterDay:    {"time-of-day", "clock-after-day", "on Friday 3 p.m."},
	rulePartOfThisUnit:   {"timex", "part-of-this-unit", "by the end of the year"},
	ruleEarlyHoursOf:     {"timex-mod", "the-early-hours-of", "in the early hours of Saturday"},
	ruleLateHoursOf:      {"timex-mod", "the-late-hours-of", "in the late hours of Saturday"},
	ruleDecadeApostrophe: {"timex", "decade-apostrophe", "in the '90s"},
}

// timeRuleKind is the rule that extended a day to a time, kept in one
// byte in the matcher's candidates.
type timeRuleKind uint8

const (
	timeNone timeRuleKind = iota
	timePartOfDay
	timeClockAfterDay
)

// id is the rule of the kind.
func (k timeRuleKind) id() ruleID {
	switch k {
	case timePartOfDay:
		return rulePartOfDay
	case timeClockAfterDay:
		return ruleClockAfterDay
	}
	return ruleNone
}

// ruleBook holds every rule by ID. It is filled once, by init, and only
// read after.
var ruleBook []Rule

// register adds a rule to the book and returns its ID.
func register(dimension, name, example string) ruleID {
	ruleBook = append(ruleBook, Rule{Dimension: dimension, Name: name, Example: example})
	return ruleID(len(ruleBook) - 1)
}

// rule returns the rule of an ID.
func (id ruleID) rule() Rule { return ruleBook[id] }

// Rules names the rules behind the expression: the rule that made it,
// then those of its modifier and of the time of day added to a day.
func (x Timex) Rules() []Rule {
	prepare()
	var out []Rule
	for _, id := range x.rules {
		if id != ruleNone {
			out = append(out, id.rule())
		}
	}
	return out
}
