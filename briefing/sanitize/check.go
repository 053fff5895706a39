package sanitize

import "unicode/utf8"

// Problem reports the first thing in s that Text would have removed (a
// control character, a bidi control, a zero-width character, invalid
// UTF-8), or "" when s is clean. Tests of every package that shows
// untrusted text assert with it.
func Problem(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	var prev rune
	for i, r := range s {
		switch {
		case r == zwnj || r == zwj:
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !joinerKept(prev, s[i+utf8.RuneLen(r):]) {
				return "joiner outside a joining script before " + string(next)
			}
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f:
			return "control character"
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x61c:
			return "bidi control"
		case r == 0x200b, r == 0x2060, r == 0xfeff:
			return "zero-width character"
		}
		prev = r
	}
	return ""
}
