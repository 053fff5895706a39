package tui

import (
	"strings"
	"time"

	"sitrep/briefing/extract"
)

// This file turns extracted values into the short forms the panels show.

// compactFigure writes a figure's value the way an analyst jots it down:
// "≥115", "~2,900", ">700K", "30–40", "$1.2M", "19%", "1 yr".
func compactFigure(f extract.Figure) string { return f.Compact() }

// categoryWords are the words that say what a figure counts, per
// category, each with the label the panels show ("killing" → "killed").
var categoryWords = map[extract.Category][][2]string{
	extract.Casualties: {
		{"killed", "killed"}, {"killing", "killed"}, {"dead", "dead"}, {"died", "dead"},
		{"deaths", "dead"}, {"death toll", "dead"}, {"wounded", "wounded"}, {"injured", "injured"},
		{"injuring", "injured"}, {"wounding", "wounded"}, {"casualties", "casualties"},
		{"massacred", "killed"}, {"slain", "killed"},
	},
	extract.Displacement: {
		{"displaced", "displaced"}, {"fled", "fled"}, {"fleeing", "fled"}, {"flee", "fled"},
		{"refugees", "refugees"}, {"uprooted", "displaced"}, {"homeless", "homeless"},
		{"evacuated", "evacuated"}, {"from their homes", "displaced"},
	},
	extract.Detention: {
		{"kidnapped", "kidnapped"}, {"abducted", "abducted"}, {"arrested", "arrested"},
		{"detained", "detained"}, {"hostages", "hostages"}, {"prisoners", "prisoners"},
		{"released", "released"}, {"freed", "freed"},
	},
	extract.Humanitarian: {
		{"in need", "in need"}, {"need aid", "in need"}, {"food insecure", "food insecure"},
		{"food insecurity", "food insecure"}, {"starving", "starving"}, {"malnourished", "malnourished"},
	},
}

// figureLabel is the counted noun a figure is shown with: "killed" for
// "at least 115 people were killed", else its unit ("troops").
func figureLabel(f extract.Figure) string {
	if w := categoryWord(f); w != "" {
		return w
	}
	return unitLabel(f)
}

// unitLabel is the unit as a noun, or "" when the value already shows it
// (a currency sign, a percentage, a duration).
func unitLabel(f extract.Figure) string {
	u := strings.ToLower(f.Unit)
	switch {
	case strings.ContainsAny(u, "%$€£¥₦₹"):
		return ""
	case f.Category == extract.Money && (u == "usd" || u == "eur" || u == "gbp" ||
		strings.HasPrefix(u, "dollar") || strings.HasPrefix(u, "euro") || strings.HasPrefix(u, "pound")):
		return ""
	case f.Category == extract.Duration:
		return ""
	}
	return f.Unit
}

// figureNoun is what the figures panel writes after the value: the unit,
// and the category word when it adds to it ("people killed").
func figureNoun(f extract.Figure) string {
	unit, word := unitLabel(f), categoryWord(f)
	switch {
	case word == "" || strings.Contains(strings.ToLower(unit), word):
		return unit
	case unit == "":
		return word
	}
	return unit + " " + word
}

// categoryWord finds what the figure counts in its sentence: the first
// category word after the figure, else the nearest before it.
func categoryWord(f extract.Figure) string {
	words := categoryWords[f.Category]
	if len(words) == 0 || f.Sentence == "" {
		return ""
	}
	sentence := strings.ToLower(f.Sentence)
	before, after := "", sentence
	if i := strings.Index(sentence, strings.ToLower(f.Text)); i >= 0 {
		before, after = sentence[:i], sentence[i+len(f.Text):]
	}
	// Only words close to the figure say what it counts.
	after = after[:cutAt(after, wordWindowAfter)]
	before = before[len(before)-cutAt(reverseBytes(before), wordWindowBefore):]
	best, bestAt := "", len(after)+1
	for _, w := range words {
		if i := indexWord(after, w[0]); i >= 0 && i < bestAt {
			best, bestAt = w[1], i
		}
	}
	if best != "" {
		return best
	}
	bestAt = -1
	for _, w := range words {
		if i := lastIndexWord(before, w[0]); i > bestAt {
			best, bestAt = w[1], i
		}
	}
	return best
}

// How far from a figure its category word may be, in bytes.
const (
	wordWindowAfter  = 40
	wordWindowBefore = 24
)

// cutAt is n, or less so as not to split a word or a UTF-8 sequence.
func cutAt(s string, n int) int {
	if len(s) <= n {
		return len(s)
	}
	for n > 0 && s[n] != ' ' {
		n--
	}
	return n
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// lastIndexWord finds the last w in s at word boundaries.
func lastIndexWord(s, w string) int {
	last := -1
	for off := 0; off < len(s); {
		i := indexWord(s[off:], w)
		if i < 0 {
			break
		}
		last = off + i
		off = last + 1
	}
	return last
}

// indexWord finds w in s at word boundaries.
func indexWord(s, w string) int {
	off := 0
	for {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		off = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}

// figureBadge is the list's badge for a figure: "≥115 killed".
func figureBadge(f extract.Figure) string {
	v := compactFigure(f)
	if l := figureLabel(f); l != "" {
		return v + " " + l
	}
	return v
}

// formatDate writes a publication date as the list and status bar show it.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2 Jan 2006")
}

// timelineDate writes a timeline entry's date at its granularity: "Jun
// 2024", "wk of 30 Sep 2024", "Fri 11 Oct 2024", "Q3 2024", "Summer 2024"
// (see extract.TimelineEntry.Label).
func timelineDate(e extract.TimelineEntry) string { return e.Label() }
