package extract

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MeasureKind is the kind of quantity a figure's number is: only figures
// of one kind (and, for money, one currency) can be set beside each other,
// as the figures panel's bars set them.
type MeasureKind uint8

// The kinds of quantity.
const (
	// MeasureThings counts what its unit names: trucks, countries, km.
	MeasureThings MeasureKind = iota
	// MeasureHeads counts people of any description: people, civilians,
	// children, troops, hostages, bodies, Syrians.
	MeasureHeads
	// MeasureHouseholds counts households or families, each of several people.
	MeasureHouseholds
	// MeasureFraction is a share written as a fraction: "half the population".
	MeasureFraction
	// MeasurePercent is a percentage.
	MeasurePercent
	// MeasureMoney is a sum in one currency (Measure.Unit).
	MeasureMoney
	// MeasureTime is a length of time, in days.
	MeasureTime
)

// Measure is what a figure's number measures, as typed values, so that a
// program compares like with like without reading the unit or the TIMEX3
// string back: "30.4 million people" is 30.4e6 heads, "more than half the
// population" a fraction of 0.5, "a one-month truce" 30.4 days.
type Measure struct {
	Kind MeasureKind
	// Unit tells figures of one kind apart where the kind alone does not:
	// the currency of money, as its sign ("$", "£", "€/barrel"), and the
	// unit of MeasureThings in lower case ("trucks"). It is "" for the
	// other kinds.
	Unit string
	// Amount is the figure's value in the kind's unit: days for
	// MeasureTime, the value itself for the others.
	Amount float64
}

// Measure returns what the figure measures.
func (f Figure) Measure() Measure {
	prepare()
	written := strings.Trim(f.Unit, "\"“”'‘’ ")
	unit := strings.ToLower(written)
	switch {
	case f.Role == RoleMoney || f.Category == Money:
		base, per, _ := strings.Cut(f.Unit, " per ")
		sign := currencySymbol(base)
		if sign == "" {
			sign = strings.ToLower(base)
		}
		if per != "" {
			sign += "/" + strings.ToLower(per)
		}
		return Measure{Kind: MeasureMoney, Unit: sign, Amount: f.Value}
	case f.Role == RoleDuration || f.Category == Duration || f.Timex != "":
		if days, ok := durationDays(f.Timex); ok {
			return Measure{Kind: MeasureTime, Amount: days}
		}
		return Measure{Kind: MeasureThings, Unit: unit, Amount: f.Value}
	case f.Unit == "%":
		return Measure{Kind: MeasurePercent, Amount: f.Value}
	case f.Value > 0 && f.Value < 1 && writtenAsFraction(f.Text):
		return Measure{Kind: MeasureFraction, Amount: f.Value}
	}
	head := unit
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	switch {
	case groupNouns[head]:
		return Measure{Kind: MeasureHouseholds, Amount: f.Value}
	case (unit == "" || unit == "others") && f.Role.countsPeople(), unit != "" && headsNoun(written):
		return Measure{Kind: MeasureHeads, Amount: f.Value}
	}
	return Measure{Kind: MeasureThings, Unit: unit, Amount: f.Value}
}

// headsNoun reports whether a unit counts people, for setting figures
// beside each other: its last word is a person noun of the lexicon
// ("people", "troops", "civilians", "aid workers", "detainees"), or a
// capitalised word, a people ("Palestinians", "Haitians", "Sudanese").
// Unlike personNoun it does not guess from the ending: "destroyers",
// "interceptors", "satellites" and "degrees" are not heads, and a bar
// dropped costs less than two unlike things drawn on one scale.
func headsNoun(unit string) bool {
	w := lastWord(unit)
	if personListed(w) {
		return true
	}
	if !strings.Contains(unit, " ") && w != "" && !strings.HasSuffix(w, "s") && personListed(w+"s") {
		return true // a singular: "one soldier", "a civilian"
	}
	return peopleName(w)
}

// personListed reports whether the plural w names people in the
// extractor's lexicon or in morePeople.
func personListed(w string) bool {
	if lx := lookupNumLex(w); lx != nil && (lx.cls&clsPerson != 0 || lx.head != "" || irregularFighters(lx)) {
		return true
	}
	w = strings.ToLower(w)
	return morePeople[w] || len(w) > 5 && strings.HasSuffix(w, "men") && !notMen[w] // "fishermen", "policemen"
}

// notMen are words in -men that are not men.
var notMen = map[string]bool{"abdomen": true, "albumen": true, "bitumen": true, "regimen": true, "specimen": true}

// morePeople are people the lexicon does not name, as news copy counts
// them: trades, offices and kin.
var morePeople = map[string]bool{"activists": true, "advisers": true, "advisors": true, "brothers": true, "commanders": true,
	"contractors": true, "customers": true, "diplomats": true, "engineers": true, "experts": true, "fathers": true,
	"firefighters": true, "foreigners": true, "generals": true, "humans": true, "inspectors": true, "judges": true,
	"labourers": true, "laborers": true, "lawyers": true, "leaders": true, "medics": true, "ministers": true, "monks": true,
	"mothers": true, "nuns": true, "observers": true, "paramedics": true, "photographers": true, "pilots": true,
	"players": true, "reporters": true, "researchers": true, "runners": true, "scientists": true, "seekers": true,
	"senators": true, "sisters": true, "spouses": true, "teachers": true, "traders": true}

// peopleName reports whether w is written as the name of a people: a capital
// then lower-case letters, with the ending of one ("Palestinians",
// "Israelis", "Sudanese", "Alawites", "Kurds"); not an acronym, a model
// or a weapon ("HIMARS", "F-16s", "Javelins", "Mbps"), nor a place
// ("Yemen").
func peopleName(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	if utf8.RuneCountInString(w) <= 3 {
		return false
	}
	for _, end := range []string{"ans", "is", "ese", "ites", "ds"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return w == "Rohingya" || w == "Burkinabè" || w == "Druze"
}

// writtenAsFraction reports whether a figure's text writes its number as
// a fraction: "half", "a third", "two-thirds", "½", "1/3", "one in
// three", "3 out of 4"; not as a decimal ("0.7 km").
func writtenAsFraction(text string) bool {
	if decimal.MatchString(text) {
		return false
	}
	if strings.ContainsAny(text, "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒⁄/") {
		return true
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if fractionWords[w] {
			return true
		}
	}
	return false
}

// decimal is a number written with a decimal point: "0.7", ".5".
var decimal = regexp.MustCompile(`(^|[^0-9])\.[0-9]|[0-9]\.[0-9]`)

// fractionWords write a share: the names of fractions, and the "in" of
// "one in three" and "out" of "3 out of 4".
var fractionWords = map[string]bool{"half": true, "halves": true, "third": true, "thirds": true, "quarter": true,
	"quarters": true, "fifth": true, "fifths": true, "sixth": true, "sixths": true, "seventh": true, "sevenths": true,
	"eighth": true, "eighths": true, "ninth": true, "ninths": true, "tenth": true, "tenths": true, "in": true, "out": true}

// groupNouns count groups of people: a household is several heads.
var groupNouns = map[string]bool{"households": true, "household": true, "families": true, "family": true}

// countsPeople reports whether a role counts people (the killed, the
// displaced, troops deployed) rather than money, time or anything else.
func (r Role) countsPeople() bool {
	return r != "" && r != RoleMoney && r != RoleDuration && r != RoleOther
}

// daysIn are the days in one of each TIMEX3 unit of a duration; a month
// and a year are their average lengths in the Gregorian calendar.
var daysIn = map[string]float64{
	"Y": 365.2425, "M": 365.2425 / 12, "W": 7, "D": 1, "WE": 2, "DE": 3652.425, "CE": 36524.25,
	"TH": 1.0 / 24, "TM": 1.0 / (24 * 60), "TS": 1.0 / (24 * 60 * 60),
}

// durationDays is the length of a TIMEX3 duration ("P1M", "P2W", "PT5H",
// "P1.5Y") in days; ok is false for one of no stated length ("PXD").
func durationDays(timex string) (float64, bool) {
	rest, ok := strings.CutPrefix(timex, "P")
	if !ok {
		return 0, false
	}
	prefix := ""
	if r, ok := strings.CutPrefix(rest, "T"); ok {
		rest, prefix = r, "T"
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i <= 0 {
		return 0, false
	}
	n, err := strconv.ParseFloat(rest[:i], 64)
	per, known := daysIn[prefix+rest[i:]]
	if err != nil || !known || math.IsInf(n, 0) {
		return 0, false
	}
	return n * per, true
}
