package extract

import (
	"strings"
	"unicode/utf8"
)

// A text may define a short form of a scaled unit in brackets and then use
// it: "40 million tonnes (mt) ... the target of 427 mt", "50.82 billion
// cubic metres (BCM) against 59.53 BCM". A number before the short form is
// then that many of the scaled unit: 427 mt is 427 million tonnes.

// definedUnit is a short form the text defines: the unit it stands for,
// in its normal name, and the scale that unit carries.
type definedUnit struct {
	name  string
	scale float64
}

// definedUnits are the short forms a text defines, read once when the
// first number followed by a word the lexicon does not know turns up.
type definedUnits struct {
	read bool
	defs map[string]definedUnit // by the short form, lower case
}

// definedUnitAfter reads the short form after the number of q, if the
// text defines it: q takes the unit and its value the unit's scale.
func (fx *figurer) definedUnitAfter(toks []ntoken, q *quantParse) {
	k := q.last + 1
	if q.kind != QuantityNumber || q.num.scaled || k >= len(toks) || toks[k].kind != ntWord || toks[k].lx != nil {
		return
	}
	w := ntText(fx.text, toks[k])
	if len(w) < 2 || len(w) > maxShortForm {
		return
	}
	d := &fx.units
	if !d.read {
		d.read = true
		d.defs = shortForms(fx.text)
	}
	u, ok := d.defs[strings.ToLower(w)]
	if !ok {
		if u, ok = standardShortForm(w); !ok {
			return
		}
	}
	q.num.value *= u.scale
	q.kind, q.last, q.unitFirst, q.unitLast = QuantityDimension, k, k, k
}

// standardShortForms are the short forms of scaled units that trade and
// energy copy uses without defining them: "433 LMT" is 433 lakh metric
// tonnes, "18 bcm" 18 billion cubic metres. "mt" is not one of them: it is
// metric tonnes as often as million tonnes, and only the text can say.
var standardShortForms = map[string]definedUnit{
	"lmt": {"tonne", 1e5}, "mmt": {"tonne", 1e6}, "bcm": {"m³", 1e9}, "tcm": {"m³", 1e12},
	"bcf": {"cubic foot", 1e9}, "tcf": {"cubic foot", 1e12}, "mtpa": {"tonne per year", 1e6},
	"mbpd": {"barrel per day", 1e6}, "kbpd": {"barrel per day", 1e3},
}

// standardShortForm is the unit of w when it is one of the standard short
// forms, in any case. Most units are looked up here and none is a short
// form: the test allocates nothing, and only a short form is lower-cased.
func standardShortForm(w string) (definedUnit, bool) {
	if len(w) < 3 || len(w) > 4 || w[0] < utf8.RuneSelf && !shortFormInitial[w[0]] || !lowerIn(isStandardShortForm, w) {
		return definedUnit{}, false
	}
	u, ok := standardShortForms[strings.ToLower(w)]
	return u, ok
}

// isStandardShortForm holds the keys of standardShortForms, for lowerIn.
var isStandardShortForm = func() map[string]bool {
	m := make(map[string]bool, len(standardShortForms))
	for k := range standardShortForms {
		m[k] = true
	}
	return m
}()

// shortFormInitial holds the first letters of standardShortForms' keys,
// in both cases, so that most words are turned away before a lookup.
var shortFormInitial = func() (a [utf8.RuneSelf]bool) {
	for k := range standardShortForms {
		a[k[0]], a[k[0]-('a'-'A')] = true, true
	}
	return a
}()

// definedName is the normal name of a unit written as a short form the
// text defines ("mt" → "tonne") or trade copy uses undefined ("LMT" →
// "tonne"), or "".
func (fx *figurer) definedName(written string) string {
	if len(written) < 2 || len(written) > maxShortForm {
		return ""
	}
	if fx.units.defs != nil { // most texts define none: no lower-casing
		if u, ok := fx.units.defs[strings.ToLower(written)]; ok {
			return u.name
		}
	}
	if u, ok := standardShortForm(written); ok {
		return u.name
	}
	return ""
}

// maxShortForm is the longest short form read: "mt", "BCM", "mb/d" aside.
const maxShortForm = 5

// shortFormWords is the most words of a unit between its scale and the
// bracket: "billion cubic metres as (BCM)".
const shortFormWords = 3

// shortForms finds the short forms text defines: a scale word, a unit of
// measure of at most shortFormWords words (a stray word before the
// bracket is passed over) and the short form in brackets, letters only.
func shortForms(text string) map[string]definedUnit {
	var defs map[string]definedUnit
	for at := 0; ; {
		i := strings.IndexByte(text[at:], '(')
		if i < 0 {
			return defs
		}
		i += at
		at = i + 1
		j := strings.IndexByte(text[at:], ')')
		if j < 2 || j > maxShortForm {
			continue
		}
		short := text[at : at+j]
		if !lettersOnly(short) {
			continue
		}
		words := strings.Fields(text[max(0, i-60):i])
		if len(words) > shortFormWords+1 {
			words = words[len(words)-shortFormWords-1:]
		}
		for s := 0; s < len(words)-1; s++ {
			scale := scaleOfWord(words[s])
			if scale == 0 {
				continue
			}
			if name := measureOf(words[s+1:]); name != "" {
				if defs == nil {
					defs = map[string]definedUnit{}
				}
				defs[strings.ToLower(short)] = definedUnit{name: name, scale: scale}
			}
			break
		}
	}
}

// measureOf is the normal name of the longest run of words from the start
// of words that names a unit of measure, or "".
func measureOf(words []string) string {
	for n := len(words); n > 0; n-- {
		w := strings.Join(words[:n], " ")
		if name := normalUnit(w, QuantityDimension); name != w && measureName(name) {
			return name
		}
	}
	return ""
}

// measureName reports whether name is the normal name of a unit of
// measure (not a counted noun left as written).
func measureName(name string) bool {
	for _, v := range measureNames {
		if v == name {
			return true
		}
	}
	return false
}

// lettersOnly reports whether s is all ASCII letters.
func lettersOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// scaleOfWord is the multiplier of a scale word a defined unit may carry
// ("million", "lakh", "crores"), as the number lexicon gives it, or 0.
func scaleOfWord(w string) float64 {
	if lx := lookupNumLex(w); lx != nil && lx.num == nkScale {
		return lx.val
	}
	return 0
}
