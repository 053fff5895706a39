// Package sanitize makes untrusted text safe to show in a terminal:
// Text and Line remove terminal controls, escape sequences, bidi and
// zero-width characters; Markdown also rewrites the Markdown blocks and
// links glamour would render dangerously or too slowly. Every string from
// outside (briefings, imports, feeds, SSH clients) goes through it before
// it reaches a terminal.
//
// It imports nothing of the project.
package sanitize

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
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
// one after a character, none at the start or after another selector.
func variationKept(prev rune) bool {
	return prev != utf8.RuneError && !isVariationSelector(prev)
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
	j := 1
	for len(s) >= j+4 && strings.EqualFold(s[j:j+4], "amp;") {
		j += 4
	}
	if j >= len(s) || s[j] != '#' {
		return 0, false
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
	return v, n > 0
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
	}
	return i
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

// SanitizeMarkdown is Sanitize for a Markdown body. It also:
//
//   - flattens blockquotes and lists nested deeper than 20 levels (by
//     markers or by indentation) to 20, since glamour's time grows steeply
//     with depth;
//   - turns every link whose destination is not an http, https or mailto
//     URL into its plain text: inline links and images, reference links
//     (their definitions, which are never shown, are dropped), autolinks
//     such as <javascript:...>, and bare ftp:// URLs the renderer would
//     link (their colon is written &#58;, which reads the same). Relative
//     links go too: in a terminal they lead nowhere. Code is left alone.
//
// Raw HTML is left as it is: glamour shows the text inside tags and never
// follows an href, and stripping tags would mangle text that merely
// contains "<". Ordinary Markdown comes back byte for byte, without a copy.
func Markdown(s string) string {
	return tameMarkdown(Text(s))
}

// maxNesting is how deep blockquotes and lists may nest in a body: glamour
// takes time that grows steeply with depth (over 60 s at 80 levels).
const maxNesting = 20

// tameMarkdown flattens deep nesting and unlinks links to schemes other
// than http, https and mailto. It returns s itself when there is nothing
// to change.
func tameMarkdown(s string) string {
	if !mayNeedTaming(s) {
		return s
	}
	out := rewriteLinks(s, scanMarkdownLines(s))
	if linksAllowed(out) {
		return out
	}
	// The renderer's own parser still finds a refused link: the rewriter
	// missed a corner of Markdown. Escape every bracket instead, and if
	// even that is not enough, show the document as code.
	if out = escapeAllLinks(out); linksAllowed(out) {
		return out
	}
	return asCodeBlock(out)
}

// linksAllowed reports whether the Markdown parser glamour uses (goldmark
// with GFM and definition lists) finds no link, image or autolink in md
// whose destination is refused.
func linksAllowed(md string) bool {
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList)).
		Parser().Parse(text.NewReader(src))
	ok := true
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Link:
			ok = allowedLink(string(n.Destination))
		case *ast.Image:
			ok = allowedLink(string(n.Destination))
		case *ast.AutoLink:
			ok = n.AutoLinkType == ast.AutoLinkEmail || allowedLink(string(n.URL(src)))
		}
		if !ok {
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return ok
}

// escapeAllLinks backslash-escapes every bracket and angle bracket of md
// and spells the colon of ftp: as a reference, so that nothing in it can
// be a link to a refused scheme.
func escapeAllLinks(md string) string {
	var b strings.Builder
	b.Grow(len(md) + len(md)/8)
	for i := 0; i < len(md); i++ {
		switch c := md[i]; {
		case c == '\\' && i+1 < len(md):
			b.WriteByte(c)
			b.WriteByte(md[i+1])
			i++
		case c == '[' || c == ']' || c == '<':
			b.WriteByte('\\')
			b.WriteByte(c)
		case ftpAt(md, i) >= 0:
			b.WriteString(md[i:i+3] + "&#58;")
			i += 3
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// asCodeBlock shows md as a fenced code block, in which nothing links.
func asCodeBlock(md string) string {
	longest, run := 0, 0
	for i := 0; i < len(md); i++ {
		if md[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "text\n" + strings.TrimSuffix(md, "\n") + "\n" + fence + "\n"
}

// mayNeedTaming is a quick look for anything tameMarkdown might change:
// a line nested too deep, something that may be a link ("](", "][",
// "]:", "<scheme:", "ftp:"), or more inline marks than one paragraph may
// hold. Prose without links passes without a copy.
func mayNeedTaming(s string) bool {
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		var p containerPrefix
		if p.walk(s[start:end], true, nil); p.tooDeep {
			return true
		}
		start = end + 1
	}
	marks := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(inlineMarks, s[i]) >= 0 {
			if marks++; marks > maxInlineMarks {
				return true
			}
		}
		switch s[i] {
		case ']':
			if i+1 < len(s) && (s[i+1] == '(' || s[i+1] == '[' || s[i+1] == ':') {
				return true
			}
		case '<':
			if isScheme(s[i+1 : min(len(s), i+34)]) {
				return true
			}
		case ':':
			if i >= 3 && strings.EqualFold(s[i-3:i], "ftp") {
				return true
			}
		}
	}
	return false
}

// mdLine is one line of a Markdown body as the block pass sees it.
type mdLine struct {
	start, end int  // the line in the text, without its newline
	content    int  // where the text after the container markers starts
	code       bool // inside a fenced code block
	blank      bool // empty or spaces only
	dropped    bool // a link reference definition to a refused scheme
}

// markdownBlocks is the result of the block pass over a body.
type markdownBlocks struct {
	lines []mdLine
	// edits to the text: flattened nesting, dropped definitions.
	edits []edit
	// badLabels are the normalised labels of dropped definitions.
	badLabels map[string]bool
}

// edit replaces text[start:end] with repl.
type edit struct {
	start, end int
	repl       string
}

// scanMarkdownLines finds code blocks, container prefixes too deep to
// keep and reference definitions to refused schemes.
func scanMarkdownLines(s string) *markdownBlocks {
	b := &markdownBlocks{lines: make([]mdLine, 0, strings.Count(s, "\n")+1)}
	var f fence
	dropUntil := 0 // end of a dropped definition that spans lines
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		ln := mdLine{start: start, end: end}
		line := s[start:end]
		if f.open() {
			ln.code, f = f.next(line)
		}
		p := parsePrefix(line, !ln.code) // code keeps its own indentation
		body := line[p.contentAt:]
		// Only an empty line surely ends a paragraph: "1." or "*" alone
		// cannot interrupt one, so a link may run across them.
		ln.blank = strings.TrimSpace(line) == ""
		if !ln.code && p.indent < 4 && OpeningFence(body) != "" {
			f = openFence(line, len(line)-len(body), OpeningFence(body))
			ln.code = true
		}
		ln.content = start + p.contentAt
		if p.tooDeep {
			b.edits = append(b.edits, edit{start, start + p.contentAt, p.flattened})
		}
		switch {
		case start < dropUntil:
			ln.dropped = true
		case !ln.code && p.indent < 4:
			if label, dest, defEnd, ok := definitionAt(s, ln.content); ok && !allowedLink(dest) {
				if b.badLabels == nil {
					b.badLabels = make(map[string]bool)
				}
				b.badLabels[normLabel(label)] = true
				ln.dropped = true
				dropUntil = defEnd
				b.edits = append(b.edits, edit{ln.content, defEnd, ""})
			}
		}
		b.lines = append(b.lines, ln)
		start = end + 1
	}
	return b
}

// fence is an open fenced code block and the container it sits in. When
// in doubt whether a line is still inside it, the fence is taken as
// closed: the line is then searched for links, which at worst unlinks
// something in code, never the other way round.
type fence struct {
	marker string // the opening fence, "" when none is open
	quotes int    // blockquote markers before it
	column int    // where it starts after them (list items indent it)
}

func (f fence) open() bool { return f.marker != "" }

// openFence records the fence marker found at offset at of line.
func openFence(line string, at int, marker string) fence {
	q, rest := quotePrefix(line)
	return fence{marker: marker, quotes: q, column: width(rest[:at-(len(line)-len(rest))])}
}

// next reports whether line is inside the fence and returns the fence as
// it stands after the line.
func (f fence) next(line string) (code bool, after fence) {
	q, rest := quotePrefix(line)
	if q < f.quotes {
		return false, fence{}
	}
	body := strings.TrimLeft(rest, " \t")
	if body == "" {
		return true, f
	}
	ws := width(rest[:len(rest)-len(body)])
	if ws < f.column {
		return false, fence{}
	}
	if isClosingFence(body, ws-f.column, f.marker) {
		return true, fence{}
	}
	return true, f
}

// quotePrefix counts the blockquote markers opening line and returns
// what follows them.
func quotePrefix(line string) (int, string) {
	q := 0
	for {
		i := 0
		for i < len(line) && i < 3 && line[i] == ' ' {
			i++
		}
		if i >= len(line) || line[i] != '>' {
			return q, line
		}
		q++
		line = line[i+1:]
		if line != "" && line[0] == ' ' {
			line = line[1:]
		}
	}
}

// width is the number of columns s takes (tabs stop every 4).
func width(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			n += 4 - n%4
		} else {
			n++
		}
	}
	return n
}

// containerPrefix is the run of blockquote and list markers, with the
// indentation around them, that opens a line.
type containerPrefix struct {
	contentAt int // offset of the text after the markers and indentation
	indent    int // columns of indentation just before that text
	markers   int // blockquote and list markers
	lists     int // of which list markers
	tooDeep   bool
	flattened string // the prefix to write instead when tooDeep
}

// parsePrefix reads the container markers at the start of a line. A line
// nested deeper than maxNesting keeps its first maxNesting markers. With
// capIndent, its indentation is capped at 2×maxNesting columns in all, as
// lists nest by indentation too; code lines keep theirs.
func parsePrefix(line string, capIndent bool) containerPrefix {
	var p containerPrefix
	p.walk(line, capIndent, nil)
	if p.tooDeep {
		var flat strings.Builder
		p.walk(line, capIndent, &flat)
		p.flattened = flat.String()
	}
	return p
}

// walk reads the prefix of line into p, writing the flattened prefix to
// flat when it is not nil.
func (p *containerPrefix) walk(line string, capIndent bool, flat *strings.Builder) {
	p.markers, p.lists = 0, 0
	cols := 0
	for i := 0; ; {
		j := i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		ws := line[i:j]
		w := width(ws)
		n := markerLen(line[j:])
		keep := n == 0 || p.markers < maxNesting
		if capIndent && cols+w > 2*maxNesting {
			p.tooDeep = true
			w = max(0, 2*maxNesting-cols)
			ws = strings.Repeat(" ", w)
		}
		if n == 0 {
			p.contentAt, p.indent = j, w
			if flat != nil {
				flat.WriteString(ws)
			}
			return
		}
		if !keep {
			p.tooDeep = true
		} else {
			cols += w
			p.markers++
			if line[j] != '>' {
				p.lists++
			}
			if flat != nil {
				flat.WriteString(ws)
				flat.WriteString(line[j : j+n])
			}
		}
		i = j + n
	}
}

// markerLen is the length of the blockquote or list marker (with the
// space after it) that s starts with, or 0.
func markerLen(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == '>' {
		if len(s) > 1 && s[1] == ' ' {
			return 2
		}
		return 1
	}
	n := 0
	switch {
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		if isThematicBreak(s) {
			return 0
		}
		n = 1
	case '0' <= s[0] && s[0] <= '9':
		for n < len(s) && n < 9 && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		if n == len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	default:
		return 0
	}
	switch {
	case n == len(s):
		return n
	case s[n] == ' ' || s[n] == '\t':
		return n + 1
	}
	return 0
}

// isThematicBreak reports whether s is a horizontal rule such as "- - -".
func isThematicBreak(s string) bool {
	c, n := s[0], 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// OpeningFence returns the fence (``` or ~~~, three or more) that s opens
// a code block with, or "".
func OpeningFence(s string) string {
	if len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return ""
	}
	n := 0
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < 3 || (s[0] == '`' && strings.IndexByte(s[n:], '`') >= 0) {
		return ""
	}
	return s[:n]
}

// isClosingFence reports whether s closes a block opened by fence.
func isClosingFence(s string, indent int, fence string) bool {
	if indent >= 4 || !strings.HasPrefix(s, fence) {
		return false
	}
	return strings.TrimLeft(strings.TrimRight(s, " \t"), fence[:1]) == ""
}

// RefDefinition parses a link reference definition "[label]: dest".
func RefDefinition(s string) (label, dest string, ok bool) {
	if !strings.HasPrefix(s, "[") {
		return "", "", false
	}
	end := -1
	for i := 1; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == '[' {
			return "", "", false
		}
		if s[i] == ']' {
			end = i
			break
		}
	}
	if end < 2 || end+1 >= len(s) || s[end+1] != ':' {
		return "", "", false
	}
	rest := strings.TrimLeft(s[end+2:], " \t")
	if f := strings.Fields(rest); len(f) > 0 {
		dest = f[0]
	}
	return s[1:end], dest, true
}

// definitionAt parses a link reference definition at s[i:], the content
// of a line: "[label]:" and a destination on the same line or the next.
// The label may run over several lines, though not across a blank one.
// end is the end of the line that holds the destination.
func definitionAt(s string, i int) (label, dest string, end int, ok bool) {
	if i >= len(s) || s[i] != '[' {
		return "", "", 0, false
	}
	j := i + 1
	for ; j < len(s) && s[j] != ']'; j++ {
		switch {
		case j-i > 1000, s[j] == '[':
			return "", "", 0, false
		case s[j] == '\\':
			j++
		case s[j] == '\n' && strings.TrimLeft(lineAt(s, j+1), " \t>") == "":
			return "", "", 0, false
		}
	}
	if j+1 >= len(s) || s[j+1] != ':' || strings.TrimSpace(s[i+1:j]) == "" {
		return "", "", 0, false
	}
	label = s[i+1 : j]
	rest := lineAt(s, j+2)
	end = j + 2 + len(rest)
	if dest = firstField(rest); dest == "" && end < len(s) {
		// The destination is on the next line.
		next := lineAt(s, end+1)
		_, next = quotePrefix(next)
		dest = firstField(next)
		end += 1 + len(lineAt(s, end+1))
	}
	if dest == "" {
		return "", "", 0, false // no destination: text, not a definition
	}
	return label, dest, end, true
}

// lineAt is the rest of the line of s that starts at i.
func lineAt(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return s[i : i+k]
	}
	return s[i:]
}

// firstField is the first word of the first line of s.
func firstField(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// normLabel normalises a link label exactly as the renderer (goldmark)
// matches labels to definitions: full Unicode case folding ("ß" matches
// "SS"), spaces collapsed. A plain lower-case ASCII label is returned as
// it is, without allocating.
func normLabel(s string) string {
	tidy := s != "" && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; tidy && i < len(s); i++ {
		c := s[i]
		tidy = c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && c != '\t' && c != '\n' && !(c == ' ' && s[i+1] == ' ')
	}
	if tidy {
		return s
	}
	return util.ToLinkReference([]byte(s))
}

// allowedLink reports whether a link destination, as written, has the
// scheme http, https or mailto. Anything else, including relative links
// and destinations spelled with entities or escapes, is refused.
func allowedLink(dest string) bool {
	dest = strings.TrimPrefix(dest, "<")
	i := strings.IndexByte(dest, ':')
	if i < 0 {
		return false
	}
	switch strings.ToLower(dest[:i]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// rewriteLinks applies the block edits and unlinks, paragraph by
// paragraph, every link whose destination is refused: inline links and
// images, reference links to dropped definitions, autolinks, and bare
// ftp:// URLs that the renderer would link.
func rewriteLinks(s string, b *markdownBlocks) string {
	r := linkRewriter{s: s, badLabels: b.badLabels, edits: b.edits, budget: 8*len(s) + 1<<16}
	for i := 0; i < len(b.lines); {
		if ln := b.lines[i]; ln.code || ln.blank || ln.dropped {
			i++
			continue
		}
		j := i
		for j+1 < len(b.lines) && !b.lines[j+1].code && !b.lines[j+1].blank && !b.lines[j+1].dropped {
			j++
		}
		// Within the run, a line that surely opens a block ends any
		// paragraph (and link) above it.
		for k := i; k <= j; {
			m := k + 1
			for m <= j && !startsBlock(s[b.lines[m].start:b.lines[m].end]) {
				m++
			}
			if unit := b.lines[k:m]; crowded(s, unit) {
				r.escapeInline(unit)
			} else {
				r.paragraph(unit[0].content, unit[len(unit)-1].end)
			}
			k = m
		}
		i = j + 1
	}
	return applyEdits(s, r.edits)
}

// maxInlineMarks is how many emphasis, link and code marks one paragraph
// may hold. goldmark's inline parser takes time that grows with the
// square of their number (a paragraph of 20,000 takes seconds); prose
// has a few dozen.
const maxInlineMarks = 400

// inlineMarks are the characters goldmark's inline parser pairs up.
const inlineMarks = "*_[]`<~"

// crowded reports whether lines, which may form one paragraph, hold more
// than maxInlineMarks inline marks.
func crowded(s string, lines []mdLine) bool {
	n := 0
	for _, ln := range lines {
		for i := ln.content; i < ln.end; i++ {
			if strings.IndexByte(inlineMarks, s[i]) >= 0 {
				if n++; n > maxInlineMarks {
					return true
				}
			}
		}
	}
	return false
}

// startsBlock reports whether a line opens a new block even right after
// a paragraph line, so that no paragraph runs across its start: a bullet
// or "1." item with text, or an ATX heading, indented less than four
// columns. (Other lines may continue the paragraph above them.)
func startsBlock(line string) bool {
	_, rest := quotePrefix(line)
	trimmed := strings.TrimLeft(rest, " \t")
	if width(rest[:len(rest)-len(trimmed)]) > 3 {
		return false
	}
	rest = trimmed
	switch {
	case rest == "":
		return false
	case rest[0] == '-' || rest[0] == '*' || rest[0] == '+':
		return len(rest) > 2 && (rest[1] == ' ' || rest[1] == '\t') && strings.TrimSpace(rest[2:]) != ""
	case rest[0] == '#':
		h := strings.TrimLeft(rest, "#")
		return len(rest)-len(h) <= 6 && (h == "" || h[0] == ' ' || h[0] == '\t')
	case strings.HasPrefix(rest, "1.") || strings.HasPrefix(rest, "1)"):
		return len(rest) > 3 && (rest[2] == ' ' || rest[2] == '\t') && strings.TrimSpace(rest[3:]) != ""
	}
	return false
}

// escapeInline backslash-escapes every inline mark in the text of lines
// (not their container markers), so that goldmark reads a crowded
// paragraph as plain text, in linear time, with no link in it.
func (r *linkRewriter) escapeInline(lines []mdLine) {
	var b strings.Builder
	for _, ln := range lines {
		text := r.s[ln.content:ln.end]
		b.Reset()
		b.Grow(len(text) + len(text)/2)
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c == '\\' && i+1 < len(text):
				b.WriteString(text[i : i+2])
				i++
			case strings.IndexByte(inlineMarks, c) >= 0:
				b.WriteByte('\\')
				b.WriteByte(c)
			case ftpAt(text, i) >= 0:
				b.WriteString(text[i:i+3] + "&#58;")
				i += 3
			default:
				b.WriteByte(c)
			}
		}
		if b.Len() != len(text) {
			r.edits = append(r.edits, edit{ln.content, ln.end, b.String()})
		}
	}
}

// applyEdits returns s with the edits made; s itself when there are none.
func applyEdits(s string, edits []edit) string {
	if len(edits) == 0 {
		return s
	}
	byStart := func(a, b edit) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) }
	if !slices.IsSortedFunc(edits, byStart) {
		slices.SortFunc(edits, byStart)
	}
	var out strings.Builder
	out.Grow(len(s))
	at := 0
	for _, e := range edits {
		if e.start < at {
			continue // overlaps an earlier edit; never expected
		}
		out.WriteString(s[at:e.start])
		out.WriteString(e.repl)
		at = e.end
	}
	out.WriteString(s[at:])
	return out.String()
}

// linkRewriter finds the links of a body's paragraphs.
type linkRewriter struct {
	s         string
	badLabels map[string]bool
	edits     []edit
	// budget bounds the bytes looked at beyond the single pass; when it
	// runs out, brackets in what remains are escaped instead of parsed, so
	// a pathological paragraph costs linear time and still links nowhere.
	budget int
	// ticks lists where backtick runs of each length start, built on first
	// need; the lists are consumed as the text is read.
	ticks map[int][]int
}

// opener is an unmatched "[" or "![".
type opener struct {
	at    int
	image bool
}

// paragraph rewrites the links of s[a:e].
func (r *linkRewriter) paragraph(a, e int) {
	s := r.s
	var stack []opener
	for i := a; i < e; {
		if r.budget < 0 {
			r.escapeBrackets(i, e)
			return
		}
		switch c := s[i]; c {
		case '\\':
			i += 2
		case '`':
			i = r.skipCode(i, a, e)
		case '<':
			i = r.autolink(i, e)
		case '!', '[':
			if c == '!' && (i+1 >= e || s[i+1] != '[') {
				i++
				continue
			}
			stack = append(stack, opener{at: i, image: c == '!'})
			i += 1 + boolInt(c == '!')
		case ']':
			if len(stack) == 0 {
				i++
				continue
			}
			op := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			i = r.closeBracket(op, i, e)
		case 'f', 'F':
			i = r.bareFTP(i, a)
		default:
			i++
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unlink turns the link whose opener is op, whose text ends at close
// (the "]") and whose destination part ends at end into its text.
func (r *linkRewriter) unlink(op opener, close, end int) {
	r.edits = append(r.edits,
		edit{op.at, op.at + 1 + boolInt(op.image), ""},
		edit{close, end, ""})
}

// closeBracket handles the "]" at i closing op and returns where to go on.
func (r *linkRewriter) closeBracket(op opener, i, e int) int {
	s := r.s
	text := s[op.at+1+boolInt(op.image) : i]
	j := i + 1
	if j < e && s[j] == '(' {
		if dest, after, ok := r.inlineDest(j+1, e); ok {
			if !allowedLink(dest) {
				r.unlink(op, i, after)
			}
			return after
		}
		return j
	}
	if j < e && s[j] == '[' {
		k := strings.IndexByte(s[j+1:e], ']')
		if k >= 0 && k < 1000 {
			k += j + 1
			label := s[j+1 : k]
			if label == "" {
				label = text
			}
			if len(r.badLabels) > 0 && r.badLabels[normLabel(label)] {
				r.unlink(op, i, k+1)
				return k + 1
			}
		}
		return j
	}
	if len(r.badLabels) > 0 && len(text) < 1000 && r.badLabels[normLabel(text)] {
		r.unlink(op, i, i+1)
	}
	return j
}

// inlineDest parses the "(dest "title")" of an inline link from s[i:],
// just after its "(". It returns the destination and where the link ends.
func (r *linkRewriter) inlineDest(i, e int) (dest string, after int, ok bool) {
	s := r.s
	start := i
	defer func() { r.budget -= after - start }()
	i = skipLinkSpace(s, i, e)
	switch {
	case i < e && s[i] == '<':
		k := i + 1
		for k < e && s[k] != '>' && s[k] != '<' && s[k] != '\n' {
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= e || s[k] != '>' {
			return "", i, false
		}
		dest, i = s[i:k+1], k+1
	default:
		k, depth := i, 0
	dest:
		for ; k < e; k++ {
			switch c := s[k]; {
			case c == '\\':
				k++
			case c <= ' ':
				break dest
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			}
		}
		if depth != 0 || k > e {
			return "", k, false
		}
		dest, i = s[i:k], k
	}
	j := skipLinkSpace(s, i, e)
	if j < e && (s[j] == '"' || s[j] == '\'' || s[j] == '(') && j > i {
		closer := s[j]
		if closer == '(' {
			closer = ')'
		}
		k := j + 1
		for k < e && s[k] != closer {
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= e {
			return "", k, false
		}
		j = skipLinkSpace(s, k+1, e)
	}
	if j >= e || s[j] != ')' {
		return "", j, false
	}
	return dest, j + 1, true
}

// skipLinkSpace skips spaces, tabs and at most one line break.
func skipLinkSpace(s string, i, e int) int {
	nl := false
	for i < e {
		switch s[i] {
		case ' ', '\t':
		case '\n':
			if nl {
				return i
			}
			nl = true
		default:
			return i
		}
		i++
	}
	return i
}

// autolink unlinks an autolink "<scheme:...>" at s[i:] to a refused
// scheme, leaving its text, and returns where to go on.
func (r *linkRewriter) autolink(i, e int) int {
	s := r.s
	k := i + 1
	for k < e && s[k] > ' ' && s[k] != '<' && s[k] != '>' {
		k++
	}
	if k >= e || s[k] != '>' {
		return i + 1
	}
	dest := s[i+1 : k]
	if !isScheme(dest) || allowedLink(dest) {
		return k + 1
	}
	r.edits = append(r.edits, edit{i, i + 1, ""})
	if j := ftpAt(s, i+1); j >= 0 {
		r.edits = append(r.edits, edit{j, j + 1, "&#58;"})
	}
	r.edits = append(r.edits, edit{k, k + 1, ""})
	return k + 1
}

// isScheme reports whether s starts with a URI scheme and a colon, as an
// autolink must.
func isScheme(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 2 || i > 32 || !isASCIILetter(s[0]) {
		return false
	}
	for j := 1; j < i; j++ {
		c := s[j]
		if !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '+' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// ftpAt returns the offset of the colon of an "ftp://" at s[i:], or -1.
func ftpAt(s string, i int) int {
	if len(s)-i >= 6 && strings.EqualFold(s[i:i+6], "ftp://") {
		return i + 3
	}
	return -1
}

// bareFTP spells the colon of a bare ftp:// URL as a character reference,
// which reads the same but is not turned into a link.
func (r *linkRewriter) bareFTP(i, a int) int {
	if i > a && (isASCIILetter(r.s[i-1]) || '0' <= r.s[i-1] && r.s[i-1] <= '9') {
		return i + 1
	}
	j := ftpAt(r.s, i)
	if j < 0 {
		return i + 1
	}
	r.edits = append(r.edits, edit{j, j + 1, "&#58;"})
	return j + 1
}

// skipCode skips the code span that the backtick run at s[i:] opens, or
// just the run when nothing closes it.
func (r *linkRewriter) skipCode(i, a, e int) int {
	s := r.s
	n := 0
	for i+n < e && s[i+n] == '`' {
		n++
	}
	if r.ticks == nil {
		r.ticks = backtickRuns(s)
	}
	runs := r.ticks[n]
	for len(runs) > 0 && runs[0] <= i {
		runs = runs[1:]
	}
	r.ticks[n] = runs
	if len(runs) == 0 || runs[0] >= e {
		return i + n
	}
	end := runs[0] + n
	r.ticks[n] = runs[1:]
	return end
}

// backtickRuns maps each length of backtick run in s to where runs of
// that length start, in order.
func backtickRuns(s string) map[int][]int {
	runs := make(map[int][]int)
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '`' {
			j++
		}
		runs[j-i] = append(runs[j-i], i)
		i = j
	}
	return runs
}

// escapeBrackets backslash-escapes every closing bracket of s[i:e], so
// that it holds no link, and unlinks its autolinks and bare ftp:// URLs.
func (r *linkRewriter) escapeBrackets(i, e int) {
	s := r.s
	for i < e {
		switch s[i] {
		case '\\':
			i += 2
			continue
		case ']':
			r.edits = append(r.edits, edit{i, i, "\\"})
		case '<':
			i = r.autolink(i, e)
			continue
		case 'f', 'F':
			i = r.bareFTP(i, i)
			continue
		}
		i++
	}
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
