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

// figureLabel is the word a figure is shown with: its role ("killed" for
// "at least 115 people were killed"), else its unit ("troops").
func figureLabel(f extract.Figure) string {
	if w := roleWord(f); w != "" {
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
	unit, word := unitLabel(f), roleWord(f)
	switch {
	case word == "" || strings.Contains(strings.ToLower(unit), word) || f.Role.NamedBy(unit):
		return unit // "wounded", "12 deaths": the noun says the role
	case unit == "":
		return word
	case f.Role == extract.RoleRefugees:
		// The role is a noun: "560K refugees", not "people refugees";
		// a noun of its own stays first ("Syrians, refugees").
		if genericPeople[strings.ToLower(unit)] {
			return word
		}
		return unit + ", " + word
	}
	return unit + " " + word
}

// genericPeople are the units that say no more than "people".
var genericPeople = map[string]bool{"people": true, "persons": true, "individuals": true}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}

// roleWord is what the figure counts, as its role says ("killed",
// "injured", "in need"), or "" for sums, durations and other counts.
func roleWord(f extract.Figure) string {
	switch f.Role {
	case "", extract.RoleOther, extract.RoleMoney, extract.RoleDuration:
		return ""
	}
	return f.Role.Word()
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
