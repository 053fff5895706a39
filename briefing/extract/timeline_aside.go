package extract

import "strings"

// Asides: words a sentence sets inside its clause that are not part of
// what happened — a bracketed remark ("an insurgent group (possibly the
// same one) attacked the town") and a non-restrictive relative clause
// between commas ("the insurgents, who are believed to be inspired by
// Islamic fundamentalism, killed two people"). Clause segmentation breaks
// at brackets and commas, so an event of such a clause came out as the
// subject alone ("An insurgent group") or as the relative ("Who are
// believed to be inspired …"). eventOf cuts the asides of its window, as it
// cuts the sentence's other dates, and the clause reads whole.

// maxAside bounds the length of an aside, in bytes.
const maxAside = 160

// withAsides returns cut, the spans eventOf removes from the window [ws,
// we), with the window's asides added in order; an aside that holds a
// date of cut or the entry's own date [ds, de) is left alone.
func withAsides(text string, ws, we, ds, de int, cut []Span) []Span {
	if !asideMark(text[ws:we]) {
		return cut
	}
	for _, a := range asides(text, ws, we) {
		if a.Start < de && ds < a.End || overlapsAny(cut, a) {
			continue
		}
		cut = withSpan(cut, a)
	}
	return cut
}

// asideMark reports whether win holds a bracket, or a comma before "wh" or
// before a word in -ed, the only places an aside can start.
func asideMark(win string) bool {
	if strings.IndexByte(win, '(') >= 0 {
		return true
	}
	for i := strings.IndexByte(win, ','); i >= 0; {
		if strings.HasPrefix(win[i+1:], " wh") || edWordAt(win, i+2) {
			return true
		}
		k := strings.IndexByte(win[i+1:], ',')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// edWordAt reports whether a word of letters ending in "ed" starts at i.
func edWordAt(s string, i int) bool {
	j := i
	for j < len(s) && j-i < 16 && 'a' <= s[j] && s[j] <= 'z' {
		j++
	}
	return j-i > 3 && s[j-2:j] == "ed" && (j == len(s) || s[j] == ' ')
}

// overlapsAny reports whether a overlaps one of spans.
func overlapsAny(spans []Span, a Span) bool {
	for _, c := range spans {
		if c.Start < a.End && a.Start < c.End {
			return true
		}
	}
	return false
}

// asides returns the asides of text[ws:we] as spans to cut: a bracket
// pair from its opening mark to the space after its closing one, when a
// word in lower case goes on after it and a space stood before it; a
// relative from the comma before "who" or "which" through the comma that
// closes it, when it follows the subject, a phrase with no verb, and a verb
// follows that comma ("the insurgents, who …, killed", "the UN, which runs
// the camp, said"), or an adverb and then one. A relative inside a
// clause that has its verb already ("Trump boasted that the conflict,
// which has raged for years, was one of eight") stays: what follows it
// may need the words before it.
func asides(text string, ws, we int) []Span {
	var out []Span
	// The next bracket and the next comma, found by byte search.
	paren, comma := nextByte(text, ws, we, '('), nextByte(text, ws, we, ',')
	for paren >= 0 || comma >= 0 {
		if comma < 0 || paren >= 0 && paren < comma {
			i := paren
			paren = nextByte(text, i+1, we, '(')
			if i == ws || text[i-1] != ' ' {
				continue
			}
			j := i + 1
			for lim := min(we, i+1+maxAside); j < lim && text[j] != '(' && text[j] != ')'; j++ {
			}
			if j >= we || text[j] != ')' {
				continue
			}
			if end := j + 1; end+1 < we && text[end] == ' ' && 'a' <= text[end+1] && text[end+1] <= 'z' {
				out = append(out, Span{i, end})
				paren, comma = nextByte(text, end, we, '('), nextByte(text, end, we, ',')
			}
			continue
		}
		i := comma
		comma = nextByte(text, i+1, we, ',')
		if end := relativeAside(text, i, we); end > 0 && (participleAt(text, i, we) || !clauseHasVerb(text[segmentStart(text, ws, i):i])) {
			out = append(out, Span{i, end})
			paren, comma = nextByte(text, end, we, '('), nextByte(text, end, we, ',')
		}
	}
	return out
}

// nextByte returns the index of the first c in text[from:to], or -1.
func nextByte(text string, from, to int, c byte) int {
	if from >= to {
		return -1
	}
	if k := strings.IndexByte(text[from:to], c); k >= 0 {
		return from + k
	}
	return -1
}

// participleAside reports whether rel, the word after a comma that ends at
// k in text, opens a participle phrase set off as an aside: "the gunmen,
// suspected to be herdsmen, stormed", "the rebels, backed by Rwanda,
// seized", "troops, armed with rifles, arrived". Such a phrase holds no subject
// of its own, so cutting it leaves the clause around it whole wherever it
// stands.
func participleAside(text, rel string, k int) bool {
	if !isParticiple(rel) || !strings.HasSuffix(rel, "ed") {
		return false
	}
	switch next, _ := nextWord(text, k); next {
	case "to", "as", "by", "with", "in":
		return true
	}
	return false
}

// participleAt reports whether the comma at i opens a participle aside.
func participleAt(text string, i, we int) bool {
	rel, k := nextWord(text[:we], i+1)
	return participleAside(text[:we], rel, k)
}

// segmentStart returns where the clause segment that ends at i starts:
// after the last comma, semicolon, colon or bracket of text[ws:i].
func segmentStart(text string, ws, i int) int {
	if k := strings.LastIndexAny(text[ws:i], ",;:()"); k >= 0 {
		return ws + k + 1
	}
	return ws
}

// relativeAside returns where the relative that opens after the comma at
// i ends (after its closing comma), or 0: ", who are believed to be
// inspired by Islamic fundamentalism," before "killed".
func relativeAside(text string, i, we int) int {
	rel, k := nextWord(text[:we], i+1)
	if rel != "who" && rel != "which" && !participleAside(text[:we], rel, k) {
		return 0
	}
	end := k
	for lim := min(we, k+maxAside); end < lim && !segmentMark[text[end]]; end++ {
	}
	if end >= we || text[end] != ',' {
		return 0
	}
	w, n := nextWord(text[:we], end+1)
	if lw := lowerKey(w); strings.HasSuffix(lw, "ly") {
		w, _ = nextWord(text[:we], n) // "…, recently withdrew"
	}
	if lw := lowerKey(strings.TrimRight(w, ".,;:")); w == "" || isUpperStart(w) ||
		!(finiteVerb(lw) || irregularPastForms[lw] || eventAuxiliaries[lw]) {
		return 0
	}
	return end + 1
}
