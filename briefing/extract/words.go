package extract

import (
	"strings"
	"unicode"
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

// lowerIn reports whether w in lower case is in set, as set[lowerKey(w)]
// does, without allocating when w is ASCII and short.
func lowerIn(set map[string]bool, w string) bool {
	var b [24]byte
	if len(w) > len(b) {
		return set[lowerKey(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[lowerKey(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b[:len(w)])]
}

// trimSet is strings.Trim(s, cutset), returning s at once when neither
// end of it is in cutset: an ASCII byte at an end that cutset lacks stops
// the trim there, whatever runes cutset holds.
func trimSet(s, cutset string) string {
	if s != "" && s[0] < utf8.RuneSelf && s[len(s)-1] < utf8.RuneSelf &&
		strings.IndexByte(cutset, s[0]) < 0 && strings.IndexByte(cutset, s[len(s)-1]) < 0 {
		return s
	}
	return strings.Trim(s, cutset)
}

// nextField returns the bounds of the first field of s at or after i,
// fields being split at Unicode white space as strings.Fields splits
// them; start == end == len(s) when there is none.
func nextField(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return start, i
}

// asciiSpace holds the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// plural reports whether a word looks like a plural noun.
func plural(w string) bool { return pluralOf(w, lookupNumLex(w)) }

// pluralToken is plural(ntText(text, t)), with a word's entry taken from
// its token rather than looked up again.
func pluralToken(text string, t ntoken) bool {
	if t.kind != ntWord {
		return plural(ntText(text, t))
	}
	return pluralOf(ntText(text, t), t.lx)
}

// pluralOf is plural(w) for a word whose entry, as lookupNumLex(w) finds
// it, is lx.
func pluralOf(w string, lx *numLex) bool {
	if lx != nil && lx.irregular {
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
