package extract

import "strings"

// videoLabel reports whether t, a trimmed line, is a video's label: a
// title with no closing stop that ends on the video's running time —
// "Deadly quake leaves thousands homeless 06:09", "Floods sweep the delta
// (2:15)", "Rescuers reach the village [01:02:33]". A running time is
// minutes and seconds (and hours), with no hour mark or zone after it and
// no preposition before it: "Curfew begins at 10:30" is a headline.
func videoLabel(t string) bool {
	n := len(t)
	if n < 16 || n > 160 || !isDigit(t[n-1]) && t[n-1] != ')' && t[n-1] != ']' {
		return false // the cheap gate: the line ends on a digit or a bracket
	}
	end := n
	if t[n-1] == ')' || t[n-1] == ']' {
		open := byte('(')
		if t[n-1] == ']' {
			open = '['
		}
		k := strings.LastIndexByte(t, open)
		if k < 0 {
			return false
		}
		if !runningTime(t[k+1 : n-1]) {
			return false
		}
		end = k
	} else {
		k := strings.LastIndexByte(t, ' ')
		if k < 0 || !runningTime(t[k+1:]) {
			return false
		}
		end = k
	}
	head := strings.TrimRight(t[:end], " ")
	if head == "" || strings.ContainsAny(head[len(head)-1:], ".!?:") {
		return false
	}
	last := head[strings.LastIndexByte(head, ' ')+1:]
	if last == "" || !isLatinLetter(last[0]) || lowerIn(nounPrepositions, last) || lowerIn(videoTimeWords, last) {
		return false // "begins at 10:30", "until 2:15", a stamp's "2024 - 09:40"
	}
	if lx := lookupNumLex(strings.TrimRight(last, ",")); lx != nil && lx.cls&(clsMonth|clsWeekday) != 0 {
		return false // "Published Tuesday 11:02"
	}
	words := strings.Count(head, " ") + 1
	return words >= 3 && isUpperStart(head)
}

// videoTimeWords come before a clock time, never before a running time.
var videoTimeWords = map[string]bool{"until": true, "till": true, "since": true, "before": true, "after": true,
	"around": true, "about": true, "approximately": true, "by": true}

// runningTime reports whether s is a video's length: "06:09", "2:15",
// "1:02:33" — one or two digits, then one or two groups of a colon and two
// digits.
func runningTime(s string) bool {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	groups := 0
	for i < len(s) {
		if s[i] != ':' || i+3 > len(s) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
			return false
		}
		i += 3
		groups++
	}
	return groups == 1 || groups == 2
}

// videoTitle reports whether line, right above a video's label, is the
// video's title: a short line with no closing stop.
func videoTitle(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && len(t) <= 100 && !strings.ContainsAny(t[len(t)-1:], ".!?:\"”")
}
