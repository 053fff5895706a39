package extract

import (
	"strings"
	"testing"
)

// TestParseLiteral reads numeric literals as a reader would: plain,
// grouped in thousands (Western, Indian, European), decimal, and long ones
// beyond the exact whole numbers.
func TestParseLiteral(t *testing.T) {
	tests := []struct {
		in           string
		v            float64
		sep, dec, ok bool
	}{
		{"115", 115, false, false, true},
		{"007", 7, false, false, true},
		{"2.5", 2.5, false, true, true},
		{"6,000", 6000, true, false, true},
		{"1,234,567", 1234567, true, false, true},
		{"12,34,567", 1234567, true, false, true},
		{"1,234.5", 1234.5, true, true, true},
		{"1.234.567", 1234567, true, false, true},
		{"1.111,11", 1111.11, true, true, true},
		{"3,5", 3.5, false, true, true},
		{"123456789012345", 123456789012345, false, false, true},
		{"1234567890123456789", 1234567890123456789, false, false, true},
		{"999,999,999,999,999,999", 999999999999999999, true, false, true},
		{"1,,234", 0, false, false, false},
		{"12,3456", 0, false, false, false},
		{"1,2,3", 0, false, false, false},
	}
	for _, tt := range tests {
		v, sep, dec, ok := parseLiteral(tt.in)
		if v != tt.v || sep != tt.sep || dec != tt.dec || ok != tt.ok {
			t.Errorf("parseLiteral(%q) = %v, %v, %v, %v; want %v, %v, %v, %v", tt.in, v, sep, dec, ok, tt.v, tt.sep, tt.dec, tt.ok)
		}
	}
}

// TestGroupedBy checks the grouping test against splitting at the
// separator, for every string of up to 8 digits and commas.
func TestGroupedBy(t *testing.T) {
	split := func(s string) bool {
		groups := strings.Split(s, ",")
		if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || len(groups[len(groups)-1]) != 3 {
			return false
		}
		western, indian := true, len(groups[0]) <= 2
		for _, g := range groups[1 : len(groups)-1] {
			western = western && len(g) == 3
			indian = indian && len(g) == 2
		}
		return western || indian
	}
	var walk func(s string)
	walk = func(s string) {
		if got, want := groupedBy(s, ','), split(s); got != want {
			t.Fatalf("groupedBy(%q) = %v, want %v", s, got, want)
		}
		if len(s) < 8 {
			walk(s + "1")
			walk(s + ",")
		}
	}
	walk("")
}
