package extract

// Qualifier says how a figure's number bounds what it counts (extraction.md
// section 1): "at least 115 people" is AtLeast, "some 300" About.
type Qualifier string

// The qualifiers of extraction.md section 1.
const (
	Exact    Qualifier = "exact"
	About    Qualifier = "about"
	Nearly   Qualifier = "nearly"
	AtLeast  Qualifier = "at least"
	MoreThan Qualifier = "more than"
	LessThan Qualifier = "less than"
	UpTo     Qualifier = "up to"
	Range    Qualifier = "range"
)

// Sign is the qualifier as the sign an analyst writes before a number:
// "~" for About and Nearly, "≥", ">", "<", "≤", and "" for Exact and Range.
func (q Qualifier) Sign() string {
	switch q {
	case About, Nearly:
		return "~"
	case AtLeast:
		return "≥"
	case MoreThan:
		return ">"
	case LessThan:
		return "<"
	case UpTo:
		return "≤"
	}
	return ""
}

// Change is a figure's qualifier in the compact notation of
// quantity-extraction benchmarks, or the direction of a change the figure
// reports ("rose by 5%").
type Change string

// The changes of extraction.md section 1.
const (
	ChangeEqual  Change = "="
	ChangeApprox Change = "~"
	ChangeMore   Change = ">"
	ChangeLess   Change = "<"
	ChangeUp     Change = "up"
	ChangeDown   Change = "down"
)

// TimexType is the TIMEX3 type of a temporal expression.
type TimexType string

// The TIMEX3 types.
const (
	TypeDate     TimexType = "DATE"
	TypeTime     TimexType = "TIME"
	TypeDuration TimexType = "DURATION"
	TypeSet      TimexType = "SET"
)

// Mod is the TIMEX3 modifier of a temporal expression: "early December" is
// December with ModStart, "more than 15 months" 15 months with ModMoreThan.
type Mod string

// The TIMEX3 modifiers (TimeML 1.2) the tagger writes; ModNone is none.
const (
	ModNone        Mod = ""
	ModStart       Mod = "START"
	ModMid         Mod = "MID"
	ModEnd         Mod = "END"
	ModApprox      Mod = "APPROX"
	ModBefore      Mod = "BEFORE"
	ModAfter       Mod = "AFTER"
	ModOnOrBefore  Mod = "ON_OR_BEFORE"
	ModOnOrAfter   Mod = "ON_OR_AFTER"
	ModEqualOrLess Mod = "EQUAL_OR_LESS"
	ModEqualOrMore Mod = "EQUAL_OR_MORE"
	ModMoreThan    Mod = "MORE_THAN"
	ModLessThan    Mod = "LESS_THAN"
)

// words is how a date's label reads with the modifier: "early", "mid",
// "late", "c.", "before", "after", or "" when the label shows none.
func (m Mod) words() string {
	switch m {
	case ModStart:
		return "early"
	case ModMid:
		return "mid"
	case ModEnd:
		return "late"
	case ModApprox:
		return "c."
	case ModBefore:
		return "before"
	case ModAfter:
		return "after"
	}
	return ""
}
