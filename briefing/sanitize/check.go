package sanitize

import "unicode/utf8"

// Problem reports the first thing in s that Text would have removed (a
// control character, a bidi control, a zero-width or other invisible
// character, a run of variation selectors, invalid UTF-8), or "" when s is
// clean. Tests of every package that shows untrusted text assert with it.
func Problem(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	prev := utf8.RuneError
	for i, r := range s {
		rest := s[i+utf8.RuneLen(r):]
		switch {
		case r == zwnj || r == zwj:
			if !joinerKept(prev, rest) {
				next, _ := utf8.DecodeRuneInString(rest)
				return "joiner outside a joining script before " + string(next)
			}
		case isVariationSelector(r):
			if !variationKept(prev) {
				return "variation selector not after a character"
			}
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f:
			return "control character"
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x61c:
			return "bidi control"
		case removed(r):
			return "zero-width or invisible format character"
		}
		prev = r
	}
	return ""
}
