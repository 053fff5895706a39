package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// ntokKind is the shape of a token: a run of letters, a numeric literal, or
// a single other character.
type ntokKind uint8

const (
	ntWord  ntokKind = iota // letters only: "troops", "M", "th"
	ntNum                   // a numeric literal: "2,900", "1.5", ".08", "192.168.1.2"
	ntPunct                 // any other non-space rune: ",", "-", "$", "%", "½"
)

// token is one lexical unit of a text. Tokens never overlap and skip white
// space; space and nl say what separates a token from the one before it, so
// that "3.6m" (no space) and "3.6 m" can be told apart.
type ntoken struct {
	start, end int
	kind       ntokKind
	space      bool // white space precedes the token
	nl         bool // a line break precedes the token
	upper      bool // a word that starts with an upper-case letter
	// foreign marks a word with a letter beyond ASCII, which may fold to
	// an ASCII one ("ſ" to "s") and has no entry (see figurer.mayHave).
	foreign bool
	// quoteOdd marks a token after an odd number of straight double
	// quotes in the tokens of its ntokenize call, so that an inch mark
	// (unitInchMark) asks in constant time whether it may close a quote.
	quoteOdd bool
	lx       *numLex
}

// ntokenize splits text[from:to] into tokens, appending them to buf. Word
// tokens are looked up in the lexicon once, here, so later stages compare
// pointers and flags rather than strings.
func ntokenize(text string, from, to int, buf []ntoken) []ntoken {
	lexTableOnce.Do(buildLexTable)
	space, nl := true, true
	t0, quotes := len(buf), false
	for i := from; i < to; {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 16) // room for the token this round may append
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch ntByteClass[c] {
			case ntbSpace:
				space = true
				i++
				continue
			case ntbNewline:
				space, nl = true, true
				i++
				continue
			case ntbDot:
				if !(i+1 < to && isDigitByte(text[i+1]) && numLeadingDot(text, from, i)) {
					buf = appendToken(buf, ntoken{start: i, end: i + 1, kind: ntPunct, space: space, nl: nl})
					i++
					break
				}
				fallthrough
			case ntbDigit:
				j := numScanNumeral(text, i, to)
				buf = appendToken(buf, ntoken{start: i, end: j, kind: ntNum, space: space, nl: nl})
				i = j
			case ntbLink:
				if isURL(text[i:to]) && (i == from || !isLatinLetter(text[i-1])) {
					// A link is one opaque token: no figures in its digits.
					j := i
					for j < to && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != ')' && text[j] != '>' {
						j++
					}
					buf = appendToken(buf, ntoken{start: i, end: j, kind: ntPunct, space: space, nl: nl})
					i = j
					break
				}
				fallthrough
			case ntbLetter:
				if i+1 < to && text[i+1] == '.' && text[i]-'A' < 26 { // a capital and its stop: the cheap test first
					if j := initialismEnd(text, i, to); j > i {
						// "U.S.", "U.N.": one word, not letters and stops (the
						// count before it lost its noun: "2,000 U.S. troops").
						buf = appendToken(buf, ntoken{start: i, end: j, kind: ntWord, space: space, nl: nl, upper: true})
						i = j
						break
					}
				}
				if j, lx, ok := scanLexWord(text, i, to); ok {
					buf = appendToken(buf, ntoken{start: i, end: j, kind: ntWord, space: space, nl: nl, upper: c <= 'Z', lx: lx})
					i = j
					if i < to && text[i] == ' ' {
						// The usual space after a word, read here.
						space, nl = true, false
						i++
						continue
					}
					break
				}
				j := numScanWord(text, i, to)
				buf = appendToken(buf, numWordToken(text, i, j, space, nl))
				i = j
			default:
				buf = appendToken(buf, ntoken{start: i, end: i + 1, kind: ntPunct, space: space, nl: nl})
				quotes = quotes || c == '"'
				i++
			}
			space, nl = false, false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007':
			// No-break and thin spaces group digits ("40 000") and are spaces.
			space = true
			i += n
			continue
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			space, nl = true, true
			i += n
			continue
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case unicode.IsLetter(r):
			j := numScanWord(text, i, to)
			buf = appendToken(buf, numWordToken(text, i, j, space, nl))
			i = j
		default:
			buf = appendToken(buf, ntoken{start: i, end: i + n, kind: ntPunct, space: space, nl: nl})
			i += n
		}
		space, nl = false, false
	}
	if quotes {
		markQuoteParity(text, buf[t0:])
	}
	return buf
}

// appendToken appends t to buf a field at a time. A whole token
// assigned to the buffer's slot is copied with the collector's bulk write
// barrier (runtime.wbMove) whenever a collection is marking, which in a
// steady stream of calls is about half the time; stored field by field,
// only its one pointer, the lexicon entry, passes a write barrier. buf
// must have room for t (ntokenize makes it before each token), so that
// appendToken is inlined.
func appendToken(buf []ntoken, t ntoken) []ntoken {
	buf = buf[:len(buf)+1]
	s := &buf[len(buf)-1]
	s.start, s.end, s.kind = t.start, t.end, t.kind
	s.space, s.nl, s.upper, s.foreign, s.quoteOdd = t.space, t.nl, t.upper, t.foreign, t.quoteOdd
	s.lx = t.lx
	return buf
}

// markQuoteParity sets quoteOdd on the tokens after an odd number of
// straight double quotes, in one pass over the tokens of one ntokenize call.
func markQuoteParity(text string, toks []ntoken) {
	odd := false
	for k := range toks {
		toks[k].quoteOdd = odd
		if ntIsPunct(text, toks[k], '"') {
			odd = !odd
		}
	}
}

// initialismEnd returns the end of an initialism of two to four capital
// letters, each with its stop, that starts at i ("U.S.", "U.N.", "E.U.",
// "D.R.C."), or i when none does; the last stop is the initialism's, even
// where it ends a sentence too.
func initialismEnd(text string, i, to int) int {
	j := i
	for j+1 < to && text[j] >= 'A' && text[j] <= 'Z' && text[j+1] == '.' {
		j += 2
	}
	if n := (j - i) / 2; n < 2 || n > 4 || j < to && isLatinLetter(text[j]) {
		return i
	}
	return j
}

// The classes of ASCII bytes that ntokenize tells apart.
const (
	ntbOther   uint8 = iota
	ntbSpace         // space, tab, carriage return, form feed, vertical tab
	ntbNewline       // '\n'
	ntbDot           // '.', which may open a decimal (".25")
	ntbDigit         // 0-9
	ntbLink          // 'h' and 'w', which may open a link
	ntbLetter        // the other Latin letters
)

// ntByteClass is the class of each ASCII byte.
var ntByteClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range []byte(" \t\r\f\v") {
		t[c] = ntbSpace
	}
	t['\n'], t['.'] = ntbNewline, ntbDot
	for c := byte(0); c < utf8.RuneSelf; c++ {
		switch {
		case isDigitByte(c):
			t[c] = ntbDigit
		case c == 'h' || c == 'w':
			t[c] = ntbLink
		case isLatinLetter(c):
			t[c] = ntbLetter
		}
	}
	return t
}()

// isURL reports whether s starts with a web address.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// numLeadingDot reports whether the '.' at i opens a decimal such as ".25"
// rather than ending a word or number.
func numLeadingDot(text string, from, i int) bool {
	if i == from {
		return true
	}
	p := text[i-1]
	return p == ' ' || p == '\t' || p == '\n' || p == '(' || p == '-' || p == '$'
}

// numScanNumeral returns the end of the numeric literal starting at i: digits
// joined by ',' or '.' when a digit follows the separator.
func numScanNumeral(text string, i, to int) int {
	j := i
	for j < to {
		c := text[j]
		if isDigitByte(c) {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < to && isDigitByte(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// numScanWord returns the end of the run of letters starting at i.
func numScanWord(text string, i, to int) int {
	j := i
	for j < to {
		c := text[j]
		if c < utf8.RuneSelf {
			if !isLatinLetter(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:to])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j += n
	}
	return j
}

// numWordToken builds a word token and looks it up in the lexicon.
func numWordToken(text string, i, j int, space, nl bool) ntoken {
	var upper bool
	if c := text[i]; c < utf8.RuneSelf {
		upper = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(text[i:j])
		upper = unicode.IsUpper(r)
	}
	return ntoken{start: i, end: j, kind: ntWord, space: space, nl: nl, upper: upper, foreign: !plainASCII(text[i:j]), lx: lookupNumLex(text[i:j])}
}

// scanLexWord reads the run of ASCII letters at i and looks it up in the
// lexicon as lookupNumLex does. It reads the text eight bytes at a time:
// the letters of a word of up to 16 are, lower-cased, its key in lex8 or
// lex16. It returns the end of the run and the entry; ok is false when a
// byte beyond ASCII follows the letters, which numScanWord reads instead.
// The lexicon's tables must be built (lexTableOnce).
func scanLexWord(text string, i, to int) (end int, lx *numLex, ok bool) {
	var lo, hi uint64
	j := i
	for k := 0; ; k++ {
		if j+8 > len(text) {
			return scanLexWordBytes(text, i, to)
		}
		w := load8(text[j : j+8])
		n := bits.TrailingZeros64(nonLetterBytes(w)) >> 3 // letters, 8 when all are
		n = min(n, to-j)
		switch k {
		case 0:
			lo = (w | 0x20*lowBytes) & lowBytesMask[n&15]
		case 1:
			hi = (w | 0x20*lowBytes) & lowBytesMask[n&15]
		}
		j += n
		if n < 8 || j == to {
			break
		}
	}
	if j < to && text[j] >= utf8.RuneSelf {
		return j, nil, false
	}
	switch {
	case j-i <= 8:
		return j, lex8Find(lo), true
	case j-i <= 16:
		return j, lex16Find(lo, hi), true
	}
	return j, lookupNumLex(text[i:j]), true
}

// scanLexWordBytes is scanLexWord a byte at a time, for a word that ends
// within eight bytes of the end of the text.
func scanLexWordBytes(text string, i, to int) (end int, lx *numLex, ok bool) {
	j := i
	for ; j < to && isLatinLetter(text[j]); j++ {
	}
	if j < to && text[j] >= utf8.RuneSelf {
		return j, nil, false
	}
	return j, lookupNumLex(text[i:j]), true
}

// lowBytesMask[n] keeps the low n bytes of a word, for n up to 8.
var lowBytesMask = [16]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF}

// nonLetterBytes marks with its high bit each byte of w that is not an
// ASCII letter.
func nonLetterBytes(w uint64) uint64 {
	x := (w | 0x20*lowBytes) &^ highBytes // lower-cased, seven bits a byte
	geA := x + (0x80-'a')*lowBytes        // high bit: at least 'a'
	gtZ := x + (0x80-'z'-1)*lowBytes      // high bit: beyond 'z'
	return ^(geA &^ gtZ &^ w) & highBytes // &^ w: a byte beyond ASCII
}

// lex8 and lex16 hold the lexicon's words of letters only, lower-case: a
// word of up to 8 letters in lex8, keyed by its bytes as a little-endian
// integer padded with zeros, and one of 9 to 16 in lex16, keyed by two.
// Finding a word compares integers in the slot that holds its entry, where
// lexTable needs the entry and its word's bytes. No key is 0, which marks
// an empty slot, and the loads stay below a half.
var (
	lex8       []lexSlot8
	lex16      []lexSlot16
	lex8Shift  uint64
	lex16Shift uint64
)

type lexSlot8 struct {
	key uint64
	lx  *numLex
}

type lexSlot16 struct {
	lo, hi uint64
	lx     *numLex
}

// lex8Find returns the entry of the word of up to 8 letters keyed lo, or nil.
func lex8Find(lo uint64) *numLex {
	mask := uint64(len(lex8) - 1)
	for i := (lo * 0x9E3779B97F4A7C15) >> (lex8Shift & 63); ; i = (i + 1) & mask {
		s := &lex8[i]
		if s.key == lo {
			return s.lx
		}
		if s.key == 0 {
			return nil
		}
	}
}

// lex16Find returns the entry of the word of 9 to 16 letters keyed lo and
// hi, or nil.
func lex16Find(lo, hi uint64) *numLex {
	mask := uint64(len(lex16) - 1)
	for i := ((lo ^ hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (lex16Shift & 63); ; i = (i + 1) & mask {
		s := &lex16[i]
		if s.lo == lo && s.hi == hi {
			return s.lx
		}
		if s.hi == 0 {
			return nil
		}
	}
}

// wordKey returns the key of w in lex8 or lex16; ok is false when w is
// empty, longer than 16 bytes, or holds a byte that is not an ASCII letter.
// A word of eight bytes or more is read eight at a time; its letters are
// tested and lower-cased a word at a time.
func wordKey(w string) (lo, hi uint64, ok bool) {
	n := len(w)
	switch {
	case n == 0 || n > 16:
		return 0, 0, false
	case n >= 8:
		lo = load8(w)
		if n > 8 {
			hi = load8(w[n-8:]) >> (8 * (16 - n)) // bytes 8 to n-1, low first
		}
	default:
		for k := 0; k < n; k++ {
			lo |= uint64(w[k]) << (8 * k)
		}
	}
	nLo, nHi := min(n, 8), max(n-8, 0)
	if nonLetterBytes(lo)&lowBytesMask[nLo]|nonLetterBytes(hi)&lowBytesMask[nHi] != 0 {
		return 0, 0, false
	}
	return (lo | 0x20*lowBytes) & lowBytesMask[nLo], (hi | 0x20*lowBytes) & lowBytesMask[nHi], true
}

// buildLexShort lays out lex8 and lex16 from the lexicon's lower-case
// words of letters only; an upper-case key is left out, as lookupNumLex
// lower-cases the word it finds.
func buildLexShort() {
	var n8, n16 int
	for w := range numLexicon {
		if _, _, ok := wordKey(w); ok && w == strings.ToLower(w) {
			if len(w) <= 8 {
				n8++
			} else {
				n16++
			}
		}
	}
	size := func(n int) (int, uint64) {
		bits := 4
		for 1<<bits < 2*n+2 {
			bits++
		}
		return 1 << bits, uint64(64 - bits)
	}
	var s8, s16 int
	s8, lex8Shift = size(n8)
	s16, lex16Shift = size(n16)
	lex8, lex16 = make([]lexSlot8, s8), make([]lexSlot16, s16)
	for w, e := range numLexicon {
		lo, hi, ok := wordKey(w)
		if !ok || w != strings.ToLower(w) {
			continue
		}
		if len(w) <= 8 {
			i := (lo * 0x9E3779B97F4A7C15) >> lex8Shift
			for lex8[i].key != 0 {
				i = (i + 1) & uint64(s8-1)
			}
			lex8[i] = lexSlot8{lo, e}
			continue
		}
		i := ((lo ^ hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> lex16Shift
		for lex16[i].hi != 0 {
			i = (i + 1) & uint64(s16-1)
		}
		lex16[i] = lexSlot16{lo, hi, e}
	}
}

// lexProbe finds the lower-case word key, of FNV-1a hash h, in lexTable.
func lexProbe(h uint32, key []byte) *numLex {
	lexTableOnce.Do(buildLexTable)
	for i := h & lexTableMask; ; i = (i + 1) & lexTableMask {
		e := lexTable[i]
		if e == nil {
			return nil
		}
		if e.w == string(key) {
			return e
		}
	}
}

// lookupNumLex finds a word in the lexicon, case-insensitively, without
// allocating. A word of up to 16 letters is found in lex8 or lex16;
// another is hashed while its case is folded and probed in lexTable, an
// open-addressed table built from the lexicon on first use.
func lookupNumLex(w string) *numLex {
	lexTableOnce.Do(buildLexTable)
	if lo, hi, ok := wordKey(w); ok {
		if len(w) <= 8 {
			return lex8Find(lo)
		}
		return lex16Find(lo, hi)
	}
	if len(w) > 24 {
		return nil
	}
	var buf [24]byte
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
		h = (h ^ uint32(c)) * 16777619
	}
	return lexProbe(h, buf[:len(w)])
}

var (
	lexTableOnce sync.Once
	lexTable     []*numLex
	lexTableMask uint32
)

// buildLexTable lays the lexicon out for lookupNumLex, at a load of at most
// a quarter so that probes stay short.
func buildLexTable() {
	for _, w := range baselineWords {
		numLexEntry(w) // "compared", "contrast": baselineBefore reads them
	}
	size := 1
	for size < 4*len(numLexicon) {
		size <<= 1
	}
	lexTable = make([]*numLex, size)
	lexTableMask = uint32(size - 1)
	for w, e := range numLexicon {
		h := uint32(2166136261)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint32(w[k])) * 16777619
		}
		i := h & lexTableMask
		for lexTable[i] != nil {
			i = (i + 1) & lexTableMask
		}
		lexTable[i] = e
		e.ref = lexRef(i + 1)
	}
	markLexicon()
	buildLexShort()
	lexOf, lexThem, lexWhom = numLexicon["of"], numLexicon["them"], numLexicon["whom"]
	lexIncluding, lexAmong, lexIn = numLexicon["including"], numLexicon["among"], numLexicon["in"]
	lexThe, lexThese, lexThose, lexWhich = numLexicon["the"], numLexicon["these"], numLexicon["those"], numLexicon["which"]
	lexMagnitude, lexLevel, lexCategory, lexOn = numLexicon["magnitude"], numLexicon["level"], numLexicon["category"], numLexicon["on"]
	lexMeasuring, lexRichter = numLexicon["measuring"], numLexicon["richter"]
	lexEvery, lexEach, lexPer = numLexicon["every"], numLexicon["each"], numLexicon["per"]
}

// The entries of a few words the figure rules test for at every figure.
// A word's token carries its one entry, so comparing the entry stands for
// comparing the word, without reading the word's bytes (see isLex).
var (
	lexOf, lexThem, lexWhom, lexIncluding, lexAmong, lexIn *numLex
	lexThe, lexThese, lexThose, lexWhich                   *numLex
	lexMagnitude, lexLevel, lexCategory, lexOn             *numLex
	lexMeasuring, lexRichter                               *numLex
	lexEvery, lexEach, lexPer                              *numLex
)

// isLex reports whether t is the word of lexicon entry e: ntIsWord(t,
// e.w) for an entry the lexicon holds.
func isLex(t ntoken, e *numLex) bool { return t.lx == e && e != nil && t.kind == ntWord }

// hasLex reports whether t carries lexicon entry e: tokenWord(text, t) ==
// e.w for an entry the lexicon holds.
func hasLex(t ntoken, e *numLex) bool { return t.lx == e && e != nil }

// markLexicon sets the change and marks of the lexicon's words from the
// figurer's word lists. Only words already in the lexicon are marked: a
// word the lexicon does not know reads as "" to tokenWord, so it matched
// none of these lists before either.
func markLexicon() {
	for w, ch := range changeWords {
		if e := numLexicon[w]; e != nil {
			e.change = ch
		}
	}
	for _, l := range []struct {
		words []string
		mark  lexMark
	}{{changeFillers, markChangeFiller}, {clauseBreakWords, markClauseBreak}, {roleStopWords, markRoleStop}, {baselineWords, markBaseline}} {
		for _, w := range l.words {
			if e := numLexicon[w]; e != nil {
				e.marks |= l.mark
			}
		}
	}
	for w := range nationality {
		if e := numLexicon[w]; e != nil {
			e.marks |= markNationality
		}
	}
	for _, w := range lossWords {
		numLexicon[w].marks |= markLossWord
	}
	for _, w := range []string{"of", "every", "each", "per"} {
		numLexicon[w].marks |= markPhrase
	}
	numLexicon["from"].marks |= markFrom
	for w := range fundingWords {
		if e := numLexicon[w]; e != nil {
			e.funding = true
		}
	}
	for _, e := range numLexicon {
		if e.role != "" {
			e.marks |= markRoleWord
		}
		if e.trig != trigNone {
			e.marks |= markTrigger
		}
		if changeOfWord(e) != "" {
			e.marks |= markChange
		}
		if e.num != nkNone && e.num != nkAnd || e.cls&clsQuantifier != 0 {
			e.marks |= markNumStart // mayStartNumber
		}
		if e.role == RoleKilled {
			e.marks |= markDeath
		}
	}
	markRoles5()
	for w, l := range qualifiersBefore {
		if e := numLexicon[w]; e != nil {
			e.qualBefore = l
		}
	}
	for w, l := range qualifiersAfter {
		if e := numLexicon[w]; e != nil {
			e.qualAfter = l
		}
	}
}

// lexRef is a lexicon entry as its slot in lexTable plus one; 0 is none.
// The table has at most 1<<16 slots (TestLexRefFits).
type lexRef uint16

// word is the entry's word, or "" for none.
func (r lexRef) word() string {
	if r == 0 {
		return ""
	}
	lexTableOnce.Do(buildLexTable)
	return lexTable[r-1].w
}

func isDigitByte(c byte) bool   { return '0' <= c && c <= '9' }
func isLatinLetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }
