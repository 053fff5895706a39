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

// midStamps adds the update stamps a live blog runs into one line of
// story, each opening its update after the last one's closing stop: "…
// shut till November 11. 2.05 pm: Typhoon Haiyan will be …", or after
// the byline it follows, "Zee Media Bureau/Name 4.45 pm: Parts of …".
// Each stamp is clockOpener's shape — only a clock (clockLine), its colon,
// then a capitalised word — standing after a stop or a capitalised word,
// never after a lower-case one or a comma ("closest at 5 pm: Officials")
// as a clock inside a sentence stands. The stamp that opens the line is
// clockOpener's. The byte gate is the colon: most lines have none or one.
func midStamps(out []Span, text string, start, end int) []Span {
	line := text[start:end]
	for i := 0; ; {
		k := strings.IndexByte(line[i:], ':')
		if k < 0 {
			return out
		}
		k += i
		i = k + 1
		if k < 3 || k+2 >= len(line) || line[k+1] != ' ' || !isUpperStart(line[k+2:]) || !isLatinLetter(line[k-1]) && line[k-1] != '.' && !isDigit(line[k-1]) {
			continue
		}
		p := stampClock(line, k)
		if p <= 0 || !stampAfter(line[:p-1]) {
			continue
		}
		sp := Span{start + p, start + k + 1}
		n := len(out)
		out = append(out, sp)
		for n > 0 && out[n-1].Start > sp.Start {
			out[n], out[n-1] = out[n-1], sp
			n--
		}
	}
}

// stampClock returns where the clock that ends at line[k], its colon,
// starts after a space — "4.45 pm", "14:52", "10:42 AM IST" — or -1.
func stampClock(line string, k int) int {
	for p := max(1, k-14); p < k; p++ {
		if line[p-1] == ' ' && isDigit(line[p]) && clockLine(line[p:k]) {
			return p
		}
	}
	return -1
}

// stampAfter reports whether a stamp may follow s, the line up to the
// stamp's space: s ends in a closing stop (with a quote or bracket) or in
// a capitalised word, a byline's name.
func stampAfter(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ')', 0x9d: // 0x9d: the last byte of "”"
		return true
	}
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return isUpperStart(w) && isLatinLetter(w[len(w)-1])
}
