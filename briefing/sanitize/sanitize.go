// Package sanitize makes untrusted text safe to show in a terminal:
// Text and Line remove terminal controls, escape sequences, bidi and
// zero-width characters; Markdown also rewrites the Markdown blocks and
// links glamour would render dangerously or too slowly. Every string from
// outside (briefings, imports, feeds, SSH clients) goes through it before
// it reaches a terminal.
//
// The package is split by job: sanitize.go removes terminal controls and
// invisible characters (Text, Line, Lines), blank.go does the same in
// place (Blank), markdown.go holds Markdown and its block pass, links.go
// the link pass, heavy.go the render cost estimate (TooHeavy) and
// check.go the test helper Problem.
//
// It imports nothing of the project.
package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What the sanitizer removes, and why.
//
// Briefings and imports are untrusted: a pasted article or a file dropped
// into the library must not be able to move the cursor, set the window
// title, write the clipboard, open a hyperlink, reorder what the analyst
// reads or hide text from them. Sanitize therefore removes:
//
//   - C0 controls except newline and tab; CRLF becomes LF and a lone CR is
//     removed (a lone CR would let a line overwrite itself);
//   - ESC with the whole escape sequence it starts (CSI, OSC, DCS, SOS, PM,
//     APC and the two-character sequences), so no "[31m" residue is left;
//     an unterminated control string ends at the end of its line;
//   - DEL and the C1 controls U+0080–U+009F, with the sequences the 8-bit
//     introducers (CSI U+009B, OSC U+009D, DCS U+0090 ...) start;
//   - bidi embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069) and also the invisible direction marks LRM, RLM and
//     ALM (U+200E, U+200F, U+061C): terminals that implement bidi (VTE,
//     Konsole, mlterm) let them reorder text, the others show nothing, and
//     Arabic and Hebrew letters display the same without them;
//   - every other invisible character: the whole Unicode format class
//     (Cf) and every default-ignorable code point, taken from the Unicode
//     tables rather than listed: zero-width space U+200B, word joiner and
//     invisible operators U+2060–U+2064, the Mongolian vowel separator
//     U+180E, the soft hyphen U+00AD, U+FEFF, the Hangul fillers, the
//     interlinear annotation controls U+FFF9–U+FFFB, the tag characters
//     U+E0000–U+E007F (an invisible copy of ASCII used to smuggle
//     instructions; emoji subdivision flags degrade to a plain black flag)
//     and so on;
//   - variation selectors beyond the first after a character (one picks
//     an emoji or CJK glyph variant; a run of them is a hidden payload);
//   - ZWNJ and ZWJ (U+200C, U+200D), except between two characters of a
//     script that needs them for correct spelling (Arabic, Persian, Syriac,
//     Mongolian and the Indic scripts): there they pass unchanged. Between
//     emoji ZWJ is removed, so a family emoji shows as its members: tmux and
//     many terminals disagree with width tables about joined emoji, which
//     breaks pane layout;
//   - combining marks beyond the eighth on one character ("Zalgo" text);
//   - HTML character references that decode to any of the above, in any
//     spelling: &#27; &#x1b; &#X1B; &#0027 (no semicolon), double or
//     repeatedly encoded &amp;#27; &amp;amp;#27;, and the named ones
//     (&zwj; &lrm; &ZeroWidthSpace; ...), which Markdown renderers decode.
//     A reference to ESC or an 8-bit CSI is removed with the plain
//     parameters that follow it ("&#27;[31m" goes whole), and with nothing
//     else: hostile text may be removed, never the text after it. Other
//     references (&amp; &#233; &#10;
//     &eacute;) are left alone.
//
// LINE SEPARATOR and PARAGRAPH SEPARATOR (U+2028, U+2029) become newlines.
// Invalid UTF-8 becomes U+FFFD. Private-use characters are kept: they
// cannot control a terminal.
//
// The output of Sanitize is a fixed point: Text(Text(s)) ==
// Text(s). Removing something never assembles a new threat out of
// what surrounds it ("&&#27;#27;" is removed whole).

// maxCombiningMarks is how many combining marks one character may carry.
const maxCombiningMarks = 8

// Sanitize removes terminal control from untrusted multi-line plain text,
// keeping newlines and tabs. It runs in linear time and returns s itself,
// without allocating, when there is nothing to remove.
func Text(s string) string {
	if isClean(s) {
		return s
	}
	z := sanitizer{s: s, out: make([]byte, 0, len(s))}
	z.run()
	return string(z.out)
}

// SanitizeLine is Sanitize for one-line fields such as a title: line
// breaks and tabs become spaces, runs of spaces collapse to one and the
// ends are trimmed.
func Line(s string) string {
	s = Text(s)
	if isTidyLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isTidyLine reports whether s has no line break, tab, other Unicode
// space, doubled space or space at either end.
func isTidyLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// lookASCII marks the ASCII bytes the clean check must look at: controls,
// DEL and '&' (which may start a character reference).
var lookASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range 0x20 {
		t[c] = c != '\n' && c != '\t'
	}
	t[0x7f] = true
	t['&'] = true
	return t
}()

// isClean reports whether Sanitize has nothing to do on s.
func isClean(s string) bool {
	marks := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if lookASCII[c] && (c != '&' || removableRefAt(s, i)) {
				return false
			}
			marks = 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r == zwnj || r == zwj:
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if !joinerKept(prev, s[i+size:]) {
				return false
			}
		case isVariationSelector(r):
			if prev, _ := utf8.DecodeLastRuneInString(s[:i]); !variationKept(prev) {
				return false
			}
		case removed(r) || r == '\u2028' || r == '\u2029':
			return false
		}
		if isMark(r) {
			if marks++; marks > maxCombiningMarks {
				return false
			}
		} else {
			marks = 0
		}
		i += size
	}
	return true
}

const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// removed reports whether r is never shown: the C0 and C1 controls, DEL,
// and every character of the Unicode format class (Cf) or with the
// default-ignorable property, whole classes from the Unicode tables rather
// than a list. ZWNJ and ZWJ are handled by joinerKept, and variation
// selectors by variationKept, before this applies.
func removed(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\n' && r != '\t'
	case r < 0x7f:
		return false
	case r <= 0x9f:
		return true
	case r <= 0xffff:
		return invisibleBMP.has(r)
	}
	return unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point)
}

// invisibleBMP is the format class and the other default-ignorable
// characters of the Basic Multilingual Plane.
var invisibleBMP = newBMPSet(unicode.Cf, unicode.Other_Default_Ignorable_Code_Point)

// isVariationSelector reports whether r selects a glyph variant of the
// character before it (emoji or text presentation, CJK and Mongolian
// variants). They are default-ignorable, yet real text needs one after a
// character; a run of them only serves to smuggle data invisibly.
func isVariationSelector(r rune) bool {
	return 0xfe00 <= r && r <= 0xfe0f || 0x180b <= r && r <= 0x180d || r == 0x180f || 0xe0100 <= r && r <= 0xe01ef
}

// variationKept reports whether a variation selector after prev is kept:
// one after a visible character; none at the start, after white space or
// after another selector, where it selects nothing.
func variationKept(prev rune) bool {
	return prev != utf8.RuneError && !isVariationSelector(prev) && !unicode.IsSpace(prev)
}

// removedRef reports whether a character reference to r is removed.
func removedRef(r rune) bool {
	return removed(r) || isVariationSelector(r) || r == '\r' || r == '\u2028' || r == '\u2029'
}

// isMark reports whether r is a combining mark.
func isMark(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r <= 0xffff:
		return bmpMarks.has(r)
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// bmpSet is a bit set over the Basic Multilingual Plane, so that checking
// CJK or Arabic text costs a lookup per character, not a table search.
type bmpSet [1 << 10]uint64

func newBMPSet(tables ...*unicode.RangeTable) *bmpSet {
	var set bmpSet
	for _, t := range tables {
		for _, rg := range t.R16 {
			for r := uint32(rg.Lo); r <= uint32(rg.Hi); r += uint32(rg.Stride) {
				set[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return &set
}

// has reports whether r, which must be at most U+FFFF, is in the set.
func (s *bmpSet) has(r rune) bool { return s[r>>6]&(1<<(r&63)) != 0 }

// bmpMarks are the combining marks of the Basic Multilingual Plane.
var bmpMarks = newBMPSet(unicode.Mn, unicode.Me, unicode.Mc)

// joiningScripts are the scripts whose spelling uses ZWNJ and ZWJ:
// Arabic, Syriac, N'Ko, Mongolian and the Indic scripts (all in the BMP).
var joiningScripts = newBMPSet(
	unicode.Arabic, unicode.Syriac, unicode.Nko, unicode.Mongolian,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati,
	unicode.Oriya, unicode.Tamil, unicode.Telugu, unicode.Kannada,
	unicode.Malayalam, unicode.Sinhala,
)

// inJoiningScript reports whether r belongs to a joining script.
func inJoiningScript(r rune) bool {
	return r >= 0x600 && r <= 0xffff && joiningScripts.has(r)
}

// joinerKept reports whether a ZWNJ or ZWJ after prev and before rest is
// part of a word in a joining script: prev a letter or mark of one, and the
// next character a letter of one.
func joinerKept(prev rune, rest string) bool {
	if !inJoiningScript(prev) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return inJoiningScript(next) && unicode.IsLetter(next)
}

// removableRefAt reports whether s[i:] starts with a character reference,
// possibly encoded again as &amp;, that decodes to a removed character.
func removableRefAt(s string, i int) bool {
	v, ok := parseRef(s[i:])
	return ok && removedRef(v) || removedNames[namedRefAt(s[i:])]
}

// namedRefAt returns the name of a named reference "&" ("amp;")* name ";" at
// the start of s, or "".
func namedRefAt(s string) string {
	j := 1
	for len(s) >= j+4 && strings.EqualFold(s[j:j+4], "amp;") {
		j += 4
	}
	k := j
	for k < len(s) && k-j < maxRefName && isAlnum(rune(s[k])) {
		k++
	}
	if k == j || k >= len(s) || s[k] != ';' {
		return ""
	}
	return s[j:k]
}

// parseRef parses "&" ("amp;")* "#" (digits | [xX] hex digits) [";"] at
// the start of s.
func parseRef(s string) (rune, bool) {
	v, _, ok := parseRefLen(s)
	return v, ok
}

// parseRefLen is parseRef that also returns the length of the reference,
// its semicolon included.
func parseRefLen(s string) (rune, int, bool) {
	j := 1
	for len(s) >= j+4 && strings.EqualFold(s[j:j+4], "amp;") {
		j += 4
	}
	if j >= len(s) || s[j] != '#' {
		return 0, 0, false
	}
	j++
	base := rune(10)
	if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
		base = 16
		j++
	}
	var v rune
	n := 0
	for ; j < len(s); j++ {
		d, ok := digitValue(s[j], base)
		if !ok {
			break
		}
		v = addDigit(v, d, base)
		n++
	}
	if n > 0 && j < len(s) && s[j] == ';' {
		j++
	}
	return v, j, n > 0
}

// digitValue is the value of c as a digit in base (10 or 16).
func digitValue(c byte, base rune) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case base == 16 && 'a' <= c && c <= 'f':
		return rune(c-'a') + 10, true
	case base == 16 && 'A' <= c && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// addDigit appends a digit to v, saturating above the last code point so
// that long runs of digits cannot overflow into a small value.
func addDigit(v, d, base rune) rune {
	if v > unicode.MaxRune {
		return v
	}
	return v*base + d
}

// refState is where the output stands in a character reference.
type refState uint8

const (
	refNone refState = iota
	refAmp           // after "&" or "&amp;"
	refName          // in the name of a named reference ("&zwj")
	refHash          // after "&#"
	refX             // after "&#x"
	refDec           // in decimal digits
	refHex           // in hexadecimal digits
)

// ref is a character reference being read in the output.
type ref struct {
	state refState
	start int  // offset in the output of its "&"
	name  int  // offset in the output of its name
	val   rune // value of its digits so far
}

// saved is what the output looked like before an "&", restored when the
// reference that "&" starts is removed.
type saved struct {
	ref   ref
	marks int
}

// sanitizer copies s to out, leaving out what must go. Character
// references are recognised on the output, so a reference assembled by
// removing what separated its parts is removed too.
type sanitizer struct {
	s     string
	i     int
	out   []byte
	ref   ref
	marks int     // combining marks at the end of out
	amps  []saved // one per "&" of the reference chain being read
}

func (z *sanitizer) run() {
	s := z.s
	for z.i < len(s) {
		if z.ref.state == refNone {
			// Fast path: ordinary ASCII outside a reference.
			j := z.i
			for j < len(s) && s[j] < utf8.RuneSelf && !lookASCII[s[j]] {
				j++
			}
			if j > z.i {
				z.out = append(z.out, s[z.i:j]...)
				z.marks = 0
				z.i = j
				continue
			}
		}
		at := z.i
		c := s[at]
		if c < utf8.RuneSelf {
			z.i++
			switch {
			case c == 0x1b:
				z.i = skipEscape(s, z.i)
			case lookASCII[c] && c != '&':
			default:
				z.i = z.put(rune(c), at, z.i)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[at:])
		z.i += size
		switch {
		case r == utf8.RuneError && size == 1:
			for z.i < len(s) && isInvalidAt(s, z.i) {
				z.i++
			}
			z.i = z.put(utf8.RuneError, at, z.i)
		case r == zwnj || r == zwj:
			prev, _ := utf8.DecodeLastRune(z.out)
			if joinerKept(prev, s[z.i:]) {
				z.i = z.put(r, at, z.i)
			}
		case r == '\u2028' || r == '\u2029':
			z.i = z.put('\n', at, z.i)
		case isVariationSelector(r):
			if prev, _ := utf8.DecodeLastRune(z.out); variationKept(prev) {
				z.i = z.put(r, at, z.i)
			}
		case removed(r):
			z.i = skipC1(s, r, z.i)
		case isMark(r) && z.marks >= maxCombiningMarks:
		default:
			z.i = z.put(r, at, z.i)
		}
	}
	if z.ref.state == refDec || z.ref.state == refHex {
		z.endRef(false)
	}
}

// isInvalidAt reports whether s[i:] starts with an invalid UTF-8 byte.
func isInvalidAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError && size == 1
}

// put appends r, read from s[at:next], to the output and returns where
// reading continues: past next when r completes a removed reference to an
// escape-sequence introducer, whose sequence is then skipped too.
func (z *sanitizer) put(r rune, at, next int) int {
	if z.ref.state == refDec || z.ref.state == refHex {
		base := rune(10)
		if z.ref.state == refHex {
			base = 16
		}
		if r < utf8.RuneSelf {
			if d, ok := digitValue(byte(r), base); ok {
				z.ref.val = addDigit(z.ref.val, d, base)
				z.out = append(z.out, byte(r))
				return next
			}
		}
		if r == ';' {
			if v, gone := z.endRef(true); gone {
				return skipIntroduced(z.s, v, next)
			}
			return next
		}
		if v, gone := z.endRef(false); gone {
			if after := skipIntroduced(z.s, v, at); after != at {
				return after
			}
		}
	}
	if z.ref.state == refName && r == ';' {
		return z.endName(next)
	}
	if r == '&' {
		if z.ref.state == refNone {
			z.amps = z.amps[:0]
		}
		z.amps = append(z.amps, saved{ref: z.ref, marks: z.marks})
		z.ref = ref{state: refAmp, start: len(z.out)}
		z.marks = 0
		z.out = append(z.out, '&')
		return next
	}
	was := z.ref.state
	z.ref.state = z.ref.step(r)
	switch {
	case z.ref.state == refDec || z.ref.state == refHex:
		z.ref.val, _ = digitValue(byte(r), 16)
	case z.ref.state == refName && was == refAmp:
		z.ref.name = len(z.out)
	case z.ref.state == refName && len(z.out)-z.ref.name >= maxRefName:
		z.ref.state = refNone
	}
	if isMark(r) {
		z.marks++
	} else {
		z.marks = 0
	}
	z.out = utf8.AppendRune(z.out, r)
	return next
}

// step is the reference state after appending r (not '&', and not a
// digit continuing a reference).
func (f ref) step(r rune) refState {
	switch f.state {
	case refAmp:
		switch {
		case r == '#':
			return refHash
		case isAlnum(r):
			return refName
		}
	case refName:
		if isAlnum(r) {
			return refName
		}
	case refHash:
		switch {
		case r == 'x' || r == 'X':
			return refX
		case '0' <= r && r <= '9':
			return refDec
		}
	case refX:
		if r < utf8.RuneSelf {
			if _, ok := digitValue(byte(r), 16); ok {
				return refHex
			}
		}
	}
	return refNone
}

// endRef finishes the reference being read, with or without a closing
// semicolon. When it decodes to a removed character it is cut from the
// output, which returns to how it was before its "&"; gone is then true.
func (z *sanitizer) endRef(semicolon bool) (v rune, gone bool) {
	v = z.ref.val
	if !removedRef(v) {
		if semicolon {
			z.out = append(z.out, ';')
		}
		z.ref = ref{}
		z.marks = 0
		return v, false
	}
	z.cut()
	return v, true
}

// endName finishes a named reference at its semicolon and returns where
// reading goes on: "&amp;" may start another reference ("&amp;#27;"),
// names of removed characters are cut, and others are left alone.
func (z *sanitizer) endName(next int) int {
	name := z.out[z.ref.name:]
	switch {
	case len(name) == 3 && strings.EqualFold(string(name), "amp"):
		z.ref.state = refAmp
	case removedNames[string(name)]:
		z.cut()
		return next
	default:
		z.ref = ref{}
	}
	z.out = append(z.out, ';')
	z.marks = 0
	return next
}

// cut removes the reference being read from the output, which returns to
// how it was before its "&". The top of amps is that state: each "&"
// pushes, and the stack is cleared whenever no reference is open.
func (z *sanitizer) cut() {
	z.out = z.out[:z.ref.start]
	top := z.amps[len(z.amps)-1]
	z.amps = z.amps[:len(z.amps)-1]
	z.ref, z.marks = top.ref, top.marks
}

// maxRefName is longer than any name in removedNames.
const maxRefName = 32

// removedNames are the named character references (HTML5, which
// CommonMark renderers decode) to characters Sanitize removes.
var removedNames = map[string]bool{
	"lrm": true, "rlm": true, "zwj": true, "zwnj": true, "ZeroWidthSpace": true,
	"NegativeVeryThinSpace": true, "NegativeThinSpace": true, "NegativeMediumSpace": true,
	"NegativeThickSpace": true, "NoBreak": true, "ApplyFunction": true, "af": true,
	"InvisibleTimes": true, "it": true, "InvisibleComma": true, "ic": true,
}

func isAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// skipIntroduced skips, from s[i:], what a removed reference to an
// introducer (ESC or an 8-bit C1 introducer) leaves behind when that is
// plainly the parameters of a control sequence, such as the "[31m" of
// "&#27;[31m". Anything else that follows is text, and stays: a
// reference removes itself, never the link, cell or line after it
// ("&#27;]0;" takes no more than itself).
func skipIntroduced(s string, v rune, i int) int {
	switch {
	case v == 0x1b && i < len(s) && s[i] == '[':
		if j := skipPlainCSI(s, i+1); j > i+1 {
			return j
		}
	case v == 0x9b:
		return skipPlainCSI(s, i)
	case v == 0x1b && i < len(s) && strings.IndexByte("]P^_X", s[i]) >= 0:
		return skipEncodedString(s, i+1, i)
	case v == 0x9d || v == 0x90 || v == 0x9e || v == 0x9f || v == 0x98:
		return skipEncodedString(s, i, i)
	}
	return i
}

// maxEncodedString bounds how far skipEncodedString looks for the end of a
// control string introduced by a reference.
const maxEncodedString = 256

// skipEncodedString skips, from s[i:], the body of a control string
// (OSC, DCS, ...) whose introducer was written as a reference, such as
// the "]0;title&#7;" of "&#27;]0;title&#7;", when it is plainly closed on
// the same line and near: by BEL or ST, written as characters or as
// references. Without such a close it returns none, the introducer
// removed only itself, and what follows is text.
func skipEncodedString(s string, i, none int) int {
	for j := i; j < len(s) && j-i < maxEncodedString; j++ {
		switch s[j] {
		case '\n':
			return none
		case 0x07:
			return j + 1
		case '&':
			v, n, ok := parseRefLen(s[j:])
			switch {
			case !ok:
			case v == 0x07 || v == 0x9c:
				return j + n
			case v == 0x1b && j+n < len(s) && s[j+n] == '\\':
				return j + n + 1
			}
		}
	}
	return none
}

// maxPlainCSI bounds the parameters skipPlainCSI takes.
const maxPlainCSI = 32

// skipPlainCSI skips the parameters and final letter of a control
// sequence at s[i:] when they are written plainly: at least one digit,
// semicolon or '?', then a letter, as in "31m", "2J" or "?25l". It returns
// i when s[i:] does not start so.
func skipPlainCSI(s string, i int) int {
	j := i
	for j < len(s) && j-i < maxPlainCSI && ('0' <= s[j] && s[j] <= '9' || s[j] == ';' || s[j] == '?') {
		j++
	}
	if j == i || j >= len(s) || !isASCIILetter(s[j]) {
		return i
	}
	return j + 1
}

// skipC1 skips the sequence an 8-bit C1 introducer starts at s[i:].
func skipC1(s string, r rune, i int) int {
	switch r {
	case 0x9b:
		return skipCSI(s, i)
	case 0x90, 0x98, 0x9d, 0x9e, 0x9f:
		return skipString(s, i)
	}
	return i
}

// skipEscape skips what follows an ESC at s[i:] as part of its sequence.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return skipString(s, i+1)
	case 0x20 <= c && c <= 0x2f:
		for i < len(s) && 0x20 <= s[i] && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && 0x30 <= s[i] && s[i] <= 0x7e {
			i++
		}
		return i
	case 0x30 <= c && c <= 0x7e:
		return i + 1
	}
	return i
}

// skipCSI skips the parameters, intermediates and final byte of a
// control sequence at s[i:].
func skipCSI(s string, i int) int {
	for i < len(s) && 0x30 <= s[i] && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && 0x20 <= s[i] && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && 0x40 <= s[i] && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string (OSC, DCS, SOS, PM, APC) at s[i:]
// through its terminator (BEL, ST as ESC \ or U+009C, or CAN and SUB,
// which cancel it). An unterminated string ends before the next newline
// or ESC, so a stray introducer cannot swallow the rest of a document.
func skipString(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case 0x07, 0x18, 0x1a:
			return i + 1
		case '\n':
			return i
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c {
				return i + 2
			}
		}
	}
	return i
}

// Lines sanitizes each string of a list as Line does, dropping those left
// empty (front-matter lists: countries, tags).
func Lines(in []string) []string {
	var out []string
	for _, s := range in {
		if s = Line(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
