package extract

import "strings"

// clockOpener returns the length of a live blog's update stamp that opens
// a line of story text, with its colon — "8.00 am: Police say …", "14:52:
// The death toll …" — or 0. It is the stamp clockLine reads when the blog
// sets it on a line of its own: the time the update was posted, not of
// what it tells. The stamp must be only a clock (clockLine: a bare "2.5"
// or "24 hours" is refused), end in a colon within its first 16 bytes, and
// a capitalised word must follow, as an update's first sentence opens.
func clockOpener(t string) int {
	if len(t) < 6 || !isDigit(t[0]) {
		return 0 // the cheap gate: most lines open with a letter
	}
	k := strings.IndexByte(t[:min(len(t), 16)], ':')
	for k > 0 && k+1 < len(t) && isDigit(t[k+1]) {
		// "14:52: The toll": the clock's own colon; look for the next.
		n := strings.IndexByte(t[k+1:min(len(t), 16)], ':')
		if n < 0 {
			return 0
		}
		k += 1 + n
	}
	if k <= 0 || k+2 >= len(t) || t[k+1] != ' ' || !isUpperStart(t[k+2:]) || !clockLine(strings.TrimSpace(t[:k])) {
		return 0
	}
	return k + 1
}
