package extract

import (
	"strings"
	"unicode/utf8"
)

// Word helpers: the bottom layer, used by the number, figure and timex
// files alike, so that none of them calls into another.

// lowerKey returns w in lower case, allocating only when w has an upper-case
// letter.
func lowerKey(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// plural reports whether a word looks like a plural noun.
func plural(w string) bool {
	if lx := lookupNumLex(w); lx != nil && lx.irregular {
		return true
	}
	if len(w) >= 3 && w[len(w)-1] == 's' && allCaps(w[:len(w)-1]) {
		return true // "MPs", "IDPs", "NGOs"
	}
	if len(w) > 5 && hasSuffixFold(w, "is") && nationality[strings.ToLower(w[:len(w)-1])] {
		return true // "Israelis", "Somalis", "Iraqis": a people, not "crisis"
	}
	return len(w) > 3 && hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") && !hasSuffixFold(w, "is")
}

// allCaps reports whether w is two or more capital letters: an acronym.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether w ends with the lower-case ASCII suffix
// suf, ignoring case.
func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	tail := w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		c := tail[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// isDash reports whether s is a hyphen or minus sign.
func isDash(s string) bool { return s == "-" || s == "−" }

// wordMap turns lists of words, each list under its value, into a map from
// word to value.
func wordMap[V comparable](lists map[V]string) map[string]V {
	m := map[string]V{}
	for v, words := range lists {
		for _, w := range strings.Fields(words) {
			m[w] = v
		}
	}
	return m
}
