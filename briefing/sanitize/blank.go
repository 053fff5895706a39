package sanitize

import (
	"strings"
	"unicode/utf8"
)

// Blank is Text for a reader that needs offsets into the input as given,
// such as the figure extractor: every byte Text would remove becomes a
// space, so the result has the length of s and each kept character stays
// at its offset. Escape sequences and their parameters, controls, bidi and
// invisible characters, removed character references, joiners outside a
// joining script, runs of variation selectors and combining marks beyond
// the eighth all turn into spaces; invalid UTF-8 bytes too, and a line or
// paragraph separator into a newline and spaces. As spaces separate what
// they replace, removing never assembles anything new, and the result is
// a fixed point: Blank(Blank(s)) == Blank(s).
func Blank(s string) string {
	if isClean(s) {
		return s
	}
	out := []byte(s)
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			out[k] = ' '
		}
	}
	marks := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			end := i + 1
			switch {
			case c == 0x1b:
				end = skipEscape(s, i+1)
			case c == '&' && removableRefAt(s, i):
				var v rune
				end, v = refExtent(s, i)
				end = skipIntroduced(s, v, end)
			case !lookASCII[c] || c == '&':
				marks = 0
				i++
				continue
			}
			blank(i, end)
			marks = 0
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		end := i + size
		prev, _ := utf8.DecodeLastRune(out[:i])
		keep := true
		switch {
		case r == utf8.RuneError && size == 1:
			keep = false
		case r == zwnj || r == zwj:
			keep = joinerKept(prev, s[end:])
		case isVariationSelector(r):
			keep = variationKept(prev)
		case r == '\u2028' || r == '\u2029':
			blank(i, end)
			out[i] = '\n'
			marks = 0
			i = end
			continue
		case removed(r):
			keep = false
			end = skipC1(s, r, end)
		case isMark(r):
			keep = marks < maxCombiningMarks
		}
		if !keep {
			blank(i, end)
			if !isMark(r) {
				marks = 0
			}
			i = end
			continue
		}
		if isMark(r) {
			marks++
		} else {
			marks = 0
		}
		i = end
	}
	return string(out)
}

// refExtent returns the end of the character reference at s[i:] (which
// removableRefAt accepted) and, for a numeric one, its value.
func refExtent(s string, i int) (end int, v rune) {
	j := i + 1
	for len(s) >= j+4 && strings.EqualFold(s[j:j+4], "amp;") {
		j += 4
	}
	if j < len(s) && s[j] == '#' {
		v, _ = parseRef(s[i:])
		j++
		base := rune(10)
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			base = 16
			j++
		}
		for j < len(s) {
			if _, ok := digitValue(s[j], base); !ok {
				break
			}
			j++
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		return j, v
	}
	return j + len(namedRefAt(s[i:])) + 1, 0
}
