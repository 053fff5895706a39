package extract

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds of the temporal tagger.
const (
	ttWord uint8 = iota + 1
	ttNum
	ttPunct
)

// timexToken is one word, number or punctuation mark of a sentence, located by
// byte offsets into the whole text.
type timexToken struct {
	s, e  int32
	lx    int16 // index into lexicon, 0 when the word is not in it
	kind  uint8
	upper bool // word starting with an upper-case letter
	sp    bool // white space (or the start of the sentence) before it
	dec   bool // number with a decimal fraction ("3.5")
	grp   bool // number with thousands separators ("2,900")
	nd    uint8
	num   int32 // value of a number; -1 when too long to be a date part
}

// info returns the lexicon entry of a word token (the empty entry otherwise).
func (t *timexToken) info() *timexLexInfo { return &timexLexicon[t.lx] }

// w returns the lower-case form of a lexicon word, "" for other tokens.
func (t *timexToken) w() string { return timexLexicon[t.lx].word }

// timexTokenize appends the tokens of text[start:end] to buf and returns it.
// Words are runs of letters; numbers runs of digits, with a decimal part or
// thousands separators when present; every other non-space rune is a token
// of its own.
func timexTokenize(buf []timexToken, text string, start, end int) []timexToken {
	sp := true
	for i := start; i < end; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			sp = true
			i++
			continue
		case c >= '0' && c <= '9':
			t, j := timexScanNumber(text, i, end)
			t.sp = sp
			buf = append(buf, t)
			i = j
		case c < utf8.RuneSelf && timexIsASCIILetter(c):
			// The ASCII letters are packed, lower-cased, as they are read:
			// a word of up to 16 of them is looked up in the lexicon.
			var p packedWord
			j := i
			for ; j < end && text[j] < utf8.RuneSelf && timexIsASCIILetter(text[j]); j++ {
				if k := j - i; k < 8 {
					p.lo |= uint64(text[j]|0x20) << (8 * k)
				} else if k < 16 {
					p.hi |= uint64(text[j]|0x20) << (8 * (k - 8))
				}
			}
			t := timexToken{s: int32(i), kind: ttWord, upper: c >= 'A' && c <= 'Z', sp: sp}
			if e := timexExtendLetters(text, j, end); e > j {
				j = e // a letter outside ASCII: no lexicon word
			} else if j-i <= 16 {
				p.n = uint64(j - i)
				t.lx = timexLexTable.find(p)
			}
			t.e = int32(j)
			buf = append(buf, t)
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:end])
			if unicode.IsLetter(r) {
				j := timexExtendLetters(text, i, end)
				buf = append(buf, timexWordToken(text, i, j, sp))
				i = j
			} else if unicode.IsSpace(r) {
				sp = true
				i += n
				continue
			} else {
				buf = append(buf, timexToken{s: int32(i), e: int32(i + n), kind: ttPunct, sp: sp})
				i += n
			}
		}
		sp = false
	}
	return buf
}

// timexIsASCIILetter reports whether c is an ASCII letter.
func timexIsASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// timexExtendLetters steps over letters (ASCII or not) from j.
func timexExtendLetters(text string, j, end int) int {
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf {
			if !timexIsASCIILetter(c) {
				return j
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			return j
		}
		j += n
	}
	return j
}

// timexWordToken builds the token of the word text[i:j], looking it up in the
// lexicon without allocating.
func timexWordToken(text string, i, j int, sp bool) timexToken {
	t := timexToken{s: int32(i), e: int32(j), kind: ttWord, sp: sp}
	c := text[i]
	t.upper = c >= 'A' && c <= 'Z'
	if j-i <= 16 {
		// A word is letters: ASCII ones are lower-cased by setting bit 5.
		p := packedWord{n: uint64(j - i)}
		for k := i; k < j; k++ {
			c := text[k]
			if c >= utf8.RuneSelf {
				return t
			}
			if k-i < 8 {
				p.lo |= uint64(c|0x20) << (8 * (k - i))
			} else {
				p.hi |= uint64(c|0x20) << (8 * (k - i - 8))
			}
		}
		t.lx = timexLexTable.find(p)
	}
	return t
}

// timexScanNumber reads the number starting at text[i].
func timexScanNumber(text string, i, end int) (timexToken, int) {
	t := timexToken{s: int32(i), kind: ttNum}
	j := i
	var v int64
	for j < end && text[j] >= '0' && text[j] <= '9' {
		if v < 1e9 {
			v = v*10 + int64(text[j]-'0')
		}
		j++
	}
	nd := j - i
	// Thousands separators: 2,900 or 1,200,000 (groups of exactly three).
	for nd <= 3 || t.grp {
		if j+3 < end+1 && j < end && text[j] == ',' && j+4 <= end && timexAllDigits(text[j+1:j+4]) &&
			(j+4 == end || text[j+4] < '0' || text[j+4] > '9') {
			t.grp = true
			j += 4
			continue
		}
		break
	}
	if !t.grp && j+1 < end && text[j] == '.' && text[j+1] >= '0' && text[j+1] <= '9' {
		t.dec = true
		j++
		for j < end && text[j] >= '0' && text[j] <= '9' {
			j++
		}
	}
	t.e = int32(j)
	if nd > 9 || t.grp || t.dec {
		t.num = -1
	} else {
		t.num = int32(v)
	}
	if nd > 255 {
		nd = 255
	}
	t.nd = uint8(nd)
	return t, j
}

// timexAllDigits reports whether s is a non-empty run of ASCII digits.
func timexAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
