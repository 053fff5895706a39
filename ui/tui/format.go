package tui

import (
	"strconv"
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

var seasonNames = map[string]string{"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}

// timelineDate writes a TIMEX3 date value at its granularity: "Jun 2024",
// "wk of 30 Sep 2024", "Fri 11 Oct 2024", "Q3 2024", "Summer 2024". A value
// it does not know is returned as the text that expressed it.
func timelineDate(e extract.TimelineEntry) string {
	v := e.Value
	switch v {
	case "PRESENT_REF":
		return "now"
	case "PAST_REF":
		return "earlier"
	case "FUTURE_REF":
		return "later"
	}
	date, timePart, hasTime := strings.Cut(v, "T")
	s := formatTimexDate(date)
	if s == "" {
		return e.Text
	}
	if hasTime {
		s += " " + formatTimexTime(timePart)
	}
	switch e.Mod {
	case "START":
		s = "early " + s
	case "MID":
		s = "mid " + s
	case "END":
		s = "late " + s
	case "APPROX":
		s = "c. " + s
	case "BEFORE":
		s = "before " + s
	case "AFTER":
		s = "after " + s
	}
	return s
}

func formatTimexDate(v string) string {
	parts := strings.Split(v, "-")
	year := parts[0]
	unresolved := year == "XXXX"
	if !unresolved && (len(year) != 4 || !allDigits(year)) {
		return ""
	}
	yearSuffix := " " + year
	if unresolved {
		yearSuffix = ""
	}
	switch len(parts) {
	case 1:
		if unresolved {
			return ""
		}
		return year
	case 2:
		p := parts[1]
		switch {
		case len(p) == 2 && allDigits(p):
			m, _ := strconv.Atoi(p)
			if m < 1 || m > 12 {
				return ""
			}
			return time.Month(m).String()[:3] + yearSuffix
		case len(p) == 3 && p[0] == 'W' && allDigits(p[1:]) && !unresolved:
			y, _ := strconv.Atoi(year)
			w, _ := strconv.Atoi(p[1:])
			return "wk of " + isoWeekMonday(y, w).Format("2 Jan 2006")
		case len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
			return p + yearSuffix
		case len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
			return p + yearSuffix
		case seasonNames[p] != "":
			return seasonNames[p] + yearSuffix
		}
	case 3:
		if unresolved {
			m, err1 := strconv.Atoi(parts[1])
			d, err2 := strconv.Atoi(parts[2])
			if err1 != nil || err2 != nil || m < 1 || m > 12 {
				return ""
			}
			return strconv.Itoa(d) + " " + time.Month(m).String()[:3]
		}
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return ""
		}
		return t.Format("Mon 2 Jan 2006")
	}
	return ""
}

func formatTimexTime(t string) string {
	switch t {
	case "MO":
		return "morning"
	case "AF":
		return "afternoon"
	case "EV":
		return "evening"
	case "NI":
		return "night"
	case "DT":
		return "daytime"
	}
	return t
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+(w-1)*7)
}

// timexStart is the first day a TIMEX3 date value covers, and whether it
// could be read; it places the publication marker in the timeline.
func timexStart(v string) (time.Time, bool) {
	date, _, _ := strings.Cut(v, "T")
	parts := strings.Split(date, "-")
	y, err := strconv.Atoi(parts[0])
	if err != nil || len(parts[0]) != 4 {
		return time.Time{}, false
	}
	if len(parts) == 1 {
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	p := parts[1]
	switch {
	case len(parts) == 3:
		t, err := time.Parse("2006-01-02", date)
		return t, err == nil
	case len(p) == 2 && allDigits(p):
		m, _ := strconv.Atoi(p)
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), m >= 1 && m <= 12
	case len(p) == 3 && p[0] == 'W' && allDigits(p[1:]):
		w, _ := strconv.Atoi(p[1:])
		return isoWeekMonday(y, w), true
	case len(p) == 2 && p[0] == 'Q':
		q := int(p[1] - '0')
		return time.Date(y, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, time.UTC), q >= 1 && q <= 4
	case len(p) == 2 && p[0] == 'H':
		h := int(p[1] - '0')
		return time.Date(y, time.Month(6*(h-1)+1), 1, 0, 0, 0, 0, time.UTC), h == 1 || h == 2
	case p == "SP":
		return time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC), true
	case p == "SU":
		return time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC), true
	case p == "FA" || p == "AU":
		return time.Date(y, 9, 1, 0, 0, 0, 0, time.UTC), true
	case p == "WI":
		return time.Date(y, 12, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}
