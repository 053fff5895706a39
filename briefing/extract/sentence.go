package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop without ending a sentence. They are the
// titles, ranks, organisations and short forms common in conflict reporting.
var abbreviations = map[string]bool{
	"u.n": true, "u.s": true, "u.k": true, "e.u": true, "u.a.e": true, "d.c": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true,
	"cpl": true, "pvt": true, "adm": true, "brig": true, "cmdr": true, "gov": true, "sen": true,
	"rep": true, "pres": true, "dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
	"st": true, "jr": true, "sr": true, "rev": true, "hon": true, "amb": true,
	"approx": true, "vs": true, "no": true, "nos": true, "fig": true, "est": true, "ca": true,
	"e.g": true, "i.e": true, "cf": true, "al": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"a.m": true, "p.m": true, "mt": true, "ft": true, "km": true, "approx.": true, "rs": true,
}

// Sentences splits text into sentences, returning their byte spans with
// surrounding white space trimmed. A sentence ends at '.', '!' or '?' (with
// any closing quotes and brackets) followed by white space and an upper-case
// letter, digit or opening quote, unless the word before the stop is a known
// abbreviation or a single initial; it also ends at a blank line, and at a
// line break that starts a Markdown heading, list item or quote.
func Sentences(text string) []Span {
	spans := appendSentences(make([]Span, 0, len(text)/128+1), text) // news averages some 150 bytes a sentence
	if len(spans) == 0 {
		return nil // as before the slice was sized ahead
	}
	return spans
}

// appendSentences appends the spans of the sentences of text to spans, as
// Sentences returns them.
func appendSentences(spans []Span, text string) []Span {
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			spans = append(spans, Span{s, e})
		}
	}
	marks := newMarkFinder(text)
	for i := 0; i < len(text); {
		c := text[i]
		if !sentenceMark[c] {
			i = marks.next(i + 1) // most bytes neither end a line nor a sentence
			continue
		}
		switch {
		case c == '\n':
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && (text[j] == '\n' || blockStart(text[j:]) || lineIsHeading(text, start, i) || lineIsTitle(text, start, i, j)) {
				emit(i)
				start = j
			}
			i = j
			continue
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = skipClosers(text, j)
			if j >= len(text) || !isSpace(text[j]) {
				i = j
				continue
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k < len(text) && text[k] != '\n' && !opensSentence(text[k:]) {
				i = k
				continue
			}
			if c == '.' && isAbbreviation(text, start, i) {
				i = k
				continue
			}
			emit(j)
			start = k
			i = k
			continue
		}
		i++
	}
	emit(len(text))
	return spans
}

// sentenceMark holds the bytes Sentences stops at: a line break and the
// marks that may end a sentence.
var sentenceMark = [256]bool{'\n': true, '.': true, '!': true, '?': true}

// markFinder finds the bytes sentenceMark holds in a text, for offsets
// that never decrease. It keeps where each of the four bytes occurs next,
// found by strings.IndexByte, so that each byte's search reads the text
// once however many times it is asked.
type markFinder struct {
	text string
	at   [len(sentenceMarks)]int // next offset of each byte, -1 before the first search, len(text) past the last
}

// sentenceMarks are the bytes of sentenceMark.
var sentenceMarks = [...]byte{'\n', '.', '!', '?'}

func newMarkFinder(text string) markFinder {
	return markFinder{text: text, at: [len(sentenceMarks)]int{-1, -1, -1, -1}}
}

// next returns the index of the first byte of the text from i on that
// sentenceMark holds, or len(text). i is at least that of the call before.
func (m *markFinder) next(i int) int {
	best := len(m.text)
	for k, c := range sentenceMarks {
		if m.at[k] < i {
			m.at[k] = len(m.text) // none left: never searched again
			if j := strings.IndexByte(m.text[i:], c); j >= 0 {
				m.at[k] = i + j
			}
		}
		best = min(best, m.at[k])
	}
	return best
}

// SentenceAt returns the span of the sentence that contains offset off, or
// an empty span at off when it lies between sentences.
func SentenceAt(spans []Span, off int) Span {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(spans) && spans[lo].Start <= off {
		return spans[lo]
	}
	return Span{off, off}
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf && !asciiSpace[c] {
			break // most spans start with a letter: no decoding
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf && !asciiSpace[c] {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipClosers steps over closing quotes and brackets after a full stop.
func skipClosers(text string, j int) int {
	for j < len(text) {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' || text[j] == '*' || text[j] == '_':
			j++
		case strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’"):
			j += len("”")
		default:
			return j
		}
	}
	return j
}

// opensSentence reports whether s begins like a new sentence.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '*', '_', '#', '>', '-', '—':
		return true
	}
	return !unicode.IsLetter(r) && !unicode.IsLower(r) && r != ',' && r != ';' && r != ':'
}

// isAbbreviation reports whether the word ending at the full stop text[dot]
// is an abbreviation or a single-letter initial.
func isAbbreviation(text string, start, dot int) bool {
	w := dot
	for w > start && (isLatinLetter(text[w-1]) || text[w-1] == '.') {
		w-- // ASCII letters and stops, a byte at a time
	}
	ascii := w
	for w > start {
		r, n := utf8.DecodeLastRuneInString(text[start:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if w == ascii && len(word) > abbreviationMax {
		return false // an ASCII word keeps its length in lower case: "soldiers."
	}
	return lowerIn(abbreviations, word)
}

// abbreviationMax is the length in bytes of the longest abbreviation.
var abbreviationMax = func() int {
	n := 0
	for a := range abbreviations {
		n = max(n, len(a))
	}
	return n
}()

// blockStart reports whether a line starting with s opens a Markdown block
// (heading, list item, quote) rather than continuing a paragraph.
func blockStart(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '#', '>':
		return true
	case '-', '*', '+':
		return len(s) > 1 && s[1] == ' '
	}
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// lineIsTitle reports whether the line from start to end (a newline) is a
// paragraph of its own with no closing stop — a web page's headline, a
// caption, a subhead — in a text that puts one paragraph on a line: the
// sentence began with the line, and the line below, from next, is longer
// than hard-wrapped text ever is and does not go on in lower case.
// "France hands over base ahead of 31 January deadline\nFrance on Saturday
// handed over …" is two sentences; a paragraph wrapped at 140 columns
// ("… were killed and 120\nwounded when …") is one.
func lineIsTitle(text string, start, end, next int) bool {
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
		end--
	}
	if end-start > 160 || end <= start || strings.IndexByte(text[start:end], '\n') >= 0 {
		return false
	}
	if ls := strings.LastIndexByte(text[:start], '\n') + 1; strings.TrimSpace(text[ls:start]) != "" {
		return false // the sentence began inside the line
	}
	switch text[end-1] {
	case '.', '!', '?', '"', ':', ';', ',', '-':
		return false
	}
	if strings.HasSuffix(text[start:end], "”") || strings.HasSuffix(text[start:end], "’") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[next:]); unicode.IsLower(r) {
		return false // the line below goes on with the sentence: wrapped text
	}
	if w := lowerKey(lastWordOf(text[start:end])); eventPrepositions[w] || determiners[w] || w == "and" || w == "or" || w == "that" || w == "by" {
		return false // no headline ends on "hit by", "and that": the line runs on
	}
	le := strings.IndexByte(text[next:min(len(text), next+121)], '\n')
	return le < 0 && len(text)-next > 120
}

// lineIsHeading reports whether the line ending at end (a newline) is a
// Markdown heading, which is a sentence of its own.
func lineIsHeading(text string, start, end int) bool {
	ls := strings.LastIndexByte(text[:end], '\n') + 1
	if ls < start {
		ls = start
	}
	return strings.HasPrefix(strings.TrimLeft(text[ls:end], " \t"), "#")
}
