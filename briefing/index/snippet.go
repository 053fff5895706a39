package index

import (
	"strings"
	"unicode"

	"sitrep/briefing"
	"sitrep/briefing/entity"
)

// wordSpan is a word of a text: its byte range and its folded form.
type wordSpan struct {
	start, end int
	fold       string
}

// textWords splits text into words as the index's tokenizer does
// (letters, digits and marks), folded for case and accents.
func textWords(text string) []wordSpan {
	var out []wordSpan
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, wordSpan{start, i, foldWord(text[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, wordSpan{start, len(text), foldWord(text[start:])})
	}
	return out
}

// foldWord folds a word for case and accents, as the tokenizer does.
func foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return entity.PlaceKey(w)
		}
	}
	return strings.ToLower(w)
}

// matchWords marks the words of ws that a query's terms match: a word, a
// prefix, or every word of a phrase in order.
func matchWords(ws []wordSpan, q briefing.Query) []bool {
	hit := make([]bool, len(ws))
	for _, t := range q.Terms {
		words := make([]string, len(t.Words))
		for i, w := range t.Words {
			words[i] = foldWord(w)
		}
		for i := 0; i+len(words) <= len(ws); i++ {
			ok := true
			for j, w := range words {
				last := j == len(words)-1
				if ws[i+j].fold != w && !(last && t.Prefix && strings.HasPrefix(ws[i+j].fold, w)) {
					ok = false
					break
				}
			}
			if ok {
				for j := range words {
					hit[i+j] = true
				}
			}
		}
	}
	return hit
}

// snippet is a passage of about n words of text around the most matches of
// q, on one line, sanitized, with "…" where it is cut, and the spans of the
// matched words in it. ok is false when nothing in text matches.
func snippet(text string, q briefing.Query, n int) (string, []briefing.Span, bool) {
	ws := textWords(text)
	hit := matchWords(ws, q)
	best, bestCount := -1, 0
	count := 0
	for i := range ws {
		if hit[i] {
			count++
		}
		if i >= n && hit[i-n] {
			count--
		}
		if count > bestCount {
			best, bestCount = max(0, i-n+1), count
		}
	}
	if best < 0 {
		return "", nil, false
	}
	// start a few words before the first match of the window
	first := best
	for first < len(ws) && !hit[first] {
		first++
	}
	start := max(0, first-3)
	end := min(len(ws), start+n)
	var sb strings.Builder
	var spans []briefing.Span
	if start > 0 {
		sb.WriteString("…")
	}
	for i := start; i < end; i++ {
		if i > start {
			sb.WriteString(gapText(text[ws[i-1].end:ws[i].start]))
		}
		if hit[i] {
			spans = append(spans, briefing.Span{Start: sb.Len(), End: sb.Len() + len(ws[i].text(text))})
		}
		sb.WriteString(oneLine(ws[i].text(text)))
	}
	if end < len(ws) {
		sb.WriteString("…")
	} else if end > 0 {
		sb.WriteString(strings.TrimSpace(oneLine(text[ws[end-1].end:])))
	}
	return sb.String(), mergeSpans(spans, sb.String()), true
}

func (w wordSpan) text(s string) string { return s[w.start:w.end] }

// gapText is the text between two words on one line: its punctuation, and
// one space for any run of white space.
func gapText(gap string) string {
	g := oneLine(gap)
	if g == "" {
		return " "
	}
	return g
}

// mergeSpans joins the spans of a phrase's words ("Gran Grif",
// "Pont-Sondé") into one when only a space or a hyphen parts them.
func mergeSpans(spans []briefing.Span, s string) []briefing.Span {
	var out []briefing.Span
	for _, sp := range spans {
		if n := len(out); n > 0 && (strings.TrimSpace(s[out[n-1].End:sp.Start]) == "" || s[out[n-1].End:sp.Start] == "-") {
			out[n-1].End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return out
}

// MatchSpans are the byte spans of text that q's terms match, words of a
// phrase joined, in order: what a reader highlights, and where "open at
// the match" jumps to, in the text it shows (the Markdown body, say).
func MatchSpans(text string, q briefing.Query) []briefing.Span {
	ws := textWords(text)
	hit := matchWords(ws, q)
	var out []briefing.Span
	for i, w := range ws {
		if !hit[i] {
			continue
		}
		if n := len(out); n > 0 && i > 0 && hit[i-1] && isJoin(text[ws[i-1].end:w.start]) {
			out[n-1].End = w.end
			continue
		}
		out = append(out, briefing.Span{Start: w.start, End: w.end})
	}
	return out
}

// isJoin reports a gap that keeps two matched words one highlight.
func isJoin(gap string) bool { return gap == "-" || strings.TrimSpace(gap) == "" && len(gap) <= 2 }
