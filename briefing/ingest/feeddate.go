package ingest

import (
	"strings"
	"time"
)

// Feed dates as publishers write them. RSS asks for RFC 822 and Atom for
// RFC 3339, but real feeds drop the seconds or the weekday, write the
// weekday wrong, spell the month in full, use two-digit years, named
// zones (EST, CEST) or none at all. ParseFeedDate normalises the zone
// and the weekday away and then tries these layouts in order.
var (
	rfc822Layouts = []string{
		"2 Jan 2006 15:04:05 -0700",
		"2 Jan 2006 15:04 -0700",
		"2 Jan 06 15:04:05 -0700",
		"2 Jan 06 15:04 -0700",
		"2 January 2006 15:04:05 -0700",
		"2 January 2006 15:04 -0700",
		"Jan 2 2006 15:04:05 -0700",
		"January 2 2006 15:04:05 -0700",
		"Jan 2 2006 15:04 -0700",
		"January 2 2006 15:04 -0700",
		"2 Jan 2006 -0700",
		"2 January 2006 -0700",
		"Jan 2 2006 -0700",
		"January 2 2006 -0700",
	}
	isoLayouts = []string{
		"2006-01-02T15:04:05Z07:00",
		"2006-01-02T15:04:05-0700",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"2006-01-02",
	}
)

// zoneOffsets are the named zones seen in feeds, as numeric offsets. Go's
// time.Parse gives an unknown abbreviation offset zero, which would move
// an EST story by five hours, so names are replaced before parsing.
var zoneOffsets = map[string]string{
	"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000", "WET": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"AKST": "-0900", "AKDT": "-0800", "HST": "-1000", "AST": "-0400", "ADT": "-0300",
	"BST": "+0100", "IST": "+0530", "CET": "+0100", "CEST": "+0200", "MET": "+0100", "MEST": "+0200",
	"WEST": "+0100", "EET": "+0200", "EEST": "+0300", "MSK": "+0300", "TRT": "+0300",
	"WAT": "+0100", "CAT": "+0200", "EAT": "+0300", "SAST": "+0200",
	"PKT": "+0500", "ICT": "+0700", "WIB": "+0700", "SGT": "+0800", "HKT": "+0800",
	"JST": "+0900", "KST": "+0900", "AEST": "+1000", "AEDT": "+1100", "NZST": "+1200", "NZDT": "+1300",
}

var (
	weekdayPrefix = compileLazily(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	parenthetical = compileLazily(`\s*\([^)]*\)\s*$`)
	colonOffset   = compileLazily(`([+-]\d\d):(\d\d)$`)
	ordinalDay    = compileLazily(`\b(\d{1,2})(?:st|nd|rd|th)\b`)
)

// ParseFeedDate reads a feed's date in any of the forms found in the
// wild (see rfc822Layouts and isoLayouts). A date without a zone is taken
// as UTC. It returns the zero time when s is empty or unreadable, and
// dates before 1970 or more than a day ahead (a clock set wrong) as zero.
func ParseFeedDate(s string) time.Time {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 80 {
		return time.Time{}
	}
	t, ok := parseISODate(s)
	if !ok {
		t, ok = parseRFC822Date(s)
	}
	if !ok || t.Year() < 1970 || t.After(time.Now().Add(24*time.Hour)) {
		return time.Time{}
	}
	return t
}

func parseISODate(s string) (time.Time, bool) {
	if len(s) < 10 || s[4] != '-' {
		return time.Time{}, false
	}
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func parseRFC822Date(s string) (time.Time, bool) {
	s = parenthetical.ReplaceAllString(s, "")
	s = weekdayPrefix.ReplaceAllString(s, "")
	s = ordinalDay.ReplaceAllString(s, "$1")
	s = strings.NewReplacer(",", " ", ".", " ").Replace(s)
	fields := strings.Fields(s)
	for i, f := range fields {
		if strings.EqualFold(f, "sept") {
			fields[i] = "Sep"
		}
	}
	if len(fields) < 3 {
		return time.Time{}, false
	}
	last := fields[len(fields)-1]
	switch off, named := zoneOffsets[strings.ToUpper(last)]; {
	case named:
		fields[len(fields)-1] = off
	case last[0] == '+' || last[0] == '-':
		fields[len(fields)-1] = colonOffset.ReplaceAllString(last, "$1$2")
	default:
		fields = append(fields, "+0000") // no zone: UTC
	}
	s = strings.Join(fields, " ")
	for _, layout := range rfc822Layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
