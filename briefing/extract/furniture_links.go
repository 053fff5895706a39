package extract

import "strings"

// inlineLink reports whether t, a trimmed line, is a link to another
// story set inline: a link heading, its colon and the linked headline on
// one line — "Read also: Floods sweep the delta", "• READ MORE: …",
// "See also: …". linkHeader reads the heading on a line of its own, with
// the links below it. The byte gate is a colon near the line's start.
func inlineLink(t string) bool {
	k := strings.IndexByte(t[:min(len(t), maxInlineHead)], ':')
	if k < 4 || k+2 >= len(t) || len(t) > 200 {
		return false
	}
	head := strings.TrimSpace(strings.TrimLeft(t[:k], "•·*»▶►-–— "))
	for _, h := range linkHeaders {
		if len(head) == len(h) && strings.EqualFold(head, h) {
			return strings.TrimSpace(t[k+1:]) != ""
		}
	}
	return false
}

// maxInlineHead bounds where inlineLink looks for the heading's colon:
// "• You might also like:" is the longest heading with its bullet.
const maxInlineHead = 28

// cutTeaser reports whether t, a trimmed line, is a teaser of another
// story that the page cuts off with an ellipsis glued to its last word —
// "… according to Houthi media so…", "… key locations in Sanaa. Thes…".
// A story's paragraph ends on a stop or a closing quote; a quotation that
// trails off closes its quote after the ellipsis ("…”").
func cutTeaser(t string) bool {
	var n int
	switch {
	case strings.HasSuffix(t, "…"):
		n = len("…")
	case strings.HasSuffix(t, "..."):
		n = 3
	default:
		return false
	}
	if len(t) < 40+n {
		return false // a short line with an ellipsis is a label or a heading, which other rules read
	}
	// an ASCII letter's byte is never part of a longer rune, so the last
	// byte is the last word's own letter
	return isLatinLetter(t[len(t)-n-1])
}
