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
	win := text[ws:we]
	if strings.IndexByte(win, '(') < 0 && !strings.Contains(win, ", who ") && !strings.Contains(win, ", which ") {
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
	for i := ws; i < we; i++ {
		switch text[i] {
		case '(':
			if i == ws || text[i-1] != ' ' {
				continue
			}
			j := strings.IndexAny(text[i+1:min(we, i+1+maxAside)], "()")
			if j < 0 || text[i+1+j] != ')' {
				continue
			}
			end := i + 1 + j + 1
			if end+1 < we && text[end] == ' ' && 'a' <= text[end+1] && text[end+1] <= 'z' {
				out = append(out, Span{i, end})
				i = end
			}
		case ',':
			if end := relativeAside(text, i, we); end > 0 && !clauseHasVerb(text[segmentStart(text, ws, i):i]) {
				out = append(out, Span{i, end})
				i = end
			}
		}
	}
	return out
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
	if rel != "who" && rel != "which" {
		return 0
	}
	j := strings.IndexAny(text[k:min(we, k+maxAside)], ",;:()")
	if j < 0 || text[k+j] != ',' {
		return 0
	}
	end := k + j
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
